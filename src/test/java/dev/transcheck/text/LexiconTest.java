package dev.transcheck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    /** A few rows in the file's format: comments, alternatives, a phrase (left out). */
    private static final Lexicon LEX = Lexicon.of(List.of(
            "# en<TAB>uk<TAB>ru",
            "say|state\tзаявити|сказати\tзаявить|сказать",
            "election\tвибори\tвыборы",
            "stop\tзупинити\tостановить",
            "make\tзробити\tсделать",
            "city\tмісто\tгород",
            "memory\tпам'ять\tпамять",
            "hedgehog\tїжак\tёж",
            "take part\tбрати участь\tучаствовать"));

    @Test
    void englishFormsMeetTheirBaseForm() {
        Lexicon.Words en = LEX.words("en", null);
        assertArrayEquals(new int[] {0}, en.rows("said")); // irregular past
        assertArrayEquals(new int[] {0}, en.rows("says"));
        assertArrayEquals(new int[] {0}, en.rows("stated")); // -ed after a final e
        assertArrayEquals(new int[] {0}, en.rows("saying"));
        assertArrayEquals(new int[] {1}, en.rows("elections"));
        assertArrayEquals(new int[] {2}, en.rows("stopped")); // a doubled consonant
        assertArrayEquals(new int[] {3}, en.rows("making")); // -ing that dropped an e
        assertArrayEquals(new int[] {4}, en.rows("cities"));
        assertArrayEquals(new int[] {4}, en.rows("City")); // a capital that starts the sentence
        // near misses: a word the list does not hold, and a phrase's words alone
        assertEquals(0, en.rows("citizen").length);
        assertEquals(0, en.rows("take").length);
        assertEquals(0, en.rows("part").length);
    }

    /** Rows whose English words are forms of one another (an irregular past, derived words). */
    private static final Lexicon FORMS = Lexicon.of(List.of(
            "lost\tвтрачений\tпотерянный",
            "lose\tвтратити\tпотерять",
            "recover\tвідновитися\tвосстановиться",
            "recovery\tвідновлення\tвосстановление",
            "full\tповний\tполный",
            "fully\tповністю\tполностью",
            "complete\tповний\tполный",
            "completely\tповністю\tполностью",
            "like\tподобатися\tнравиться",
            "likely\tймовірний\tвероятный",
            "inject\tвводити\tвводить",
            "late\tпізній\tпоздний"));

    @Test
    void englishFormsMeetTheRowsOfTheirOtherReadings() {
        Lexicon.Words en = FORMS.words("en", null);
        // flag: a form that is a word of its own and an irregular past is both ("lost a leg")
        assertArrayEquals(new int[] {0, 1}, en.rows("lost"));
        // flag: a noun in -very and its verb, an adverb and its adjective ("a full recovery" for
        // «відновитися повністю»)
        assertArrayEquals(new int[] {3, 2}, en.rows("recovery"));
        assertArrayEquals(new int[] {2}, en.rows("recovered")); // an inflection of the verb: its row
        assertArrayEquals(new int[] {4, 5}, en.rows("full"));
        assertArrayEquals(new int[] {7, 6}, en.rows("completely"));
        // near misses: an ordinary inflection stays with its own row, and a short stem is no adverb's
        // adjective (likely is not like)
        assertArrayEquals(new int[] {1}, en.rows("loses"));
        assertArrayEquals(new int[] {9}, en.rows("likely"));
        assertArrayEquals(new int[] {8}, en.rows("like"));
        // flag: a verb with re- the list lacks is its verb ("reinjected" for «знову вводять»); near miss:
        // a short rest is no such verb (relate is not late)
        assertArrayEquals(new int[] {10}, en.rows("reinjected"));
        assertEquals(0, en.rows("relate").length);
    }

    @Test
    void cyrillicFormsMeetTheirLemma() {
        Lexicon.Words uk = LEX.words("uk", Morphology.shared("uk"));
        assertArrayEquals(new int[] {0}, uk.rows("заявив"));
        assertArrayEquals(new int[] {1}, uk.rows("виборах"));
        assertArrayEquals(new int[] {4}, uk.rows("Місто"));
        assertArrayEquals(new int[] {5}, uk.rows("пам’яті")); // either apostrophe
        assertArrayEquals(new int[] {5}, uk.rows("пам'яті"));
        assertEquals(0, uk.rows("заява").length); // near miss: a related word, another lemma
        Lexicon.Words ru = LEX.words("ru", Morphology.shared("ru"));
        assertArrayEquals(new int[] {0}, ru.rows("заявил"));
        assertArrayEquals(new int[] {1}, ru.rows("выборах"));
        assertArrayEquals(new int[] {6}, ru.rows("ежи")); // ё written as е
        assertArrayEquals(new int[] {6}, ru.rows("ёж"));
    }

    @Test
    void onlyPairsOfEnglishWithUkrainianOrRussianAreCovered() {
        assertTrue(Lexicon.covers("uk", "en"));
        assertTrue(Lexicon.covers("en", "ru"));
        assertTrue(!Lexicon.covers("uk", "ru"));
        assertTrue(!Lexicon.covers("de", "en"));
    }

    @Test
    void theShippedListLoadsOnce() {
        Lexicon a = Lexicon.get();
        assertTrue(a.size() >= 500, "rows: " + a.size());
        assertTrue(a == Lexicon.get());
    }
}
