package dev.transcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one score rule: points per severity, accepted findings free, per 1,000 words. */
class ScoringTest {
    static Finding f(Severity s) {
        return Finding.of("x", s, Category.MISTRANSLATION, "m", null, null, List.of(), null);
    }

    @Test
    void pointsPerSeverityAndAcceptedFindingsAreFree() {
        Scoring sc = Scoring.STANDARD;
        assertEquals(5.0, sc.points(f(Severity.ERROR)));
        assertEquals(1.0, sc.points(f(Severity.WARNING)));
        assertEquals(0.0, sc.points(f(Severity.INFO)));
        assertEquals(0.0, sc.points(f(Severity.ERROR).asAccepted()));
        // one error and one warning in 300 words: 6 * 1000 / 300 = 20
        assertEquals(20.0, sc.score(List.of(f(Severity.ERROR), f(Severity.WARNING), f(Severity.ERROR).asAccepted()), 300));
        assertEquals(16.67, sc.score(List.of(f(Severity.ERROR)), 300));
        assertEquals(0.0, sc.score(List.of(f(Severity.ERROR)), 0));
        assertEquals("error 5, warning 1, info 0, accepted 0", sc.describe());
    }

    @Test
    void wordsJoinApostrophesAndHyphensBetweenLetters() {
        String text = "Прем'єр-міністр don't Zapad-2025 - 5 , x";
        Document d = new Document("d", "uk", text, List.of(new Sentence(0, 0, 0, text.length(), text)));
        assertEquals(5, Scoring.words(d));
    }
}
