package dev.transcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.cli.ManifestAccess;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.glossary.Term;
import dev.transcheck.io.BilingualFile;
import dev.transcheck.io.Formats;
import dev.transcheck.io.InputException;
import dev.transcheck.io.PlainText;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.InlineCode;
import dev.transcheck.model.Report;
import dev.transcheck.model.Span;
import dev.transcheck.text.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file readers under fuzzing, each as a target: the file name it is read under, how it is
 * read, and what must hold of a result. {@link ReaderFuzzTest} feeds generated inputs to them;
 * {@link FuzzCorpusTest} replays the committed corpus ({@code src/test/resources/fuzz/<target>/})
 * through the same code. For every target the outcome is a result that passes {@link Target#verify}
 * or one {@link InputException} that passes {@link #clean}; any other exception, or more time than
 * the bound, is a defect.
 */
final class FuzzTargets {
    private FuzzTargets() {
    }

    /** A reader under test. */
    interface Target {
        /** The corpus folder and the name in messages. */
        String name();

        /** The file name an input is written under (the extension picks the reader). */
        String fileName();

        /** Reads {@code file}: a result, or an InputException. */
        Object read(Path file) throws Exception;

        /** Checks a result against the input it came from. */
        void verify(Path file, byte[] input, Object result) throws Exception;

        /** Whether a verified result counts as read (true) or as a clean refusal the property handled (false). */
        default boolean accepted(Object result) {
            return true;
        }

        /** The inputs a long run draws. */
        default net.jqwik.api.Arbitrary<byte[]> inputs() {
            return ReaderInputs.forTarget(name());
        }
    }

    /** The file readers ({@link ReaderFuzzTest}). */
    static final List<Target> READERS = List.of(
            new GlossaryTarget("glossary-csv", "g.csv"),
            new GlossaryTarget("glossary-desk", "desk.csv"),
            new GlossaryTarget("tbx", "g.tbx"),
            new BilingualTarget("xliff12", "job.xlf"),
            new BilingualTarget("xliff2", "job.xliff"),
            new BilingualTarget("tmx", "memory.tmx"),
            new BilingualTarget("po", "messages.po"),
            new DocxTarget(),
            new ManifestTarget());

    /** Every target: the file readers, then the properties of {@link FuzzTest} ({@link PropertyTargets}). */
    static final List<Target> ALL = java.util.stream.Stream.concat(READERS.stream(), PropertyTargets.ALL.stream()).toList();

    static Target named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Writes {@code input} to {@code dir} under the target's file name and reads it within
     * {@code seconds}: a verified result or a clean InputException, else the property fails.
     */
    static boolean run(Target t, Path dir, byte[] input, double seconds) throws Exception {
        Path file = dir.resolve(t.fileName());
        Files.write(file, input);
        return runFile(t, file, input, seconds);
    }

    /** Reads and verifies; true for a result, false for a clean InputException; anything else is thrown. */
    static boolean runFile(Target t, Path file, byte[] input, double seconds) throws Exception {
        try {
            return guarded(t, file, input, seconds);
        } catch (Exception | Error e) {
            save(t, input);
            throw e;
        }
    }

    /**
     * With {@code -Dtranscheck.fuzz.save=DIR}, an input that fails is kept as
     * {@code DIR/<target>/crash-<hash><ext>}, to be added to the corpus once fixed.
     */
    private static void save(Target t, byte[] input) {
        String out = System.getProperty("transcheck.fuzz.save");
        if (out == null) {
            return;
        }
        try {
            Path d = Files.createDirectories(Path.of(out, t.name()));
            String f = t.fileName();
            Files.write(d.resolve("crash-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + f.substring(f.indexOf('.'))), input);
        } catch (java.io.IOException e) {
            // keeping the input is a convenience; the failure itself is reported anyway
        }
    }

    private static boolean guarded(Target t, Path file, byte[] input, double seconds) throws Exception {
        return Inputs.within(seconds, t.name(), () -> {
            Object result;
            try {
                result = t.read(file);
            } catch (InputException e) {
                clean(e, file);
                REFUSALS.merge(refusalKind(e.getMessage(), file), 1, Integer::sum);
                return false;
            }
            t.verify(file, input, result);
            return t.accepted(result);
        });
    }

    /** How often each kind of refusal was seen (the message past the file name, shortened): to tune the generators. */
    static final java.util.concurrent.ConcurrentHashMap<String, Integer> REFUSALS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String refusalKind(String m, Path file) {
        String k = m.substring(Math.min(m.length(), file.toString().length())).replaceAll("^:\\d+", "");
        k = k.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
        return k.length() > 70 ? k.substring(0, 70) : k;
    }

    /** One line naming the file: no stack trace, no file contents behind an entity, bounded length. */
    static void clean(InputException e, Path file) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), "the message must name the file: " + m);
        assertFalse(m.contains("\tat ") || m.contains("\n\tat"), "a stack trace in the message: " + m);
        assertFalse(m.contains(ReaderInputs.CANARY), "an external entity was read: " + m);
        assertTrue(m.length() <= file.toString().length() + 700, "message of " + m.length() + " characters");
    }

    // ---- shared checks ---------------------------------------------------------------------------

    private static volatile Transcheck plain;

    /** A Transcheck without glossary, made once (the checks run on what the readers return). */
    static Transcheck plain() {
        if (plain == null) {
            synchronized (FuzzTargets.class) {
                if (plain == null) {
                    plain = Transcheck.builder().glossary(Glossary.empty()).build();
                }
            }
        }
        return plain;
    }

    private static dev.transcheck.text.Resources resources;
    private static int resourceUses;

    /**
     * Dictionaries and tables shared by the checks over generated glossaries (loading them per
     * glossary would cost a second an input), renewed every 500 glossaries because their memo is
     * keyed by glossary and would otherwise grow through a long run.
     */
    static synchronized dev.transcheck.text.Resources glossaryResources() {
        if (resources == null || ++resourceUses % 500 == 0) {
            resources = new dev.transcheck.text.Resources();
        }
        return resources;
    }

    private static final Pattern CHAR_REF = Pattern.compile("&#(x?)([0-9a-fA-F]{1,8});");

    /**
     * The code points a reader may return for {@code input}: those of the text and those its
     * character references stand for (a reader may only pass on what the file says).
     */
    static Set<Integer> allowedCodePoints(String input) {
        Set<Integer> out = new HashSet<>();
        input.codePoints().forEach(out::add);
        Matcher m = CHAR_REF.matcher(input);
        while (m.find()) {
            try {
                out.add(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16));
            } catch (NumberFormatException ignored) {
                // a reference no parser accepts
            }
        }
        for (int c : new int[] {'&', '<', '>', '"', '\'', '\n', '\t', '\r', ' ', 0xA0}) {
            out.add(c);
        }
        return out;
    }

    static void onlyFromInput(String what, String output, Set<Integer> allowed) {
        if (output == null) {
            return;
        }
        assertFalse(output.contains(ReaderInputs.CANARY), what + ": an external entity was read");
        output.codePoints().forEach(c -> assertTrue(allowed.contains(c) || Character.isWhitespace(c) || Character.isSpaceChar(c),
                () -> what + ": U+" + Integer.toHexString(c) + " is not in the input: " + dev.transcheck.io.Excerpt.of(output, 80)));
    }

    static void spansHoldText(Report r) {
        for (Finding f : r.findings()) {
            spanHolds(f.source(), r.source(), f);
            spanHolds(f.translation(), r.translation(), f);
        }
    }

    private static void spanHolds(Span s, Document d, Finding f) {
        if (s == null) {
            return;
        }
        assertTrue(s.start() >= 0 && s.end() <= d.text().length(), f.check() + ": span past the end");
        assertEquals(d.text().substring(s.start(), s.end()), s.text(), f.check() + ": span text");
    }

    static String lang(String declared, String fallback) {
        String b = Formats.baseLanguage(declared);
        return b != null && Languages.isKnownCode(b) ? b : fallback;
    }

    // ---- glossaries ------------------------------------------------------------------------------

    /** A glossary file (long CSV, desk CSV, TBX): concepts whose forms come from the file, usable by a check. */
    record GlossaryTarget(String name, String fileName) implements Target {
        @Override
        public Object read(Path file) throws Exception {
            return GlossaryLoader.load(file);
        }

        @Override
        public void verify(Path file, byte[] input, Object result) {
            Glossary g = (Glossary) result;
            String text = new String(input, StandardCharsets.UTF_8);
            Set<Integer> allowed = allowedCodePoints(text);
            long lines = text.lines().count() + 1;
            StringBuilder uk = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (Concept c : g.concepts()) {
                assertTrue(c.type() != null, "concept without type");
                for (Term t : c.terms()) {
                    assertFalse(t.form().isBlank(), "blank form in " + c.id());
                    onlyFromInput("form", t.form(), allowed);
                    String origin = t.origin();
                    int colon = origin.lastIndexOf(':');
                    int line = Integer.parseInt(origin.substring(colon + 1));
                    assertTrue(line >= 1 && line <= lines, "origin line " + line + " outside the file (" + lines + " lines)");
                    (t.lang().equals("en") ? en : uk).append(t.form()).append(". ");
                }
            }
            // the glossary is usable: a term index is built and a check runs over its own forms
            Transcheck tc = Transcheck.builder().glossary(g).resources(glossaryResources()).build();
            Document src = tc.document("s.uk.txt", "uk", "Текст. " + uk);
            Document tr = tc.document("t.en.txt", "en", "Text. " + en);
            spansHoldText(tc.check(src, tr));
        }
    }

    // ---- bilingual files -------------------------------------------------------------------------

    /** XLIFF 1.2 / 2.x, TMX, PO: segment pairs whose text comes from the file, inline codes within it, a check. */
    record BilingualTarget(String name, String fileName) implements Target {
        @Override
        public Object read(Path file) throws Exception {
            return Formats.readBilingual(file);
        }

        @Override
        public void verify(Path file, byte[] input, Object result) {
            BilingualFile b = (BilingualFile) result;
            assertFalse(b.pairs().isEmpty(), "a bilingual file without pairs must be refused");
            String text = new String(input, StandardCharsets.UTF_8);
            Set<Integer> allowed = allowedCodePoints(text);
            boolean po = name.equals("po");
            for (BilingualFile.Pair p : b.pairs()) {
                assertTrue(p.id() != null && !p.id().isEmpty(), "pair without id");
                if (!po) {
                    onlyFromInput("source of " + p.id(), p.source(), allowed);
                    onlyFromInput("target of " + p.id(), p.target(), allowed);
                }
                codesWithin(p.sourceCodes(), p.source(), p.id());
                codesWithin(p.targetCodes(), p.target() == null ? "" : p.target(), p.id());
            }
            String sl = lang(b.sourceLang(), "uk");
            String tl = lang(b.targetLang(), sl.equals("en") ? "uk" : "en");
            if (tl.equals(sl)) {
                tl = sl.equals("en") ? "uk" : "en";
            }
            spansHoldText(plain().check(b.withLanguages(sl, tl)));
        }

        private static void codesWithin(List<InlineCode> codes, String text, String id) {
            int prev = 0;
            for (InlineCode c : codes) {
                assertTrue(c.offset() >= prev && c.offset() <= text.length(),
                        "inline code of " + id + " at " + c.offset() + " outside its text (" + text.length() + ")");
                prev = c.offset();
            }
        }
    }

    // ---- Word ------------------------------------------------------------------------------------

    /** A .docx read as an article: text from its parts (never from an external entity), or one clean error. */
    static final class DocxTarget implements Target {
        @Override
        public String name() {
            return "docx";
        }

        @Override
        public String fileName() {
            return "article.uk.docx";
        }

        @Override
        public Object read(Path file) throws Exception {
            return Formats.readArticle(file, null);
        }

        @Override
        public void verify(Path file, byte[] input, Object result) throws Exception {
            PlainText p = (PlainText) result;
            assertFalse(p.text().isBlank(), "a docx without text must be refused");
            // the text comes from the zip's parts: the union of their characters (and references)
            Set<Integer> allowed = new HashSet<>();
            try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(input))) {
                for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    allowed.addAll(allowedCodePoints(new String(zin.readNBytes(20 << 20), StandardCharsets.UTF_8)));
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                // a zip that ZipInputStream cannot read to its end (or whose local names are not UTF-8) but ZipFile did
            }
            try (var zf = new java.util.zip.ZipFile(file.toFile())) {
                for (var en = zf.entries(); en.hasMoreElements(); ) {
                    var e = en.nextElement();
                    // one damaged entry (found by lab/fuzz: a directory entry whose data does not inflate)
                    // must not hide the characters of the entries after it
                    try (var in = zf.getInputStream(e)) {
                        allowed.addAll(allowedCodePoints(new String(in.readNBytes(20 << 20), StandardCharsets.UTF_8)));
                    } catch (java.io.IOException | RuntimeException bad) {
                        // this entry is unreadable; the reader cannot have taken text from it either
                    }
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                // not readable through its central directory
            }
            onlyFromInput("docx text", p.text(), allowed);
            Transcheck tc = plain();
            Document d = tc.document(file.toString(), "uk", p.text());
            Document t = tc.document("t.en.txt", "en", "Text. 2025.");
            spansHoldText(tc.check(d, t));
        }
    }

    // ---- batch manifest --------------------------------------------------------------------------

    /** A batch manifest: rows with safe output names; a row without a problem names two existing files. */
    static final class ManifestTarget implements Target {
        @Override
        public String name() {
            return "manifest";
        }

        @Override
        public String fileName() {
            return "manifest.csv";
        }

        @Override
        public Object read(Path file) throws Exception {
            return ManifestAccess.read(file);
        }

        @Override
        public void verify(Path file, byte[] input, Object result) {
            @SuppressWarnings("unchecked")
            List<ManifestAccess.Row> rows = (List<ManifestAccess.Row>) result;
            Set<String> names = new HashSet<>();
            for (ManifestAccess.Row r : rows) {
                assertTrue(r.name().matches("[\\p{L}\\p{N}._-]{1,130}") && !r.name().startsWith("."),
                        "unsafe output name: " + r.name());
                assertTrue(names.add(r.name()), "two rows write " + r.name());
                if (r.problem() == null) {
                    assertTrue(Files.isRegularFile(r.source()) && Files.isRegularFile(r.translation()),
                            "a row without problem names a missing file: " + r);
                }
                for (String l : new String[] {r.from(), r.to()}) {
                    assertTrue(l == null || Languages.isKnownCode(l), "unknown language passed on: " + l);
                }
            }
        }
    }

    /** The files a manifest's rows may name, made in {@code dir} before a manifest is read there. */
    static void manifestFiles(Path dir) throws java.io.IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.uk.txt"), "Президент заявив.");
        Files.writeString(dir.resolve("a.en.txt"), "The president said.");
        Files.writeString(dir.resolve("b.ru.md"), "# Заголовок\n\nТекст.");
        Files.writeString(dir.resolve("b.en.html"), "<p>Text.</p>");
        Files.writeString(dir.resolve("sub/c.uk.txt"), "Текст.");
    }
}
