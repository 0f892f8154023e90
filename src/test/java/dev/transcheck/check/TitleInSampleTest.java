package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * title.mismatch inside a long sentence whose other words loosely contain the expected title
 * ("defense capabilities"): the sibling office is still flagged, a spelling variant is not.
 */
class TitleInSampleTest {
    private static Transcheck tc;
    private static String source;
    private static String corrected;

    @BeforeAll
    static void load() throws Exception {
        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        source = Files.readString(Path.of("samples/zapad-2025/source.uk.txt"));
        corrected = Files.readString(Path.of("samples/zapad-2025/translation-corrected.en.txt"));
    }

    private static List<Finding> titles(String translation) {
        return tc.check(tc.document("s", "uk", source), tc.document("t", "en", translation)).findings().stream()
                .filter(f -> f.check().equals("title.mismatch")).toList();
    }

    @Test
    void siblingOfficeIsFlagged() {
        List<Finding> f = titles(corrected.replace("Russian Defense Minister", "Russian Foreign Minister"));
        assertEquals(1, f.size());
        assertEquals("Foreign Minister", f.get(0).translation().text());
    }

    @Test
    void spellingVariantsOfTheRightOfficeAreSilent() {
        assertTrue(titles(corrected).isEmpty());
        assertTrue(titles(corrected.replace("Russian Defense Minister", "Russian Defence Minister")).isEmpty());
        assertTrue(titles(corrected.replace("Russian Defense Minister Andrei Belousov", "Andrei Belousov, Russia's Minister of Defence,")).isEmpty());
    }
}
