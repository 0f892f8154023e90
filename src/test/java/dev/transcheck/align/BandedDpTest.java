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
}
