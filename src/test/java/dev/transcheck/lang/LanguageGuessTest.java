package dev.transcheck.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.transcheck.text.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Languages#guess} from the profiles' letters and function words. */
class LanguageGuessTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uk|Президент України заявив, що переговори триватимуть і наступного тижня.",
        "ru|Президент России заявил, что переговоры продолжатся на следующей неделе, это объявлено.",
        "en|The president said that the talks would continue next week.",
        "de|Der Präsident sagte, die Gespräche würden in der nächsten Woche fortgesetzt.",
        "pl|Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.",
        "fr|Le président a dit que les négociations se poursuivront la semaine prochaine.",
        "es|El presidente dijo que las negociaciones continuarán la próxima semana.",
        // a German name in English text, an English name in German text
        "en|Chancellor Friedrich Merz met the president of Ukraine in Kyiv on Monday.",
        "de|Der Präsident traf den britischen Premierminister Keir Starmer und den Außenminister.",
        // Polish without diacritics still has its function words
        "pl|Premier powiedzial, ze to nie jest koniec i ze rozmowy sie nie skoncza."})
    void guessesTheLanguage(String lang, String text) {
        assertEquals(lang, Languages.guess(text));
    }

    @Test
    void latinTextWithoutEvidenceIsUndecided() {
        // no function word and no letter of any profile: not claimed as English
        assertNull(Languages.guess("Kyiv Security Forum 2025"));
        assertNull(Languages.guess("Volodymyr Zelensky, Keir Starmer"));
        // too short
        assertNull(Languages.guess("ok"));
    }

    @Test
    void cyrillicWithoutDistinctiveLettersIsUndecided() {
        assertNull(Languages.guess("Москва Баку Алмати"));
        assertEquals("uk", Languages.guess("Київ"));
        assertEquals("ru", Languages.guess("Россия объявила"));
        assertNull(Languages.guess("Россия"));
    }
}
