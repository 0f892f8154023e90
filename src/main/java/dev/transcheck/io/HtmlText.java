package dev.transcheck.io;

import java.util.Locale;
import java.util.Set;

/**
 * The article text of an HTML page: tags removed, entities decoded, {@code script}, {@code style}
 * and other non-text elements dropped, block elements turned into paragraph breaks and runs of
 * whitespace collapsed. A small tokenizer, not a full HTML parser: enough for article markup.
 */
public final class HtmlText {
    /** Elements whose content is not article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "math", "iframe", "object", "canvas", "nav", "button", "select", "textarea");
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "dl", "dt", "dd", "table", "tr", "blockquote", "section", "article", "header", "footer", "aside", "main",
            "figure", "figcaption", "pre", "hr", "address", "title", "body", "html", "form", "fieldset", "caption",
            "details", "summary", "center");
    /** Elements that start a line of their own inside a paragraph. */
    private static final Set<String> LINES = Set.of("br", "li", "td", "th");

    private HtmlText() {
    }

    public static PlainText extract(String html) {
        PlainText.Builder out = new PlainText.Builder(html);
        int n = html.length();
        // no tag can open after the last '>': a run of lone '<' then costs one step each
        int lastGt = html.lastIndexOf('>');
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int e = html.indexOf("-->", i + 4);
                    i = e < 0 ? n : e + 3;
                    continue;
                }
                if (html.startsWith("<![CDATA[", i)) {
                    int e = html.indexOf("]]>", i);
                    int end = e < 0 ? n : e;
                    text(html, i + 9, end, out);
                    i = e < 0 ? n : e + 3;
                    continue;
                }
                int tagEnd = i > lastGt ? -1 : tagEnd(html, i);
                if (tagEnd < 0) {
                    text(html, i, i + 1, out); // a lone "<"
                    i++;
                    continue;
                }
                String name = tagName(html, i);
                boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
                if (name.isEmpty()) {
                    i = tagEnd; // <!DOCTYPE>, <?xml?>
                    continue;
                }
                boolean selfClosing = html.charAt(tagEnd - 2) == '/';
                if (!closing && !selfClosing && SKIPPED.contains(name)) {
                    i = skipElement(html, tagEnd, name);
                    continue;
                }
                if (BLOCKS.contains(name)) {
                    breakLine(out, i, true);
                } else if (LINES.contains(name) && !(closing && !name.equals("li"))) {
                    breakLine(out, i, false);
                }
                i = tagEnd;
                continue;
            }
            int e = i;
            while (e < n && html.charAt(e) != '<') {
                e++;
            }
            text(html, i, e, out);
            i = e;
        }
        int len = out.length();
        while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\n')) {
            len--;
        }
        out.truncate(len);
        return out.build();
    }

    /** The index after the tag opening at {@code lt}, or -1 when it is not a tag. */
    private static int tagEnd(String html, int lt) {
        int n = html.length();
        if (lt + 1 >= n) {
            return -1;
        }
        char c = html.charAt(lt + 1);
        if (!(Character.isLetter(c) || c == '/' || c == '!' || c == '?')) {
            return -1;
        }
        char quote = 0;
        for (int i = lt + 1; i < n; i++) {
            char ch = html.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return i + 1;
            }
        }
        // a quote left open to the end: the tag ends at its first '>' (a browser would drop the rest)
        int gt = html.indexOf('>', lt + 1);
        return gt < 0 ? -1 : gt + 1;
    }

    private static String tagName(String html, int lt) {
        int i = lt + 1;
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        int st = i;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-' || html.charAt(i) == ':')) {
            i++;
        }
        return html.substring(st, i).toLowerCase(Locale.ROOT);
    }

    /** The index after the closing tag of {@code name} (or the end of the text). */
    private static int skipElement(String html, int from, String name) {
        int i = from;
        while (true) {
            int p = indexOfIgnoreCase(html, "</" + name, i);
            if (p < 0) {
                return html.length();
            }
            int after = p + 2 + name.length();
            if (after >= html.length() || !Character.isLetterOrDigit(html.charAt(after))) {
                int e = html.indexOf('>', after);
                return e < 0 ? html.length() : e + 1;
            }
            i = after;
        }
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Appends text with entities decoded and HTML whitespace collapsed to one space. */
    private static void text(String html, int start, int end, PlainText.Builder out) {
        int i = start;
        while (i < end) {
            char c = html.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                char last = out.last();
                if (last != ' ' && last != '\n') {
                    out.append(' ', i);
                }
                i++;
                continue;
            }
            if (c == '&') {
                int next = out.appendEntity(html, i, end);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            out.append(c, i);
            i++;
        }
    }

    /** Ends the current line ({@code paragraph}: with a blank line), collapsing repeated breaks. */
    private static void breakLine(PlainText.Builder out, int at, boolean paragraph) {
        trimEnd(out);
        if (out.length() == 0) {
            return;
        }
        int newlines = 0;
        for (int k = out.length() - 1; k >= 0 && out.charAt(k) == '\n'; k--) {
            newlines++;
        }
        int want = paragraph ? 2 : Math.max(1, newlines);
        for (int k = newlines; k < want; k++) {
            out.append('\n', at);
        }
    }

    private static void trimEnd(PlainText.Builder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.truncate(len);
    }
}
