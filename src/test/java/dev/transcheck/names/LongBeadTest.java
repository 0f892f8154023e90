package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bead of thousands of words (a list or table without full stops is one sentence): its names
 * are compared with each distinct word once and its replacements are found by look-ups, so its
 * cost grows with its length, not with the square (or, for replaced names, the cube) of it.
 * Before (issue 15): 1,000 repetitions with every fifth name replaced took 131 CPU-s, and the cost
 * grew about 19 times for 3 times the words; now about 3 s for 4,000 repetitions (12,000 words).
 */
class LongBeadTest {
    private static String repeat(int n, String every, String fifth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 5 == 0 && fifth != null ? fifth : every);
        }
        return sb.toString();
    }

    @Test
    void oneLongSentenceWithItsNamesRenderedHasNoFindingsAndIsFast() {
        long t0 = System.nanoTime();
        List<Finding> fs = NameChecksTest.names(NameChecksTest.PLAIN, "uk", repeat(2000, "Шевченко і Київ, ", null) + "кінець.",
                repeat(2000, "Shevchenko and Kyiv, ", null) + "the end.");
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(List.of(), fs.stream().map(Finding::message).toList());
        assertTrue(s < 60, "one 6,000-word sentence took " + s + " s");
    }

    @Test
    void everyReplacedNameOfALongSentenceIsFoundAndIsFast() {
        int n = 1000;
        long t0 = System.nanoTime();
        List<Finding> fs = NameChecksTest.of(NameChecksTest.names(NameChecksTest.PLAIN, "uk",
                repeat(n, "Шевченко і Київ, ", null) + "кінець.",
                repeat(n, "Shevchenko and Kyiv, ", "Smith and Kyiv, ") + "the end."), "name.mismatch");
        double s = (System.nanoTime() - t0) / 1e9;
        assertEquals(n / 5, fs.size());
        assertTrue(fs.stream().allMatch(f -> f.translation().text().equals("Smith")), fs.get(0).message());
        assertTrue(s < 60, "one 3,000-word sentence with 200 replaced names took " + s + " s (cubic before: hours)");
    }

    @Test
    void aNearMissOneNameReplacedInAShortSentenceIsStillFound() {
        List<Finding> fs = NameChecksTest.of(NameChecksTest.names(NameChecksTest.PLAIN, "uk",
                "Шевченко і Київ, Шевченко і Київ, Шевченко і Київ.", "Shevchenko and Kyiv, Smith and Kyiv, Shevchenko and Kyiv."),
                "name.mismatch");
        assertEquals(1, fs.size());
        assertEquals("Smith", fs.get(0).translation().text());
    }
}
