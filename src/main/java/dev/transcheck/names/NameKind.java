package dev.transcheck.names;

/** What a proper name in the source is. */
public enum NameKind {
    FIRST, PATRONYMIC, SURNAME, PLACE, OTHER;

    /** A part of a person's name. */
    public boolean isPerson() {
        return this == FIRST || this == PATRONYMIC || this == SURNAME;
    }
}
