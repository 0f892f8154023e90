package dev.transcheck.lab.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java scorer agrees with the benchmark's score_align.py (numbers computed with it). */
class AlignScorerTest {
    @Test
    void agreesWithScoreAlignOnASmallCase() {
        // gold.txt / test.txt below, scored by: score_align.py -g gold.txt -t test.txt --json
        // -> precision_strict 0.3333, recall_strict 0.5, f1_strict 0.4, precision_lax 0.6667,
        //    recall_lax 1.0, f1_lax 0.8
        String gold = "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n[]:[4]\n[5]:[5]\n";
        String test = "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4]:[3, 4]:0.5\n[5]:[5]\n";
        AlignScorer s = new AlignScorer();
        s.add(AlignScorer.parse(gold), AlignScorer.parse(test));
        AlignScorer.Scores r = s.result();
        // precision over 6 test beads: strict hits [0]:[0], [5]:[5] = 2/6; lax adds [1]:[1], [4]:[3, 4]
        assertEquals(2.0 / 6, r.precisionStrict(), 1e-9);
        assertEquals(4.0 / 6, r.precisionLax(), 1e-9);
        // recall over 4 gold beads with two sides: strict 2/4; lax adds [1, 2]:[1], [4]:[2, 3]
        assertEquals(2.0 / 4, r.recallStrict(), 1e-9);
        assertEquals(4.0 / 4, r.recallLax(), 1e-9);
        assertEquals(0.4, r.f1Strict(), 1e-9);
        assertEquals(0.8, r.f1Lax(), 1e-9);
        assertEquals(6, r.testBeads());
        assertEquals(6, r.goldBeads());
    }

    @Test
    void sumsCountsOverDocuments() {
        AlignScorer s = new AlignScorer();
        s.add(AlignScorer.parse("[0]:[0]\n[1]:[1]\n"), AlignScorer.parse("[0]:[0]\n[1]:[1]\n"));
        s.add(AlignScorer.parse("[0]:[0]\n[1]:[1]\n"), AlignScorer.parse("[0, 1]:[0, 1]\n"));
        AlignScorer.Scores r = s.result();
        // score_align.py --gold-dir g --test-dir t: 0.6667 / 0.5 / 0.5714 strict, 1.0 / 1.0 lax
        assertEquals(0.5714285714285715, r.f1Strict(), 1e-12);
        assertEquals(2.0 / 3, r.precisionStrict(), 1e-9); // micro: 2 hits of 3 beads, not mean(1, 0)
        assertEquals(2.0 / 4, r.recallStrict(), 1e-9);
        assertEquals(1.0, r.precisionLax(), 1e-9);
    }

    @Test
    void rejectsAMalformedLineByNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlignScorer.parse("[0]:[0]\n[1]-[1]\n"));
        assertEquals("line 2: not a bead: [1]-[1]", e.getMessage());
        assertEquals(List.of(new AlignScorer.Link(List.of(), List.of(3))), AlignScorer.parse("[]:[3]\n\n"));
    }
}
