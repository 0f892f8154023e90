package dev.transcheck.glossary;

import dev.transcheck.model.Span;

/**
 * One occurrence of a glossary form in a text: which concept, which of its forms, where.
 *
 * @param partial true when only the surname of a person's full-name form was found ("Lukashenko"
 *                for the form "Alexander Lukashenko"): the hit names the concept but does not show
 *                how the full form is written
 */
public record TermHit(Concept concept, Term term, Span span, boolean partial) {
    public TermHit(Concept concept, Term term, Span span) {
        this(concept, term, span, false);
    }

    /** The four-digit year written in the hit of a {@code {year}} form ("2025" in "Zapad-2025"), or null. */
    public String year() {
        if (!term.form().contains(TermIndex.YEAR)) {
            return null;
        }
        String t = span.text();
        for (int i = 0; i + 4 <= t.length(); i++) {
            if (isYearAt(t, i)) {
                return t.substring(i, i + 4);
            }
        }
        return null;
    }

    private static boolean isYearAt(String t, int i) {
        for (int k = i; k < i + 4; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return (i == 0 || !Character.isDigit(t.charAt(i - 1))) && (i + 4 == t.length() || !Character.isDigit(t.charAt(i + 4)));
    }

    /** The hit's form as written in the glossary, with {@code {year}} replaced by the year of the hit. */
    public String writtenForm() {
        return TermIndex.fill(term.form(), year());
    }

    /** True when the text of the hit is exactly the glossary form (with its year), letter case included. */
    public boolean exact() {
        return !partial && span.text().equals(writtenForm());
    }
}
