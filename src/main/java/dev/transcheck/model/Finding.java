package dev.transcheck.model;

import java.util.List;

/**
 * One problem found by a check. {@code source} or {@code translation} is null when that side
 * has no span (a dropped term has no translation span). {@code id} is a stable identifier made
 * from the check and the spans' texts (not offsets) so that a desk can accept a reviewed finding.
 * {@code unit} is the id of the bilingual-file unit (XLIFF trans-unit, TMX tu, PO entry) the
 * finding belongs to, or null for a plain article.
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
        boolean accepted,
        String unit) {

    public Finding {
        expected = expected == null ? List.of() : List.copyOf(expected);
        if (id == null) {
            id = FindingIds.of(check, source, translation);
        }
    }

    /** A finding outside any bilingual-file unit. */
    public Finding(String id, String check, Severity severity, Category category, String message, Span source,
                   Span translation, List<String> expected, String suggestion, boolean accepted) {
        this(id, check, severity, category, message, source, translation, expected, suggestion, accepted, null);
    }

    /** The usual way to make a finding: the id is derived, the finding is not accepted. */
    public static Finding of(String check, Severity severity, Category category, String message,
                             Span source, Span translation, List<String> expected, String suggestion) {
        return new Finding(null, check, severity, category, message, source, translation, expected, suggestion, false);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(id, check, newSeverity, category, message, source, translation, expected, suggestion, accepted, unit);
    }

    /** This finding with other spans (the same problem, indexed into another form of the text). */
    public Finding withSpans(Span newSource, Span newTranslation) {
        return new Finding(id, check, severity, category, message, newSource, newTranslation, expected, suggestion, accepted, unit);
    }

    public Finding asAccepted() {
        return new Finding(id, check, Severity.INFO, category, message, source, translation, expected, suggestion, true, unit);
    }

    /** This finding placed in the bilingual-file unit {@code unitId}. */
    public Finding withUnit(String unitId) {
        return new Finding(id, check, severity, category, message, source, translation, expected, suggestion, accepted, unitId);
    }
}
