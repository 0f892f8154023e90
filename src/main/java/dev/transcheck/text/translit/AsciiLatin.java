package dev.transcheck.text.translit;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ICU's {@code "Any-Latin; Latin-ASCII"} transliteration, by a table for the characters our texts
 * are written in. On those characters (printable ASCII, Latin-1, Latin Extended-A and -B, Cyrillic
 * without its combining marks) ICU's result is each character's own result, one after the other;
 * the table ({@code translit/any-latin-ascii.tsv}, made from ICU) holds them, so a word of those
 * characters costs one array look-up a character instead of building ICU's transliterator, which
 * parses dozens of rule sets on first use (about a sixth of a one-article check's start-up;
 * docs/performance.md). A string with any other character (Greek, a combining mark, a control
 * character) goes to ICU itself, so the result is always ICU's. {@code AsciiLatinTest} compares
 * the table with ICU, character by character and on strings. Thread-safe.
 */
public final class AsciiLatin {
    /** The ICU transform this class computes. */
    public static final String ICU_ID = "Any-Latin; Latin-ASCII";
    static final String RESOURCE = "/translit/any-latin-ascii.tsv";
    /** The table covers the code points below this. */
    static final int LIMIT = 0x500;

    private AsciiLatin() {
    }

    /** The table, read on first use: index a code point, null where ICU must be asked. */
    private static final class Table {
        static final String[] MAP = load();
    }

    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(ICU_ID));

    /** {@code Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(s)}. */
    public static String of(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) < 0x7f) {
            i++;
        }
        if (i == n) {
            return s; // printable ASCII is its own ASCII form
        }
        String[] map = Table.MAP;
        StringBuilder sb = new StringBuilder(n + 8).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            String m = c < LIMIT ? map[c] : null;
            if (m == null) {
                return icu(s);
            }
            sb.append(m);
        }
        return sb.toString();
    }

    /** ICU's own result (also what the table is tested against). */
    static String icu(String s) {
        return ICU.get().transliterate(s);
    }

    /** Whether the table answers for this character (else ICU does). */
    static boolean covered(char c) {
        return c < LIMIT && Table.MAP[c] != null;
    }

    private static String[] load() {
        String[] map = new String[LIMIT];
        for (char c = 0x20; c < 0x7f; c++) {
            map[c] = String.valueOf(c);
        }
        String text;
        try (InputStream in = AsciiLatin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            int cp = tab == 4 ? Integer.parseInt(line.substring(0, 4), 16) : -1;
            if (cp < 0x80 || cp >= LIMIT) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected a code point from 0080 to 04FF, a tab, its ASCII form");
            }
            map[cp] = line.substring(tab + 1);
        }
        return map;
    }
}
