package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.check.CheckRegistry;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Score, gate, severity overrides, disabled checks and acceptance, through the engine. */
class GateTest {
    static final String UK = "Прем'єр-міністр Марченко відвідав Харків у вівторок.\n"
            + "Він зустрівся з мером міста та волонтерами.\n"
            + "Візит тривав чотири години.\n";
    static final String EN = "Prime Minister Marchuk visited Kharkiv on Tuesday.\n"
            + "He met the city's mayor and volunteers.\n"
            + "The visit lasted four hours.\n";

    static final CheckRegistry REGISTRY = CheckRegistry.of(List.of(
            new WordCheck("test.name", Severity.ERROR, Category.MISTRANSLATION, "Марченко", "Marchuk", "Marchenko"),
            new WordCheck("test.style", Severity.WARNING, Category.SPELLING, "Харків", "Kharkiv", "Kharkiv")));

    static Report run(Settings settings, String uk, String en) {
        Transcheck tc = Transcheck.builder().registry(REGISTRY).settings(settings).build();
        return tc.check(tc.document("a.uk.txt", "uk", uk), tc.document("a.en.txt", "en", en));
    }

    @Test
    void scoreIsMqmPenaltyPerThousandSourceWords() {
        Report r = run(Settings.defaults(), UK, EN);
        assertEquals(1, r.summary().errors());
        assertEquals(1, r.summary().warnings());
        int words = r.summary().words();
        assertEquals(17, words, "source words (Прем'єр-міністр is one word)");
        assertEquals(Math.round((5.0 + 1.0) * 1000 / words * 100) / 100.0, r.summary().score());
        assertFalse(r.summary().passed());
    }

    @Test
    void failOnWarningErrorNever() {
        assertFalse(run(Settings.defaults().withFailOn(Severity.WARNING), UK, EN).summary().passed());
        assertTrue(run(Settings.defaults().withFailOn(null), UK, EN).summary().passed());
        // only the warning left: error gate passes, warning gate fails
        Settings noName = Settings.defaults().withDisabledChecks(Set.of("test.name"));
        Report r = run(noName, UK, EN);
        assertEquals(0, r.summary().errors());
        assertTrue(r.summary().passed());
        assertFalse(run(noName.withFailOn(Severity.WARNING), UK, EN).summary().passed());
    }

    @Test
    void maxScoreFailsTheGateAboveIt() {
        Settings base = Settings.defaults().withFailOn(null);
        double score = run(base, UK, EN).summary().score();
        assertTrue(run(base.withMaxScore(score), UK, EN).summary().passed(), "equal to the limit passes");
        assertFalse(run(base.withMaxScore(score - 0.01), UK, EN).summary().passed());
    }

    @Test
    void severityOverrideApplies() {
        Report r = run(Settings.defaults().withSeverityOverrides(Map.of("test.name", Severity.INFO)), UK, EN);
        assertEquals(0, r.summary().errors());
        assertEquals(1, r.summary().infos());
        assertTrue(r.summary().passed());
    }

    @Test
    void acceptedFindingBecomesInfoAndLapsesWhenItsSentenceChanges() {
        Report first = run(Settings.defaults(), UK, EN);
        Finding name = first.findings().stream().filter(f -> f.check().equals("test.name")).findFirst().orElseThrow();
        Settings accepting = Settings.defaults().withAcceptedIds(Set.of(name.id()));

        Report accepted = run(accepting, UK, EN);
        Finding again = accepted.findings().stream().filter(f -> f.check().equals("test.name")).findFirst().orElseThrow();
        assertTrue(again.accepted());
        assertEquals(Severity.INFO, again.severity());
        assertEquals(name.id(), again.id());
        assertTrue(accepted.summary().passed(), "the only error was accepted");
        assertEquals(1.0 * 1000 / accepted.summary().words(), accepted.summary().score(), 0.01, "accepted scores 0");

        // text added elsewhere moves every offset but keeps the id
        Report moved = run(accepting, "Новини.\n" + UK, "News.\n" + EN);
        assertTrue(moved.findings().stream().anyMatch(f -> f.id().equals(name.id()) && f.accepted()));
        assertTrue(moved.summary().passed());

        // editing the translation sentence that holds the span makes the acceptance lapse
        Report edited = run(accepting, UK, EN.replace("on Tuesday", "on Wednesday"));
        Finding lapsed = edited.findings().stream().filter(f -> f.check().equals("test.name")).findFirst().orElseThrow();
        assertFalse(lapsed.accepted());
        assertNotEquals(name.id(), lapsed.id());
        assertEquals(Severity.ERROR, lapsed.severity());
        assertFalse(edited.summary().passed());

        // so does editing the source sentence
        Report editedSource = run(accepting, UK.replace("у вівторок", "у середу"), EN);
        assertFalse(editedSource.summary().passed());
    }

    @Test
    void idsDependOnCheckAndTextsNotOffsets() {
        Report r = run(Settings.defaults(), UK, EN);
        assertEquals(2, r.findings().stream().map(Finding::id).distinct().count());
        for (Finding f : r.findings()) {
            assertTrue(f.id().matches(f.check().replace(".", "\\.") + ":[0-9a-f]{12}"), f.id());
        }
        Report reflowed = run(Settings.defaults(), UK, EN.replace("Prime Minister Marchuk visited", "Prime  Minister Marchuk \t visited"));
        // whitespace inside a sentence is normalised: re-wrapping does not change the id
        assertEquals(r.findings().get(0).id(), reflowed.findings().get(0).id());
    }
}
