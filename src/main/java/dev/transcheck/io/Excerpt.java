package dev.transcheck.io;

/**
 * Short, escaped quotations of input in messages. An error message may quote the piece of a file
 * that is to blame, never the file: a config pointing at a file of secrets must not print them,
 * and escape sequences in an input must not reach the terminal.
 */
public final class Excerpt {
    /** Longest quotation of input in a message. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** {@code s} with control characters escaped, cut to {@link #MAX} characters. */
    public static String of(String s) {
        return of(s, MAX);
    }

    /** {@code s} with control characters escaped ({@code \n}, {@code \x1b}), cut to {@code max} characters. */
    public static String of(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200d'
                    || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)))) {
                sb.append(String.format("\\x{%x}", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= max && s.length() > max) {
            sb.setLength(max);
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
            sb.append('…');
        }
        return sb.toString();
    }
}
