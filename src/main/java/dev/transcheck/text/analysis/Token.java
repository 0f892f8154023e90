package dev.transcheck.text.analysis;

/**
 * One token of a text or of a glossary form. Offsets are UTF-16 offsets into the analysed string
 * (end exclusive).
 */
public record Token(Kind kind, int start, int end, String text) {
    /** What a token is. */
    public enum Kind {
        /** Letters, with apostrophes inside ("п'ятниці", "Lukashenko's"). */
        WORD,
        /** A run of digits. */
        NUMBER,
        /** A hyphen between parts of a compound ("Zapad-2025"). */
        HYPHEN,
        /** Any other non-space character (quotes, commas, brackets, full stops). */
        PUNCT,
        /** The {@code {year}} placeholder of a glossary form; never produced from running text. */
        YEAR
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True when the first letter is upper case ("Kyiv", "BelTA"). */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when no letter is upper case. */
    public boolean allLowerCase() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
