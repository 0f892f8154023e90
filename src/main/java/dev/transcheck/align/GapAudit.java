package dev.transcheck.align;

// Longer than 400 lines: the audit weighs each anchor kind of an orphaned sentence near its gap
// (numbers, names, acronyms, words of the word list), and the state its audits of one path share
// (GapAudit.Runs) stays beside the walks that use it, so that a run of gaps is not walked per gap.

import dev.transcheck.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap audit of {@link AnchorAligner}: a second look at each 1-0 bead of the best path. The
 * programme weighs every anchor against the whole path; the audit looks only where the orphaned
 * source sentence would have to be if it had been merged into a neighbour rather than dropped (the
 * translation sentences on each side of the gap) and moves the bead's confidence on the logit
 * scale: a number or name of the orphan that is nowhere near the gap says it was dropped, one that
 * a neighbouring translation sentence has beyond what its own source sentences explain says it was
 * merged (a legitimate 2-1 the path missed).
 */
final class GapAudit {
    private GapAudit() {
    }

    /**
     * What the audit of every gap of one path shares, built once per path so that a run of many
     * 1-0 beads (a translation that stops halfway) costs the run, not the run squared: each bead's
     * run of beads with an empty translation side (they all stand at one translation position), the
     * anchor keys and capitalised words of each such run together, and the verdict of
     * {@link #pairedAddition} per run of one-sided beads (the same for every bead of the run).
     */
    static final class Runs {
        private final BandedDp.Result r;
        /** The end (exclusive) of the run of beads with an empty translation side that bead y starts or is in. */
        private final int[] emptyEnd;
        private final Map<Integer, Map<Integer, Integer>> keysOfRun = new HashMap<>();
        private final Map<Integer, Map<String, Integer>> namesOfRun = new HashMap<>();
        private final Map<Integer, Boolean> pairedOfRun = new HashMap<>();
        /** Per run (its first bead) and capitalised translation word: the run's words {@link SharedAnchors#similarName} to it. */
        private final Map<Integer, Map<String, List<String>>> similarOfRun = new HashMap<>();
        private final Map<Integer, List<String>> translationNames = new HashMap<>();
        private final List<List<String>> names;
        /** Which anchor keys some translation sentence has (built on first use). */
        private boolean[] translated;

        /** Whether each anchor key is in some translation sentence of the document: built once per path. */
        boolean[] translated(int[][] tk, int keys) {
            if (translated == null) {
                boolean[] t = new boolean[keys];
                for (int[] sentence : tk) {
                    for (int k : sentence) {
                        t[k] = true;
                    }
                }
                translated = t;
            }
            return translated;
        }

        /** The first bead of the run of one-sided beads (either side empty) that bead y is in, or y. */
        private final int[] sideStart;

        Runs(BandedDp.Result r, int sourceSentences) {
            this.r = r;
            int n = r.beads();
            emptyEnd = new int[n];
            for (int y = n - 1; y >= 0; y--) {
                boolean empty = r.pj()[y + 1] == r.pj()[y];
                emptyEnd[y] = !empty ? y + 1 : y + 1 < n && r.pj()[y + 2] == r.pj()[y + 1] ? emptyEnd[y + 1] : y + 1;
            }
            names = new ArrayList<>(java.util.Collections.nCopies(sourceSentences, (List<String>) null));
            sideStart = new int[n];
            for (int y = 0; y < n; y++) {
                sideStart[y] = y > 0 && oneSided(r, y) && oneSided(r, y - 1) ? sideStart[y - 1] : y;
            }
        }

        /** The anchor keys (with counts) of the source sentences of the empty-sided run starting at {@code a}. */
        private Map<Integer, Integer> keys(int a, int[][] sk) {
            return keysOfRun.computeIfAbsent(a, k -> {
                Map<Integer, Integer> m = new HashMap<>();
                for (int y = a; y < emptyEnd[a]; y++) {
                    for (int u = r.pi()[y]; u < r.pi()[y + 1]; u++) {
                        for (int key : sk[u]) {
                            m.merge(key, 1, Integer::sum);
                        }
                    }
                }
                return m;
            });
        }

        private List<String> sentenceNames(int u, Document source) {
            List<String> c = names.get(u);
            if (c == null) {
                c = SharedAnchors.capitalisedLatin(source.sentence(u).text());
                names.set(u, c);
            }
            return c;
        }

