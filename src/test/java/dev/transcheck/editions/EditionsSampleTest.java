package dev.transcheck.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.editions.EditionsReport.Edition;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zapad sample with its English, German and Polish editions: the correct editions give no
 * cross-edition finding and no error; each seeded copy (a dropped sentence in German, a wrong name
 * in Polish, a changed number in English), checked with the two correct others, gives exactly its
 * finding in its own edition.
 */
class EditionsSampleTest {
    static final Path S = Path.of("samples/zapad-2025");
    static Transcheck tc;
    static Document source;

    @BeforeAll
    static void load() throws Exception {
        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        source = doc("source.uk.txt");
    }

    static Document doc(String file) throws Exception {
        Path p = S.resolve(file);
        String lang = file.replaceAll(".*\\.([a-z]{2})\\.txt$", "$1");
        return tc.document(p.toString(), lang, Files.readString(p));
    }

    static EditionsReport run(String en, String de, String pl) throws Exception {
        return Editions.check(tc, source, List.of(doc(en), doc(de), doc(pl)));
    }

    static List<CrossFinding> cross(EditionsReport r) {
        List<CrossFinding> all = new ArrayList<>();
        r.editions().forEach(e -> all.addAll(e.cross()));
        return all;
    }

    static List<Finding> errors(Edition e) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : e.report().findings()) {
            if (f.severity() == Severity.ERROR) {
                out.add(f);
            }
        }
        for (CrossFinding cf : e.cross()) {
            if (cf.standalone() && cf.finding().severity() == Severity.ERROR) {
                out.add(cf.finding());
            }
        }
        return out;
    }

    @Test
    void correctEditionsAreSilent() throws Exception {
        EditionsReport r = run("translation-corrected.en.txt", "translation-corrected.de.txt", "translation-corrected.pl.txt");
        assertEquals(List.of(), cross(r), "no cross-edition finding on correct editions");
        for (Edition e : r.editions()) {
            assertEquals(List.of(), errors(e), e.label() + ": no error");
            assertTrue(e.passed(), e.label());
        }
        assertTrue(r.passed());
        assertEquals(source.size(), r.rows().size());
        for (EditionsReport.Row row : r.rows()) {
            for (EditionsReport.Cell c : row.cells()) {
                assertFalse(c.sentences().isEmpty(), "row " + row.source() + " has a sentence in " + c.edition());
            }
        }
    }

    @Test
    void droppedSentenceInGerman() throws Exception {
        EditionsReport r = run("translation-corrected.en.txt", "seeded/translation-dropped.de.txt", "translation-corrected.pl.txt");
        List<CrossFinding> all = cross(r);
        assertEquals(1, all.size(), all.toString());
        CrossFinding cf = all.get(0);
        assertEquals("de", r.editions().get(cf.edition()).label());
        assertEquals("edition.omission", cf.finding().check());
        assertEquals(Severity.ERROR, cf.finding().severity());
        assertTrue(source.sentence(cf.row()).text().startsWith("Він зазначив, що білоруська сторона"), source.sentence(cf.row()).text());
        // the per-pair omission of the same sentence carries the cross-edition evidence: one problem, one finding
        Edition de = r.editions().get(1);
        List<Finding> errors = errors(de);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).evidence().stream().anyMatch(ev -> ev.check().equals("edition.omission")), errors.toString());
        assertFalse(de.passed());
        assertTrue(r.editions().get(0).passed() && r.editions().get(2).passed());
        assertFalse(r.passed(), "the gate fails when one edition fails");
        assertTrue(r.rows().get(cf.row()).cells().get(1).sentences().isEmpty(), "the German cell of the row is empty");
    }

    @Test
    void wrongNameInPolish() throws Exception {
        EditionsReport r = run("translation-corrected.en.txt", "translation-corrected.de.txt", "seeded/translation-wrong-name.pl.txt");
        List<CrossFinding> all = cross(r);
        assertEquals(1, all.size(), all.toString());
        CrossFinding cf = all.get(0);
        assertEquals("pl", r.editions().get(cf.edition()).label());
        assertEquals("edition.name", cf.finding().check());
        assertEquals(Severity.ERROR, cf.finding().severity());
        assertEquals("Bielajewem", cf.finding().translation().text());
        assertTrue(cf.finding().expected().contains("Belousov") && cf.finding().expected().contains("Beloussow"),
                cf.finding().expected().toString());
        assertEquals(List.of(cf.finding()), errors(r.editions().get(2)));
        assertFalse(r.passed());
    }

    @Test
    void changedNumberInEnglish() throws Exception {
        EditionsReport r = run("seeded/translation-changed-number.en.txt", "translation-corrected.de.txt", "translation-corrected.pl.txt");
        List<CrossFinding> all = cross(r);
        assertEquals(1, all.size(), all.toString());
        CrossFinding cf = all.get(0);
        assertEquals("en", r.editions().get(cf.edition()).label());
        assertEquals("edition.number", cf.finding().check());
        assertEquals("150,000", cf.finding().translation().text());
        assertEquals(List.of("100.000", "100 tysięcy"), cf.finding().expected());
        // English's own number.mismatch on the same words carries it as evidence
        List<Finding> errors = errors(r.editions().get(0));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("number.mismatch", errors.get(0).check());
        assertTrue(errors.get(0).evidence().stream().anyMatch(ev -> ev.check().equals("edition.number")));
        assertTrue(r.editions().get(1).passed() && r.editions().get(2).passed());
    }
}
