package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MergeAuditTest {
    private static final int L = GapAudit.LEXICAL;
    /** Keys 0-3: words of source sentence 2; 4: its number; 5, 6: words of source 1; 7, 8: of sources 0 and 3. */
    private static final int[] KINDS = {L, L, L, L, GapAudit.NUMBER, L, L, L, L};
    private static final double[] W = {1, 1, 1, 1, 3, 1, 1, 1, 1};

    /** Beads [0]:[0], [1,2]:[1], [3]:[2]; the audit of the 2-1 bead. */
    private static double[] audit(int[][] sk, int[][] tk, int[] tlen) {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 3, 4}, new int[] {0, 1, 2, 3}, new int[] {0, 3, 0},
                new double[] {0.9, 0.7, 0.9}, 0, false);
        Units su = new Units(new int[] {40, 40, 40, 40}, sk, new boolean[4]);
        Units tu = new Units(tlen, tk, new boolean[3]);
        return MergeAudit.dropped(r, 1, sk, tk, W, KINDS, su, tu, 1.0, 12, -1, null);
    }

    private static final int[][] SOURCE = {{7}, {5, 6}, {0, 1, 2, 3, 4}, {8}};

    @Test
    void aSentenceOfAMergeWithNothingInTheTranslationWasDropped() {
        // flag: source 2's number and words are nowhere near, source 1 is well covered, and the
        // translation is as long as source 1 alone
        double[] d = audit(SOURCE, new int[][] {{7}, {5, 6}, {8}}, new int[] {40, 40, 40});
        assertNotNull(d);
        assertEquals(2, (int) d[0]);
        assertEquals(3 + Math.min(GapAudit.LEX_CAP, 4 * GapAudit.LEX_SCALE), d[1], 1e-9);
    }

    @Test
    void aSentenceWhoseNumberIsInTheTranslationWasMerged() {
        // near miss: its number is in the bead's translation (its words rendered freely)
        assertNull(audit(SOURCE, new int[][] {{7}, {4, 5, 6}, {8}}, new int[] {40, 40, 40}));
    }

    @Test
    void aMergeWhoseOtherSentenceIsNotInTheTranslationIsLeftAlone() {
        // near miss: source 1 shares nothing with the translation either: the bead itself is in doubt
        assertNull(audit(SOURCE, new int[][] {{7}, {}, {8}}, new int[] {40, 40, 40}));
    }

    @Test
    void aTranslationAsLongAsBothSentencesKeepsTheMerge() {
        // near miss: the translation is far longer than source 1 alone: it holds source 2 in words the list does not pair
        assertNull(audit(SOURCE, new int[][] {{7}, {5, 6}, {8}}, new int[] {40, 90, 40}));
    }

    @Test
    void aTitleCaseLineHasNoNames() {
        // its capitals mark no names: "Espresso Machine" absent from the translation is no dropped name
        assertEquals(true, MergeAudit.titleCase("M Espresso Machine"));
        assertEquals(true, MergeAudit.titleCase("Why Trump Will Be Re-elected"));
        // near miss: an ordinary sentence with a name
        assertEquals(false, MergeAudit.titleCase("Maclean met the Prime Minister on Monday."));
        assertEquals(false, MergeAudit.titleCase("Espresso"));
    }

    @Test
    void aSentenceSplitOffAnUnsureMergeStartsWhereTheMergesPosteriorLeavesIt() {
        // flag: a merge of posterior 0.5 (calibrated 0.75) whose split-off sentence has two logits of
        // evidence of a drop is an omission at error level (0.85): it starts at 1 - 0.5, not 1 - 0.75
        double start = MergeAudit.base(0.5, 0.75, false);
        assertEquals(0.5, start, 1e-9);
        assertTrue(GapAudit.audit(start, 2.0) >= 0.85);
        // near miss: the same sentence with a number written out in words ("дев'ять", rendered "..., killing
        // nine" in the merge, where no digit anchor can show it) keeps the lower start and stays below the gate
        double spelled = MergeAudit.base(0.5, 0.75, true);
        assertEquals(0.25, spelled, 1e-9);
        assertTrue(GapAudit.audit(spelled, 2.0) < 0.85);
        // a merge the programme was sure of still leaves its split-off sentence little to start from
        assertEquals(MergeAudit.MIN_BASE, MergeAudit.base(0.99, 0.995, false), 1e-9);
    }

    @Test
    void aNumberWrittenOutInWordsIsSeen() {
        assertTrue(MergeAudit.spelledNumber("Тоді загинуло дев'ять чоловік.", "uk"));
        assertTrue(MergeAudit.spelledNumber("Тогда погибли девять человек.", "ru"));
        assertTrue(MergeAudit.spelledNumber("Thirty-two percent supported such a run.", "en"));
        // near miss: digits in a compound are an anchor of their own; a sentence without a number has none
        assertFalse(MergeAudit.spelledNumber("A 45-year-old man was hurt.", "en"));
        assertFalse(MergeAudit.spelledNumber("Він вижив, але втратив ногу.", "uk"));
    }

    @Test
    void aMergeWhoseTranslationHasANumberItsOtherSentenceLacksKeepsTheLowerStart() {
        BandedDp.Result r = new BandedDp.Result(new int[] {0, 1, 3, 4}, new int[] {0, 1, 2, 3}, new int[] {0, 3, 0},
                new double[] {0.9, 0.7, 0.9}, 0, false);
        // near miss: the bead's translation has a number (key 4) source 1 does not explain: source 2's
        // number may be there in other units ("2.9 lb" for «1,3 кг»), so its split-off start stays low
        assertTrue(MergeAudit.strangeNumber(r, 1, 2, SOURCE, new int[][] {{7}, {4, 5, 6}, {8}}, KINDS));
        // flag: no number in the translation beyond what source 1 has
        assertFalse(MergeAudit.strangeNumber(r, 1, 2, SOURCE, new int[][] {{7}, {5, 6}, {8}}, KINDS));
    }
}
