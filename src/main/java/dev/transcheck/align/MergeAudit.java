package dev.transcheck.align;

import dev.transcheck.model.Document;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.HashMap;
import java.util.Map;

/**
 * The merged-bead audit of {@link AnchorAligner}: a second look at each bead of the best path that
 * joins several source sentences (2-1, 2-2, 3-1). A short dropped sentence next to a long one costs
 * a merge little length, so the path often hides a drop in such a bead. The audit asks, for the
 * first and the last source sentence of the bead, whether the bead's translation (and the
 * translation sentences beside it) has anything of it: when the sentence has enough anchors of its
 * own (numbers, names, identical tokens, words of the word list) and none of them is there beyond
 * what the bead's other source sentences explain, while each other source sentence shares a good
 * part of its anchors with the translation, and the translation's length fits the other source
 * sentences alone better than all of them, the sentence was dropped: it leaves the bead as a 1-0
 * bead whose confidence comes from the weight of its absent anchors (on the gap audit's scale).
 */
final class MergeAudit {
    private MergeAudit() {
    }

    /**
     * The confidence of a 1-0 bead split off a merge before its evidence moves it: the probability
     * the programme left for the merge being wrong, one minus the merge's posterior (at least
     * {@link #MIN_BASE}). Not one minus its calibrated confidence: the calibration lifts every
     * posterior by its intercept, so that start put the split-off bead the intercept below its
     * posterior, and twice the intercept below a 1-0 bead of the same posterior. A sentence with a
     * number written out in words ({@code unsure}) keeps that lower start: such a number is no
     * anchor (only digits are), so a merge that renders it ("..., killing nine" for «Тоді загинуло
     * дев'ять чоловік») leaves the audit nothing to find; so does a merge whose translation has a number
     * its other source sentences lack ({@link #strangeNumber}: the sentence's number in other units).
     */
    static double base(double posterior, double calibrated, boolean unsure) {
        return Math.max(MIN_BASE, 1 - (unsure ? calibrated : posterior));
    }

