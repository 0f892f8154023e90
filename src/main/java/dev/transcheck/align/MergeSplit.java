package dev.transcheck.align;

/**
 * A second look at the 2-1 beads of the best path: a dropped sentence next to a kept one can be
 * absorbed into a 2-1 bead when nothing in it weighs against the merge. When one of the two source
 * sentences shares no anchor with the translation sentence while it has ordinary words of the word
 * list to share ({@link GapAudit#LEX_MIN} or more), the other does share some, and the translation
 * sentence is far shorter than the two sources together should give while it fits the other one
 * alone, the bead is split into a 1-1 bead and a 1-0 bead; the 1-0 bead is then left to the gap
 * audit (its confidence starts at {@link #START}, undecided).
 */
final class MergeSplit {
    private MergeSplit() {
    }

    /** The length deviation (in the programme's standard units) above which the merge is too short in translation. */
    static double SPLIT_Z = Double.parseDouble(System.getProperty("lex.splitZ", "2"));
    /** The confidence a split-off 1-0 bead starts with, before the gap audit. */
    static final double START = 0.5;

    static BandedDp.Result split(BandedDp.Result r, int[][] sk, int[][] tk, double[] w, int[] kinds, Units su, Units tu,
            double ratio, double variance) {
        int n = r.beads();
        int[] pi = new int[n * 2 + 1];
        int[] pj = new int[n * 2 + 1];
        int[] mv = new int[n * 2];
        double[] conf = new double[n * 2];
        int out = 0;
        boolean changed = false;
        for (int x = 0; x < n; x++) {
            int i = r.pi()[x];
            int j = r.pj()[x];
            int orphan = r.move()[x] == 3 ? unsupported(i, j, sk, tk, kinds, su, tu, ratio, variance) : -1;
            pi[out] = i;
            pj[out] = j;
            if (orphan < 0) {
                mv[out] = r.move()[x];
                conf[out] = r.confidence()[x];
                out++;
                continue;
            }
            changed = true;
            if (orphan == i) { // 1-0 then 1-1
                mv[out] = BandedDp.OMIT;
                conf[out++] = START;
                pi[out] = i + 1;
                pj[out] = j;
                mv[out] = 0;
                conf[out++] = r.confidence()[x];
            } else { // 1-1 then 1-0
                mv[out] = 0;
                conf[out++] = r.confidence()[x];
                pi[out] = i + 1;
                pj[out] = j + 1;
                mv[out] = BandedDp.OMIT;
                conf[out++] = START;
            }
        }
        if (!changed) {
            return r;
        }
        pi[out] = r.pi()[n];
        pj[out] = r.pj()[n];
        return new BandedDp.Result(java.util.Arrays.copyOf(pi, out + 1), java.util.Arrays.copyOf(pj, out + 1),
                java.util.Arrays.copyOf(mv, out), java.util.Arrays.copyOf(conf, out), r.pathCost());
    }

    /**
     * The source sentence (i or i + 1) of the 2-1 bead onto translation sentence j that has nothing
     * in it, or -1 when the bead stays.
     */
    static int unsupported(int i, int j, int[][] sk, int[][] tk, int[] kinds, Units su, Units tu, double ratio,
            double variance) {
        int a = shared(sk[i], tk[j], kinds);
        int b = shared(sk[i + 1], tk[j], kinds);
        int orphan;
        if (a == 0 && b > 0) {
            orphan = i;
        } else if (b == 0 && a > 0) {
            orphan = i + 1;
        } else {
            return -1;
        }
        if (lexical(sk[orphan], kinds) < GapAudit.LEX_MIN) {
            return -1; // nothing to weigh: an absence of anchors says nothing
        }
        int kept = orphan == i ? i + 1 : i;
        long lt = tu.length(j, j + 1);
        double both = deviation(su.length(i, i + 2), lt, ratio, variance);
        double one = deviation(su.length(kept, kept + 1), lt, ratio, variance);
        return both > SPLIT_Z && one < both ? orphan : -1;
    }

    private static double deviation(long ls, long lt, double ratio, double variance) {
        double expected = ls * ratio;
        return (expected - lt) / Math.sqrt(variance * Math.max(1, (expected + lt) / 2));
    }

    /** The number of keys (punctuation left out) the two sentences share. */
    private static int shared(int[] a, int[] b, int[] kinds) {
        int c = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                if (kinds[a[x]] != GapAudit.WEAK) {
                    c++;
                }
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return c;
    }

    private static int lexical(int[] keys, int[] kinds) {
        int c = 0;
        for (int q = 0; q < keys.length; q++) {
            if (kinds[keys[q]] == GapAudit.LEXICAL && (q == 0 || keys[q - 1] != keys[q])) {
                c++;
            }
        }
        return c;
    }
}
