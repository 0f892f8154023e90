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
 * Issue 15: the gap audit costs in proportion to the orphans, also when thousands of them stand in
 * one run between two kept translation sentences (a translation that keeps only its first and last
 * lines). Every orphan's audit reaches its whole run; each run's anchor keys and capitalised words
 * were copied into a map per orphan (run length squared, here the keys are all different: a number
 * and a name a sentence). Timed as CPU time of this thread, the best of two runs; four times the
 * orphans cost 16 times when quadratic, 4 when linear.
 */
class GapAuditGrowthTest {
    private static final String[] SYL = {"ко", "ва", "ле", "ни", "ру", "да", "мо", "си", "те", "бо"};

    private static String name(int i) {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < 4; d++) {
            b.append(SYL[i % 10]);
            i /= 10;
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1) + "нко";
    }

    private static long cpuOfAlign(int sentences) {
        List<String> src = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            src.add("Компанія " + name(i) + " відкрила " + (1000 + i) + " магазинів у Полтаві.");
        }
        List<String> tr = List.of("The company Kovavavanko opened 1000 shops in Poltava.",
                "The company Vavavavanko opened 1001 shops in Poltava.",
                "The company " + name(sentences - 1) + " opened " + (999 + sentences) + " shops in Poltava.");
        Document s = AnchorAlignerTest.lines("uk", src);
        Document t = AnchorAlignerTest.lines("en", tr);
        AnchorAligner aligner = new AnchorAligner();
        var threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 2; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            Alignment a = aligner.align(s, t);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
            assertEquals(sentences, a.beads().stream().mapToInt(b -> b.source().size()).sum());
            assertTrue(a.beads().stream().filter(b -> b.translation().isEmpty()).count() > sentences - 10);
        }
        return best;
    }

    @Test
    void aLongRunOfOrphansCostsInProportionToIt() {
        cpuOfAlign(600); // warm-up
        long small = cpuOfAlign(1000);
        long large = cpuOfAlign(4000);
        double ratio = (double) large / Math.max(small, 1);
        assertTrue(ratio < 9, "4 times the orphans cost " + ratio + " times the CPU (" + small / 1e6 + " ms, " + large / 1e6 + " ms)");
    }
}
