package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the aligner's cost grows with the sentences, also on repetitive text, where the band
 * around the coarse path is left by the path. A periodic text (two sentences repeated) made the band
 * be widened twice, to 3 and 9 times its width (13 bands of work at each level); now the band
 * follows the path within four times the first band's cells. Timed as CPU time of this thread, the
 * best of two runs, so a loaded machine does not fail it; a quadratic cost would be 16 times at four
 * times the sentences, a linear one 4.
 */
class AlignerGrowthTest {
    private static final String[] PERIOD_SRC = {"війська.", "[ Dr., Zelensky"};
    private static final String[] PERIOD_TR = {"e.g.. / 2025!", "thousand / !! слово . / <script> заявив"};

    private static Document periodic(String lang, String[] period, int sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(period[i % period.length]);
        }
        return AnchorAlignerTest.lines(lang, out);
    }

    private static long cpuOfAlign(int sentences) {
        Document s = periodic("uk", PERIOD_SRC, sentences);
        Document t = periodic("en", PERIOD_TR, sentences);
        AnchorAligner aligner = new AnchorAligner();
        var threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 2; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            Alignment a = aligner.align(s, t);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
            assertEquals(sentences, a.beads().stream().mapToInt(b -> b.source().size()).sum());
        }
        return best;
    }

    @Test
    void aPeriodicTextCostsInProportionToItsSentences() {
        cpuOfAlign(600); // warm-up
        long small = cpuOfAlign(1000);
        long large = cpuOfAlign(4000);
        double ratio = (double) large / Math.max(small, 1);
        // linear is 4; the coarse problem is solved whole up to 250,000 cells, so the small case is the dearer per sentence
        assertTrue(ratio < 9, "4 times the sentences cost " + ratio + " times the CPU (" + small / 1e6 + " ms, " + large / 1e6 + " ms)");
    }

    @Test
    void aBandFollowsThePathWithinItsBudget() {
        int[] lo = {0, 0, 1, 2};
        int[] hi = {1, 2, 3, 3};
        Band a = new Band(3, 3, lo, hi);
        Band b = new Band(3, 3, new int[] {0, 1, 1, 1}, new int[] {0, 3, 3, 3});
        Band u = a.union(b);
        assertEquals(List.of(0, 0, 1, 1), List.of(u.lo[0], u.lo[1], u.lo[2], u.lo[3]));
        assertEquals(List.of(1, 3, 3, 3), List.of(u.hi[0], u.hi[1], u.hi[2], u.hi[3]));
        assertEquals(2 + 4 + 3 + 3, u.cells);
        assertTrue(AnchorAligner.WIDEN_BUDGET >= 2 && AnchorAligner.WIDEN_BUDGET <= 4);
    }
}