        private List<String> translationNames(int t, Document translation) {
            return translationNames.computeIfAbsent(t, k -> SharedAnchors.capitalisedLatin(translation.sentence(t).text()));
        }

        /** The capitalised words of the empty-sided run starting at {@code a} that are similar to {@code c}. */
        private List<String> similarInRun(int a, String c, Document source) {
            return similarOfRun.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(c, k -> {
                List<String> out = new ArrayList<>();
                for (String e : runNames(a, source).keySet()) {
                    if (SharedAnchors.similarName(e, c)) {
                        out.add(e);
                    }
                }
                return out;
            });
        }

        /** The capitalised words (with counts) of the source sentences of the empty-sided run starting at {@code a}. */
        private Map<String, Integer> runNames(int a, Document source) {
            return namesOfRun.computeIfAbsent(a, k -> {
                Map<String, Integer> m = new HashMap<>();
                for (int y = a; y < emptyEnd[a]; y++) {
                    for (int u = r.pi()[y]; u < r.pi()[y + 1]; u++) {
                        for (String c : sentenceNames(u, source)) {
                            m.merge(c, 1, Integer::sum);
                        }
                    }
                }
                return m;
            });
        }
    }

    /**
     * Counts (of anchor keys or capitalised words) of the source sentences aligned with a window of
     * translation sentences, the orphan's own left out: the counts of the window's two-sided beads,
     * plus those of each run of beads with no translation that the window reaches, taken as they
     * stand in {@link Runs} rather than copied (a run of thousands of orphans would otherwise be
     * copied once per orphan), minus the orphan's own counts when its run is one of them. The same
     * counts as adding everything up in one map, so the same verdicts.
     */
    private static final class Explained<K> {
        final Map<K, Integer> beads = new HashMap<>();
        final List<Integer> runStarts = new ArrayList<>(2);
        final List<Map<K, Integer>> runs = new ArrayList<>(2);
        /** The orphan's own counts, subtracted: its run is one of {@link #runs}. */
        Map<K, Integer> orphan = Map.of();
        /** Which of {@link #runs} holds the orphan (-1: none). */
        int orphanRun = -1;

        int count(K k) {
            int c = beads.getOrDefault(k, 0);
            for (Map<K, Integer> m : runs) {
                c += m.getOrDefault(k, 0);
            }
            return orphanRun >= 0 ? c - orphan.getOrDefault(k, 0) : c;
        }

        /** The count of {@code k} in run {@code q} alone, the orphan's own left out if it is there. */
        int inRun(int q, K k) {
            int c = runs.get(q).getOrDefault(k, 0);
            return q == orphanRun ? c - orphan.getOrDefault(k, 0) : c;
        }
    }

    /**
     * The gap audit ({@link AlignParams#gapEvidence()} logit units per unit of anchor weight): the
     * programme weighs every anchor against the whole path; the audit looks only where the
     * orphaned sentence would have to be if it were merged rather than dropped, the translation
     * sentences on each side of the gap. Translation sentences on each side it searches:
     */
    static final int GAP_WINDOW = 3;
    /**
     * An anchor of the orphaned sentence found near the gap (and not explained there) weighs this
     * many times its weight: a co-occurrence is specific, while an absence can be a rewording.
     */
    static final double GAP_SUPPORT = 2;

    /** What an anchor key can tell the gap audit. */
    static final int WEAK = 0;
    /** Its absence says nothing (a cognate: most words have none), its presence tells a merge. */
    static final int SUPPORT_ONLY = 1;
    /** Its absence tells a drop, its presence a merge (numbers, identical tokens). */
    static final int EXACT = 2;
    /** A name: like {@link #EXACT}, but a name spelled another way near the gap also tells a merge. */
    static final int NAME = 3;
    /** An acronym: its absence tells less (ЄС is EU, США is U.S.). */
    static final int ACRONYM = 4;

    /** A number: like {@link #EXACT}, but a number written in other units near the gap may be it. */
    static final int NUMBER = 5;
    /**
     * A word-list row: its presence near the gap tells a merge; its absence tells a drop only
     * together with the absence of most of the sentence's other words ({@link #lexicalAbsence}).
     */
    static final int LEXICAL = 6;

