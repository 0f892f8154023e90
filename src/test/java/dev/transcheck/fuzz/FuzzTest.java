package dev.transcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.config.ConfigLoader;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.EncodingDetector;
import dev.transcheck.io.HtmlText;
import dev.transcheck.io.InputException;
import dev.transcheck.io.MarkdownText;
import dev.transcheck.io.PlainText;
import dev.transcheck.io.TextReader;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the readers and the early stages (issue 15): random Unicode (lone
 * surrogates and controls included), markup fragments, repeated tokens and long lines. Each
 * property states an invariant and a time bound; the number of tries comes from
 * {@code jqwik.tries.default} (src/test/resources/junit-platform.properties, small for the unit
 * suite). A long run: {@code mvn -q -o test -Dtest=FuzzTest -Djqwik.tries.default=20000}
 * (docs/performance.md).
 */
class FuzzTest {
    /** A generous bound per input on a loaded 2-core machine: a hang or a quadratic blow-up exceeds it. */
    private static final double SECONDS = 20;

    private static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R",
            "KOI8-U", "IBM866", "windows-1252");

    private static Path dir;
    private static Transcheck tc;
    private static final Segmenter SEGMENTER = new Segmenter();

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("transcheck-fuzz");
        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return Inputs.hostile();
    }

    @Provide
    Arbitrary<String> encoding() {
        return Arbitraries.of(ENCODINGS);
    }

    @Provide
    Arbitrary<String> lang() {
        return Arbitraries.of("uk", "ru", "en");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    // ---- encodings -------------------------------------------------------------------------------

    /** Text in any supported encoding (with a BOM for UTF-16) decodes, or ends in one InputException. */
    @Property
    void encodedTextDecodesOrFailsCleanly(@ForAll("hostile") String text, @ForAll("encoding") String encoding,
                                          @ForAll boolean named) throws Exception {
        byte[] bytes = encode(text, encoding);
        Inputs.within(SECONDS, "decode", () -> {
            try {
                EncodingDetector.Decoded d = EncodingDetector.decode("in.txt", bytes, named ? encoding : null);
                assertTrue(d.text() != null);
                if (named && encoding.equals("UTF-8") && wellFormed(text) && !text.startsWith("\uFEFF")) {
                    assertEquals(text, d.text(), "UTF-8 named explicitly must round-trip");
                }
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("in.txt"), e.getMessage());
            }
            return null;
        });
    }

    /** Arbitrary bytes read as an article of each format: a PlainText with text, or one InputException. */
    @Property
    void anyBytesReadAsArticle(@ForAll("bytes") byte[] bytes, @ForAll("format") String ext) throws Exception {
        Path f = Files.write(dir.resolve("a" + ext), bytes);
        Inputs.within(SECONDS, "readArticle", () -> {
            try {
                PlainText p = TextReader.readArticle(f, null);
                assertTrue(!p.text().isBlank());
                checkOffsets(p);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
                assertTrue(e.getMessage().length() < 400 && e.getMessage().lines().count() == 1, e.getMessage());
            }
            return null;
        });
    }

    @Provide
    Arbitrary<String> format() {
        return Arbitraries.of(".txt", ".md", ".html");
    }

    // ---- markup ----------------------------------------------------------------------------------

    /** Markdown extraction: no exception; originalOffset monotone and within the original. */
    @Property
    void markdownOffsetsMapBack(@ForAll("hostile") String md) throws Exception {
        PlainText p = Inputs.within(SECONDS, "MarkdownText", () -> MarkdownText.extract(md));
        assertEquals(md, p.original());
        checkOffsets(p);
    }

    /** HTML extraction: no exception; originalOffset monotone and within the original. */
    @Property
    void htmlOffsetsMapBack(@ForAll("hostile") String html) throws Exception {
        PlainText p = Inputs.within(SECONDS, "HtmlText", () -> HtmlText.extract(html));
        assertEquals(html, p.original());
        checkOffsets(p);
    }

    private static void checkOffsets(PlainText p) {
        int prev = 0;
        for (int i = 0; i <= p.text().length(); i++) {
            int o = p.originalOffset(i);
            assertTrue(o >= 0 && o <= p.original().length(), "offset " + i + " -> " + o);
            assertTrue(o >= prev, "offsets not monotone at " + i + ": " + prev + " then " + o);
            prev = o;
        }
        assertTrue(p.originalLine(p.text().length()) >= 1);
    }

    // ---- segmentation ----------------------------------------------------------------------------

    /** Sentences come in order, hold their text, and every non-space character is in one of them. */
    @Property
    void sentencesCoverTheTextInOrder(@ForAll("hostile") String text, @ForAll("lang") String lang) throws Exception {
        List<Sentence> ss = Inputs.within(SECONDS, "segment", () -> SEGMENTER.segment(text, lang));
        boolean[] covered = new boolean[text.length()];
        int prevEnd = 0;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            assertEquals(i, s.id(), "sentence ids are 0..n-1");
            assertTrue(s.start() >= prevEnd && s.end() <= text.length(), "sentence " + i + " out of order");
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (int k = s.start(); k < s.end(); k++) {
                covered[k] = true;
            }
            prevEnd = s.end();
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!covered[k] && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                    && c != '\uFEFF' && c != '\u200B') {
                throw new AssertionError("character " + k + " (U+" + Integer.toHexString(c) + ") is in no sentence");
            }
        }
    }

    // ---- alignment -------------------------------------------------------------------------------

    /** Every sentence of each side is in exactly one bead, and the beads keep the sentence order. */
    @Property
    void everySentenceInExactlyOneBead(@ForAll("hostile") String a, @ForAll("hostile") String b,
                                       @ForAll("lang") String la) throws Exception {
        String lb = la.equals("en") ? "uk" : "en";
        Document src = tc.document("s." + la + ".txt", la, a);
        Document tr = tc.document("t." + lb + ".txt", lb, b);
        Alignment al = Inputs.within(SECONDS, "align", () -> tc.align(src, tr));
        checkBeads(al.beads().stream().map(Bead::source).toList(), src.size());
        checkBeads(al.beads().stream().map(Bead::translation).toList(), tr.size());
    }

    private static void checkBeads(List<List<Integer>> sides, int n) {
        int next = 0;
        for (List<Integer> ids : sides) {
            for (int id : ids) {
                assertEquals(next, id, "sentence " + next + " expected next, got " + id);
                next++;
            }
        }
        assertEquals(n, next, "every sentence in a bead");
    }

    // ---- the whole check -------------------------------------------------------------------------

    /** The full check on random short pairs: no exception, and every finding's spans hold their text. */
    @Property
    void checkEndToEnd(@ForAll("shortText") String a, @ForAll("shortText") String b, @ForAll("lang") String la)
            throws Exception {
        String lb = la.equals("en") ? (a.length() % 2 == 0 ? "uk" : "ru") : "en";
        Document src = tc.document("s." + la + ".txt", la, a);
        Document tr = tc.document("t." + lb + ".txt", lb, b);
        Report r = Inputs.within(SECONDS, "check", () -> tc.check(src, tr));
        for (Finding f : r.findings()) {
            checkSpan(f.source(), r.source(), f);
            checkSpan(f.translation(), r.translation(), f);
        }
    }

    @Provide
    Arbitrary<String> shortText() {
        return Arbitraries.oneOf(Inputs.prose(60), Inputs.soup(60), Inputs.anyChars(120), Inputs.repeated(300));
    }

    private static void checkSpan(Span s, Document d, Finding f) {
        if (s == null) {
            return;
        }
        assertTrue(s.end() <= d.text().length(), f.check() + ": span past the end");
        assertEquals(d.text().substring(s.start(), s.end()), s.text(), f.check() + ": span text");
    }

    // ---- settings files --------------------------------------------------------------------------

    /** A config file of any content: a config, or one InputException naming the file. */
    @Property
    void configIsReadOrRefused(@ForAll("yaml") String yaml) throws Exception {
        Path f = Files.write(dir.resolve("transcheck.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        Set<String> known = CheckRegistry.standard().checks().stream().map(c -> c.id()).collect(Collectors.toSet());
        Inputs.within(SECONDS, "config", () -> {
            try {
                assertTrue(ConfigLoader.load(f, known) != null);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            }
            return null;
        });
    }

    /** An accept file of any content: a set of ids, or one InputException naming the file. */
    @Property
    void acceptFileIsReadOrRefused(@ForAll("yaml") String text) throws Exception {
        Path f = Files.write(dir.resolve("accepted.txt"), text.getBytes(StandardCharsets.UTF_8));
        Inputs.within(SECONDS, "accept", () -> {
            try {
                assertTrue(AcceptFile.read(f) != null);
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            }
            return null;
        });
    }

    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> piece = Arbitraries.of("disable:", "severity:", "fail-on:", "max-score:", "glossaries:",
                "accept:", " - ", "  ", "\n", "term-mismatch", "name-spelling=error", "error", "warning", "never",
                "12", "-1", "1e309", "[", "]", "{", "}", ":", "'", "\"", "&a", "*a", "!!binary", "---", "#", "~", "null",
                "term-mismatch:abcdef012345", "# comment", "\t", "\u0000", "\uD800", "é", "<<: *a");
        return Arbitraries.oneOf(piece.list().ofMaxSize(60).map(l -> String.join("", l)), Inputs.anyChars(200),
                Inputs.repeated(500));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static byte[] encode(String text, String encoding) throws Exception {
        Charset cs = Charset.forName(encoding);
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var buf = enc.encode(java.nio.CharBuffer.wrap(text));
        byte[] body = new byte[buf.remaining()];
        buf.get(body);
        byte[] bom = switch (encoding) {
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** Found by the fuzzer: digits of other scripts (NKo, Gurmukhi) used to throw from check and align. */
    @net.jqwik.api.Example
    void digitsOfOtherScriptsAreNoNumbers() throws Exception {
        Document src = tc.document("s.uk.txt", "uk", "\u07C3 \u0A66 12 травня");
        Document tr = tc.document("t.en.txt", "en", "\u0A66 \u07C3 May 12");
        tc.check(src, tr);
    }

    private static boolean hasNonAsciiDigit(String s) {
        return s.codePoints().anyMatch(c -> c > 127 && Character.isDigit(c));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
