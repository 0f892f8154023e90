package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** term.style: an admitted title variant is silent, an admitted form of a named thing is info. */
class TermStyleTitleTest {
    private static Term t(String lang, String form, TermStatus st) {
        return new Term(lang, form, st, "", null, "test");
    }

    private static final Glossary G = new Glossary(List.of(
            new Concept("title.defmin", ConceptType.TITLE, List.of(
                    t("uk", "міністр оборони", TermStatus.PREFERRED),
                    t("en", "defence minister", TermStatus.PREFERRED),
                    t("en", "defense minister", TermStatus.ADMITTED))),
            new Concept("event.zapad", ConceptType.EVENT, List.of(
                    t("uk", "Захід-{year}", TermStatus.PREFERRED),
                    t("en", "Zapad-{year}", TermStatus.PREFERRED),
                    t("en", "West-{year}", TermStatus.ADMITTED)))));

    private static final Transcheck TC = Transcheck.builder().glossary(G).build();

    private static List<Finding> style(String uk, String en) {
        Report r = TC.check(TC.document("s", "uk", uk), TC.document("t", "en", en));
        return r.findings().stream().filter(f -> f.check().equals("term.style")).toList();
    }

    @Test
    void admittedTitleVariantIsSilent() {
        assertTrue(style("Міністр оборони прибув до Києва.", "The Defense Minister arrived in Kyiv.").isEmpty());
    }

    @Test
    void admittedEventFormIsInfo() {
        List<Finding> f = style("Навчання «Захід-2025» почалися.", "The West-2025 exercise began.");
        assertEquals(1, f.size());
        assertEquals("Zapad-2025", f.get(0).suggestion());
    }
}