    static int[] keyKinds(Map<String, Integer> ids, int size) {
        int[] kinds = new int[size];
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            String k = e.getKey();
            kinds[e.getValue()] = k.startsWith("p:") ? WEAK : k.startsWith("cg:") ? SUPPORT_ONLY
                    : k.startsWith("nm:") ? NAME : k.startsWith("ac:") ? ACRONYM : k.startsWith("n:") ? NUMBER
                    : k.startsWith(SharedAnchors.LEXICAL_PREFIX) ? LEXICAL : EXACT;
        }
        return kinds;
    }

    /**
     * Whether a translation sentence next to the gap (the one before it or the one after it, where a
     * merged sentence would have gone) has a number that its own source sentences do not have: the
     * orphan's numbers may stand there converted (1,3 кг as 2.9 lb, 14 мм as 0.55 in), so their
     * absence is no evidence of a drop.
     */
    static boolean strangeNumberBeside(BandedDp.Result r, int x, int[][] sk, int[][] tk, int[] kinds, Runs runs) {
        int j = r.pj()[x];
        for (int t = Math.max(0, j - 1); t < Math.min(tk.length, j + 1); t++) {
            Explained<Integer> own = explainedBy(r, x, sk, t, t + 1, runs);
            for (int k : tk[t]) {
                if (kinds[k] == NUMBER && own.count(k) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first bead of the path whose translation side reaches past translation sentence
     * {@code from} (its end is after it), by binary search: the path's translation positions never
     * fall, so the audit of one gap costs the beads near it, not the whole path.
     */
    static int firstReaching(BandedDp.Result r, int from) {
        int lo = 0;
        int hi = r.beads();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r.pj()[mid + 1] > from) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The anchor keys (with their counts) of the source sentences aligned with translation
     * sentences [from, to), the orphan's bead {@code x} left out: what those sentences explain.
     */
    private static Explained<Integer> explainedBy(BandedDp.Result r, int x, int[][] sk, int from, int to, Runs runs) {
        Explained<Integer> e = new Explained<>();
        Map<Integer, Integer> inS = e.beads;
        for (int y = firstReaching(r, from); y < r.beads() && r.pj()[y] < to; y++) {
            if (r.pj()[y + 1] <= from) {
                continue;
            }
            if (r.pj()[y + 1] == r.pj()[y]) {
                // a run of beads with no translation: its keys taken together, the orphan's own left out
                int end = runs.emptyEnd[y];
                if (x >= y && x < end) {
                    Map<Integer, Integer> own = new HashMap<>();
                    for (int u = r.pi()[x]; u < r.pi()[x + 1]; u++) {
                        for (int k : sk[u]) {
                            own.merge(k, 1, Integer::sum);
                        }
                    }
                    e.orphan = own;
                    e.orphanRun = e.runs.size();
                }
                e.runStarts.add(y);
                e.runs.add(runs.keys(y, sk));
                y = end - 1;
                continue;
            }
            if (y == x) {
                continue;
            }
            for (int u = r.pi()[y]; u < r.pi()[y + 1]; u++) {
                for (int k : sk[u]) {
                    inS.merge(k, 1, Integer::sum);
                }
            }
        }
        return e;
    }

    /**
     * An acronym absent near the gap weighs this share of its weight: acronyms are often
     * translated rather than transliterated (ЄС and EU, США and U.S.), unlike numbers.
     */
    static final double ACRONYM_ABSENT = 0.5;
    /**
     * The evidence of a merge when the orphan sits in a run of one-sided beads whose 0-1 beads are
     * as long as its sources should be ({@link #pairedAddition}): enough to keep it below the
     * error threshold whatever its anchors say.
     */
    static final double PAIRED = 10;
    /** The length deviation (in the programme's standard units) under which a run counts as paired. */
    static final double PAIR_Z = 2;

    /** How many times key {@code k} stands in {@code keys}. */
    static int count(int[] keys, int k) {
        int c = 0;
        for (int key : keys) {
            if (key == k) {
                c++;
            }
        }
        return c;
    }

    /**
     * Whether the 1-0 bead {@code x} sits in a run of beads with one side empty that also holds a
     * 0-1 bead, and the translation sentences of the run's 0-1 beads are as long as the document's
     * length model expects of the run's orphaned source sentences: then the two are more likely
     * one bead whose anchors did not match (names translated rather than transliterated) than a
     * dropped sentence next to an added one.
     */
    static boolean pairedAddition(BandedDp.Result r, int x, Units su, Units tu, double ratio, double variance) {
        int a = x;
        while (a > 0 && oneSided(r, a - 1)) {
            a--;
        }
        int b = x;
        while (b + 1 < r.beads() && oneSided(r, b + 1)) {
            b++;
        }
        long ls = 0;
        long lt = 0;
        for (int y = a; y <= b; y++) {
            ls += su.length(r.pi()[y], r.pi()[y + 1]);
            lt += tu.length(r.pj()[y], r.pj()[y + 1]);
        }
        if (lt == 0) {
            return false;
        }
        double expected = ls * ratio;
        double d = Math.abs(lt - expected) / Math.sqrt(variance * Math.max(1, (expected + lt) / 2));
        return d < PAIR_Z;
    }

    /** A two-sided bead next to the gap with a posterior below this is unsure of its own pairing. */
    static final double SHAKY = 0.5;

    /**
     * Whether the translator restructured the text next to the gap: a bead adjacent to it joins
     * several source sentences (a 2-1, 2-2 or 3-1), or a two-sided neighbour is itself unsure
     * (posterior below {@link #SHAKY}), so the orphan may belong in it. There an anchor missing
     * near the gap is no evidence of a drop.
     */
    static boolean restructured(BandedDp.Result r, int x) {
        for (int y : new int[] {x - 1, x + 1}) {
            if (y < 0 || y >= r.beads() || oneSided(r, y)) {
                continue;
            }
            if (r.pi()[y + 1] - r.pi()[y] > 1 || r.confidence()[y] < SHAKY) {
                return true;
            }
        }
        return false;
    }

    /** Whether key {@code k} is in a translation sentence beside gap position {@code j} (the one before it or after it). */
    static boolean adjacent(int[][] tk, int j, int k) {
        for (int t = Math.max(0, j - 1); t < Math.min(tk.length, j + 1); t++) {
            if (count(tk[t], k) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneSided(BandedDp.Result r, int y) {
        return r.move()[y] == BandedDp.OMIT || r.move()[y] == BandedDp.ADD;
    }

    /** A confidence moved by {@code logits} on the logit scale. */
    static double audit(double conf, double logits) {
        if (logits == 0) {
            return conf;
        }
        double q = Math.min(1 - 1e-9, Math.max(1e-9, conf));
        double logit = Math.log(q / (1 - q)) + logits;
        return Math.round(10000 / (1 + Math.exp(-logit))) / 10000.0;
    }

    /**
     * The evidence that the source sentence of the 1-0 bead {@code x} was dropped rather than
     * merged into a neighbour: the weight of its anchors (numbers, names, acronyms, identical
     * tokens; its ordinary words as a whole, {@link #lexicalAbsence}; not cognates or punctuation)
     * that no translation sentence near the gap has, minus the
     * weight of those that one has beyond what its own source sentences explain (an anchor near
     * the gap that its own sources explain says nothing either way). A sentence
     * whose number or name is nowhere near the gap was dropped; one whose name turns up in the
     * neighbouring translation sentence was merged into it (a legitimate 2-1 the path missed).
     */
    static double evidence(BandedDp.Result r, int x, int[][] sk, int[][] tk, double[] w, int[] kinds,
            Document source, Document translation, Units su, Units tu, double ratio, double variance, int firstKey) {
        return evidence(r, x, sk, tk, w, kinds, source, translation, su, tu, ratio, variance, firstKey,
                new Runs(r, source.sentences().size()));
    }

    /** {@link #evidence}, with what the audits of one path share. */
    static double evidence(BandedDp.Result r, int x, int[][] sk, int[][] tk, double[] w, int[] kinds,
            Document source, Document translation, Units su, Units tu, double ratio, double variance, int firstKey,
            Runs runs) {
        int[] pi = r.pi();
        int[] pj = r.pj();
        int i = pi[x];
        int j = pj[x];
        if (runs.pairedOfRun.computeIfAbsent(runs.sideStart[x], a -> pairedAddition(r, x, su, tu, ratio, variance))) {
            return -PAIRED;
        }
        int m = tk.length;
        int from = Math.max(0, j - GAP_WINDOW);
        int to = Math.min(m, j + GAP_WINDOW);
        Map<Integer, Integer> inT = new HashMap<>();
        for (int t = from; t < to; t++) {
            for (int k : tk[t]) {
                inT.merge(k, 1, Integer::sum);
            }
        }
        // the source sentences aligned with those translation sentences explain some of them
        Explained<Integer> inS = explainedBy(r, x, sk, from, to, runs);
        double evidence = 0;
        double absent = 0;
        int[] keys = sk[i];
        int lexical = 0;
        int lexNear = 0;
        boolean specificNear = false;
        double lexAbsentW = 0;
        int spelledLeft = -1; // how many of the orphan's names are still to be found spelled near the gap
        Boolean converted = null;
        double lexAfar = 0;
        double untranslated = 0;
        int untranslatedKeys = 0;
        for (int q = 0; q < keys.length; q++) {
            int k = keys[q];
            if (kinds[k] == WEAK || (q > 0 && keys[q - 1] == k)) {
                continue;
            }
            int near = inT.getOrDefault(k, 0);
            // a capital that only starts the sentence marks no name (Тридцять, Казалось)
            boolean firstOnly = k == firstKey && count(keys, k) == 1;
            if (near > inS.count(k)) {
                evidence -= GAP_SUPPORT * w[k]; // near the gap, and not explained by the sentences aligned there
                if (kinds[k] == LEXICAL) {
                    lexNear++;
                    if (!adjacent(tk, j, k)) {
                        lexAfar += GAP_SUPPORT * w[k];
                    }
                } else if (kinds[k] != SUPPORT_ONLY) {
                    specificNear = true;
                }
            } else if (kinds[k] == LEXICAL) {
                if (near > 0) {
                    continue; // translated near the gap, but its own source sentence there explains it
                }
                lexical++;
                lexAbsentW += w[k];
            } else if (near == 0 && kinds[k] != SUPPORT_ONLY && !firstOnly) {
                if (kinds[k] == NAME) {
                    if (spelledLeft < 0) {
                        spelledLeft = nameSpelledNear(i, translation, from, to, source, r, x, runs);
                    }
                    if (spelledLeft > 0) {
                        spelledLeft--;
                        evidence -= GAP_SUPPORT * w[k];
                        continue;
                    }
                }
                if (kinds[k] == NUMBER) {
                    if (converted == null) {
                        converted = strangeNumberBeside(r, x, sk, tk, kinds, runs);
                    }
                    if (converted) {
                        continue;
                    }
                }
                double a = kinds[k] == ACRONYM ? ACRONYM_ABSENT * w[k] : w[k];
                absent += a; // nowhere near the gap
                if (!runs.translated(tk, w.length)[k]) {
                    untranslated += a; // nowhere in the translation at all
                    untranslatedKeys++;
                }
            }
        }
        // the orphan's absent words tell a drop only where the path beside the gap is sound: not when a
        // number, name or identical token of the orphan is there unexplained (the orphan is there, its
        // words rendered freely), nor when a sentence beside the gap shares nothing with its own sources
        // (it may be the orphan's translation, in words the list does not pair)
        // (a rich sentence none of whose listed words is near the gap is not that sentence's translation,
        // nor rendered freely beside it: its word evidence stands even beside one of its names or numbers)
        boolean rich = lexNear == 0 && lexical >= LEX_RICH;
        double lexEv = specificNear && !rich || !(rich || explainedBeside(r, x, sk, tk, kinds, runs)) ? 0
                : lexicalAbsence(lexical + lexNear, lexical, lexAbsentW);
        if (lexEv > 0) {
            // most of its words are absent: the few found near the gap but not in a translation sentence
            // beside it (where a merged sentence would be) are there by chance, not the orphan's
            evidence += lexAfar;
        }
        absent += lexEv;
        if (absent > 0 && restructured(r, x)) {
            // a rich sentence none of whose listed words is anywhere near the gap is not hidden in the
            // restructured neighbour: its word evidence stands; its absent numbers and names stand only
            // when at least UNTRANSLATED_MIN of them are nowhere in the translation at all (a neighbour
            // that held the orphan would have them, spelled alike or converted, which is looked for
            // above; a single one may be written out in words or left out of a free rendering)
            absent = (LEX_RICH > 0 && lexNear == 0 && lexical >= LEX_RICH ? lexEv : 0)
                    + (untranslatedKeys >= UNTRANSLATED_MIN ? untranslated : 0);
        }
        return evidence + absent;
    }

    /**
     * Whether each translation sentence beside the gap (the one before it and the one after it) that
     * has anchors (punctuation left out) shares at least one with the source sentences it is aligned
     * with: the path there is sound.
     */
    static boolean explainedBeside(BandedDp.Result r, int x, int[][] sk, int[][] tk, int[] kinds, Runs runs) {
        int j = r.pj()[x];
        for (int t = Math.max(0, j - 1); t < Math.min(tk.length, j + 1); t++) {
            Explained<Integer> own = explainedBy(r, x, sk, t, t + 1, runs);
            boolean any = false;
            boolean shared = false;
            for (int k : tk[t]) {
                if (kinds[k] != WEAK) {
                    any = true;
                    shared |= own.count(k) > 0;
                }
            }
            if (any && !shared) {
                return false;
            }
        }
        return true;
    }

    /**
     * Beside a restructured neighbour, the orphan's absent numbers and names (and acronyms, identical
     * tokens) still tell a drop when at least this many of them are nowhere in the translation.
     */
    static final int UNTRANSLATED_MIN = 2;

    static final int LEX_MIN = 3;
    static final double LEX_SHARE = 0.8;
    static final double LEX_SCALE = 0.5;
    static final double LEX_CAP = 3;
    /**
     * An orphan with at least this many words of the list, none of them near the gap, keeps its word
     * evidence beside a restructured neighbour ({@link #restructured}).
     */
    static final int LEX_RICH = 6;

    /**
     * The evidence of a drop from the orphan's ordinary words: when it has at least
     * {@link #LEX_MIN} words of the word list and the translations of most of them (a share of at
     * least {@link #LEX_SHARE}) are in no translation sentence near the gap, the weight of the
     * absent ones (times {@link #LEX_SCALE}, at most {@link #LEX_CAP}); otherwise none (a few
     * absent words are a rewording).
     */
    static double lexicalAbsence(int words, int absent, double absentWeight) {
        if (words < LEX_MIN || absent < LEX_SHARE * words) {
            return 0;
        }
        return Math.min(LEX_CAP, LEX_SCALE * absentWeight);
    }

    /**
     * How many capitalised words of the orphaned sentence are spelled near the gap in a way the
     * name keys miss (Доджерс, Dodgers), by a translation sentence in [from, to) whose aligned
     * source sentences have no such word themselves: each such word is the support of one name key
     * (one look-alike word near the gap does not turn all of the orphan's absent names into support).
     */
    private static int nameSpelledNear(int orphan, Document translation, int from, int to, Document source,
            BandedDp.Result r, int x, Runs runs) {
        List<String> names = runs.sentenceNames(orphan, source);
        if (names.isEmpty()) {
            return 0;
        }
        Explained<String> ex = new Explained<>();
        Map<String, Integer> explained = ex.beads;
        for (int y = firstReaching(r, from); y < r.beads() && r.pj()[y] < to; y++) {
            if (r.pj()[y + 1] <= from) {
                continue;
            }
            if (r.pj()[y + 1] == r.pj()[y]) {
                // a run of beads with no translation: its words taken together, the orphan's own left out
                int end = runs.emptyEnd[y];
                if (x >= y && x < end) {
                    Map<String, Integer> own = new HashMap<>();
                    for (int u = r.pi()[x]; u < r.pi()[x + 1]; u++) {
                        for (String c : runs.sentenceNames(u, source)) {
                            own.merge(c, 1, Integer::sum);
                        }
                    }
                    ex.orphan = own;
                    ex.orphanRun = ex.runs.size();
                }
                ex.runStarts.add(y);
                ex.runs.add(runs.runNames(y, source));
                y = end - 1;
                continue;
            }
            if (y == x) {
                continue;
            }
            for (int u = r.pi()[y]; u < r.pi()[y + 1]; u++) {
                for (String c : runs.sentenceNames(u, source)) {
                    explained.merge(c, 1, Integer::sum);
                }
            }
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int t = from; t < to; t++) {
            for (String c : runs.translationNames(t, translation)) {
                boolean mine = names.stream().anyMatch(n -> SharedAnchors.similarName(n, c));
                if (mine && !similarExplained(ex, c, runs, source)) {
                    for (String n : names) {
                        if (SharedAnchors.similarName(n, c)) {
                            found.add(n);
                        }
                    }
                }
            }
        }
        return found.size();
    }

    /**
     * Whether a word of {@code ex} (a count above zero) is {@link SharedAnchors#similarName} to
     * {@code c}: the two-sided beads' words one by one, each run's through the words of the run
     * similar to {@code c} (found once per run and word).
     */
    private static boolean similarExplained(Explained<String> ex, String c, Runs runs, Document source) {
        for (String e : ex.beads.keySet()) {
            if (SharedAnchors.similarName(e, c)) {
                return true;
            }
        }
        for (int q = 0; q < ex.runs.size(); q++) {
            for (String e : runs.similarInRun(ex.runStarts.get(q), c, source)) {
                if (ex.inRun(q, e) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

}
