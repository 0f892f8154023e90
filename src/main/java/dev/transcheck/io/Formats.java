package dev.transcheck.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format-dispatch point: which reader a file goes to, by its extension. Articles (plain text,
 * Markdown, HTML) go to {@link TextReader}; Word files and bilingual CAT files go through the
 * safety gates ({@link SafeZip}, {@link SafeXml}) and then to {@code io.okapi.OkapiReader}, the
 * only class that touches the Okapi Framework. The Okapi classes are loaded only when such a file
 * is read, so a plain-text check never pays for them (docs/FORMATS.md).
 */
public final class Formats {
    /** Standard input stands for a file given as {@code -}. */
    public static final String STDIN = "-";

    private Formats() {
    }

    /** File kinds by extension. */
    public enum Kind {
        ARTICLE, DOCX, XLIFF, TMX, PO;

        public boolean bilingual() {
            return this == XLIFF || this == TMX || this == PO;
        }
    }

    public static Kind kind(Path path) {
        Path fn = path.getFileName();
        String n = fn == null ? "" : fn.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx") || n.endsWith(".docm")) {
            return Kind.DOCX;
        }
        if (n.endsWith(".xlf") || n.endsWith(".xliff") || n.endsWith(".sdlxliff") || n.endsWith(".mqxliff")
                || n.endsWith(".mxliff") || n.endsWith(".xlz")) {
            return Kind.XLIFF;
        }
        if (n.endsWith(".tmx")) {
            return Kind.TMX;
        }
        if (n.endsWith(".po") || n.endsWith(".pot")) {
            return Kind.PO;
        }
        return Kind.ARTICLE;
    }

    /** Whether {@code path} is a bilingual file that holds both source and translation. */
    public static boolean isBilingual(Path path) {
        return !STDIN.equals(path.toString()) && kind(path).bilingual();
    }

    /**
     * The article text of a source or translation file: standard input for {@code -} (read as
     * plain text), the paragraphs of a Word file, else {@link TextReader#readArticle}.
     */
    public static PlainText readArticle(Path path, String encoding) throws InputException {
        if (STDIN.equals(path.toString())) {
            return TextReader.readStdin(encoding);
        }
        if (kind(path) == Kind.DOCX) {
            String name = path.toString();
            SafeZip.read(path);
            String text = dev.transcheck.io.okapi.OkapiReader.docxText(path);
            if (text.isBlank()) {
                throw new InputException(name, "has no text in its paragraphs");
            }
            return PlainText.of(text);
        }
        if (kind(path).bilingual()) {
            throw new InputException(path.toString(),
                    "is a bilingual file (source and translation in one): give it alone, as 'transcheck check "
                            + path.getFileName() + "'");
        }
        return TextReader.readArticle(path, encoding);
    }

    /** Reads a bilingual file (XLIFF 1.2 or 2.x, TMX, PO) after the safety checks. */
    public static BilingualFile readBilingual(Path path) throws InputException {
        String name = path.toString();
        byte[] bytes = TextReader.bytes(path);
        Kind kind = kind(path);
        String src = null;
        String tgt = null;
        String format;
        if (kind == Kind.PO) {
            format = "po";
            String text = TextReader.decode(name, bytes, "UTF-8");
            tgt = poLanguage(text);
        } else {
            SafeXml.Head head = SafeXml.check(name, bytes);
            if (kind == Kind.XLIFF) {
                if (!"xliff".equals(head.rootName())) {
                    throw new InputException(name, "is not XLIFF (the root element is <" + head.rootName() + ">)");
                }
                String version = head.attribute("xliff@version");
                boolean two = head.rootNamespace().contains(":xliff:document:2") || (version != null && version.startsWith("2"));
                format = two ? "xliff2" : "xliff";
                src = two ? head.attribute("xliff@srcLang") : head.attribute("file@source-language");
                tgt = two ? head.attribute("xliff@trgLang") : head.attribute("file@target-language");
            } else {
                if (!"tmx".equals(head.rootName())) {
                    throw new InputException(name, "is not TMX (the root element is <" + head.rootName() + ">)");
                }
                format = "tmx";
                src = head.attribute("header@srclang");
                String langs = head.attribute("tuv@lang");
                if (langs != null) {
                    for (String l : langs.split(" ")) {
                        if (src == null || "*all*".equalsIgnoreCase(src)) {
                            src = l;
                        } else if (!l.equalsIgnoreCase(src) && tgt == null) {
                            tgt = l;
                        }
                    }
                }
                if (tgt == null) {
                    throw new InputException(name, "has no translation language (every <tuv> is in " + src + ")");
                }
            }
        }
        BilingualFile file = dev.transcheck.io.okapi.OkapiReader.bilingual(path, format, src, tgt);
        if (file.pairs().isEmpty()) {
            throw new InputException(name, "has no segments to check");
        }
        return file;
    }

    private static final Pattern PO_LANGUAGE = Pattern.compile("(?m)^\"Language:\\s*([A-Za-z_@-]+)");

    /** The {@code Language:} of a PO file's header entry, or null. */
    static String poLanguage(String text) {
        Matcher m = PO_LANGUAGE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A language tag as transcheck uses it: the ISO 639-1 code before any region (en-US -> en). */
    public static String baseLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
