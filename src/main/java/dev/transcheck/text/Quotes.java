package dev.transcheck.text;

/**
 * The quotation marks of the languages transcheck reads, in one place: guillemets («»), curly
 * (“”), low-9 („ ‚) and single (‘’ ‹›) quotes and the straight ones. “ opens an English quotation
 * and closes a German or Ukrainian one („…“), so it is both; straight quotes are both too.
 */
public final class Quotes {
    /** Marks that can open a quotation. */
    public static final String OPENING = "\"'«“„‘‹‚";
    /** Marks that can close a quotation. */
    public static final String CLOSING = "\"'»”’“›„";
    /** Typographic double quotes: never an apostrophe, an inch mark or a minute sign. */
    public static final String TYPOGRAPHIC = "«»„“”";

    private Quotes() {
    }

    public static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    public static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /** A typographic double quote that opens a quotation: «, “ or „. */
    public static boolean isTypographicOpening(char c) {
        return c == '«' || c == '“' || c == '„';
    }

    public static boolean isTypographic(char c) {
        return TYPOGRAPHIC.indexOf(c) >= 0;
    }
}
