package dev.transcheck.text.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The keys of a word are kept once taken (issue 15: a sentence of a thousand different names takes
 * each word's keys once per name); a kept key is the key the function gives, also after the memo
 * was cleared for holding too many words.
 */
class LatinKeysMemoTest {
    @Test
    void keptKeysAreTheKeysTakenAfresh() {
        Random rng = new Random(15);
        String letters = "abcdefghijklmnopqrstuvwxyz-'’ščžłóśÉ";
        Map<String, List<String>> first = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 40_000; k++) { // over the memo's limit: cleared at least once a round
                StringBuilder w = new StringBuilder();
                int len = 1 + rng.nextInt(10);
                for (int c = 0; c < len; c++) {
                    w.append(letters.charAt(rng.nextInt(letters.length())));
                }
                String word = k % 3 == 0 ? "Shevchenko" + w : w.toString();
                String n = LatinKeys.normal(word);
                List<String> keys = List.of(n, LatinKeys.fold(n), LatinKeys.skeleton(n), LatinKeys.sound(n));
                assertEquals(List.of(LatinKeys.normalOf(word), LatinKeys.foldOf(n), LatinKeys.skeletonOf(n), LatinKeys.soundOf(n)),
                        keys, word);
                List<String> before = first.putIfAbsent(word, keys);
                if (before != null) {
                    assertEquals(before, keys, word);
                }
            }
            rng = new Random(15); // the same words again, now mostly from the memo
        }
        assertEquals(LatinKeys.fold("zelenskyy"), LatinKeys.fold("zelenskyy"));
        assertEquals("zelenski", LatinKeys.fold("zelenskyy"));
    }

    @Test
    void theMemoGivesWhatTheFunctionGives() {
        Map<String, String> memo = new HashMap<>();
        int[] calls = {0};
        java.util.function.UnaryOperator<String> f = s -> {
            calls[0]++;
            return s.toUpperCase(java.util.Locale.ROOT);
        };
        assertEquals("AB", LatinKeys.memo(memo, "ab", f));
        assertEquals("AB", LatinKeys.memo(memo, "ab", f));
        assertEquals(1, calls[0], "a kept key is not taken again");
    }
}
