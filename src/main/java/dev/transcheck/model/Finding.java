package dev.transcheck.model;

import java.util.List;

/**
 * One problem found by a check. {@code source} or {@code translation} is null when that side
 * has no span (a dropped term has no translation span). {@code id} is a stable identifier made
 * from the check and the spans' texts (not offsets) so that a desk can accept a reviewed finding.
 * {@code evidence} holds the findings of other checks about the same span that were merged into
 * this one (one problem, one finding); usually empty. {@code unit} is the id of the bilingual-file
 * unit (XLIFF trans-unit, TMX tu, PO entry) the finding belongs to, or null for an article.
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
        List<Evidence> evidence,
        String unit) {

    public Finding {
        expected = expected == null ? List.of() : List.copyOf(expected);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (id == null) {
            id = FindingIds.of(check, source, translation);
        }
    }

    /** A finding outside any bilingual-file unit. */
    public Finding(String id, String check, Severity severity, Category category, String message, Span source,
                   Span translation, List<String> expected, String suggestion, boolean accepted, List<Evidence> evidence) {
        this(id, check, severity, category, message, source, translation, expected, suggestion, accepted, evidence, null);
    }

    /** A finding without evidence, outside any unit. */
    public Finding(String id, String check, Severity severity, Category category, String message, Span source,
                   Span translation, List<String> expected, String suggestion, boolean accepted) {
        this(id, check, severity, category, message, source, translation, expected, suggestion, accepted, List.of(), null);
    }

    /** The usual way to make a finding: the id is derived, the finding is not accepted. */
    public static Finding of(String check, Severity severity, Category category, String message,
                             Span source, Span translation, List<String> expected, String suggestion) {
        return new Finding(null, check, severity, category, message, source, translation, expected, suggestion, false);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(id, check, newSeverity, category, message, source, translation, expected, suggestion, accepted, evidence, unit);
    }

    public Finding withCategory(Category newCategory) {
        return new Finding(id, check, severity, newCategory, message, source, translation, expected, suggestion, accepted, evidence, unit);
    }

    /** This finding with other spans (the same problem, indexed into another form of the text). */
    public Finding withSpans(Span newSource, Span newTranslation) {
        return new Finding(id, check, severity, category, message, newSource, newTranslation, expected, suggestion, accepted, evidence, unit);
    }

    /** This finding with {@code more} other findings' evidence about its span. */
    public Finding withEvidence(List<Evidence> more) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.addAll(more);
        return new Finding(id, check, severity, category, message, source, translation, expected, suggestion, accepted, all, unit);
    }

    /** This finding with another id (the stable id the facade gives it). */
    public Finding withId(String newId) {
        return new Finding(newId, check, severity, category, message, source, translation, expected, suggestion, accepted, evidence, unit);
    }

    public Finding asAccepted() {
        return new Finding(id, check, Severity.INFO, category, message, source, translation, expected, suggestion, true, evidence, unit);
    }

    /** This finding placed in the bilingual-file unit {@code unitId}. */
    public Finding withUnit(String unitId) {
        return new Finding(id, check, severity, category, message, source, translation, expected, suggestion, accepted, evidence, unitId);
    }
}
