package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.cli.Run;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossaries as desks keep them: language-column CSV, TBX exports without entry ids, unused rows. */
class DeskGlossaryTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void twoColumnCsvWithLanguageHeaderIsOneConceptPerRow() throws Exception {
        Path p = write("desk.csv", "uk,en\nпрем'єр-міністр,prime minister\nнавчання,exercises; drills\n");
        Glossary g = GlossaryLoader.loadAll(List.of(p));
        assertEquals(2, g.size());
        Concept c = g.concepts().get(1);
        assertEquals(ConceptType.TERM, c.type());
        assertEquals("exercises", c.preferred("en").form());
        assertEquals(TermStatus.ADMITTED, c.terms("en").get(1).status());
        assertTrue(c.terms("uk").get(0).origin().endsWith("desk.csv:3"), c.terms("uk").get(0).origin());
    }

    @Test
    void threeColumnCsvWithLanguagesByNameAndRegionAndANoteColumn() throws Exception {
        Path p = write("desk.csv", "Ukrainian,en-GB,note\nЗбройні сили,Armed Forces,capitalised\n");
        Concept c = GlossaryLoader.loadAll(List.of(p)).concepts().get(0);
        assertEquals("Armed Forces", c.preferred("en").form());
        assertEquals("capitalised", c.preferred("en").note());
        Path three = write("three.csv", "uk,ru,en\nКиїв,Киев,Kyiv\n");
        assertEquals("Kyiv", GlossaryLoader.loadAll(List.of(three)).concepts().get(0).preferred("en").form());
    }

    @Test
    void nearMissAHeaderWithoutLanguagesIsRefusedWithOneLine() throws Exception {
        Path p = write("desk.csv", "source,target\nнавчання,exercises\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":1: "), e.getMessage());
    }

    @Test
    void aDeskTermIsCheckedLikeAnyOther() throws Exception {
        Path p = write("desk.csv", "uk,en\nвійськові навчання,military exercises\n");
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(p))).build();
        Report wrong = tc.check(tc.document("a", "uk", "Військові навчання почалися в понеділок."),
                tc.document("b", "en", "The war games began on Monday."));
        assertEquals(1, wrong.findings().stream().filter(f -> f.check().equals("term.mismatch")).count(), wrong.findings().toString());
        Report right = tc.check(tc.document("a", "uk", "Військові навчання почалися в понеділок."),
                tc.document("b", "en", "The military exercises began on Monday."));
        assertEquals(0, right.findings().stream().filter(f -> f.check().startsWith("term.")).count(), right.findings().toString());
    }

    @Test
    void tbxExportWithoutEntryIdsReads() throws Exception {
        Path p = write("memoq.tbx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX\" xml:lang=\"en-us\"><text><body>"
                + "<termEntry><langSet xml:lang=\"uk-UA\"><tig><term>навчання</term></tig></langSet>"
                + "<langSet xml:lang=\"en-US\"><tig><term>exercises</term></tig></langSet></termEntry></body></text></martif>");
        Glossary g = GlossaryLoader.loadAll(List.of(p));
        assertEquals(1, g.size());
        assertEquals("exercises", g.concepts().get(0).preferred("en").form());
    }

    @Test
    void unusedGlossaryRowsAreListedOnRequest() throws Exception {
        Path gl = write("desk.csv", "uk,en\nнавчання,exercises\nпрем'єр-міністр,prime minister\n");
        Path uk = write("a.uk.txt", "Навчання почалися в понеділок.\n");
        Path en = write("a.en.txt", "The exercises began on Monday.\n");
        Run.Result r = Run.main("check", uk.toString(), en.toString(), "--glossary", gl.toString(), "--unused-glossary");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains("desk.csv:3") && lines.get(0).contains("prime minister"), lines.get(0));
        assertTrue(lines.get(1).contains("1 of 2"), lines.get(1));
        Run.Result quiet = Run.main("check", uk.toString(), en.toString(), "--glossary", gl.toString());
        assertEquals("", quiet.err());
    }
}
