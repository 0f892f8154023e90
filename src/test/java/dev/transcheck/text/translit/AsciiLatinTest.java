package dev.transcheck.text.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of {@link AsciiLatin} gives exactly what ICU's transform gives. */
class AsciiLatinTest {
    private static final Transliterator ICU = Transliterator.getInstance(AsciiLatin.ICU_ID);

    /** Every character the table answers for. */
    private static List<Character> covered() {
        List<Character> out = new ArrayList<>();
        for (char c = 0; c < AsciiLatin.LIMIT; c++) {
            if (AsciiLatin.covered(c)) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void everyRowIsIcusResultForThatCharacter() {
        List<Character> cs = covered();
        assertTrue(cs.size() > 600, "the table covers Latin and Cyrillic: " + cs.size());
        StringBuilder diff = new StringBuilder();
        for (char c : cs) {
            String s = String.valueOf(c);
            if (!ICU.transliterate(s).equals(AsciiLatin.of(s))) {
                diff.append(String.format("%04X\t%s (table: %s)%n", (int) c, ICU.transliterate(s), AsciiLatin.of(s)));
            }
        }
        // a new ICU that changed a row: regenerate translit/any-latin-ascii.tsv from these lines
        assertEquals("", diff.toString());
    }

    @Test
    void coversWhatOurTextsAreWrittenInButNotMarksOrOtherScripts() {
        for (String alphabet : List.of("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'", "ёъыэ", "ABCXYZabcxyz0123456789 .,-",
                "éèçñøåßłśźżčšžőűğ", "ЂЃЉЊЋЌЎЏђѓљњћќўџ")) {
            for (char c : alphabet.toCharArray()) {
                assertTrue(AsciiLatin.covered(c), "covered: " + c);
            }
        }
        for (char c : "\u0301\u0306\u0483\u0485α\t\n\u2019".toCharArray()) {
            assertFalse(AsciiLatin.covered(c), "left to ICU: " + Integer.toHexString(c));
        }
    }

    @Test
    void stringsOfCoveredCharactersAreIcus() {
        List<Character> cs = covered();
        // every pair of letters of the Ukrainian, Russian and English alphabets and a few Latin ones
        String letters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ"
                + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéçłšžØßЉљЈј' -.";
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                String s = "" + a + b;
                assertEquals(ICU.transliterate(s), AsciiLatin.of(s), s);
            }
        }
        // and random strings of any covered characters, Cyrillic-heavy
        Random r = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 1 + r.nextInt(10); k > 0; k--) {
                s.append(r.nextInt(10) < 6 ? (char) (0x400 + r.nextInt(0x60)) : cs.get(r.nextInt(cs.size())));
            }
            assertEquals(ICU.transliterate(s.toString()), AsciiLatin.of(s.toString()), s.toString());
        }
    }

    @Test
    void otherCharactersGoToIcu() {
        for (String s : List.of("Αθήνα", "Зеле\u0301нський", "Київ\tOdesa", "O\u2019Neil", "東京", "ИЛ-76", "")) {
            assertEquals(ICU.transliterate(s), AsciiLatin.of(s), s);
        }
        assertEquals("Zelens'kij", AsciiLatin.of("Зеленський"));
        assertEquals("Kyiv", AsciiLatin.of("Kyiv"));
    }
}
