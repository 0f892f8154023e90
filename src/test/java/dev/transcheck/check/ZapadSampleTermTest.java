package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The term checks on samples/zapad-2025 with a small test glossary of its concepts. */
class ZapadSampleTermTest {
    static final Path SAMPLE = Path.of("samples/zapad-2025");
    static Transcheck tc;

    @BeforeAll
    static void load() throws Exception {
        tc = Transcheck.builder()
                .glossary(GlossaryLoader.loadAll(List.of(Path.of("src/test/resources/glossary/zapad.csv"))))
                .build();
    }

    static List<Finding> termFindings(String sourceLang, String translation) throws Exception {
        String src = Files.readString(SAMPLE.resolve("source." + sourceLang + ".txt"));
        String tr = Files.readString(SAMPLE.resolve(translation));
        Report r = tc.check(tc.document("source." + sourceLang + ".txt", sourceLang, src), tc.document(translation, "en", tr));
        List<Finding> out = r.findings().stream()
                .filter(f -> f.check().startsWith("term.") || f.check().startsWith("title."))
                .toList();
        out.forEach(f -> System.out.println(sourceLang + " " + translation + ": " + f.check() + " " + f.severity().word()
                + " " + f.message() + " -> " + f.suggestion()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void flagsZahodAndBelta(String lang) throws Exception {
        List<Finding> fs = termFindings(lang, "translation.en.txt");
        Finding zahod = fs.stream().filter(f -> f.translation() != null && f.translation().text().equals("Zahod-2025"))
                .findFirst().orElseThrow(() -> new AssertionError("Zahod-2025 not flagged: " + fs));
        assertEquals("term.mismatch", zahod.check());
        assertEquals(Severity.ERROR, zahod.severity());
        assertEquals("Zapad-2025", zahod.suggestion());
        assertEquals(lang.equals("uk") ? "Захід-2025" : "Запад-2025", zahod.source().text());

        Finding belta = fs.stream().filter(f -> f.translation() != null && f.translation().text().equals("BELTA"))
                .findFirst().orElseThrow(() -> new AssertionError("BELTA not flagged: " + fs));
        assertEquals("term.style", belta.check());
        assertEquals(Severity.WARNING, belta.severity());
        assertEquals("BelTA", belta.suggestion());

        for (Finding f : fs) {
            assertTrue(f.translation() != null && List.of("Zahod-2025", "BELTA").contains(f.translation().text()),
                    "unexpected finding " + f);
        }
    }

    /** With the shipped glossaries: the same two term findings, and nothing above info on the corrected text. */
    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void shippedGlossaries(String lang) throws Exception {
        Path shipped = Path.of("glossaries");
        Assumptions.assumeTrue(Files.isDirectory(shipped), "no shipped glossaries");
        Transcheck full = Transcheck.builder().resources(tc.resources()).glossary(GlossaryLoader.loadAll(List.of(shipped))).build();
        String src = Files.readString(SAMPLE.resolve("source." + lang + ".txt"));
        for (String name : List.of("translation.en.txt", "translation-corrected.en.txt")) {
            String tr = Files.readString(SAMPLE.resolve(name));
            Report r = full.check(full.document("s", lang, src), full.document("t", "en", tr));
            List<String> got = r.findings().stream()
                    .filter(f -> (f.check().startsWith("term.") || f.check().startsWith("title.")) && f.severity() != Severity.INFO)
                    .map(f -> f.check() + " " + f.severity().word() + " " + f.translation().text() + " -> " + f.suggestion())
                    .toList();
            assertEquals(name.equals("translation.en.txt")
                    ? List.of("term.style warning BELTA -> BelTA", "term.mismatch error Zahod-2025 -> Zapad-2025")
                    : List.of(), got, name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void correctedTranslationHasNoTermFinding(String lang) throws Exception {
        assertEquals(List.of(), termFindings(lang, "translation-corrected.en.txt"));
    }
}
