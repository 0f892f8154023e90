package dev.transcheck.model;

import java.util.List;

/**
 * One problem found by a check. {@code source} or {@code translation} is null when that side
 * has no span (a dropped term has no translation span). {@code id} is a stable identifier made
 * from the check and the spans' texts (not offsets) so that a desk can accept a reviewed finding.
 */
public record Finding(
        String id,
        String check,
        Severity severity,
        Category category,
        String message,
        Span source,
        Span translation,
        List<String> expected,
        String suggestion,
        boolean accepted) {

    public Finding {
        expected = expected == null ? List.of() : List.copyOf(expected);
        if (id == null) {
            id = FindingIds.of(check, source, translation);
        }
    }

    /** The usual way to make a finding: the id is derived, the finding is not accepted. */
    public static Finding of(String check, Severity severity, Category category, String message,
                             Span source, Span translation, List<String> expected, String suggestion) {
        return new Finding(null, check, severity, category, message, source, translation, expected, suggestion, false);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(id, check, newSeverity, category, message, source, translation, expected, suggestion, accepted);
    }

    /** This finding with other spans (the same problem, indexed into another form of the text). */
    public Finding withSpans(Span newSource, Span newTranslation) {
        return new Finding(id, check, severity, category, message, newSource, newTranslation, expected, suggestion, accepted);
    }

    public Finding asAccepted() {
        return new Finding(id, check, Severity.INFO, category, message, source, translation, expected, suggestion, true);
    }
}
