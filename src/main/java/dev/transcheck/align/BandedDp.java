package dev.transcheck.align;

// Longer than 400 lines: the forward and backward passes, the confidences of each bead kind and the
// caches that keep the passes from computing a bead's cost twice belong to one programme.
/**
 * Dynamic programme over beads inside a {@link Band}: Viterbi for the best path, and (on the
 * finest level) forward-backward sums giving each bead's posterior probability. Costs are in
 * nats: bead prior + Gale-Church length cost + paragraph terms - anchor matches. One instance per
 * alignment call (it holds scratch buffers); not shared between threads.
 */
final class BandedDp {
    static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}};
    static final int OMIT = 1;
    static final int ADD = 2;

    private final Units s;
    private final Units t;
    private final double[] weight;
    private final double[] miss;
    private double matchedMiss;
    private final AlignParams p;
    private final double ratio;
    private final double variance;
    private final double[] prior;

    BandedDp(Units s, Units t, double[] weight, double[] miss, AlignParams p, double ratio, double variance) {
        this.s = s.missPrefix == null ? s.withMiss(miss) : s;
        this.t = t.missPrefix == null ? t.withMiss(miss) : t;
        this.weight = weight;
        this.miss = miss;
        this.p = p;
        this.ratio = ratio;
        this.variance = variance;
        this.prior = new double[MOVES.length];
        for (int k = 0; k < MOVES.length; k++) {
            prior[k] = -Math.log(p.prior()[k]);
        }
    }

    /**
     * A best path and, if asked for, the confidence of each of its beads; {@code touched} when the
     * path came within two cells of the band's edge (then, if the caller will widen the band, the
     * confidences were not computed: see {@link #run(Band, boolean, boolean)}).
     */
    record Result(int[] pi, int[] pj, int[] move, double[] confidence, double pathCost, boolean touched) {
        Result(int[] pi, int[] pj, int[] move, double[] confidence, double pathCost) {
            this(pi, pj, move, confidence, pathCost, false);
        }

        int beads() {
            return move.length;
        }
    }

    /** The moves with units on both sides, whose cost has an anchor match ({@link #matched}). */
    private static final int TWO_SIDED = 6;
    /** The slot of each move among {@link #TWO_SIDED} in a {@link MatchTable} (-1: a 1-0 or 0-1 move). */
    private static final int[] TWO_SIDED_SLOT = {0, -1, -1, 1, 2, 3, 4, 5};
    /** A grid of at most this many cells keeps its anchor matches in a {@link MatchTable} (24 MB at most). */
    static final long TABLE_CELLS = 250_000;

    /**
     * The anchor matches of every bead of a whole grid (source {@code s} against translation {@code t}
     * with these weights): the weight and the miss cost shared, NaN until computed. The forward and
     * the backward pass and the second pass of an alignment (another length ratio, the same anchors)
     * ask for the same beads; summing the shared anchors of two sorted lists was two thirds of the
     * aligner's time on a document of a few hundred sentences, now done once per bead. The values are
     * those {@link #matched} returns, so the alignment is the same.
     */
    static final class MatchTable {
        final Units t;
        final double[] weight;
        final int cols;
        final double[] values;

        MatchTable(Units s, Units t, double[] weight) {
            this.t = t;
            this.weight = weight;
            this.cols = t.size + 1;
            this.values = new double[(s.size + 1) * cols * TWO_SIDED * 2];
            java.util.Arrays.fill(values, Double.NaN);
        }
    }

    /** Keeps the anchor matches of this grid in a table when it is solved whole and small enough. */
    void tableFor(Band band) {
        long cells = (s.size + 1L) * (t.size + 1L);
        if (band.cells == cells && cells <= TABLE_CELLS
                && (s.matchTable == null || s.matchTable.t != t || s.matchTable.weight != weight)) {
            s.matchTable = new MatchTable(s, t, weight);
        }
    }

    /** Length costs of short units, by their lengths (NaN: not computed yet); see {@link #lengthCost}. */
    private static final int SHORT = 128;
    private double[] shortCost;

    /** The cost of the bead of type {@code k} that ends at (i, j). */
    double cost(int k, int i, int j) {
        int di = MOVES[k][0];
        int dj = MOVES[k][1];
        int i0 = i - di;
        int j0 = j - dj;
        double c = prior[k];
        if (di > 0 && dj > 0) {
            c += lengthCost(s.length(i0, i), t.length(j0, j));
            double w;
            MatchTable table = s.matchTable;
            if (table != null && table.t == t && table.weight == weight) {
                int slot = ((i * table.cols + j) * TWO_SIDED + TWO_SIDED_SLOT[k]) * 2;
                w = table.values[slot];
                if (Double.isNaN(w)) {
                    w = matched(i0, i, j0, j);
                    table.values[slot] = w;
                    table.values[slot + 1] = matchedMiss;
                } else {
                    matchedMiss = table.values[slot + 1];
                }
            } else {
                w = matched(i0, i, j0, j);
            }
            c -= p.anchorScale() * w;
            c += p.missScale() * (s.miss(i0, i) + t.miss(j0, j) - 2 * matchedMiss);
        }
        if (p.paragraphCross() > 0) {
            for (int u = i0 + 1; u < i; u++) {
                if (s.paragraphStart[u]) {
                    c += p.paragraphCross();
                }
            }
            for (int u = j0 + 1; u < j; u++) {
                if (t.paragraphStart[u]) {
                    c += p.paragraphCross();
                }
            }
            if (i0 > 0 && j0 > 0 && i0 < s.size && j0 < t.size && di > 0 && dj > 0
                    && s.paragraphStart[i0] && t.paragraphStart[j0]) {
                c -= p.paragraphBoth();
            }
        }
        return c;
    }

    /**
     * The Gale-Church cost of a source length {@code a} against a translation length {@code b}. The
     * costs of short units are kept in a table: a document of thousands of one-word sentences asks
     * for the same few pairs of lengths millions of times, each a square root, a logarithm and a
     * polynomial (the same values, so the same alignment).
     */
    double lengthCost(long a, long b) {
        if (a < SHORT && b < SHORT) {
            if (shortCost == null) {
                shortCost = new double[SHORT * SHORT];
                java.util.Arrays.fill(shortCost, Double.NaN);
            }
            int k = (int) a * SHORT + (int) b;
            double c = shortCost[k];
            if (Double.isNaN(c)) {
                c = lengthCostOf(a, b);
                shortCost[k] = c;
            }
            return c;
        }
        return lengthCostOf(a, b);
    }

    double lengthCostOf(long a, long b) {
        double expected = a * ratio;
        double mean = Math.max(1, (expected + b) / 2);
        double d = Math.abs(b - expected) / Math.sqrt(variance * mean);
        return -logErfc(d / Math.sqrt(2));
    }

    /** log(erfc(z)) for z &ge; 0 (Numerical Recipes' Chebyshev fit, relative error &lt; 1.2e-7). */
    static double logErfc(double z) {
        double t = 1 / (1 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }

    /**
     * The summed weight of the anchors the source units [i0, i1) share with translation units [j0, j1)
     * (an anchor found twice on both sides counts twice). The weights are added in ascending order of
     * their ids, each id as many times as both sides hold it, as a merge of the two sorted lists with
     * repeats adds them; walking the runs of each id instead of every repeat gives the same sums.
     */
    double matched(int i0, int i1, int j0, int j1) {
        matchedMiss = 0;
        int[] a = s.distinct[i1 - i0][i0];
        int[] b = t.distinct[j1 - j0][j0];
        int na = a.length;
        int nb = b.length;
        if (na == 0 || nb == 0) {
            return 0;
        }
        int[] ac = s.count[i1 - i0][i0];
        int[] bc = t.count[j1 - j0][j0];
        double w = 0;
        double mm = 0;
        int x = 0;
        int y = 0;
        while (x < na && y < nb) {
            int ax = a[x];
            int by = b[y];
            if (ax == by) {
                double wt = weight[ax];
                double ms = miss[ax];
                for (int c = Math.min(ac[x], bc[y]); c > 0; c--) {
                    w += wt;
                    mm += ms;
                }
                x++;
                y++;
            } else if (ax < by) {
                x++;
            } else {
                y++;
            }
        }
        matchedMiss = mm;
        return w;
    }

    /** {@link #matched} as a merge of the two sorted lists with repeats (for tests: the sums must be equal). */
    double matchedByMerge(int i0, int i1, int j0, int j1) {
        matchedMiss = 0;
        int[] a = s.span[i1 - i0][i0];
        int[] b = t.span[j1 - j0][j0];
        double w = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                w += weight[a[x]];
                matchedMiss += miss[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return w;
    }

    Result run(Band band, boolean posteriors) {
        return run(band, posteriors, false);
    }

    /**
     * The best path through {@code band}; with {@code posteriors}, each bead's confidence too, except
     * when {@code widening} and the path touches the band's edge: the caller then widens the band and
     * runs again, so the backward pass of this run (about half its cost) would be thrown away.
     */
    Result run(Band band, boolean posteriors, boolean widening) {
        return run(band, posteriors, widening, true);
    }

    /** {@link #run(Band, boolean, boolean)}; without {@code caches}, every cost computed afresh (for tests). */
    Result run(Band band, boolean posteriors, boolean widening, boolean caches) {
        int n = s.size;
        int m = t.size;
        int cells = Math.toIntExact(band.cells);
        if (caches) {
            tableFor(band);
        }
        double[] v = new double[cells];
        // the backward pass asks for the costs the forward pass computed: kept when the band is small enough
        double[] costs = caches && posteriors && (long) cells * MOVES.length <= RUN_CACHE ? new double[cells * MOVES.length] : null;
        if (costs != null) {
            java.util.Arrays.fill(costs, Double.NaN);
        }
        byte[] back = new byte[cells];
        double[] alpha = posteriors ? new double[cells] : null;
        double temp = p.temperature();
        double[] vals = new double[MOVES.length];
        for (int i = 0; i <= n; i++) {
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                int idx = band.index(i, j);
                if (i == 0 && j == 0) {
                    v[idx] = 0;
                    back[idx] = -1;
                    if (posteriors) {
                        alpha[idx] = 0;
                    }
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bk = -1;
                int nv = 0;
                double vmax = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < MOVES.length; k++) {
                    int pi = i - MOVES[k][0];
                    int pj = j - MOVES[k][1];
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    int pidx = band.index(pi, pj);
                    double pv = v[pidx];
                    if (pv == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost(k, i, j);
                    if (costs != null) {
                        costs[idx * MOVES.length + k] = c;
                    }
                    if (pv + c < best) {
                        best = pv + c;
                        bk = k;
                    }
                    if (posteriors) {
                        double x = alpha[pidx] - c / temp;
                        vals[nv++] = x;
                        vmax = Math.max(vmax, x);
                    }
                }
                v[idx] = best;
                back[idx] = (byte) bk;
                if (posteriors) {
                    alpha[idx] = lse(vals, nv, vmax);
                }
            }
        }
        // backtrack
        int steps = 0;
        int[] ri = new int[n + m + 1];
        int[] rj = new int[n + m + 1];
        int[] rk = new int[n + m];
        int i = n;
        int j = m;
        ri[0] = n;
        rj[0] = m;
        while (i > 0 || j > 0) {
            int k = back[band.index(i, j)];
            if (k < 0) {
                throw new IllegalStateException("no path through the band");
            }
            rk[steps] = k;
            i -= MOVES[k][0];
            j -= MOVES[k][1];
            steps++;
            ri[steps] = i;
            rj[steps] = j;
        }
        int[] pi = new int[steps + 1];
        int[] pj = new int[steps + 1];
        int[] mv = new int[steps];
        for (int x = 0; x <= steps; x++) {
            pi[x] = ri[steps - x];
            pj[x] = rj[steps - x];
        }
        for (int x = 0; x < steps; x++) {
            mv[x] = rk[steps - 1 - x];
        }
        double pathCost = v[band.index(n, m)];
        boolean touched = touchesEdge(pi, pj, band);
        if (!posteriors || widening && touched) {
            return new Result(pi, pj, mv, null, pathCost, touched);
        }
        // backward sums, reusing v
        double[] beta = v;
        for (int a = n; a >= 0; a--) {
            for (int b = band.hi[a]; b >= band.lo[a]; b--) {
                int idx = band.index(a, b);
                if (a == n && b == m) {
                    beta[idx] = 0;
                    continue;
                }
                int nv = 0;
                double vmax = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < MOVES.length; k++) {
                    int ni = a + MOVES[k][0];
                    int nj = b + MOVES[k][1];
                    if (ni > n || nj > m || !band.contains(ni, nj)) {
                        continue;
                    }
                    int nidx = band.index(ni, nj);
                    double x = beta[nidx] - cost(costs, nidx, k, ni, nj) / temp;
                    vals[nv++] = x;
                    vmax = Math.max(vmax, x);
                }
                beta[idx] = lse(vals, nv, vmax);
            }
        }
        double z = alpha[band.index(n, m)];
        double[] conf = new double[steps];
        for (int x = 0; x < steps; x++) {
            int k = mv[x];
            int a0 = pi[x];
            int b0 = pj[x];
            double post;
            if (k == OMIT) {
                post = 0;
                for (int b = Math.max(band.lo[a0], band.lo[a0 + 1]); b <= Math.min(band.hi[a0], band.hi[a0 + 1]); b++) {
                    int nidx = band.index(a0 + 1, b);
                    post += Math.exp(alpha[band.index(a0, b)] - cost(costs, nidx, k, a0 + 1, b) / temp + beta[nidx] - z);
                }
            } else if (k == ADD) {
                post = 0;
                int lowA = 0;
                int highA = n;
                while (lowA < highA) { // first row whose band reaches column b0 + 1
                    int mid = (lowA + highA) >>> 1;
                    if (band.hi[mid] >= b0 + 1) {
                        highA = mid;
                    } else {
                        lowA = mid + 1;
                    }
                }
                for (int a = lowA; a <= n; a++) {
                    if (band.lo[a] > b0) {
                        break;
                    }
                    if (band.hi[a] < b0 + 1) {
                        continue;
                    }
                    int nidx = band.index(a, b0 + 1);
                    post += Math.exp(alpha[band.index(a, b0)] - cost(costs, nidx, k, a, b0 + 1) / temp + beta[nidx] - z);
                }
            } else {
                int nidx = band.index(pi[x + 1], pj[x + 1]);
                post = Math.exp(alpha[band.index(a0, b0)] - cost(costs, nidx, k, pi[x + 1], pj[x + 1]) / temp
                        + beta[nidx] - z);
            }
            conf[x] = Math.max(0, Math.min(1, post));
        }
        return new Result(pi, pj, mv, conf, pathCost, touched);
    }

    /** A run keeps the costs of its forward pass for its backward pass up to this many (32 MB). */
    static final long RUN_CACHE = 4_000_000;

    /** The cost of move {@code k} into the cell (i, j) at index {@code idx}: kept from the forward pass, else computed. */
    private double cost(double[] costs, int idx, int k, int i, int j) {
        if (costs != null) {
            double c = costs[idx * MOVES.length + k];
            if (!Double.isNaN(c)) {
                return c;
            }
        }
        return cost(k, i, j);
    }

    /** True when the path comes within two cells of an edge of the band that is not the grid's edge. */
    static boolean touchesEdge(int[] pi, int[] pj, Band band) {
        int m = band.cols - 1;
        for (int x = 0; x < pi.length; x++) {
            int i = pi[x];
            int j = pj[x];
            if ((band.lo[i] > 0 && j - band.lo[i] < 2) || (band.hi[i] < m && band.hi[i] - j < 2)) {
                return true;
            }
        }
        return false;
    }

    private static double lse(double[] vals, int nv, double vmax) {
        if (nv == 0 || vmax == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int x = 0; x < nv; x++) {
            sum += Math.exp(vals[x] - vmax);
        }
        return vmax + Math.log(sum);
    }
}
