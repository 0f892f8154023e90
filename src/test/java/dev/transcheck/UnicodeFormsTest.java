package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.text.UnicodeForms;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decomposed input is checked as its composed form, and the report indexes the text as read. */
class UnicodeFormsTest {
    private static final Transcheck TC = build();

    private static Transcheck build() {
        try {
            return Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void composedTextIsLeftAlone() {
        UnicodeForms.Composed c = UnicodeForms.nfc("Київ і Львів");
        assertEquals("Київ і Львів", c.text());
        assertNull(c.origin());
    }

    @Test
    void decomposedTextIsComposedWithAMapBack() {
        String nfd = Normalizer.normalize("Й та ї, café", Normalizer.Form.NFD);
        UnicodeForms.Composed c = UnicodeForms.nfc(nfd);
        assertEquals("Й та ї, café", c.text());
        // every composed character maps to the start of its decomposed letters
        assertEquals(0, c.origin().offset(0));
        assertEquals(2, c.origin().offset(1));
        assertEquals(nfd.length(), c.origin().offset(c.text().length()));
    }

    private static final String UK = "Зустріч у Києві відбулася в п'ятницю. Президент Володимир Зеленський зустрівся з Андрієм Сибігою.";
    private static final String EN_RIGHT = "The meeting in Kyiv took place on Friday. President Volodymyr Zelensky met Andrii Sybiha.";
    private static final String EN_WRONG = "The meeting in Kyiv took place on Friday. President Volodymyr Zelensky met Andrii Yermak.";

    private static Report check(String uk, String en) {
        return TC.check(TC.document("a.uk.txt", "uk", uk), TC.document("a.en.txt", "en", en));
    }

    @Test
    void nearMissDecomposedSourceRaisesNothingTheComposedOneDoesNot() {
        Report composed = check(UK, EN_RIGHT);
        Report decomposed = check(Normalizer.normalize(UK, Normalizer.Form.NFD), EN_RIGHT);
        assertEquals(composed.findings().stream().map(Finding::check).toList(),
                decomposed.findings().stream().map(Finding::check).toList());
        assertEquals(0, decomposed.summary().errors(), decomposed.findings().toString());
    }

    @Test
    void aWrongNameInDecomposedTextIsFlaggedWithOffsetsIntoTheTextAsRead() {
        String nfd = Normalizer.normalize(UK, Normalizer.Form.NFD);
        assertTrue(nfd.length() > UK.length());
        Report r = check(nfd, EN_WRONG);
        Finding f = r.findings().stream().filter(x -> x.check().startsWith("name.")).findFirst().orElseThrow();
        assertEquals(nfd, r.source().text());
        assertEquals(nfd.substring(f.source().start(), f.source().end()), f.source().text());
        assertEquals("Сибігою", Normalizer.normalize(f.source().text(), Normalizer.Form.NFC));
        for (Sentence s : r.source().sentences()) {
            assertEquals(nfd.substring(s.start(), s.end()), s.text());
        }
    }
}
