package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The term checks beyond their flag / near-miss pairs ({@code src/test/resources/checks/term.*.tsv}):
 * suggestions, expected forms, categories, and cases that need their own glossary or alignment.
 */
class TermChecksTest {
    static Transcheck tc;

    @BeforeAll
    static void load() throws Exception {
        tc = CheckHarness.engine("terms");
    }

    /** Findings of {@code check} for sentence-per-line texts aligned line to line with {@code confidence}. */
    static List<Finding> run(String check, String srcLang, String src, String tgtLang, String tgt, double confidence) {
        Document s = CheckHarness.doc(srcLang, src.split("\n"));
        Document t = CheckHarness.doc(tgtLang, tgt.split("\n"));
        return CheckHarness.run(tc, check, s, t, CheckHarness.lineByLine(s, t, confidence));
    }

    static List<Finding> run(String check, String srcLang, String src, String tgt) {
        return run(check, srcLang, src, "en", tgt, 0.95);
    }

    // ---- term.mismatch

    @Test
    void mismatchEventWithSameYear() {
        List<Finding> fs = run("term.mismatch", "ru", "Учения «Запада-2025» пройдут в сентябре.",
                "The Zahod-2025 exercise takes place in September.");
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Category.MISTRANSLATION, f.category());
        assertEquals("Запада-2025", f.source().text());
        assertEquals("Zahod-2025", f.translation().text());
        assertEquals("Zapad-2025", f.suggestion());
        assertEquals(List.of("Zapad-2025", "West-2025"), f.expected());
    }

    @Test
    void mismatchNearMissOmittedSentence() {
        Document s = tc.document("s", "ru", "Учения «Запад-2025» начнутся осенью. Об этом сообщило БелТА.");
        Document t = tc.document("t", "en", "BelTA reported it.");
        Alignment a = new Alignment(List.of(new Bead(List.of(0), List.of(), 0.9), new Bead(List.of(1), List.of(0), 0.9)), 2, 1);
        assertTrue(tc.check(s, t, a).findings().stream().noneMatch(f -> f.check().startsWith("term.")));
    }

    @Test
    void mismatchOfAPlainTermIsAWarning() {
        List<Finding> fs = run("term.mismatch", "uk", "Військові навчання тривали тиждень.",
                "The war games lasted a week.");
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals(Category.WRONG_TERM, fs.get(0).category());
        assertNull(fs.get(0).translation());
    }

    @Test
    void mismatchPlaceReplacedByAnotherGlossaryPlace() {
        List<Finding> fs = run("term.mismatch", "uk", "Зустріч відбулася в Мінську минулої п'ятниці.",
                "The meeting took place in Kharkiv last Friday.");
        assertEquals(1, fs.size());
        assertEquals("Kharkiv", fs.get(0).translation().text());
        assertEquals("Minsk", fs.get(0).suggestion());
    }

    @Test
    void mismatchNearMissPointerIsNotAnotherGlossaryTerm() {
        // Minsk is missing; "Minister" looks like it but is part of a glossary title: no pointer
        List<Finding> fs = run("term.mismatch", "ru", "В Минске министр обороны провёл встречу.",
                "The Defence Minister held a meeting in the capital.");
        assertEquals(1, fs.size());
        assertNull(fs.get(0).translation());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals("Minsk", fs.get(0).suggestion());
    }

    @Test
    void mismatchEnglishSourceUkrainianTranslation() {
        // en -> uk is first-class: the translation side is matched through Ukrainian morphology
        List<Finding> fs = run("term.mismatch", "en", "The Zapad-2025 exercise starts in Minsk.", "uk",
                "Навчання «Вест-2025» починаються в Мінську.", 0.95);
        assertEquals(1, fs.size());
        assertEquals("Вест-2025", fs.get(0).translation().text());
        assertEquals("Захід-2025", fs.get(0).suggestion());
    }

    @Test
    void personsAreLeftToTheNameChecks() {
        // a wrong person, a misspelt person and an admitted person form: the name.* checks report them
        for (String check : List.of("term.mismatch", "term.style", "term.inconsistent")) {
            assertEquals(List.of(), run(check, "ru", "Он встретился с Андреем Белоусовым.\nЛукашенко заверяет мир.\nЗеленский сказал.",
                    "He met Andrey Belyayev.\nLavrov assures the world.\nVladimir Zelensky said."), check);
        }
        // a forbidden person form is a glossary fact: term.forbidden reports it, and only it
        List<Finding> forbidden = run("term.forbidden", "ru", "Он встретился с Андреем Белоусовым.\nЛукашенко заверяет мир.\nЗеленский сказал.",
                "He met Andrey Belyayev.\nLavrov assures the world.\nVladimir Zelensky said.");
        assertEquals(List.of("Vladimir Zelensky"), forbidden.stream().map(f -> f.translation().text()).toList());
    }

    // ---- title.mismatch

    @Test
    void titleRenderedAsAnotherTitle() {
        List<Finding> fs = run("title.mismatch", "uk", "Його прийняв міністр оборони Росії.",
                "He was received by Russia's Foreign Minister.");
        assertEquals(1, fs.size());
        assertEquals("Foreign Minister", fs.get(0).translation().text());
        assertEquals("Defence Minister", fs.get(0).suggestion());
        assertEquals(List.of(), run("term.mismatch", "uk", "Його прийняв міністр оборони Росії.",
                "He was received by Russia's Foreign Minister."));
    }

    // ---- term.forbidden

    @Test
    void forbiddenFormIsAnError() {
        List<Finding> fs = run("term.forbidden", "uk", "Він приїхав до Києва.", "He came to Kiev's centre.");
        assertEquals(1, fs.size());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals("Kiev's", fs.get(0).translation().text());
        assertEquals("Kyiv", fs.get(0).suggestion());
        assertTrue(fs.get(0).message().contains("Russian-era spelling"));
    }

    // ---- term.style

    @Test
    void styleWrongCaseIsAWarningAndAdmittedFormInfo() {
        List<Finding> fs = run("term.style", "ru", "Как сообщает БЕЛТА, учения «Запад-2025» пройдут.",
                "According to BELTA, the West-2025 exercise will take place.");
        assertEquals(List.of("BELTA", "West-2025"), fs.stream().map(f -> f.translation().text()).toList());
        assertEquals(List.of("BelTA", "Zapad-2025"), fs.stream().map(Finding::suggestion).toList());
        assertEquals(List.of(Severity.WARNING, Severity.INFO), fs.stream().map(Finding::severity).toList());
    }

    @Test
    void styleNearMissShorteningOfThePreferredForm() {
        // "Rada" is a shortening of the preferred "Verkhovna Rada", not a house-style deviation
        Transcheck local = Transcheck.builder().resources(tc.resources()).glossary(new dev.transcheck.glossary.Glossary(List.of(
                new dev.transcheck.glossary.Concept("org.rada", dev.transcheck.glossary.ConceptType.ORGANISATION, List.of(
                        new dev.transcheck.glossary.Term("uk", "Верховна Рада", dev.transcheck.glossary.TermStatus.PREFERRED, null, null, "t"),
                        new dev.transcheck.glossary.Term("en", "Verkhovna Rada", dev.transcheck.glossary.TermStatus.PREFERRED, null, null, "t"),
                        new dev.transcheck.glossary.Term("en", "Rada", dev.transcheck.glossary.TermStatus.ADMITTED, null, null, "t")))))).build();
        Document s = local.document("s", "uk", "Верховна Рада зібралася. Верховна Рада ухвалила закон.");
        Document t = local.document("t", "en", "The Verkhovna Rada met. The Rada passed a law.");
        assertTrue(local.check(s, t).findings().stream().noneMatch(f -> f.check().startsWith("term.")),
                () -> local.check(s, t).findings().toString());
    }

    // ---- term.inconsistent

    @Test
    void inconsistentRenderings() {
        String uk = "Верховна Рада зібралася.\nВерховна Рада ухвалила закон.\nЦе рішення Верховної Ради.";
        String en = "The Verkhovna Rada met.\nThe Supreme Council passed a law.\nIt is a decision of the Verkhovna Rada.";
        // the check itself
        Document s = CheckHarness.doc("uk", uk.split("\n"));
        Document t = CheckHarness.doc("en", en.split("\n"));
        List<Finding> fs = CheckHarness.run(CheckHarness.engine("terms", "term.inconsistent"), "term.inconsistent", s, t,
                CheckHarness.lineByLine(s, t, 0.95));
        assertEquals(1, fs.size());
        assertEquals("Supreme Council", fs.get(0).translation().text());
        assertEquals("Verkhovna Rada", fs.get(0).suggestion());
        assertEquals(Category.INCONSISTENT_TERM, fs.get(0).category());
        // in the report, one problem is one finding: term.style's "house style prefers" about the same
        // admitted form becomes the evidence of the more specific inconsistency
        List<Finding> all = tc.check(s, t, CheckHarness.lineByLine(s, t, 0.95)).findings().stream()
                .filter(f -> f.translation() != null && f.translation().text().equals("Supreme Council")).toList();
        assertEquals(1, all.size(), all.toString());
        assertEquals("term.inconsistent", all.get(0).check());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals(List.of("term.style"), all.get(0).evidence().stream().map(e -> e.check()).toList());
    }

    @Test
    void inconsistentAcceptedFormsStayInconsistent() {
        // an event's preferred and admitted forms in one translation: term.inconsistent keeps the finding
        List<Finding> fs = run("term.inconsistent", "ru", "Учения «Запад-2025» начались.\nУчения «Запад-2025» продолжаются.",
                "The Zapad-2025 exercise began.\nThe West-2025 exercise goes on.");
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("West-2025", fs.get(0).translation().text());
        assertEquals(Severity.WARNING, fs.get(0).severity());
    }


}
