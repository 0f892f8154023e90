package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Category;
import dev.transcheck.model.Evidence;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.report.JsonRenderer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One problem, one finding: the merge layer between the checks and the report. */
class FindingMergerTest {
    static final String UK = "Делегація прибула до Харкова у вівторок ввечері.";
    static final String EN = "The delegation arrived in Kharkov on Tuesday evening.";

    static Report run(CheckRegistry registry, String uk, String en) {
        Transcheck tc = Transcheck.builder().registry(registry).build();
        return tc.check(tc.document("a.uk.txt", "uk", uk), tc.document("a.en.txt", "en", en));
    }

    @Test
    void twoChecksOnOneSpanGiveOneFindingWithTheOtherAsEvidence() {
        CheckRegistry reg = CheckRegistry.of(List.of(
                new WordCheck("name.spelling", Severity.WARNING, Category.SPELLING, null, "Kharkov", "Kharkiv"),
                new WordCheck("term.forbidden", Severity.ERROR, Category.WRONG_TERM, null, "Kharkov", "Kharkiv")));
        Report r = run(reg, UK, EN);
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("term.forbidden", f.check(), "the more specific check keeps the finding");
        assertEquals(List.of("name.spelling"), f.evidence().stream().map(Evidence::check).toList());
        // counted once: one error, no warning, 5 points
        assertEquals(1, r.summary().errors());
        assertEquals(0, r.summary().warnings());
        assertEquals(Math.round(5.0 * 1000 / r.summary().words() * 100) / 100.0, r.summary().score());
    }

    @Test
    void theMergedFindingKeepsTheHighestSeverity() {
        // name.mismatch is more specific than number.format, but a desk may have made it a warning
        CheckRegistry reg = CheckRegistry.of(List.of(
                new WordCheck("name.mismatch", Severity.WARNING, Category.MISTRANSLATION, "Харкова", "Kharkov", "Kharkiv"),
                new WordCheck("term.forbidden", Severity.ERROR, Category.WRONG_TERM, null, "Kharkov", "Kharkiv")));
        Finding f = run(reg, UK, EN).findings().get(0);
        assertEquals("name.mismatch", f.check());
        assertEquals(Severity.ERROR, f.severity(), "merging never hides an error");
        assertEquals(List.of("term.forbidden"), f.evidence().stream().map(Evidence::check).toList());
    }

    @Test
    void nearMissDifferentSpansOfOneSentenceStayTwo() {
        CheckRegistry reg = CheckRegistry.of(List.of(
                new WordCheck("name.spelling", Severity.WARNING, Category.SPELLING, null, "Kharkov", "Kharkiv"),
                new WordCheck("term.forbidden", Severity.ERROR, Category.WRONG_TERM, null, "Tuesday", "Tuesday")));
        Report r = run(reg, UK, EN);
        assertEquals(2, r.findings().size(), r.findings().toString());
        assertTrue(r.findings().stream().allMatch(f -> f.evidence().isEmpty()));
        assertEquals(1, r.summary().errors());
        assertEquals(1, r.summary().warnings());
    }

    static final String UK4 = "Уряд ухвалив новий закон про освіту після тривалого обговорення.\n"
            + "Міністр Оксана Лісова заявила, що реформа почнеться з вересня.\n"
            + "Вчителі отримають підвищення зарплат на 20 відсотків, а директори шкіл у Львові та Харкові — додаткову премію "
            + "у 5 тисяч гривень.\nОпозиція критикує поспіх, з яким документ пройшов парламент.\n";

    @Test
    void aValueLostWithADroppedClauseIsEvidenceOfTheOmission() {
        String en = "The government passed a new education law after a long debate.\n"
                + "Minister Oksana Lisova said the reform would begin in September.\nTeachers will get a 20 per cent pay rise.\n"
                + "The opposition criticises the haste with which the document passed parliament.\n";
        CheckRegistry reg = CheckRegistry.of(CheckRegistry.standard().checks().stream()
                .filter(c -> c.id().equals("omission.partial") || c.id().equals("number.mismatch")).toList());
        Report r = run(reg, UK4, en);
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("omission.partial", f.check());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("number.mismatch"), f.evidence().stream().map(Evidence::check).toList());
    }

    @Test
    void nearMissAValueChangedBesideADroppedClauseStaysItsOwnFinding() {
        dev.transcheck.model.Span s = new dev.transcheck.model.Span(2, 10, 20, "x");
        dev.transcheck.model.Span t = new dev.transcheck.model.Span(2, 5, 9, "y");
        Finding partial = Finding.of("omission.partial", Severity.ERROR, Category.OMISSION, "m", s, t, List.of("5 тисяч"), null);
        Finding changed = Finding.of("number.mismatch", Severity.ERROR, Category.MISTRANSLATION, "m", s, t, List.of("5 тисяч"), null);
        Finding elsewhere = Finding.of("number.mismatch", Severity.WARNING, Category.MISTRANSLATION, "m",
                new dev.transcheck.model.Span(3, 30, 32, "z"), null, List.of("5 тисяч"), null);
        assertEquals(3, FindingMerger.lostWithClause(List.of(partial, changed, elsewhere)).size(),
                "a value in place of another, and a value of another sentence, are other problems");
    }

    @Test
    void nearMissChecksOutsideTheOrderAreNotMerged() {
        // an omission-like check about the same words is another kind of problem
        CheckRegistry reg = CheckRegistry.of(List.of(
                new WordCheck("test.other", Severity.WARNING, Category.SPELLING, null, "Kharkov", "Kharkiv"),
                new WordCheck("term.forbidden", Severity.ERROR, Category.WRONG_TERM, null, "Kharkov", "Kharkiv")));
        assertEquals(2, run(reg, UK, EN).findings().size());
    }

    @Test
    void everyRegisteredCheckHasItsPlaceOrIsSentenceLevel() {
        // whole sentences, and whole units of a bilingual file (never merged with a word's finding)
        List<String> sentenceLevel = List.of("omission", "omission.partial", "addition", "target.missing", "markup.mismatch");
        for (var c : CheckRegistry.standard().checks()) {
            assertTrue(FindingMerger.SPECIFICITY.contains(c.id()) ^ sentenceLevel.contains(c.id()),
                    c.id() + " must be placed in FindingMerger.SPECIFICITY (or be a whole-sentence check)");
        }
    }

    @Test
    void realChecksOnAForbiddenCityName() throws Exception {
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        Report r = tc.check(tc.document("a.uk.txt", "uk", UK), tc.document("a.en.txt", "en", EN));
        List<Finding> onKharkov = r.findings().stream()
                .filter(f -> f.translation() != null && f.translation().text().startsWith("Kharkov")).toList();
        assertEquals(1, onKharkov.size(), r.findings().toString());
        assertEquals(Severity.ERROR, onKharkov.get(0).severity());
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(r));
        for (JsonNode f : json.get("findings")) {
            if (f.has("evidence")) {
                assertTrue(f.get("evidence").size() > 0);
                assertTrue(f.get("evidence").get(0).has("check"));
            }
        }
    }
}
