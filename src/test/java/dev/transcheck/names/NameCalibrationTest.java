package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.text.translit.LatinKeys;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calibrates {@link Expectation#CLOSE_SIMILARITY}, the line between "the same name misspelt"
 * (name.spelling) and "another name" (name.mismatch): prints how many misspellings and how many
 * wrong names of the triples reach each similarity, and asserts that every misspelling is a
 * spelling warning and not an error.
 */
class NameCalibrationTest {
    static final Transcheck TC = NameTriplesTest.TC;

    static List<String[]> rows(String resource) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = NameCalibrationTest.class.getResourceAsStream(resource)) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#") && !l.startsWith("lang\t")) {
                    out.add(l.split("\t"));
                }
            }
        }
        return out;
    }

    static NameAnalysis analyse(String lang, String src, String en) {
        Document s = TC.document("s", lang, src);
        Document t = TC.document("t", "en", en);
        return NameAnalysis.of(new NameInput(s, t, TC.align(s, t), TC.glossary(), TC.resources()));
    }

    @Test
    void misspellingsAreSpellingWarningsNotErrors() throws Exception {
        List<String[]> rows = rows("/names/misspellings.tsv");
        List<Double> spelt = new ArrayList<>();
        int ok = 0;
        List<String> bad = new ArrayList<>();
        for (String[] r : rows) {
            Report rep = TC.check(TC.document("s", r[0], r[1]), TC.document("t", "en", r[2]));
            boolean spelling = rep.findings().stream().anyMatch(f -> f.check().equals("name.spelling")
                    && f.translation() != null && f.translation().text().equals(r[3]));
            boolean error = rep.findings().stream().anyMatch(f -> f.check().startsWith("name.") && f.severity() == Severity.ERROR);
            if (spelling && !error) {
                ok++;
            } else {
                bad.add(r[3] + " " + rep.findings().stream().map(Finding::message).toList());
            }
            for (NameAnalysis.Result res : analyse(r[0], r[1], r[2]).results()) {
                if (res.target() != null && res.target().text().equals(r[3])) {
                    spelt.add(res.expectation().closeness(LatinKeys.normal(r[3])));
                }
            }
        }
        List<Double> wrong = new ArrayList<>();
        for (NameTriplesTest.Triple t : NameTriplesTest.triples()) {
            for (NameAnalysis.Replacement rep : analyse(t.lang(), t.source(), t.wrong()).replacements()) {
                wrong.add(rep.result().expectation().closeness(LatinKeys.normal(rep.replacing().text())));
            }
        }
        System.out.printf("misspellings: %d of %d are spelling warnings without an error%n", ok, rows.size());
        bad.forEach(b -> System.out.println("  missed: " + b));
        System.out.println("similarity  misspellings>=  wrong-names>=");
        for (int i = 80; i <= 98; i += 2) {
            double th = i / 100.0;
            System.out.printf("  %.2f      %3d/%d          %3d/%d%n", th, spelt.stream().filter(x -> x >= th).count(), spelt.size(),
                    wrong.stream().filter(x -> x >= th).count(), wrong.size());
        }
        assertTrue(ok >= rows.size() * 0.8, "misspellings recognised: " + ok + "/" + rows.size());
    }
}
