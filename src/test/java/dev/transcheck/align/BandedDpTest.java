package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The savings of issue 15 in the dynamic programme give the same alignment: the table of length
 * costs of short units holds the costs the formula gives, and a run that will be widened skips
 * only its confidences (its path is the path of a full run).
 */
class BandedDpTest {
    private static Units units(int n, int len) {
        int[] l = new int[n];
        int[][] keys = new int[n][0];
        java.util.Arrays.fill(l, len);
        return new Units(l, keys, new boolean[n]);
    }

    @Test
    void shortUnitsCostWhatTheFormulaGives() {
        BandedDp dp = new BandedDp(units(3, 5), units(3, 5), new double[0], new double[0], AlignParams.DEFAULT, 1.1, 6.8);
        for (int a = 0; a < 300; a += 7) {
            for (int b = 0; b < 300; b += 3) {
                assertEquals(dp.lengthCostOf(a, b), dp.lengthCost(a, b), 0.0, a + ":" + b);
                assertEquals(dp.lengthCostOf(a, b), dp.lengthCost(a, b), 0.0, a + ":" + b + " (from the table)");
            }
        }
    }

    @Test
    void aRunThatWillBeWidenedHasThePathButNoConfidences() {
        // one-word units on one side against two-word units on the other: the path leaves the diagonal
        Units s = units(60, 6);
        Units t = units(30, 12);
        BandedDp dp = new BandedDp(s, t, new double[0], new double[0], AlignParams.DEFAULT, 1.0, 6.8);
        int[] pi = new int[61];
        int[] pj = new int[61];
        for (int x = 0; x <= 60; x++) {
            pi[x] = x;
            pj[x] = Math.min(30, x); // a wrong coarse path: the diagonal
        }
        Band band = Band.around(pi, pj, 60, 30, 2);
        BandedDp.Result full = dp.run(band, true, false);
        BandedDp.Result skipped = dp.run(band, true, true);
        assertArrayEquals(full.pi(), skipped.pi());
        assertArrayEquals(full.pj(), skipped.pj());
        assertEquals(full.pathCost(), skipped.pathCost(), 0.0);
        assertNotNull(full.confidence());
        assertTrue(full.touched(), "the path should reach the edge of this narrow band");
        assertNull(skipped.confidence());
        // a band the path does not touch: confidences even when widening is allowed
        BandedDp.Result wide = dp.run(Band.full(60, 30), true, true);
        assertNotNull(wide.confidence());
    }

    /** Units of random lengths whose anchors repeat a few ids many times (as blocks of one-word sentences do). */
    private static Units repetitive(java.util.Random rng, int n, int ids) {
        int[] l = new int[n];
        int[][] keys = new int[n][];
        for (int i = 0; i < n; i++) {
            l[i] = 1 + rng.nextInt(200);
            keys[i] = new int[rng.nextInt(12)];
            for (int x = 0; x < keys[i].length; x++) {
                keys[i][x] = rng.nextInt(ids);
            }
            java.util.Arrays.sort(keys[i]);
        }
        return new Units(l, keys, new boolean[n]);
    }

    @Test
    void matchesWalkedByRunsSumAsTheMergeDoes() {
        java.util.Random rng = new java.util.Random(15);
        int ids = 9;
        double[] w = new double[ids];
        double[] miss = new double[ids];
        for (int k = 0; k < ids; k++) {
            w[k] = rng.nextDouble() * 3 / (1 + rng.nextInt(7));
            miss[k] = rng.nextDouble() / 3;
        }
        Units s = repetitive(rng, 40, ids);
        Units t = repetitive(rng, 40, ids);
        BandedDp dp = new BandedDp(s, t, w, miss, AlignParams.DEFAULT, 1.0, 6.8);
        int equalMisses = 0;
        for (int i = 0; i + 3 <= 40; i++) {
            for (int j = 0; j + 3 <= 40; j++) {
                for (int di = 1; di <= 3; di++) {
                    for (int dj = 1; dj <= 3; dj++) {
                        double merged = dp.matchedByMerge(i, i + di, j, j + dj);
                        double mergedCost = dp.cost(0, i + 1, j + 1);
                        double byRuns = dp.matched(i, i + di, j, j + dj);
                        assertEquals(Double.doubleToLongBits(merged), Double.doubleToLongBits(byRuns), i + "," + j);
                        assertEquals(mergedCost, dp.cost(0, i + 1, j + 1), 0.0);
                        equalMisses++;
                    }
                }
            }
        }
        assertTrue(equalMisses > 10_000);
    }

    @Test
    void theMatchTableGivesTheSameRunAsComputingEveryMatch() {
        java.util.Random rng = new java.util.Random(7);
        int ids = 6;
        double[] w = new double[ids];
        double[] miss = new double[ids];
        for (int k = 0; k < ids; k++) {
            w[k] = 0.2 + rng.nextDouble();
            miss[k] = rng.nextDouble() / 4;
        }
        Units s = repetitive(rng, 120, ids);
        Units t = repetitive(rng, 110, ids);
        Band full = Band.full(120, 110);
        BandedDp.Result withTable = new BandedDp(s, t, w, miss, AlignParams.DEFAULT, 1.0, 6.8).run(full, true);
        assertNotNull(s.matchTable, "a whole grid of this size keeps its matches");
        // the second pass of an alignment: another ratio, the table filled by the first
        BandedDp.Result again = new BandedDp(s, t, w, miss, AlignParams.DEFAULT, 1.2, 9).run(full, true);
        assertTrue(withTable.beads() > 0);
        // the same grid solved without the table and the forward pass's costs (each computed afresh) gives
        // the same path, the same cost and the same confidences to the last bit
        Units sPlain = new Units(lengthsOf(s), s.keys, s.paragraphStart);
        Units tPlain = new Units(lengthsOf(t), t.keys, t.paragraphStart);
        BandedDp.Result noTable = new BandedDp(sPlain, tPlain, w, miss, AlignParams.DEFAULT, 1.2, 9).run(full, true, false, false);
        assertNull(sPlain.matchTable);
        assertArrayEquals(noTable.pi(), again.pi());
        assertArrayEquals(noTable.pj(), again.pj());
        assertEquals(noTable.pathCost(), again.pathCost(), 0.0);
        assertArrayEquals(noTable.confidence(), again.confidence(), 0.0);
    }

    private static int[] lengthsOf(Units u) {
        int[] l = new int[u.size];
        for (int i = 0; i < u.size; i++) {
            l[i] = (int) u.length(i, i + 1);
        }
        return l;
    }
}
