package dev.transcheck.align;

/**
 * The cells the dynamic programme may visit: for each row i (source position 0..n) the columns
 * lo[i]..hi[i] (translation positions), both non-decreasing. Cells are stored row after row, so
 * memory grows with n times the band width, not n times m.
 */
final class Band {
    final int rows;
    final int cols;
    final int[] lo;
    final int[] hi;
    final long[] offset;
    final long cells;

    Band(int n, int m, int[] lo, int[] hi) {
        this.rows = n + 1;
        this.cols = m + 1;
        this.lo = lo;
        this.hi = hi;
        this.offset = new long[rows + 1];
        for (int i = 0; i < rows; i++) {
            offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
        }
        this.cells = offset[rows];
    }

    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(hi, m);
        return new Band(n, m, lo, hi);
    }

    boolean contains(int i, int j) {
        return i >= 0 && i < rows && j >= lo[i] && j <= hi[i];
    }

    int index(int i, int j) {
        return (int) (offset[i] + j - lo[i]);
    }

    /**
     * The band around a path given as nodes (i, j) of this problem's grid: every row between two
     * consecutive nodes may use the columns between them widened by {@code width} on both sides.
     */
    static Band around(int[] pi, int[] pj, int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, Integer.MIN_VALUE);
        for (int k = 0; k + 1 < pi.length; k++) {
            int a = Math.max(0, pj[k] - width);
            int b = Math.min(m, pj[k + 1] + width);
            for (int i = Math.max(0, pi[k] - width); i <= Math.min(n, pi[k + 1] + width); i++) {
                lo[i] = Math.min(lo[i], a);
                hi[i] = Math.max(hi[i], b);
            }
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            if (lo[i] > hi[i]) { // cannot happen for a connected path; keep the band valid anyway
                hi[i] = lo[i];
            }
        }
        return new Band(n, m, lo, hi);
    }

    /** The cells of this band and of {@code other} (a band of the same grid). */
    Band union(Band other) {
        int[] l = new int[rows];
        int[] h = new int[rows];
        for (int i = 0; i < rows; i++) {
            l[i] = Math.min(lo[i], other.lo[i]);
            h[i] = Math.max(hi[i], other.hi[i]);
        }
        return new Band(rows - 1, cols - 1, l, h);
    }
}
