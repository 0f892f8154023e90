package dev.transcheck.glossary;

import java.util.List;

/** A glossary concept: one person, place, organisation, event, title or term, with its forms per language. */
public record Concept(String id, ConceptType type, List<Term> terms) {
    public Concept {
        terms = List.copyOf(terms);
    }

    /** The forms in {@code lang}, in file order. */
    public List<Term> terms(String lang) {
        return terms.stream().filter(t -> t.lang().equals(lang)).toList();
    }

    /** The first preferred form in {@code lang}, or null. */
    public Term preferred(String lang) {
        return terms.stream().filter(t -> t.lang().equals(lang) && t.status() == TermStatus.PREFERRED)
                .findFirst().orElse(null);
    }
}
