package dev.transcheck.glossary;

/** What a glossary concept names. */
public enum ConceptType {
    PERSON, PLACE, ORGANISATION, EVENT, TITLE, TERM
}
