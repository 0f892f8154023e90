package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** term.forbidden on persons: a forbidden rendering of a known person, with the shipped glossary. */
class TermForbiddenPersonTest {
    private static Transcheck tc;

    @BeforeAll
    static void load() throws Exception {
        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
    }

    private static List<Finding> forbidden(String lang, String src, String en) {
        return tc.check(tc.document("s", lang, src), tc.document("t", "en", en)).findings().stream()
                .filter(f -> f.check().equals("term.forbidden")).toList();
    }

    @Test
    void russianFirstNameForAUkrainianIsFlagged() {
        List<Finding> f = forbidden("ru", "Президент Украины Владимир Зеленский прибыл в Брюссель.",
                "Ukrainian President Vladimir Zelensky arrived in Brussels.");
        assertEquals(1, f.size());
        assertEquals("Vladimir Zelensky", f.get(0).translation().text());
        assertEquals("Volodymyr Zelensky", f.get(0).suggestion());
    }

    @Test
    void ukrainianFirstNameForAUkrainianIsSilent() {
        assertTrue(forbidden("ru", "Президент Украины Владимир Зеленский прибыл в Брюссель.",
                "Ukrainian President Volodymyr Zelensky arrived in Brussels.").isEmpty());
        assertTrue(forbidden("uk", "Президент Росії Володимир Путін прибув до Мінська.",
                "Russian President Vladimir Putin arrived in Minsk.").isEmpty());
    }
}
