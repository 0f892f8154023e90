package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** term.forbidden on persons: a forbidden rendering of a known person, with the shipped glossary. */
class TermForbiddenPersonTest {
    private static List<Finding> forbidden(String lang, String src, String en) {
        return CheckHarness.run(CheckHarness.engine("shipped"), "term.forbidden", CheckHarness.doc(lang, src),
                CheckHarness.doc("en", en), (dev.transcheck.model.Alignment) null);
    }

    @Test
    void russianFirstNameForAUkrainianIsFlagged() {
        List<Finding> f = forbidden("ru", "Президент Украины Владимир Зеленский прибыл в Брюссель.",
                "Ukrainian President Vladimir Zelensky arrived in Brussels.");
        assertEquals(1, f.size());
        assertEquals("Vladimir Zelensky", f.get(0).translation().text());
        assertEquals("Volodymyr Zelensky", f.get(0).suggestion());
    }

}
