package dev.transcheck.align;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence alignment by length and shared anchors. Bead costs (in nats) add a bead-type prior, a
 * Gale-Church length cost on characters (the length ratio estimated per document pair), a bonus
 * for every anchor the two sides share (numbers, names, identical tokens, punctuation: see
 * {@link SharedAnchors}) and soft paragraph terms. Long documents are aligned coarse to fine:
 * blocks of sentences first, then the sentences inside a band around the coarse path, so memory
 * and time grow linearly. Each bead's confidence is its posterior probability (forward-backward,
 * then a logistic calibration); for a 1-0 or 0-1 bead it is the probability that the sentence
 * has no counterpart at all. Thread-safe.
 */
public final class AnchorAligner implements Aligner {
    /** Problems up to this many cells are solved without a band. */
    static final long FULL_CELLS = 250_000;
    private static final int MAX_FACTOR = 8;
    /** A band is not widened beyond this many cells (about 1 GB of working memory). */
    private static final long MAX_BAND_CELLS = 60_000_000;
    /**
     * When the path reaches the edge of its band, the band is moved after it and solved again while
     * all the bands so far hold fewer than this many times the cells of the first (see
     * docs/performance.md: a repetitive text's path leaves a coarse path it cannot follow).
     */
    static final long WIDEN_BUDGET = 4;

    private final AnchorSource anchors;
    private final AlignParams params;

    public AnchorAligner() {
        this(new SharedAnchors(), AlignParams.DEFAULT);
    }

    public AnchorAligner(AnchorSource anchors) {
        this(anchors, AlignParams.DEFAULT);
    }

    public AnchorAligner(AnchorSource anchors, AlignParams params) {
        this.anchors = anchors;
        this.params = params;
    }

