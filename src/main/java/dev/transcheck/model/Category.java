package dev.transcheck.model;

/** MQM error-typology paths used as finding categories. */
public enum Category {
    OMISSION("accuracy/omission"),
    ADDITION("accuracy/addition"),
    MISTRANSLATION("accuracy/mistranslation"),
    UNTRANSLATED("accuracy/untranslated"),
    WRONG_TERM("terminology/wrong-term"),
    INCONSISTENT_TERM("terminology/inconsistent"),
    NUMBER_FORMAT("locale-convention/number-format"),
    DATE_FORMAT("locale-convention/date-format"),
    SPELLING("fluency/spelling"),
    CHARACTER_ENCODING("fluency/character-encoding"),
    MARKUP("design/markup");

    private final String path;

    Category(String path) {
        this.path = path;
    }

    /** The MQM path, for example {@code accuracy/omission}. */
    public String path() {
        return path;
    }
}
