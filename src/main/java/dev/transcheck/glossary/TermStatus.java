package dev.transcheck.glossary;

/** Status of one form of a concept, as in TBX administrative status. */
public enum TermStatus {
    PREFERRED, ADMITTED, FORBIDDEN
}