    @Override
    public Alignment align(Document source, Document translation) {
        int n = source.size();
        int m = translation.size();
        if (n == 0 || m == 0) {
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                beads.add(new Bead(List.of(i), List.of(), 1.0));
            }
            for (int j = 0; j < m; j++) {
                beads.add(new Bead(List.of(), List.of(j), 1.0));
            }
            return new Alignment(beads, n, m);
        }
        AnchorSet set = anchors.anchors(source, translation);
        Map<String, Integer> ids = new HashMap<>();
        List<Double> weights = new ArrayList<>();
        List<Double> misses = new ArrayList<>();
        int[][] sk = intern(set.source(), ids, weights, misses);
        int[][] tk = intern(set.translation(), ids, weights, misses);
        double[] w = weights(weights, sk, tk);
        double[] miss = new double[misses.size()];
        for (int id = 0; id < miss.length; id++) {
            miss[id] = misses.get(id);
        }
        boolean paragraphs = informativeParagraphs(source) && informativeParagraphs(translation)
                && paragraphCount(source) <= 2 * paragraphCount(translation)
                && paragraphCount(translation) <= 2 * paragraphCount(source);
        Units su = new Units(lengths(source), sk, paragraphStarts(source, paragraphs));
        Units tu = new Units(lengths(translation), tk, paragraphStarts(translation, paragraphs));
        double ratio = su.prefix[n] == 0 ? 1 : (double) tu.prefix[m] / su.prefix[n];
        if (ratio == 0) {
            ratio = 1;
        }
        BandedDp.Result r = solve(su, tu, w, miss, ratio, params, true);
        double fitRatio = ratio;
        double variance = params.variance();
        if (r.beads() >= 8) {
            // second pass: a professional translation of one document keeps its length ratio far
            // more tightly than the generic variance allows, and a 2-1 bead that is only as long
            // as one of its sources then costs what it should (a dropped sentence, not a merge)
            double[] fit = lengthFit(r, su, tu);
            if (fit != null) {
                AlignParams p2 = params.with("variance", Math.max(VMIN, Math.min(params.variance(), fit[1])));
                r = solve(su, tu, w, miss, fit[0], p2, true);
                fitRatio = fit[0];
                variance = p2.variance();
            }
        }
        if (params.adapt() > 0 && r.beads() >= 2) {
            r = solve(su, tu, w, miss, ratio, adapted(r, su, tu, ratio), true);
        }
        int[] kinds = GapAudit.keyKinds(ids, w.length);
        GapAudit.Runs runs = new GapAudit.Runs(r, source.sentences().size());
        List<Bead> beads = new ArrayList<>(r.beads());
        for (int x = 0; x < r.beads(); x++) {
            List<Integer> a = range(r.pi()[x], r.pi()[x + 1]);
            List<Integer> b = range(r.pj()[x], r.pj()[x + 1]);
            double conf = calibrate(r.confidence()[x]);
            if (r.move()[x] == BandedDp.OMIT && params.gapEvidence() > 0) {
                Integer first = ids.get(SharedAnchors.firstWordNameKey(source.sentence(a.get(0)).text()));
                conf = GapAudit.audit(conf, params.gapEvidence() * GapAudit.evidence(r, x, sk, tk, w, kinds, source,
                        translation, su, tu, fitRatio, variance, first == null ? -1 : first, runs));
            }
            if (a.size() > 1 && !b.isEmpty() && params.gapEvidence() > 0) {
                Integer first = ids.get(SharedAnchors.firstWordNameKey(source.sentence(a.get(0)).text()));
                double[] d = MergeAudit.dropped(r, x, sk, tk, w, kinds, su, tu, fitRatio, variance, first == null ? -1 : first,
                        source);
                if (d != null) {
                    int u = (int) d[0];
                    double base = MergeAudit.base(r.confidence()[x], conf,
                            MergeAudit.spelledNumber(source.sentence(u).text(), source.lang())
                                    || MergeAudit.strangeNumber(r, x, u, sk, tk, kinds));
                    Bead gap = new Bead(List.of(u), List.of(), GapAudit.audit(base, params.gapEvidence() * d[1]));
                    List<Integer> rest = new ArrayList<>(a);
                    rest.remove(Integer.valueOf(u));
                    Bead kept = new Bead(rest, b, conf);
                    if (u == a.get(0)) {
                        beads.add(gap);
                        beads.add(kept);
                    } else {
                        beads.add(kept);
                        beads.add(gap);
                    }
                    continue;
                }
            }
            beads.add(new Bead(a, b, conf));
        }
        return new Alignment(beads, n, m);
    }

    /**
     * The second pass uses the document's own length variance (from its confident 1-1 beads),
     * times this safety factor, kept between {@link #VMIN} and the default variance.
     */
    static final double VMUL = 2;
    static final double VMIN = 6;

    /**
     * The length ratio and variance of this document pair, from the confident 1-1 beads of a
     * first pass: {ratio, variance}, or null when there are too few.
     */
    private static double[] lengthFit(BandedDp.Result r, Units s, Units t) {
        List<double[]> pairs = new ArrayList<>();
        long ls = 0;
        long lt = 0;
        for (int x = 0; x < r.beads(); x++) {
            int i0 = r.pi()[x], i1 = r.pi()[x + 1], j0 = r.pj()[x], j1 = r.pj()[x + 1];
            if (i1 - i0 == 1 && j1 - j0 == 1 && r.confidence()[x] >= dev.transcheck.model.Confidence.LEARN_LENGTHS) {
                long a = s.prefix[i1] - s.prefix[i0];
                long b = t.prefix[j1] - t.prefix[j0];
                if (a > 0 && b > 0) {
                    pairs.add(new double[] {a, b});
                    ls += a;
                    lt += b;
                }
            }
        }
        if (pairs.size() < 8) {
            return null;
        }
        double c = (double) lt / ls;
        double[] d2 = new double[pairs.size()];
        for (int k = 0; k < d2.length; k++) {
            double a = pairs.get(k)[0], b = pairs.get(k)[1];
            d2[k] = (b - c * a) * (b - c * a) / ((c * a + b) / 2);
        }
        Arrays.sort(d2);
        // the median of a chi-square variable with one degree of freedom is 0.455 times its scale
        double v = d2[d2.length / 2] / 0.455 * VMUL;
        return new double[] {c, v};
    }

    /** Maps a raw posterior through the logistic calibration of {@link AlignParams}. */
    double calibrate(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        double logit = Math.log(q / (1 - q));
        double c = 1 / (1 + Math.exp(-(params.calibA() * logit + params.calibB())));
        return Math.round(c * 10000) / 10000.0;
    }

    /**
     * The constants re-estimated from a first alignment of this document pair: bead-type
     * probabilities (the first pass's counts with the defaults as a prior worth
     * {@code adapt} beads).
     */
    private AlignParams adapted(BandedDp.Result r, Units s, Units t, double ratio) {
        double[] base = params.prior();
        double[] count = new double[base.length];
        for (int k : r.move()) {
            count[k]++;
        }
        double[] pr = new double[base.length];
        double total = r.beads() + params.adapt();
        for (int k = 0; k < pr.length; k++) {
            pr[k] = (count[k] + params.adapt() * base[k]) / total;
        }
        AlignParams out = params;
        for (int k = 0; k < pr.length; k++) {
            out = out.withPrior(k, pr[k]);
        }
        return out;
    }

    private BandedDp.Result solve(Units s, Units t, double[] w, double[] miss, double ratio, AlignParams params,
            boolean finest) {
        BandedDp dp = new BandedDp(s, t, w, miss, params, ratio, params.variance());
        long cells = (s.size + 1L) * (t.size + 1L);
        if (cells <= FULL_CELLS) {
            return dp.run(Band.full(s.size, t.size), finest);
        }
        int f = (int) Math.ceil(Math.sqrt((double) cells / FULL_CELLS));
        f = Math.max(2, Math.min(MAX_FACTOR, f));
        BandedDp.Result coarse = solve(s.coarsen(f), t.coarsen(f), w, miss, ratio, params, false);
        int[] ci = new int[coarse.pi().length];
        int[] cj = new int[coarse.pj().length];
        for (int x = 0; x < ci.length; x++) {
            ci[x] = Math.min(s.size, coarse.pi()[x] * f);
            cj[x] = Math.min(t.size, coarse.pj()[x] * f);
        }
        int width = 2 * f + 8;
        Band band = Band.around(ci, cj, s.size, t.size, width);
        long budget = WIDEN_BUDGET * band.cells;
        long spent = 0;
        BandedDp.Result r;
        while (true) {
            // may this band still be widened? (the next band is rarely over twice this one)
            boolean wider = spent + 3 * band.cells <= budget && 2 * band.cells <= MAX_BAND_CELLS;
            r = dp.run(band, finest, wider);
            spent += band.cells;
            if (!r.touched() || !wider) {
                break;
            }
            // the path reached the band's edge: the band follows it there (the cells of the old band are
            // kept, so the new path costs no more than this one)
            band = band.union(Band.around(r.pi(), r.pj(), s.size, t.size, width));
        }
        return r;
    }

    private static int[][] intern(List<List<Anchor>> side, Map<String, Integer> ids, List<Double> weights,
            List<Double> misses) {
        int[][] out = new int[side.size()][];
        for (int i = 0; i < side.size(); i++) {
            List<Anchor> l = side.get(i);
            int[] k = new int[l.size()];
            for (int x = 0; x < l.size(); x++) {
                Anchor a = l.get(x);
                Integer id = ids.get(a.key());
                if (id == null) {
                    id = ids.size();
                    ids.put(a.key(), id);
                    weights.add(a.weight());
                    misses.add(a.miss());
                } else {
                    weights.set(id, Math.max(weights.get(id), a.weight()));
                    misses.set(id, Math.max(misses.get(id), a.miss()));
                }
                k[x] = id;
            }
            Arrays.sort(k);
            out[i] = k;
        }
        return out;
    }

    /** Anchor weights, lowered for keys found in many sentences (they say little about where). */
    private static double[] weights(List<Double> base, int[][] sk, int[][] tk) {
        int[] ds = docFreq(base.size(), sk);
        int[] dt = docFreq(base.size(), tk);
        double[] w = new double[base.size()];
        for (int id = 0; id < w.length; id++) {
            double share = Math.max((double) ds[id] / sk.length, (double) dt[id] / tk.length);
            w[id] = base.get(id) / (1 + 4 * share);
        }
        return w;
    }

    private static int[] docFreq(int size, int[][] keys) {
        int[] df = new int[size];
        for (int[] k : keys) {
            for (int x = 0; x < k.length; x++) {
                if (x == 0 || k[x] != k[x - 1]) {
                    df[k[x]]++;
                }
            }
        }
        return df;
    }

    private static int[] lengths(Document d) {
        int[] len = new int[d.size()];
        for (int i = 0; i < len.length; i++) {
            len[i] = d.sentence(i).text().strip().length();
        }
        return len;
    }

    private static int paragraphCount(Document d) {
        int count = 0;
        int last = Integer.MIN_VALUE;
        for (Sentence s : d.sentences()) {
            if (s.paragraph() != last) {
                count++;
                last = s.paragraph();
            }
        }
        return count;
    }

    /** Paragraphs tell something when there are several and they are not just one per sentence. */
    private static boolean informativeParagraphs(Document d) {
        int p = paragraphCount(d);
        return p > 1 && p < d.size();
    }

    private static boolean[] paragraphStarts(Document d, boolean use) {
        boolean[] out = new boolean[d.size()];
        if (!use) {
            return out;
        }
        for (int i = 1; i < d.size(); i++) {
            out[i] = d.sentence(i).paragraph() != d.sentence(i - 1).paragraph();
        }
        return out;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> l = new ArrayList<>(to - from);
        for (int x = from; x < to; x++) {
            l.add(x);
        }
        return l;
    }
}
