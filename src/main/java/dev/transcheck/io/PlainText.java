package dev.transcheck.io;

import java.util.Arrays;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The article text extracted from a file, with a map back to the file's decoded text. For a plain
 * text file the two are the same; for Markdown or HTML {@link #text()} has the markup removed and
 * entities decoded, and {@link #originalOffset(int)} says where each character came from.
 *
 * <p>A {@code Document} is built from {@link #text()}, so report spans index that text and their
 * text always equals it at the offsets; {@link #originalLine(int)} turns an offset back into a
 * line of the file for messages. Immutable.
 */
public final class PlainText {
    private final String text;
    private final String original;
    private final int[] toOriginal;

    private PlainText(String text, String original, int[] toOriginal) {
        this.text = text;
        this.original = original;
        this.toOriginal = toOriginal;
    }

    /** A text that is its own original (a plain text file). */
    public static PlainText of(String text) {
        return new PlainText(text, text, null);
    }

    /** The extracted text. */
    public String text() {
        return text;
    }

    /** The decoded file content the text was extracted from. */
    public String original() {
        return original;
    }

    /** Whether markup was removed (the text differs from the original). */
    public boolean extracted() {
        return toOriginal != null;
    }

    /** The offset in {@link #original()} of the character at {@code offset} (or of the end). */
    public int originalOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException(offset);
        }
        return toOriginal == null ? offset : toOriginal[offset];
    }

    /** The 1-based line of {@link #original()} where the character at {@code offset} came from. */
    public int originalLine(int offset) {
        int o = originalOffset(offset);
        int line = 1;
        for (int i = 0; i < o && i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Collects extracted characters with the original offsets they come from. */
    static final class Builder {
        private final String original;
        private final StringBuilder sb = new StringBuilder();
        private int[] map = new int[256];

        Builder(String original) {
            this.original = original;
        }

        /** Appends {@code c}, which stands for the original character at {@code from}. */
        void append(char c, int from) {
            if (sb.length() + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[sb.length()] = from;
            sb.append(c);
        }

        /** Appends the original characters [start, end) verbatim. */
        void copy(int start, int end) {
            for (int i = start; i < end; i++) {
                append(original.charAt(i), i);
            }
        }

        void append(String s, int from) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), from);
            }
        }

        int length() {
            return sb.length();
        }

        /**
         * Appends the character reference ({@code &amp;}, {@code &#8212;}) that starts at {@code i}
         * of {@code src}, decoded, and returns the index after it; returns {@code i} when there is
         * no known reference there.
         */
        int appendEntity(String src, int i, int end) {
            int semi = -1;
            for (int k = i + 2; k < end && k <= i + 12; k++) { // a reference is short: look no further
                if (src.charAt(k) == ';') {
                    semi = k;
                    break;
                }
            }
            if (semi > 0) {
                String entity = src.substring(i, semi + 1);
                String decoded = StringEscapeUtils.unescapeHtml4(entity);
                if (!decoded.equals(entity)) {
                    append(safe(decoded), i);
                    return semi + 1;
                }
            }
            return i;
        }

        /**
         * A decoded reference as text: a reference to NUL, another control character or half of
         * a surrogate pair ({@code &#0;}, {@code &#55296;}) is no character of an article and
         * becomes U+FFFD, as in a browser.
         */
        private static String safe(String decoded) {
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                boolean pair = Character.isHighSurrogate(c) && k + 1 < decoded.length()
                        && Character.isLowSurrogate(decoded.charAt(k + 1));
                if (pair) {
                    k++;
                } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n' && c != '\t') {
                    return "\uFFFD";
                }
            }
            return decoded;
        }

        char last() {
            return sb.length() == 0 ? '\n' : sb.charAt(sb.length() - 1);
        }

        char charAt(int i) {
            return sb.charAt(i);
        }

        /** Drops trailing characters (used to collapse whitespace). */
        void truncate(int length) {
            sb.setLength(length);
        }

        PlainText build() {
            int[] m = Arrays.copyOf(map, sb.length() + 1);
            m[sb.length()] = original.length();
            return new PlainText(sb.toString(), original, m);
        }
    }
}
