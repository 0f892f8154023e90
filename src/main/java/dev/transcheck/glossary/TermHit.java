package dev.transcheck.glossary;

import dev.transcheck.model.Span;

/** One occurrence of a glossary form in a text: which concept, which of its forms, where. */
public record TermHit(Concept concept, Term term, Span span) {
}
