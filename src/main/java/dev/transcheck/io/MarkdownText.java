package dev.transcheck.io;


/**
 * The article text of a Markdown file: heading marks, emphasis, code marks, list markers, quote
 * marks, link and image syntax, reference definitions and fenced code blocks removed; link text
 * kept; table pipes and separator rows removed. Each list item becomes a paragraph of its own so
 * that it stays a sentence of its own.
 * Line structure is kept, so blank lines still separate paragraphs.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    public static PlainText extract(String md) {
        PlainText.Builder out = new PlainText.Builder(md);
        int n = md.length();
        int pos = 0;
        boolean fence = false;
        String fenceMark = null;
        while (pos < n) {
            int eol = pos;
            while (eol < n && md.charAt(eol) != '\n' && md.charAt(eol) != '\r') {
                eol++;
            }
            int next = eol < n && md.charAt(eol) == '\r' && eol + 1 < n && md.charAt(eol + 1) == '\n' ? eol + 2 : eol + 1;
            String line = md.substring(pos, eol);
            String stripped = line.strip();
            if (fence) {
                if (stripped.startsWith(fenceMark)) {
                    fence = false;
                }
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = true;
                fenceMark = stripped.substring(0, 3);
            } else if (isRule(stripped) || isReferenceDefinition(stripped) || isTableSeparator(stripped)) {
                // a thematic break, a setext underline, "[id]: url" or "|---|---|": no text
            } else if (stripped.startsWith("|")) {
                tableRow(md, pos, eol, out);
            } else {
                line(md, pos, eol, out);
            }
            if (eol < n) {
                out.append('\n', eol);
            }
            pos = next;
        }
        return out.build();
    }

    /** "---", "***", "___", "===" (also setext heading underlines). */
    private static boolean isRule(String s) {
        if (s.length() < 3) {
            return false;
        }
        char c = s.charAt(0);
        if (c != '-' && c != '*' && c != '_' && c != '=') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c && s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * "|---|:--:|" (the pipes at the ends optional): cells of dashes with optional colons, nothing
     * else. Scanned by hand: the regular expression it replaces recursed once per cell, and a
     * line of a few thousand "|-" overflowed the stack (found by lab/fuzz).
     */
    static boolean isTableSeparator(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '|') {
            i++;
        }
        while (true) {
            i = separatorCell(s, i);
            if (i < 0) {
                return false;
            }
            if (i == n || i == n - 1 && s.charAt(i) == '|') {
                return true;
            }
            if (s.charAt(i) != '|') {
                return false;
            }
            i++;
        }
    }

    /** The end of a cell "  :---:  " that starts at {@code i}, or -1. */
    private static int separatorCell(String s, int i) {
        int n = s.length();
        i = skipBlanks(s, i);
        if (i < n && s.charAt(i) == ':') {
            i++;
        }
        int dashes = i;
        while (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i == dashes) {
            return -1;
        }
        if (i < n && s.charAt(i) == ':') {
            i++;
        }
        return skipBlanks(s, i);
    }

    /** Past the characters of the regular-expression class \s: space, tab, line breaks, form feed, vertical tab. */
    private static int skipBlanks(String s, int i) {
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** A table row: each cell's text, the pipes left out. */
    private static void tableRow(String md, int start, int end, PlainText.Builder out) {
        int cell = start;
        for (int i = start; i <= end; i++) {
            if (i == end || md.charAt(i) == '|' && (i == start || md.charAt(i - 1) != '\\')) {
                if (i > cell) {
                    inline(md, cell, i, out, 0);
                }
                cell = i + 1;
            }
        }
    }

    private static boolean isReferenceDefinition(String s) {
        return s.startsWith("[") && s.matches("\\[[^\\]]+\\]:\\s*\\S+.*");
    }

    private static void line(String md, int start, int end, PlainText.Builder out) {
        int i = start;
        while (i < end && (md.charAt(i) == ' ' || md.charAt(i) == '\t')) {
            i++;
        }
        // block quote marks
        while (i < end && md.charAt(i) == '>') {
            i++;
            while (i < end && md.charAt(i) == ' ') {
                i++;
            }
        }
        // heading marks
        int h = i;
        while (h < end && md.charAt(h) == '#') {
            h++;
        }
        int textEnd = end;
        if (h > i && h - i <= 6 && (h == end || md.charAt(h) == ' ')) {
            i = h;
            while (i < end && md.charAt(i) == ' ') {
                i++;
            }
            int e = end;
            while (e > i && (md.charAt(e - 1) == '#' || md.charAt(e - 1) == ' ')) {
                e--;
            }
            textEnd = e;
        }
        // list markers: a list item becomes a paragraph of its own
        int m = listMarkerEnd(md, i, end);
        if (m > i) {
            if (out.length() > 0 && out.last() == '\n' && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
                out.append('\n', i);
            }
            i = m;
        }
        inline(md, i, textEnd, out, 0);
    }

    private static int listMarkerEnd(String md, int i, int end) {
        if (i + 1 < end && "-*+".indexOf(md.charAt(i)) >= 0 && md.charAt(i + 1) == ' ') {
            int j = i + 1;
            while (j < end && md.charAt(j) == ' ') {
                j++;
            }
            // a task list box
            if (j + 3 <= end && md.charAt(j) == '[' && md.charAt(j + 2) == ']' && " xX".indexOf(md.charAt(j + 1)) >= 0) {
                j += 3;
                while (j < end && md.charAt(j) == ' ') {
                    j++;
                }
            }
            return j;
        }
        int j = i;
        while (j < end && Character.isDigit(md.charAt(j)) && j - i < 3) {
            // up to three digits: "2025. Рік змін" is text, not a list item
            j++;
        }
        if (j > i && j + 1 < end && (md.charAt(j) == '.' || md.charAt(j) == ')') && md.charAt(j + 1) == ' ') {
            j++;
            while (j < end && md.charAt(j) == ' ') {
                j++;
            }
            return j;
        }
        return i;
    }

    /** Links nested deeper than this are read as plain text (no article nests links). */
    static final int MAX_LINK_DEPTH = 8;
    /** An inline tag or autolink longer than this is text with a "<" in it, not markup. */
    static final int MAX_INLINE_TAG = 1_000;

    /**
     * Inline markup: links, images, emphasis, code marks, escapes, inline tags, entities. Linear
     * in the length of the range: brackets are matched once ({@link Brackets}), the next '>' and
     * the closing code marks are searched forward from where the last search ended.
     */
    private static void inline(String md, int start, int end, PlainText.Builder out, int depth) {
        Brackets brackets = null;
        int nextGt = -1; // the next '>' at or after i, or end when there is none
        java.util.Map<Integer, Integer> noCodeClose = new java.util.HashMap<>(); // run length -> no close after
        int i = start;
        while (i < end) {
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < end && isPunctuation(md.charAt(i + 1))) {
                out.append(md.charAt(i + 1), i + 1);
                i += 2;
                continue;
            }
            if ((c == '[' || c == '!' && i + 1 < end && md.charAt(i + 1) == '[') && depth < MAX_LINK_DEPTH) {
                if (brackets == null) {
                    brackets = new Brackets(md, start, end);
                }
                int[] link = brackets.link(c == '!' ? i + 1 : i);
                if (link != null) {
                    if (c == '[') {
                        inline(md, link[0], link[1], out, depth + 1);
                    } // else an image: its alt text is not article text
                    i = link[2];
                    continue;
                }
            }
            if (c == '<') {
                if (nextGt < i) {
                    int e = md.indexOf('>', i);
                    nextGt = e < 0 || e >= end ? end : e;
                }
                int e = nextGt;
                if (e < end && e - i <= MAX_INLINE_TAG) {
                    String inner = md.substring(i + 1, e);
                    if (inner.matches("(https?://|mailto:)\\S+")) {
                        out.copy(i + 1, e); // an autolink: its address is its text
                        i = e + 1;
                        continue;
                    }
                    if (inner.matches("/?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?")) {
                        i = e + 1; // inline HTML tag
                        continue;
                    }
                }
            }
            if (c == '`') {
                int run = run(md, i, end, '`');
                Integer none = noCodeClose.get(run);
                int close = none != null && none <= i ? -1 : md.indexOf("`".repeat(run), i + run);
                if (close > 0 && close + run <= end) {
                    out.copy(i + run, close);
                    i = close + run;
                    continue;
                }
                noCodeClose.put(run, i);
                for (int k = 0; k < run; k++) {
                    out.append('`', i + k);
                }
                i += run;
                continue;
            }
            if ((c == '*' || c == '_' || c == '~') && isDelimiter(md, i, end, c)) {
                i += run(md, i, end, c);
                continue;
            }
            if (c == '&') {
                int next = out.appendEntity(md, i, end);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            out.append(c, i);
            i++;
        }
    }

    private static int run(String s, int i, int end, char c) {
        int j = i;
        while (j < end && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /**
     * Whether the run of {@code c} at {@code i} is emphasis: it touches a word on one side and not
     * on the other ("**bold**", "_it_"), so "snake_case", "5 * 3" and "a*b" stay.
     */
    private static boolean isDelimiter(String s, int i, int end, char c) {
        int r = run(s, i, end, c);
        if (c == '~' && r < 2) {
            return false;
        }
        boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && !isPunctuation(s.charAt(i - 1));
        boolean after = i + r < end && !Character.isWhitespace(s.charAt(i + r)) && !isPunctuation(s.charAt(i + r));
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        boolean spaceAfter = i + r >= end || Character.isWhitespace(s.charAt(i + r));
        if (before && after) {
            return c == '*' && r >= 2; // "a**b**c" but not "snake_case" or "a*b"
        }
        // opening: not followed by a space; closing: not preceded by a space
        return !spaceAfter && (spaceBefore || !before) || !spaceBefore && (spaceAfter || !after);
    }

    /**
     * The brackets and parentheses of an inline range, matched in one pass (a backslash escapes
     * the next character), so that finding a link's end costs nothing however many brackets are
     * left open.
     */
    private static final class Brackets {
        private final String s;
        private final int start;
        private final int end;
        private final int[] close; // index of the matching ']' or ')' of an opening one, or -1

        Brackets(String s, int start, int end) {
            this.s = s;
            this.start = start;
            this.end = end;
            this.close = new int[end - start];
            java.util.Arrays.fill(close, -1);
            int[] squares = new int[16];
            int sq = 0;
            int[] rounds = new int[16];
            int rd = 0;
            for (int j = start; j < end; j++) {
                char ch = s.charAt(j);
                if (ch == '\\') {
                    j++;
                } else if (ch == '[') {
                    if (sq == squares.length) {
                        squares = java.util.Arrays.copyOf(squares, sq * 2);
                    }
                    squares[sq++] = j;
                } else if (ch == ']' && sq > 0) {
                    close[squares[--sq] - start] = j;
                } else if (ch == '(') {
                    if (rd == rounds.length) {
                        rounds = java.util.Arrays.copyOf(rounds, rd * 2);
                    }
                    rounds[rd++] = j;
                } else if (ch == ')' && rd > 0) {
                    close[rounds[--rd] - start] = j;
                }
            }
        }

        /** A link at '[': [text start, text end, index after the link], or null. */
        int[] link(int open) {
            int closeAt = close[open - start];
            if (closeAt < 0 || closeAt + 1 >= end) {
                return null;
            }
            char after = s.charAt(closeAt + 1);
            if (after == '(') {
                int paren = close[closeAt + 1 - start];
                return paren < 0 ? null : new int[] {open + 1, closeAt, paren + 1};
            }
            if (after == '[') {
                int e = close[closeAt + 1 - start];
                if (e > 0) {
                    return new int[] {open + 1, closeAt, e + 1};
                }
            }
            return null;
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