    /**
     * Whether the translation of merged bead {@code x} has a number (as an anchor key) more often than
     * its source sentences other than {@code u} explain: the number of {@code u} may be there in other
     * units ("2.9 lb" for «1,3 кг»), which no key matches.
     */
    static boolean strangeNumber(BandedDp.Result r, int x, int u, int[][] sk, int[][] tk, int[] kinds) {
        Map<Integer, Integer> inBead = counts(tk, r.pj()[x], r.pj()[x + 1]);
        Map<Integer, Integer> others = new HashMap<>();
        for (int v = r.pi()[x]; v < r.pi()[x + 1]; v++) {
            if (v != u) {
                for (int k : sk[v]) {
                    others.merge(k, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Integer, Integer> e : inBead.entrySet()) {
            if (kinds[e.getKey()] == GapAudit.NUMBER && e.getValue() > others.getOrDefault(e.getKey(), 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has a number written out in words (not a compound with digits: "45-year-old"). */
    static boolean spelledNumber(String text, String lang) {
        for (NumericEntity e : NumberExtractor.extract(text, lang)) {
            if (e.spelled() && e.text().chars().noneMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    static final double MIN_BASE = 0.05;
    /** Each other source sentence of the bead must find at least this share of its anchor weight in the translation. */
    static final double COVERED = 0.15;
    /** ... and at least this much weight in all. */
    static final double COVERED_MIN = 1.0;
    /** The length deviation (the programme's standard units) the translation may keep from the other sentences alone. */
    static final double FIT_Z = 1.5;
    /** The sentence's absent anchors must weigh at least this much (before the gap audit's scale). */
    static final double MIN_ABSENT = 1.5;

    /**
     * The source sentence of bead {@code x} (its first or last) that the audit finds dropped, with
     * the evidence of the drop in logit units: {sentence, evidence}, or null when the bead holds no
     * dropped sentence.
     */
    static double[] dropped(BandedDp.Result r, int x, int[][] sk, int[][] tk, double[] w, int[] kinds, Units su,
            Units tu, double ratio, double variance, int firstKey, Document source) {
        int i0 = r.pi()[x];
        int i1 = r.pi()[x + 1];
        int j0 = r.pj()[x];
        int j1 = r.pj()[x + 1];
        if (i1 - i0 < 2 || j1 == j0) {
            return null;
        }
        Map<Integer, Integer> inBead = counts(tk, j0, j1);
        double[] best = null;
        for (int u : new int[] {i0, i1 - 1}) {
            boolean titleCase = source != null && titleCase(source.sentence(u).text());
            double ev = evidence(r, x, u, sk, tk, w, kinds, inBead, su, tu, ratio, variance, firstKey, titleCase);
            if (ev > 0 && (best == null || ev > best[1])) {
                best = new double[] {u, ev};
            }
        }
        return best;
    }

    private static Map<Integer, Integer> counts(int[][] keys, int from, int to) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int t = Math.max(0, from); t < Math.min(keys.length, to); t++) {
            for (int k : keys[t]) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    private static boolean counts(int kind) {
        return kind != GapAudit.WEAK;
    }

    private static double evidence(BandedDp.Result r, int x, int u, int[][] sk, int[][] tk, double[] w, int[] kinds,
            Map<Integer, Integer> inBead, Units su, Units tu, double ratio, double variance, int firstKey,
            boolean titleCase) {
        int i0 = r.pi()[x];
        int i1 = r.pi()[x + 1];
        int j0 = r.pj()[x];
        int j1 = r.pj()[x + 1];
        // the other source sentences of the bead, and what they explain
        Map<Integer, Integer> others = new HashMap<>();
        for (int v = i0; v < i1; v++) {
            if (v == u) {
                continue;
            }
            double all = 0;
            double found = 0;
            for (int q = 0; q < sk[v].length; q++) {
                int k = sk[v][q];
                others.merge(k, 1, Integer::sum);
                if (!counts(kinds[k]) || kinds[k] == GapAudit.SUPPORT_ONLY || (q > 0 && sk[v][q - 1] == k)) {
                    continue;
                }
                all += w[k];
                if (inBead.containsKey(k)) {
                    found += w[k];
                }
            }
            if (found < COVERED_MIN || found < COVERED * all) {
                return 0; // an other sentence the translation does not clearly hold: the bead may be wrong altogether
            }
        }
        // the translation sentences beside the bead, with the source sentences aligned with them
        Map<Integer, Integer> near = counts(tk, j0 - 1, j1 + 1);
        Map<Integer, Integer> explained = new HashMap<>(others);
        if (x > 0) {
            for (int v = r.pi()[x - 1]; v < r.pi()[x]; v++) {
                for (int k : sk[v]) {
                    explained.merge(k, 1, Integer::sum);
                }
            }
        }
        if (x + 1 < r.beads()) {
            for (int v = r.pi()[x + 1]; v < r.pi()[x + 2]; v++) {
                for (int k : sk[v]) {
                    explained.merge(k, 1, Integer::sum);
                }
            }
        }
        int[] keys = sk[u];
        double absent = 0;
        double present = 0;
        int lexical = 0;
        int lexAbsent = 0;
        double lexAbsentW = 0;
        for (int q = 0; q < keys.length; q++) {
            int k = keys[q];
            if (!counts(kinds[k]) || (q > 0 && keys[q - 1] == k)) {
                continue;
            }
            int there = near.getOrDefault(k, 0);
            if (there > explained.getOrDefault(k, 0)) {
                if (kinds[k] != GapAudit.LEXICAL && kinds[k] != GapAudit.SUPPORT_ONLY) {
                    return 0; // a number, name or identical token of the sentence is there: it was merged
                }
                present += w[k];
                if (kinds[k] == GapAudit.LEXICAL) {
                    lexical++;
                }
                continue;
            }
            if (kinds[k] == GapAudit.SUPPORT_ONLY) {
                continue;
            }
            if (kinds[k] == GapAudit.LEXICAL) {
                if (there == 0) {
                    lexical++;
                    lexAbsent++;
                    lexAbsentW += w[k];
                }
                continue;
            }
            boolean firstOnly = k == firstKey && u == i0 && GapAudit.count(keys, k) == 1;
            if (titleCase && kinds[k] == GapAudit.NAME) {
                continue; // in a title-case line every word has a capital: it marks no name
            }
            if (there == 0 && !firstOnly) {
                absent += kinds[k] == GapAudit.ACRONYM ? GapAudit.ACRONYM_ABSENT * w[k] : w[k];
            }
        }
        absent += GapAudit.lexicalAbsence(lexical, lexAbsent, lexAbsentW);
        absent -= GapAudit.GAP_SUPPORT * present;
        if (absent < MIN_ABSENT) {
            return 0;
        }
        // the translation's length fits the other sentences alone, and better than all of them
        long lt = tu.length(j0, j1);
        long lsAll = su.length(i0, i1);
        long lsRest = lsAll - su.length(u, u + 1);
        double zRest = z(lsRest, lt, ratio, variance);
        double zAll = z(lsAll, lt, ratio, variance);
        if (zRest > FIT_Z) {
            return 0;
        }
        return absent;
    }

    /**
     * Whether every word of {@code text} (two or more words with letters) starts with a capital
     * letter: a title-case headline, whose capitals mark no names.
     */
    static boolean titleCase(String text) {
        int words = 0;
        for (String tok : text.split("[\\s/]+")) {
            int c = tok.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (c < 0) {
                continue;
            }
            if (!Character.isUpperCase(c)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }


    private static double z(long ls, long lt, double ratio, double variance) {
        double expected = ls * ratio;
        return Math.abs(lt - expected) / Math.sqrt(variance * Math.max(1, (expected + lt) / 2));
    }
}
