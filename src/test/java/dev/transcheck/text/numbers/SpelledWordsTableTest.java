package dev.transcheck.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.transcheck.lang.LanguageProfiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The precomputed spellings of numbers ({@code numbers/spelled/<lang>.tsv}) are exactly what ICU's
 * spell-out rules give, for every language with a profile. After an ICU upgrade that changes them,
 * {@code mvn -o test -Dtest=SpelledWordsTableTest -Dspelled.write=true} rewrites the files.
 */
class SpelledWordsTableTest {
    @Test
    void everyProfileLanguageHasATableEqualToIcu() throws Exception {
        boolean write = Boolean.getBoolean("spelled.write");
        for (String lang : LanguageProfiles.codes()) {
            Map<String, NumberLexicon.Word> icu = NumberLexicon.icuSpelledWords(lang);
            if (write) {
                Path file = Path.of("src/main/resources" + NumberLexicon.spelledResource(lang));
                Files.createDirectories(file.getParent());
                Files.writeString(file, text(lang, icu), StandardCharsets.UTF_8);
                continue;
            }
            Map<String, NumberLexicon.Word> table = NumberLexicon.spelledTable(lang);
            assertNotNull(table, "no table for " + lang);
            assertEquals(text(lang, icu), text(lang, table), lang + ": the table differs from ICU");
        }
    }

    @Test
    void aLanguageWithoutATableIsAskedOfIcu() {
        assertNull(NumberLexicon.spelledTable("xx"));
        assertNull(NumberLexicon.spelledTable("../uk"));
        assertEquals(Map.of(), NumberLexicon.icuSpelledWords(""));
    }

    /** The file's text: a header, then word, value, c/o, sorted by word. */
    private static String text(String lang, Map<String, NumberLexicon.Word> words) {
        StringBuilder b = new StringBuilder("# Single-word spellings of numbers in '" + lang
                + "' (0-20, tens, hundreds; every cardinal and ordinal rule set), made from ICU's spell-out rules.\n"
                + "# Columns: word, value, c (cardinal) or o (ordinal). SpelledWordsTableTest proves it equal to ICU.\n");
        new TreeMap<>(words).forEach((w, v) -> b.append(w).append('\t').append(v.value()).append('\t')
                .append(v.ordinal() ? 'o' : 'c').append('\n'));
        return b.toString();
    }
}
