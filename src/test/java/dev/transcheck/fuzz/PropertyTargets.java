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
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The properties of {@link FuzzTest} (text and encodings, Markdown, HTML, the segmenter, the
 * aligner, the whole check, the config file, the accept file) as {@link FuzzTargets.Target}s, so
 * that the long run ({@code lab/fuzz}, {@link LongRun}) can run each by the clock and the corpus
 * ({@link FuzzCorpusTest}) can replay what a run found. The invariants live here once: FuzzTest's
 * properties call the same methods with the values jqwik drew (and shrinks).
 *
 * <p>An input of these targets is a {@link Case}: a few named values (the text, the language, the
 * encoding...) written one a line as {@code key=value} with every line break, control character
 * and surrogate escaped, so that any Java string, lone surrogates included, survives the file.
 */
final class PropertyTargets {
    private PropertyTargets() {
    }

    static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R",
            "KOI8-U", "IBM866", "windows-1252");

    private static final Segmenter SEGMENTER = new Segmenter();
    private static volatile Transcheck tc;

    /** The checker with the shipped glossaries, made once (FuzzTest's and the long run's). */
    static Transcheck tc() {
        if (tc == null) {
            synchronized (PropertyTargets.class) {
                if (tc == null) {
                    try {
                        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot load the shipped glossaries", e);
                    }
                }
            }
        }
        return tc;
    }

    // ---- the case file ---------------------------------------------------------------------------

    /** Named values of one input; {@link #format} and {@link #parse} round-trip any strings. */
    record Case(Map<String, String> values) {
        static Case of(String... kv) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < kv.length; i += 2) {
                m.put(kv[i], kv[i + 1]);
            }
            return new Case(m);
        }

        String get(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new IllegalArgumentException("the case has no '" + key + "'");
            }
            return v;
        }

        byte[] format(String target) {
            StringBuilder b = new StringBuilder("# transcheck fuzz case: ").append(target).append('\n');
            values.forEach((k, v) -> b.append(k).append('=').append(escape(v)).append('\n'));
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        static Case parse(byte[] file) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String line : new String(file, StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("not a key=value line: " + line);
                }
                m.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
            return new Case(m);
        }

        /** The same case with every text repeated {@code k} times (a probe of how the cost grows). */
        Case repeated(int k) {
            Map<String, String> m = new LinkedHashMap<>(values);
            for (String key : List.of("text", "source", "translation")) {
                m.computeIfPresent(key, (kk, v) -> v.repeat(k));
            }
            m.computeIfPresent("bytes", (kk, v) -> v.repeat(k));
            return new Case(m);
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFEFF' || c == '\u2028'
                            || c == '\u2029') {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    // ---- the targets -----------------------------------------------------------------------------

    /** What a property does with one case: true for a result, false for a clean refusal; a violation throws. */
    interface Body {
        boolean run(Path dir, Case c) throws Exception;
    }

    /** A property as a fuzz target: its generator, its body, and how much a probe of growth repeats an input. */
    record Prop(String name, Arbitrary<Case> cases, Body body, int probeFactor) implements FuzzTargets.Target {
        @Override
        public String fileName() {
            return name + ".case";
        }

        @Override
        public Object read(Path file) throws Exception {
            return body.run(file.getParent(), Case.parse(Files.readAllBytes(file)));
        }

        @Override
        public void verify(Path file, byte[] input, Object result) {
            // the body checked its invariants
        }

        @Override
        public boolean accepted(Object result) {
            return (Boolean) result;
        }

        @Override
        public Arbitrary<byte[]> inputs() {
            return cases.map(c -> c.format(name));
        }
    }

    static final List<Prop> ALL = List.of(
            new Prop("text", textCases(), PropertyTargets::text, 16),
            new Prop("markdown", markupTexts().map(t -> Case.of("text", t)), (d, c) -> markdown(c.get("text")), 16),
            new Prop("html", markupTexts().map(t -> Case.of("text", t)), (d, c) -> html(c.get("text")), 16),
            new Prop("segmenter", Combinators.combine(Inputs.hostile(), lang()).as((t, l) -> Case.of("lang", l, "text", t)),
                    (d, c) -> segmenter(c.get("text"), c.get("lang")), 16),
            new Prop("aligner", Combinators.combine(Inputs.hostile(), Inputs.hostile(), lang())
                    .as((a, b, l) -> Case.of("lang", l, "source", a, "translation", b)),
                    (d, c) -> aligner(c.get("source"), c.get("translation"), c.get("lang")), 8),
            new Prop("check", Combinators.combine(shortText(), shortText(), lang())
                    .as((a, b, l) -> Case.of("lang", l, "source", a, "translation", b)),
                    (d, c) -> check(c.get("source"), c.get("translation"), c.get("lang")), 4),
            new Prop("config", Arbitraries.frequencyOf(Tuple.of(4, Mutations.config()), Tuple.of(1, yaml())).map(t -> Case.of("text", t)),
                    (d, c) -> config(d, c.get("text")), 8),
            new Prop("accept", Arbitraries.frequencyOf(Tuple.of(4, Mutations.accept()), Tuple.of(1, yaml())).map(t -> Case.of("text", t)),
                    (d, c) -> accept(d, c.get("text")), 16));

    static Prop named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    // ---- generators ------------------------------------------------------------------------------

    static Arbitrary<String> lang() {
        return Arbitraries.of("uk", "ru", "en");
    }

    static Arbitrary<String> encoding() {
        return Arbitraries.of(ENCODINGS);
    }

    static Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    static Arbitrary<String> format() {
        return Arbitraries.of(".txt", ".md", ".html");
    }

    /** Short texts for the whole check (each input costs a full check). */
    static Arbitrary<String> shortText() {
        return Arbitraries.oneOf(Inputs.prose(60), Inputs.soup(60), Inputs.anyChars(120), Inputs.repeated(300));
    }

    /** Settings-file content: YAML keys, values and syntax in any order, any text, repeated fragments. */
    static Arbitrary<String> yaml() {
        Arbitrary<String> piece = Arbitraries.of("disable:", "severity:", "fail-on:", "max-score:", "glossaries:",
                "accept:", " - ", "  ", "\n", "term-mismatch", "name-spelling=error", "error", "warning", "never",
                "12", "-1", "1e309", "[", "]", "{", "}", ":", "'", "\"", "&a", "*a", "!!binary", "---", "#", "~", "null",
                "term-mismatch:abcdef012345", "# comment", "\t", "\u0000", "\uD800", "é", "<<: *a");
        return Arbitraries.oneOf(piece.list().ofMaxSize(60).map(l -> String.join("", l)), Inputs.anyChars(200),
                Inputs.repeated(500));
    }

    /**
     * Text in an encoding (decoded by detection or by name), or arbitrary bytes read as an article,
     * or a file of the corpus damaged byte by byte ({@link Mutations#mutated}) read as an article.
     */
    static Arbitrary<Case> textCases() {
        Arbitrary<Case> encoded = Combinators.combine(Inputs.hostile(), encoding(), Arbitraries.of(true, false))
                .as((t, e, n) -> Case.of("kind", "encoded", "encoding", e, "named", String.valueOf(n), "text", t));
        Arbitrary<Case> raw = Combinators.combine(bytes(), format())
                .as((b, f) -> Case.of("kind", "bytes", "ext", f, "bytes", HexFormat.of().formatHex(b)));
        Arbitrary<Case> mutated = Combinators.combine(Mutations.mutated(), format())
                .as((b, f) -> Case.of("kind", "bytes", "ext", f, "bytes", HexFormat.of().formatHex(b)));
        return Arbitraries.oneOf(encoded, raw, mutated);
    }

    /** Markup for the Markdown and HTML readers: hostile generated text, or a corpus file damaged byte by byte. */
    static Arbitrary<String> markupTexts() {
        return Arbitraries.oneOf(Inputs.hostile(), Mutations.mutated().map(b -> new String(b, StandardCharsets.UTF_8)));
    }

    // ---- the properties --------------------------------------------------------------------------

    private static boolean text(Path dir, Case c) throws Exception {
        if (c.get("kind").equals("bytes")) {
            return anyBytesReadAsArticle(dir, HexFormat.of().parseHex(c.get("bytes")), c.get("ext"));
        }
        return encodedText(c.get("text"), c.get("encoding"), Boolean.parseBoolean(c.get("named")));
    }

    /** Text in any supported encoding (with a BOM for UTF-16) decodes, or ends in one InputException. */
    static boolean encodedText(String text, String encoding, boolean named) throws Exception {
        byte[] bytes = encode(text, encoding);
        try {
            EncodingDetector.Decoded d = EncodingDetector.decode("in.txt", bytes, named ? encoding : null);
            assertTrue(d.text() != null);
            if (named && encoding.equals("UTF-8") && wellFormed(text) && !text.startsWith("\uFEFF")) {
                assertEquals(text, d.text(), "UTF-8 named explicitly must round-trip");
            }
            return true;
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("in.txt"), e.getMessage());
            oneLine(e.getMessage());
            return false;
        }
    }

    /** Arbitrary bytes read as an article of each format: a PlainText with text, or one InputException. */
    static boolean anyBytesReadAsArticle(Path dir, byte[] bytes, String ext) throws Exception {
        Path f = Files.write(dir.resolve("a" + ext), bytes);
        try {
            PlainText p = TextReader.readArticle(f, null);
            assertTrue(!p.text().isBlank());
            checkOffsets(p);
            return true;
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            assertTrue(e.getMessage().length() < 400, e.getMessage());
            oneLine(e.getMessage());
            return false;
        }
    }

    /** Markdown extraction: no exception; the original kept; originalOffset monotone and within the original. */
    static boolean markdown(String md) {
        PlainText p = MarkdownText.extract(md);
        assertEquals(md, p.original());
        checkOffsets(p);
        return true;
    }

    /** HTML extraction: no exception; the original kept; originalOffset monotone and within the original. */
    static boolean html(String html) {
        PlainText p = HtmlText.extract(html);
        assertEquals(html, p.original());
        checkOffsets(p);
        return true;
    }

    static void checkOffsets(PlainText p) {
        int prev = 0;
        for (int i = 0; i <= p.text().length(); i++) {
            int o = p.originalOffset(i);
            assertTrue(o >= 0 && o <= p.original().length(), "offset " + i + " -> " + o);
            assertTrue(o >= prev, "offsets not monotone at " + i + ": " + prev + " then " + o);
            prev = o;
        }
        assertTrue(p.originalLine(p.text().length()) >= 1);
    }

    /** Sentences come in order with ids 0..n-1, hold their text, and every non-space character is in one. */
    static boolean segmenter(String text, String lang) {
        List<Sentence> ss = SEGMENTER.segment(text, lang);
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
        return true;
    }

    /** The pair's second language: English for a Ukrainian or Russian source, else Ukrainian or Russian. */
    private static String other(String la, String a) {
        return la.equals("en") ? (a.length() % 2 == 0 ? "uk" : "ru") : "en";
    }

    /** Every sentence of each side is in exactly one bead, and the beads keep the sentence order. */
    static boolean aligner(String a, String b, String la) {
        Transcheck t = tc();
        Document src = t.document("s." + la + ".txt", la, a);
        String lb = other(la, a);
        Document tr = t.document("t." + lb + ".txt", lb, b);
        Alignment al = t.align(src, tr);
        checkBeads(al.beads().stream().map(Bead::source).toList(), src.size());
        checkBeads(al.beads().stream().map(Bead::translation).toList(), tr.size());
        return true;
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

    /** The full check: no exception, and every finding's spans hold their text. */
    static boolean check(String a, String b, String la) {
        Transcheck t = tc();
        String lb = other(la, a);
        Document src = t.document("s." + la + ".txt", la, a);
        Document tr = t.document("t." + lb + ".txt", lb, b);
        Report r = t.check(src, tr);
        FuzzTargets.spansHoldText(r);
        return true;
    }

    /** A config file of any content: a config, or one InputException naming the file. */
    static boolean config(Path dir, String yaml) throws Exception {
        Path f = Files.write(dir.resolve("transcheck.yaml"), yaml.getBytes(StandardCharsets.UTF_8));
        Set<String> known = CheckRegistry.standard().checks().stream().map(c -> c.id()).collect(Collectors.toSet());
        try {
            assertTrue(ConfigLoader.load(f, known) != null);
            return true;
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            oneLine(e.getMessage());
            return false;
        }
    }

    /** An accept file of any content: a set of ids, or one InputException naming the file. */
    static boolean accept(Path dir, String text) throws Exception {
        Path f = Files.write(dir.resolve("accepted.txt"), text.getBytes(StandardCharsets.UTF_8));
        try {
            assertTrue(AcceptFile.read(f) != null);
            return true;
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            oneLine(e.getMessage());
            return false;
        }
    }

    /** An error is one line: what reaches a terminal or a CI log never spans lines. */
    private static void oneLine(String m) {
        assertTrue(m.lines().count() <= 1, "a message of several lines: " + m);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static byte[] encode(String text, String encoding) throws Exception {
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

    static boolean wellFormed(String s) {
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
