package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.io.BilingualFile;
import dev.transcheck.model.Finding;
import dev.transcheck.model.InlineCode;
import dev.transcheck.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** target.missing and markup.mismatch on bilingual files: a case each must flag and a near miss. */
class BilingualChecksTest {
    static final Transcheck TC = Transcheck.builder().build();

    static Report check(BilingualFile.Pair... pairs) {
        return TC.check(new BilingualFile("a.xlf", "xliff", "uk", "en", List.of(pairs)));
    }

    static List<Finding> of(Report r, String check) {
        return r.findings().stream().filter(f -> f.check().equals(check)).toList();
    }

    static BilingualFile.Pair pair(String id, String s, String t) {
        return new BilingualFile.Pair(id, s, t, List.of(), List.of());
    }

    @Test
    void missingAndEmptyTargetsAreFlaggedOncePerUnit() {
        Report r = check(pair("1", "Зустріч відбулася в Мінську.", "The meeting took place in Minsk."),
                pair("2", "Навчання тривали десять днів.", null),
                pair("3", "Він сказав це двічі.", "  "));
        List<Finding> f = of(r, "target.missing");
        assertEquals(2, f.size(), r.findings().toString());
        assertEquals("2", f.get(0).unit());
        assertEquals("Навчання тривали десять днів.", f.get(0).source().text());
        assertEquals("3", f.get(1).unit());
        assertTrue(f.get(1).message().contains("empty"));
        assertEquals(0, of(r, "omission").size(), "target.missing already says it: " + r.findings());
    }

    @Test
    void nearMissTranslatedUnitsAndUnitsWithoutWordsAreNotFlagged() {
        Report r = check(pair("1", "Зустріч відбулася в Мінську.", "The meeting took place in Minsk."),
                pair("2", " — ", null));
        assertEquals(0, of(r, "target.missing").size(), r.findings().toString());
    }

    @Test
    void aSourceCopiedIntoTheTargetIsUntranslatedInItsUnit() {
        Report r = check(pair("7", "Навчання тривали десять днів.", "Навчання тривали десять днів."));
        List<Finding> f = of(r, "untranslated");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals("7", f.get(0).unit());
    }

    static InlineCode code(String id, String kind, int offset) {
        return new InlineCode(id, kind, "link", kind.equals("open") ? "<g id=\"" + id + "\">" : "</g>", offset);
    }

    @Test
    void aTagMissingOrAddedInTheTargetIsFlagged() {
        Report r = check(new BilingualFile.Pair("1", "Зустріч у Мінську відбулася.", "The meeting in Minsk took place.",
                        List.of(code("1", "open", 10), code("1", "close", 17)), List.of()),
                new BilingualFile.Pair("2", "Він сказав це двічі.", "He said it twice.",
                        List.of(), List.of(new InlineCode("5", "placeholder", "x-ph", "<x id=\"5\"/>", 3))));
        List<Finding> f = of(r, "markup.mismatch");
        assertEquals(2, f.size(), r.findings().toString());
        assertEquals("1", f.get(0).unit());
        assertTrue(f.get(0).message().contains("lacks"), f.get(0).message());
        assertEquals("2", f.get(1).unit());
        assertTrue(f.get(1).message().contains("adds"), f.get(1).message());
    }

    @Test
    void nearMissTagsMovedWithTheWordOrderAreNotFlagged() {
        Report r = check(new BilingualFile.Pair("1", "Зустріч у Мінську відбулася.", "The meeting in Minsk took place.",
                List.of(code("1", "open", 10), code("1", "close", 17), new InlineCode("2", "placeholder", "", "", 27)),
                List.of(new InlineCode("2", "placeholder", "", "", 0), code("1", "open", 15), code("1", "close", 20))));
        assertEquals(0, of(r, "markup.mismatch").size(), r.findings().toString());
    }
}
