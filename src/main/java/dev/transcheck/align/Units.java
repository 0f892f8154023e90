package dev.transcheck.align;

import java.util.Arrays;

/**
 * One side of an alignment problem as the dynamic programme sees it: per unit (a sentence, or a
 * block of sentences on a coarse level) its length in characters, its anchor ids (sorted, with
 * repeats) and whether it starts a paragraph.
 */
final class Units {
    final int size;
    final long[] prefix;
    final int[][] keys;
    final boolean[] paragraphStart;
    /** span[k][i]: the sorted anchor ids of units i..i+k-1 (k = 1, 2, 3), built once. */
    final int[][][] span = new int[4][][];

    /** Prefix sums of the miss costs of each unit's anchors (set by {@link #withMiss}). */
    double[] missPrefix;

    Units(int[] len, int[][] keys, boolean[] paragraphStart) {
        this.size = len.length;
        this.prefix = new long[size + 1];
        for (int i = 0; i < size; i++) {
            prefix[i + 1] = prefix[i] + len[i];
        }
        this.keys = keys;
        this.paragraphStart = paragraphStart;
        span[1] = keys;
        for (int k = 2; k <= 3; k++) {
            span[k] = new int[size][];
            for (int i = 0; i + k <= size; i++) {
                span[k][i] = merge(span[k - 1][i], keys[i + k - 1]);
            }
        }
        for (int k = 1; k <= 3; k++) {
            distinct[k] = new int[size][];
            count[k] = new int[size][];
            for (int i = 0; i + k <= size; i++) {
                runs(span[k][i], k, i);
            }
        }
    }

    /**
     * distinct[k][i] and count[k][i]: the anchor ids of span[k][i] without repeats and how many times
     * each occurs. A block of sentences that repeat the same few anchors (a full stop, a common word)
     * holds long runs of one id; the match of two spans walks the runs, not every repeat.
     */
    final int[][][] distinct = new int[4][][];
    final int[][][] count = new int[4][][];

    private static final int[] NONE = new int[0];

    private void runs(int[] ids, int k, int i) {
        if (ids.length == 0) {
            distinct[k][i] = NONE;
            count[k][i] = NONE;
            return;
        }
        int n = 1;
        for (int x = 1; x < ids.length; x++) {
            if (ids[x] != ids[x - 1]) {
                n++;
            }
        }
        int[] d = new int[n];
        int[] c = new int[n];
        int r = 0;
        d[0] = ids[0];
        c[0] = 1;
        for (int x = 1; x < ids.length; x++) {
            if (ids[x] != ids[x - 1]) {
                d[++r] = ids[x];
            }
            c[r]++;
        }
        distinct[k][i] = d;
        count[k][i] = c;
    }

    /** The merge of two sorted arrays. */
    static int[] merge(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int x = 0;
        int y = 0;
        int o = 0;
        while (x < a.length && y < b.length) {
            out[o++] = a[x] <= b[y] ? a[x++] : b[y++];
        }
        while (x < a.length) {
            out[o++] = a[x++];
        }
        while (y < b.length) {
            out[o++] = b[y++];
        }
        return out;
    }

    Units withMiss(double[] miss) {
        missPrefix = new double[size + 1];
        for (int i = 0; i < size; i++) {
            double sum = 0;
            for (int k : keys[i]) {
                sum += miss[k];
            }
            missPrefix[i + 1] = missPrefix[i] + sum;
        }
        return this;
    }

    double miss(int from, int to) {
        return missPrefix[to] - missPrefix[from];
    }

    long length(int from, int to) {
        return prefix[to] - prefix[from];
    }

    /**
     * Anchor matches of this side against one other side, kept between the passes of one alignment
     * (see {@link BandedDp}); null until a dynamic programme over the whole grid asks.
     */
    BandedDp.MatchTable matchTable;

    private Units coarse;
    private int coarseFactor;

    /**
     * Blocks of {@code factor} consecutive units (their lengths and anchors summed): the same object
     * for the same factor, so that the passes of one alignment share its match table.
     */
    Units coarsen(int factor) {
        if (coarse == null || coarseFactor != factor) {
            coarse = coarsened(factor);
            coarseFactor = factor;
        }
        return coarse;
    }

    private Units coarsened(int factor) {
        int blocks = (size + factor - 1) / factor;
        int[] len = new int[blocks];
        int[][] k = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            int from = b * factor;
            int to = Math.min(size, from + factor);
            len[b] = (int) Math.min(Integer.MAX_VALUE, length(from, to));
            int total = 0;
            for (int u = from; u < to; u++) {
                total += keys[u].length;
            }
            int[] merged = new int[total];
            int p = 0;
            for (int u = from; u < to; u++) {
                System.arraycopy(keys[u], 0, merged, p, keys[u].length);
                p += keys[u].length;
            }
            Arrays.sort(merged);
            k[b] = merged;
        }
        return new Units(len, k, new boolean[blocks]);
    }
}
