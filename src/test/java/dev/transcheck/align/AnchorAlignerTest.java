package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.lab.align.AlignScorer;
import dev.transcheck.lab.align.SyntheticPairs;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorAlignerTest {
    private static final AnchorAligner ALIGNER = new AnchorAligner();

    /** A short made-up news story, Ukrainian and English, sentence by sentence. */
    static final String[] UK = {
        "Навчання «Захід-2025» розпочалися у вівторок на полігоні під Борисовом.",
        "За даними міністерства оборони, у них беруть участь 13 тисяч військових.",
        "Олександр Лукашенко прибув на полігон разом з Андрієм Бєлоусовим.",
        "Спостерігачів з НАТО на навчання не запросили.",
        "Литва та Польща посилили охорону кордону.",
        "Остання фаза маневрів триватиме до 16 вересня.",
        "Міністр закордонних справ Польщі назвав навчання провокацією.",
        "Агенція БелТА опублікувала відео з полігону.",
    };
    static final String[] EN = {
        "The Zapad-2025 exercise began on Tuesday at a training ground near Barysaw.",
        "According to the defence ministry, 13,000 troops are taking part.",
        "Alexander Lukashenko arrived at the range together with Andrei Belousov.",
        "No observers from NATO were invited to the drills.",
        "Lithuania and Poland have tightened security on the border.",
        "The last phase of the manoeuvres will last until 16 September.",
        "Poland's foreign minister called the exercise a provocation.",
        "The BelTA agency published a video from the range.",
    };

    static Document lines(String lang, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            int start = text.length();
            text.append(s);
            out.add(new Sentence(out.size(), out.size(), start, text.length(), s));
            text.append('\n');
        }
        return new Document("<" + lang + ">", lang, text.toString(), out);
    }

    static List<String> beads(Alignment a) {
        List<String> out = new ArrayList<>();
        for (Bead b : a.beads()) {
            out.add(b.toBeadString());
        }
        return out;
    }

    @Test
    void oneToOne() {
        Alignment a = ALIGNER.align(lines("uk", List.of(UK)), lines("en", List.of(EN)));
        assertEquals(8, a.beads().size());
        for (int i = 0; i < 8; i++) {
            assertEquals(List.of(i), a.beads().get(i).source());
            assertEquals(List.of(i), a.beads().get(i).translation());
            assertTrue(a.beads().get(i).confidence() > 0.8, "bead " + i + " " + a.beads().get(i));
        }
    }

    @Test
    void merge() {
        List<String> en = new ArrayList<>(List.of(EN));
        en.set(3, EN[3] + " " + EN[4]);
        en.remove(4);
        List<String> got = beads(ALIGNER.align(lines("uk", List.of(UK)), lines("en", en)));
        assertTrue(got.contains("[3, 4]:[3]"), got.toString());
        assertTrue(got.contains("[5]:[4]"), got.toString());
    }

    @Test
    void split() {
        List<String> en = new ArrayList<>(List.of(EN));
        en.set(2, "Alexander Lukashenko arrived at the range.");
        en.add(3, "He came together with Andrei Belousov.");
        List<String> got = beads(ALIGNER.align(lines("uk", List.of(UK)), lines("en", en)));
        assertTrue(got.contains("[2]:[2, 3]"), got.toString());
        assertTrue(got.contains("[3]:[4]"), got.toString());
    }

    @Test
    void omissionIsFound() {
        for (int drop = 1; drop < 7; drop++) {
            List<String> en = new ArrayList<>(List.of(EN));
            en.remove(drop);
            Alignment a = ALIGNER.align(lines("uk", List.of(UK)), lines("en", en));
            Bead b = a.beadOfSource(drop);
            assertEquals("[" + drop + "]:[]", b.toBeadString());
            assertTrue(b.confidence() > 0.3, b.toString());
            assertEquals("[" + (drop + 1) + "]:[" + drop + "]", a.beadOfSource(drop + 1).toBeadString());
        }
    }

    @Test
    void droppedSentenceFullOfAnchorsIsAConfidentOmission() {
        List<String> en = new ArrayList<>(List.of(EN));
        en.remove(2); // Lukashenko and Belousov: two names the neighbours lack
        Bead b = ALIGNER.align(lines("uk", List.of(UK)), lines("en", en)).beadOfSource(2);
        assertEquals("[2]:[]", b.toBeadString());
        assertTrue(b.confidence() >= 0.8, b.toString());
    }

    @Test
    void additionIsFound() {
        List<String> en = new ArrayList<>(List.of(EN));
        en.add(4, "Minsk has denied that the drills threaten its neighbours in any way whatsoever.");
        Alignment a = ALIGNER.align(lines("uk", List.of(UK)), lines("en", en));
        assertEquals("[]:[4]", a.beadOfTranslation(4).toBeadString());
        assertEquals("[4]:[5]", a.beadOfSource(4).toBeadString());
    }

    @Test
    void paragraphingThatDiffersDoesNotHurt() {
        // the source in four paragraphs, the translation in one
        String uk = UK[0] + " " + UK[1] + "\n\n" + UK[2] + " " + UK[3] + "\n\n" + UK[4] + " " + UK[5]
                + "\n\n" + UK[6] + " " + UK[7] + "\n";
        String en = String.join(" ", EN) + "\n";
        Transcheck tc = Transcheck.builder().aligner(ALIGNER).build();
        Document s = tc.document("s.uk.txt", "uk", uk);
        Document t = tc.document("t.en.txt", "en", en);
        assertEquals(8, s.size());
        assertEquals(8, t.size());
        List<String> got = beads(ALIGNER.align(s, t));
        for (int i = 0; i < 8; i++) {
            assertTrue(got.contains("[" + i + "]:[" + i + "]"), got.toString());
        }
    }

    @Test
    void onlyAConfidentOmissionIsAnError() {
        List<String> en = new ArrayList<>(List.of(EN));
        en.remove(2);
        Document src = lines("uk", List.of(UK));
        Document tgt = lines("en", en);
        Alignment real = ALIGNER.align(src, tgt);
        List<Bead> doubtful = new ArrayList<>();
        for (Bead b : real.beads()) {
            doubtful.add(b.isOmission() ? new Bead(b.source(), b.translation(), 0.6) : b);
        }
        Alignment weak = new Alignment(doubtful, src.size(), tgt.size());
        Transcheck tc = Transcheck.builder().aligner(ALIGNER).build();
        assertTrue(tc.check(src, tgt, real).findings().stream()
                .anyMatch(f -> f.check().equals("omission") && f.severity() == dev.transcheck.model.Severity.ERROR));
        assertTrue(tc.check(src, tgt, weak).findings().stream()
                .filter(f -> f.check().equals("omission"))
                .allMatch(f -> f.severity() == dev.transcheck.model.Severity.INFO));
    }

    @Test
    void oneAlignerServesSeveralThreads() throws Exception {
        List<String> en = new ArrayList<>(List.of(EN));
        en.remove(4);
        Document src = lines("uk", List.of(UK));
        Document tgt = lines("en", en);
        List<String> expected = beads(ALIGNER.align(src, tgt));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                futures.add(pool.submit(() -> beads(ALIGNER.align(src, tgt))));
            }
            for (java.util.concurrent.Future<List<String>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptySides() {
        Alignment a = ALIGNER.align(lines("uk", List.of(UK)), lines("en", List.of()));
        assertEquals(8, a.beads().size());
        assertTrue(a.beads().stream().allMatch(Bead::isOmission));
    }

    @Test
    void everySmallShapeGivesAValidAlignment() {
        java.util.Random rng = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> uk = new ArrayList<>();
            List<String> en = new ArrayList<>();
            int n = rng.nextInt(6);
            int m = rng.nextInt(6);
            for (int i = 0; i < n; i++) {
                uk.add(UK[rng.nextInt(UK.length)].substring(0, 5 + rng.nextInt(30)));
            }
            for (int j = 0; j < m; j++) {
                en.add(EN[rng.nextInt(EN.length)].substring(0, 5 + rng.nextInt(30)));
            }
            Alignment a = ALIGNER.align(lines("uk", uk), lines("en", en)); // the constructor checks coverage
            for (Bead b : a.beads()) {
                assertTrue(b.confidence() >= 0 && b.confidence() <= 1);
                assertTrue(b.source().size() <= 3 && b.translation().size() <= 3);
            }
        }
    }

    @Test
    void longDocumentsAreAlignedInABand() {
        // 2,000 generated sentence pairs: far more cells than the full-matrix limit
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        java.util.Random rng = new java.util.Random(7);
        for (int i = 0; i < 400; i++) {
            int a = 10 + rng.nextInt(9000);
            int b = 1 + rng.nextInt(99);
            String padUk = " і ще трохи слів".repeat(rng.nextInt(4));
            String padEn = " and a few more words".repeat(rng.nextInt(4) == 0 ? 0 : 1);
            src.add("Звіт номер " + i + " налічує " + a + " сторінок і " + b + " таблиць" + padUk + ".");
            tgt.add("Report number " + i + " has " + a + " pages and " + b + " tables" + padEn + ".");
        }
        SyntheticPairs.Pair p = SyntheticPairs.generate(src, tgt, 2000, 3);
        Alignment a = ALIGNER.align(lines("uk", p.source()), lines("en", p.target()));
        List<AlignScorer.Link> test = new ArrayList<>();
        for (Bead b : a.beads()) {
            test.add(new AlignScorer.Link(b.source(), b.translation()));
        }
        AlignScorer s = new AlignScorer();
        s.add(p.gold(), test);
        assertTrue(s.result().f1Strict() > 0.9, s.result().table("band"));
    }

    /** Source sentence 1 orphaned between translation sentences 0 and 1; keys per sentence as given. */
    private static double evidence(int[][] sk, int[][] tk, int kind) {
        return evidence(sk, tk, kind, -1);
    }

    private static double evidence(int[][] sk, int[][] tk, int kind, int firstKey) {
        return evidence(sk, tk, new double[] {3.0}, new int[] {kind}, firstKey);
    }

    private static double evidence(int[][] sk, int[][] tk, double[] weights, int[] kinds, int firstKey) {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.9}, 0);
        Document s = lines("uk", List.of("Перше речення тут.", "Друге речення тут.", "Третє речення тут."));
        Document t = lines("en", List.of("The first sentence here.", "The third sentence here."));
        Units su = new Units(new int[] {18, 18, 18}, sk, new boolean[3]);
        Units tu = new Units(new int[] {24, 24}, tk, new boolean[2]);
        return GapAudit.evidence(r, 1, sk, tk, weights, kinds, s, t, su, tu, 1.3, 12, firstKey);
    }

    @Test
    void gapAuditWeighsAnchorsNearTheGap() {
        int[] none = {};
        int[] key = {0};
        // the orphan's number is nowhere in the translation: evidence of a drop
        assertEquals(3.0, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.EXACT), 1e-9);
        // the neighbouring translation sentence has it and its own source does not: a merge
        assertEquals(-6.0, evidence(new int[][] {none, key, none}, new int[][] {key, none}, GapAudit.EXACT), 1e-9);
        // the neighbour's own source explains it: nothing either way
        assertEquals(0.0, evidence(new int[][] {key, key, none}, new int[][] {key, none}, GapAudit.EXACT), 1e-9);
        // a cognate missing near the gap says nothing (most words have none), one found there tells a merge
        assertEquals(0.0, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.SUPPORT_ONLY), 1e-9);
        assertEquals(-6.0, evidence(new int[][] {none, key, none}, new int[][] {none, key}, GapAudit.SUPPORT_ONLY), 1e-9);
        // punctuation says nothing
        assertEquals(0.0, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.WEAK), 1e-9);
    }

    @Test
    void gapAuditTakesNoCapitalThatOnlyStartsTheSentenceForAName() {
        int[] none = {};
        int[] key = {0};
        // the orphan's one name key comes from its first word (Тридцять, Казалось): no evidence of a drop
        assertEquals(0.0, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.NAME, 0), 1e-9);
        // near miss: the same key also inside the sentence is a name
        assertEquals(3.0, evidence(new int[][] {none, {0, 0}, none}, new int[][] {none, none}, GapAudit.NAME, 0), 1e-9);
        // near miss: a first word that is not this key leaves the name counted
        assertEquals(3.0, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.NAME, 5), 1e-9);
    }

    /** Like {@link #evidence(int[][], int[][], int)}, with two number keys (0 and 1) of weight 3. */
    private static double numberEvidence(int[][] sk, int[][] tk) {
        return evidence(sk, tk, new double[] {3.0, 3.0}, new int[] {GapAudit.NUMBER, GapAudit.NUMBER}, -1);
    }

    @Test
    void anAbsentNumberIsNoDropWhereTheNeighbourHasANumberItsSourceLacks() {
        int[] none = {};
        // flag: the orphan's number (1,3 кг) is nowhere near the gap and the neighbours' numbers are their own
        assertEquals(3.0, numberEvidence(new int[][] {none, {0}, none}, new int[][] {none, none}), 1e-9);
        assertEquals(3.0, numberEvidence(new int[][] {none, {0}, {1}}, new int[][] {none, {1}}), 1e-9);
        // near miss: the translation sentence after the gap has a number its source lacks (2.9 lb): the
        // orphan was merged there with its units converted, so its absent number tells no drop
        assertEquals(0.0, numberEvidence(new int[][] {none, {0}, none}, new int[][] {none, {1}}), 1e-9);
        // the same before the gap
        assertEquals(0.0, numberEvidence(new int[][] {none, {0}, none}, new int[][] {{1}, none}), 1e-9);
    }

    @Test
    void gapAuditWeighsAnAbsentAcronymAtHalf() {
        int[] none = {};
        int[] key = {0};
        assertEquals(1.5, evidence(new int[][] {none, key, none}, new int[][] {none, none}, GapAudit.ACRONYM), 1e-9);
        // found near the gap it still tells a merge in full
        assertEquals(-6.0, evidence(new int[][] {none, key, none}, new int[][] {key, none}, GapAudit.ACRONYM), 1e-9);
    }

    /** A 1-0 bead (source 1) next to a 0-1 bead (translation 1), between two 1-1 beads. */
    private static boolean paired(int orphanLength, int addedLength) {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 2, 3}, new int[] {0, 1, 1, 2, 3},
                new int[] {0, BandedDp.OMIT, BandedDp.ADD, 0}, new double[] {0.9, 0.9, 0.9, 0.9}, 0);
        int[][] none = {{}, {}, {}};
        Units su = new Units(new int[] {100, orphanLength, 100}, none, new boolean[3]);
        Units tu = new Units(new int[] {110, addedLength, 110}, none, new boolean[3]);
        return GapAudit.pairedAddition(r, 1, su, tu, 1.1, 6);
    }

    @Test
    void aDropNextToAnAdditionOfItsLengthIsTakenForOneBead() {
        // 120 source characters against 130 translated ones at a ratio of 1.1: one sentence whose anchors did not match
        assertTrue(paired(120, 130));
        // near miss: an added sentence a third of the length is something else next to a real drop
        assertTrue(!paired(120, 40));
        // a gap with no 0-1 bead in its run is never paired
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.9}, 0);
        int[][] none = {{}, {}, {}};
        assertTrue(!GapAudit.pairedAddition(r, 1, new Units(new int[] {100, 120, 100}, none, new boolean[3]),
                new Units(new int[] {110, 110}, new int[][] {{}, {}}, new boolean[2]), 1.1, 6));
    }

    @Test
    void anAbsentAnchorTellsNoDropWhereTheTranslatorRestructured() {
        // beads: 1-1, 1-0 (the gap), then a neighbour given as moves and confidences
        BandedDp.Result merged = new BandedDp.Result(new int[] {0, 1, 2, 4}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 3}, new double[] {0.9, 0.7, 0.9}, 0);
        BandedDp.Result unsure = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.3}, 0);
        BandedDp.Result plain = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.9}, 0);
        assertTrue(GapAudit.restructured(merged, 1)); // a 2-1 next to the gap
        assertTrue(GapAudit.restructured(unsure, 1)); // a neighbour unsure of its own pairing
        assertTrue(!GapAudit.restructured(plain, 1)); // near miss: confident 1-1 beads on both sides
    }

    /** Gap audit evidence of source 1 (word-list keys of weight 1) beside a neighbour unsure of its own pairing. */
    private static double besideUnsure(int[][] sk, int[][] tk) {
        BandedDp.Result unsure = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.3}, 0);
        double[] w = new double[8];
        int[] kinds = new int[8];
        java.util.Arrays.fill(w, 1);
        java.util.Arrays.fill(kinds, GapAudit.LEXICAL);
        Document s = lines("uk", List.of("Перше речення тут.", "Друге речення тут.", "Третє речення тут."));
        Document t = lines("en", List.of("The first sentence here.", "The third sentence here."));
        return GapAudit.evidence(unsure, 1, sk, tk, w, kinds, s, t, new Units(new int[] {18, 18, 18}, sk, new boolean[3]),
                new Units(new int[] {24, 24}, tk, new boolean[2]), 1.3, 12, -1);
    }

    @Test
    void aRichOrphanWhoseWordsAreNowhereNearKeepsItsEvidenceBesideARestructuredNeighbour() {
        int[] none = {};
        // flag: seven listed words, none near the gap: not hidden in the unsure neighbour
        assertEquals(Math.min(GapAudit.LEX_CAP, 7 * GapAudit.LEX_SCALE),
                besideUnsure(new int[][] {none, {0, 1, 2, 3, 4, 5, 6}, {7}}, new int[][] {none, {7}}), 1e-9);
        // near miss: only four listed words: the restructured neighbour may hold it in other words
        assertEquals(0.0, besideUnsure(new int[][] {none, {0, 1, 2, 3}, {7}}, new int[][] {none, {7}}), 1e-9);
        // near miss: one of its words is in the sentence before the gap, unexplained there
        assertTrue(besideUnsure(new int[][] {none, {0, 1, 2, 3, 4, 5, 6}, {7}}, new int[][] {{0}, {7}}) < 0);
    }

    /**
     * Gap audit evidence of source 2 of eight, orphaned between translation sentences 1 and 2 of seven,
     * beside a neighbour (source 3) unsure of its own pairing; keys of weight 1 and the given kinds.
     */
    private static double besideUnsureFar(int[][] sk, int[][] tk, int[] kinds) {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8},
                new int[] {0, 1, 2, 2, 3, 4, 5, 6, 7}, new int[] {0, 0, BandedDp.OMIT, 0, 0, 0, 0, 0},
                new double[] {0.9, 0.9, 0.7, 0.3, 0.9, 0.9, 0.9, 0.9}, 0);
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            src.add("Речення номер " + i + ".");
            if (i != 2) {
                tgt.add("Sentence number " + i + ".");
            }
        }
        double[] w = new double[kinds.length];
        java.util.Arrays.fill(w, 1);
        int[] sl = new int[8];
        int[] tl = new int[7];
        java.util.Arrays.fill(sl, 18);
        java.util.Arrays.fill(tl, 18);
        return GapAudit.evidence(r, 2, sk, tk, w, kinds, lines("uk", src), lines("en", tgt), new Units(sl, sk, new boolean[8]),
                new Units(tl, tk, new boolean[7]), 1.0, 12, -1);
    }

    @Test
    void numbersOfAnOrphanThatTheTranslationHasNowhereTellADropEvenBesideARestructuredNeighbour() {
        int n = GapAudit.NUMBER;
        int[] kinds = {n, n, GapAudit.LEXICAL};
        int[] none = {};
        // flag: two numbers of the orphan, neither anywhere in the translation: the unsure neighbour does not hold them
        assertEquals(2.0, besideUnsureFar(new int[][] {none, none, {0, 1}, {2}, none, none, none, none},
                new int[][] {none, none, {2}, none, none, none, none}, kinds), 1e-9);
        // near miss: one of them is in the translation, far from the gap (a sentence whose source lacks
        // it): only one is nowhere, which may be written out in words; beside the unsure neighbour the
        // absence tells nothing
        assertEquals(0.0, besideUnsureFar(new int[][] {none, none, {0, 1}, {2}, none, none, none, none},
                new int[][] {none, none, {2}, none, none, none, {1}}, kinds), 1e-9);
        // near miss: a single number, nowhere in the translation
        assertEquals(0.0, besideUnsureFar(new int[][] {none, none, {0}, {2}, none, none, none, none},
                new int[][] {none, none, {2}, none, none, none, none}, kinds), 1e-9);
    }

    @Test
    void aRichOrphanNoneOfWhoseWordsIsNearKeepsItsEvidenceBesideOneOfItsNames() {
        int l = GapAudit.LEXICAL;
        int[] none = {};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        int[] kinds = {l, l, l, l, l, l, l, GapAudit.NAME};
        // flag: seven listed words, none near the gap, and its name in the sentence before the gap (unexplained
        // there): the name tells a merge, but the words, none of them rendered there, tell a drop
        assertEquals(Math.min(GapAudit.LEX_CAP, 7 * GapAudit.LEX_SCALE) - GapAudit.GAP_SUPPORT,
                evidence(new int[][] {none, {0, 1, 2, 3, 4, 5, 6, 7}, none}, new int[][] {{7}, none}, w, kinds, -1), 1e-9);
        // near miss: only four listed words: the orphan may be there, its words rendered freely
        assertEquals(-GapAudit.GAP_SUPPORT,
                evidence(new int[][] {none, {0, 1, 2, 3, 7}, none}, new int[][] {{7}, none}, w, kinds, -1), 1e-9);
        // near miss: seven words, but one of them is near the gap too
        assertTrue(evidence(new int[][] {none, {0, 1, 2, 3, 4, 5, 6, 7}, none}, new int[][] {{7, 0}, none}, w, kinds, -1) < 0);
    }

    @Test
    void firstWordNameKeyReadsTheSentencesFirstCapital() {
        assertEquals("nm:trd", SharedAnchors.firstWordNameKey("Тридцять два відсотки підтримали висунення."));
        assertEquals("nm:lks", SharedAnchors.firstWordNameKey("«Лукашенко прибув на полігон."));
        assertEquals(null, SharedAnchors.firstWordNameKey("у вівторок Лукашенко прибув."));
    }

    @Test
    void aNameSpelledAnotherWayNearTheGapTellsAMerge() {
        assertTrue(SharedAnchors.similarName("dodzers", "dodgers"));
        assertTrue(SharedAnchors.similarName("kravtsova", "kravtsov"));
        assertTrue(!SharedAnchors.similarName("kravtsov", "kushner"));
        assertTrue(!SharedAnchors.similarName("marta", "arta"));
        List<String> names = SharedAnchors.capitalisedLatin("Зараз «Доджерс» на одну гру попереду.");
        assertEquals(1, names.size(), names.toString());
        assertTrue(SharedAnchors.similarName(names.get(0), "dodgers"), names.toString());
    }

    @Test
    void gapAuditMakesADroppedNumberAConfidentOmission() {
        // "13,000 troops" dropped: the number is nowhere else, and the neighbours are sure of their pairs
        Bead with = dropped(new SharedAnchors(), 1.0, 1);
        Bead without = dropped(new SharedAnchors(), 0, 1);
        assertEquals("[1]:[]", with.toBeadString());
        assertTrue(with.confidence() > without.confidence(), with + " vs " + without);
        assertTrue(with.confidence() >= dev.transcheck.model.Confidence.GAP, with.toString());
    }

    /** The bead of UK line {@code line} aligned against EN without that line, by {@code anchors} with {@code gapEvidence}. */
    private static Bead dropped(AnchorSource anchors, double gapEvidence, int line) {
        List<String> en = new ArrayList<>(List.of(EN));
        en.remove(line);
        return new AnchorAligner(anchors, AlignParams.DEFAULT.with("gapEvidence", gapEvidence))
                .align(lines("uk", List.of(UK)), lines("en", en)).beadOfSource(line);
    }

    /** The anchors of {@link SharedAnchors} without the word list's. */
    private static final AnchorSource NO_WORD_LIST = (s, t) -> {
        AnchorSet a = new SharedAnchors().anchors(s, t);
        return new AnchorSet(withoutWords(a.source()), withoutWords(a.translation()));
    };

    private static List<List<Anchor>> withoutWords(List<List<Anchor>> side) {
        return side.stream().map(l -> l.stream().filter(x -> !x.key().startsWith(SharedAnchors.LEXICAL_PREFIX)).toList())
                .toList();
    }

    @Test
    void gapAuditLeavesADropNextToAnUnsurePairAlone() {
        // near miss: "until 16 September" dropped where the neighbouring pair is itself unsure (a short
        // sentence that could hold the orphan; without the word list, which makes that pair sure): the
        // absent number is not taken as proof of a drop
        Bead with = dropped(NO_WORD_LIST, 1.0, 5);
        Bead without = dropped(NO_WORD_LIST, 0, 5);
        assertEquals("[5]:[]", with.toBeadString());
        assertEquals(without.confidence(), with.confidence(), 1e-9);
        // with the word list the neighbours are explained by their sources, and the drop is confident
        Bead words = dropped(new SharedAnchors(), AlignParams.DEFAULT.gapEvidence(), 5);
        assertEquals("[5]:[]", words.toBeadString());
        assertTrue(words.confidence() >= dev.transcheck.model.Confidence.GAP, words.toString());
    }

    /** Like {@link #evidence(int[][], int[][], int)}, with four word-list keys (0-3) of weight 1. */
    private static double lexicalEvidence(int[][] sk, int[][] tk) {
        int l = GapAudit.LEXICAL;
        return evidence(sk, tk, new double[] {1, 1, 1, 1}, new int[] {l, l, l, l}, -1);
    }

    @Test
    void anOrphanWhoseWordsHaveNoTranslationNearTheGapWasDropped() {
        int[] none = {};
        double full = Math.min(GapAudit.LEX_CAP, 4 * GapAudit.LEX_SCALE);
        // flag: four ordinary words of the orphan, the translation of none of them near the gap
        assertEquals(full, lexicalEvidence(new int[][] {none, {0, 1, 2, 3}, none}, new int[][] {none, none}), 1e-9);
        // a translation near the gap that its own source explains does not count against the drop
        assertEquals(0.75 * full, lexicalEvidence(new int[][] {{0}, {0, 1, 2, 3}, none}, new int[][] {{0}, none}), 1e-9);
        // near miss: two of its words are translated in the sentence after the gap (and not by that
        // sentence's own source): the orphan was merged there, rendered in other words
        assertTrue(lexicalEvidence(new int[][] {none, {0, 1, 2, 3}, none}, new int[][] {none, {1, 2}}) < 0);
        // near miss: too few words to weigh
        assertEquals(0.0, lexicalEvidence(new int[][] {none, {0, 1}, none}, new int[][] {none, none}), 1e-9);
    }

    @Test
    void anOrphanWhoseNumberIsBesideTheGapGetsNothingFromItsAbsentWords() {
        int l = GapAudit.LEXICAL;
        double[] w = {1, 1, 1, 1, 3};
        int[] kinds = {l, l, l, l, GapAudit.NUMBER};
        int[] none = {};
        // flag: the words and the number of the orphan nowhere near the gap
        assertEquals(3.0 + Math.min(GapAudit.LEX_CAP, 4 * GapAudit.LEX_SCALE),
                evidence(new int[][] {none, {0, 1, 2, 3, 4}, none}, new int[][] {none, none}, w, kinds, -1), 1e-9);
        // near miss: its number is in the sentence after the gap, which its own source does not explain:
        // the path shifted and the orphan is there, its words rendered freely; they tell no drop
        assertEquals(-6.0, evidence(new int[][] {none, {0, 1, 2, 3, 4}, none}, new int[][] {none, {4}}, w, kinds, -1), 1e-9);
    }

    @Test
    void absentWordsTellNoDropWhereASentenceBesideTheGapSharesNothingWithItsSource() {
        int l = GapAudit.LEXICAL;
        double[] w = {1, 1, 1, 1, 1};
        int[] kinds = {l, l, l, l, l};
        int[] none = {};
        // flag: the sentence after the gap shares word 4 with its own source (source 2)
        assertEquals(Math.min(GapAudit.LEX_CAP, 4 * GapAudit.LEX_SCALE),
                evidence(new int[][] {none, {0, 1, 2, 3}, {4}}, new int[][] {none, {4}}, w, kinds, -1), 1e-9);
        // near miss: it shares nothing with its source: the path beside the gap may have shifted and the
        // orphan's translation be there, in words the list does not pair
        assertEquals(0.0, evidence(new int[][] {none, {0, 1, 2, 3}, none}, new int[][] {none, {4}}, w, kinds, -1), 1e-9);
    }

    /**
     * Source sentence 2 orphaned in the middle of five, between translation sentences 1 and 2 of
     * four (1-1 beads elsewhere); word-list keys of weight 1.
     */
    private static double middleGap(int[][] sk, int[][] tk) {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 3, 4, 5}, new int[] {0, 1, 2, 2, 3, 4},
                new int[] {0, 0, BandedDp.OMIT, 0, 0}, new double[] {0.9, 0.9, 0.7, 0.9, 0.9}, 0);
        Document s = lines("uk", List.of("Перше речення тут.", "Друге речення тут.", "Третє речення тут.",
                "Четверте речення тут.", "П'яте речення тут."));
        Document t = lines("en", List.of("The first one.", "The second one.", "The fourth one.", "The fifth one."));
        double[] w = new double[12];
        int[] kinds = new int[12];
        java.util.Arrays.fill(w, 1);
        java.util.Arrays.fill(kinds, GapAudit.LEXICAL);
        return GapAudit.evidence(r, 2, sk, tk, w, kinds, s, t, new Units(new int[] {18, 18, 18, 18, 18}, sk, new boolean[5]),
                new Units(new int[] {15, 15, 15, 15}, tk, new boolean[4]), 1.0, 12, -1);
    }

    @Test
    void aFewWordsOfAMostlyAbsentOrphanFoundAwayFromTheGapAreChance() {
        int[] none = {};
        int[][] sk = {{10}, {11}, {0, 1, 2, 3, 4, 5}, none, none};
        double words = Math.min(GapAudit.LEX_CAP, 5 * GapAudit.LEX_SCALE);
        // flag: five of its six words absent; the sixth is two sentences away from the gap, not beside it
        assertEquals(words, middleGap(sk, new int[][] {{10, 0}, {11}, none, none}), 1e-9);
        // near miss: the sixth word is in the sentence just before the gap, where a merged sentence goes
        assertEquals(words - GapAudit.GAP_SUPPORT, middleGap(sk, new int[][] {{10}, {11, 0}, none, none}), 1e-9);
    }

    @Test
    void aRichOrphanNoneOfWhoseWordsIsNearKeepsItsEvidenceBesideASentenceThatSharesNothingWithItsSource() {
        int[] none = {};
        // the sentence after the gap (translation 2) shares nothing with its source (source 3)
        int[][] tk = {{10}, {11}, {9}, none};
        // flag: seven words, none near the gap: the unexplained neighbour is not the orphan's translation
        assertEquals(Math.min(GapAudit.LEX_CAP, 7 * GapAudit.LEX_SCALE),
                middleGap(new int[][] {{10}, {11}, {0, 1, 2, 3, 4, 5, 6}, none, none}, tk), 1e-9);
        // near miss: only four words: the neighbour may be its translation in words the list does not pair
        assertEquals(0.0, middleGap(new int[][] {{10}, {11}, {0, 1, 2, 3}, none, none}, tk), 1e-9);
    }

    @Test
    void oneNameSpelledNearTheGapIsTheSupportOfOneNameNotOfAll() {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 3}, new int[] {0, 1, 1, 2},
                new int[] {0, BandedDp.OMIT, 0}, new double[] {0.9, 0.7, 0.9}, 0);
        Document s = lines("uk", List.of("Перше речення тут.", "Учора Кравцова і «Доджерс» приїхали.", "Третє речення тут."));
        int[][] sk = {{}, {0, 1}, {}};
        int[][] tk = {{}, {}};
        double[] w = {2, 2};
        int[] kinds = {GapAudit.NAME, GapAudit.NAME};
        Units su = new Units(new int[] {18, 34, 18}, sk, new boolean[3]);
        Units tu = new Units(new int[] {40, 24}, tk, new boolean[2]);
        // flag: one name (Kravtsov) near the gap, spelled so that its key misses; the other is absent
        Document one = lines("en", List.of("The first sentence here, Mr Kravtsov said.", "The third sentence here."));
        assertEquals(-GapAudit.GAP_SUPPORT * 2 + 2, GapAudit.evidence(r, 1, sk, tk, w, kinds, s, one, su, tu, 1.3, 12, -1), 1e-9);
        // near miss: both names are there, spelled so: the orphan was merged
        Document both = lines("en", List.of("The first sentence here, Kravtsov and the Dodgers said.", "The third sentence here."));
        assertEquals(-GapAudit.GAP_SUPPORT * 4, GapAudit.evidence(r, 1, sk, tk, w, kinds, s, both, su, tu, 1.3, 12, -1), 1e-9);
    }

    @Test
    void theGapAuditFindsTheBeadsNearAGapBySearch() {
        // beads 1-1, 1-0, 2-1, 0-1, 1-1 over translation sentences 0..3
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 2, 4, 4, 5}, new int[] {0, 1, 1, 2, 3, 4},
                new int[] {0, BandedDp.OMIT, 3, BandedDp.ADD, 0}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 0);
        assertEquals(0, GapAudit.firstReaching(r, 0));
        assertEquals(2, GapAudit.firstReaching(r, 1)); // the 1-0 bead ends at 1 and reaches nothing past it
        assertEquals(3, GapAudit.firstReaching(r, 2));
        assertEquals(4, GapAudit.firstReaching(r, 3));
        assertEquals(5, GapAudit.firstReaching(r, 4)); // past the end
    }
}
