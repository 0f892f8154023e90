package dev.transcheck.model;

import java.util.Locale;

/** How bad a finding is. Order matters: ERROR is the most severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in reports and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String word) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(word.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + word + "' (expected error, warning or info)");
    }

    /** True when this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
