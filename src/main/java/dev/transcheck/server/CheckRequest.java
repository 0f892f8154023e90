package dev.transcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcheck.io.EncodingDetector;
import dev.transcheck.io.HtmlText;
import dev.transcheck.io.InputException;
import dev.transcheck.io.MarkdownText;
import dev.transcheck.io.PlainText;
import dev.transcheck.text.Languages;
import java.util.Locale;

/**
 * One document pair as a request gives it. The names are labels for the report (and tell the
 * language by a suffix such as {@code .uk.txt} and the markup by {@code .md}/{@code .html}); no
 * file of that name is ever opened.
 */
record CheckRequest(String sourceName, String sourceText, String sourceLang,
                    String translationName, String translationText, String translationLang) {

    /** A pair from a JSON object with {@code source}, {@code translation} and optional {@code from}, {@code to}, names. */
    static CheckRequest fromJson(JsonNode o, String where) {
        if (o == null || !o.isObject()) {
            throw new ApiError(400, where + ": expected a JSON object with source and translation");
        }
        String sn = name(o, "sourceName", "source");
        String tn = name(o, "translationName", "translation");
        return new CheckRequest(sn, article(sn, text(o, "source", where)), lang(o, "from", where),
                tn, article(tn, text(o, "translation", where)), lang(o, "to", where));
    }

    /** An uploaded or pasted side: bytes decoded as the command line decodes a file, markup removed by the name's extension. */
    static String decode(String name, byte[] bytes) {
        try {
            boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                    || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
            for (int i = 0; !utf16 && i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new ApiError(400, name + ": a binary file, not text");
                }
            }
            return EncodingDetector.decode(name, bytes, null).text();
        } catch (InputException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    /** The article text of {@code text}: Markdown and HTML (by the name's extension) lose their markup. */
    static String article(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        PlainText p;
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            p = MarkdownText.extract(text);
        } else if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            p = HtmlText.extract(text);
        } else {
            return text;
        }
        if (p.text().isBlank()) {
            throw new ApiError(400, name + ": has no article text once the markup is removed");
        }
        return p.text();
    }

    private static String text(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            throw new ApiError(400, where + ": '" + key + "' is missing (the text of the " + key + ")");
        }
        if (!n.isTextual()) {
            throw new ApiError(400, where + ": '" + key + "' must be a string");
        }
        if (n.asText().isBlank()) {
            throw new ApiError(400, where + ": '" + key + "' is empty");
        }
        return n.asText();
    }

    static String lang(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        return lang(n.isTextual() ? n.asText() : n.toString(), where + ": '" + key + "'");
    }

    static String lang(String value, String what) {
        if (value == null || value.isBlank() || "auto".equalsIgnoreCase(value.trim())) {
            return null;
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        if (!Languages.isKnownCode(code)) {
            throw new ApiError(400, what + ": unknown language code '" + dev.transcheck.io.Excerpt.of(value)
                    + "' (expected an ISO 639-1 code such as uk, ru or en)");
        }
        return code;
    }

    private static String name(JsonNode o, String key, String fallback) {
        JsonNode n = o.get(key);
        return n != null && n.isTextual() ? label(n.asText(), fallback) : fallback;
    }

    /**
     * A name as a label: its last path segment, control characters removed, at most 120
     * characters; {@code fallback} when nothing is left.
     */
    static String label(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String s = name;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.SURROGATE).limit(120).forEach(sb::appendCodePoint);
        String out = sb.toString().strip();
        return out.isEmpty() || out.equals(".") || out.equals("..") ? fallback : out;
    }

    /**
     * A person's name or a note for the accept file's comment: one line (control and format
     * characters and {@code #} become spaces), at most {@code max} characters.
     */
    static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> {
            boolean drop = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || c == '#' || Character.isWhitespace(c);
            sb.appendCodePoint(drop ? ' ' : c);
        });
        return sb.toString().replaceAll(" +", " ").strip();
    }

    /** The language of one side: given, else from the name's suffix, else guessed from the text. */
    static String resolve(String given, String name, String text, String side) {
        if (given != null) {
            return given;
        }
        String byName = Languages.fromFileName(name);
        if (byName != null) {
            return byName;
        }
        String guess = Languages.guess(text);
        if (guess == null) {
            throw new ApiError(400, name + ": cannot tell the language of the " + side + "; give '"
                    + ("source".equals(side) ? "from" : "to") + "'");
        }
        return guess;
    }
}
