package dev.transcheck.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the file readers that {@link FuzzTest} does not cover (issue 15):
 * glossary CSV (both forms), TBX, XLIFF 1.2 and 2.x, TMX, PO, DOCX and the batch manifest. Each
 * property feeds generated files (well-formed ones from random parts, then mutated; see
 * {@link ReaderInputs}) to one reader, and {@link FuzzTargets} states what must hold: a result
 * whose text comes from the input and on which the checks run, or one clean InputException naming
 * the file; nothing else, within {@link #SECONDS}; no external entity is ever read. The unit suite
 * tries 10 inputs a property (each costs up to a full check, and the committed corpus,
 * {@link FuzzCorpusTest}, is the regression test); a long run goes by the clock: {@code lab/fuzz}
 * ({@link LongRun}, docs/performance.md, "Fuzzing").
 */
@PropertyDefaults(tries = 10)
class ReaderFuzzTest {
    /** A generous bound per input on a loaded 2-core machine: a hang or a super-linear blow-up exceeds it. */
    static final double SECONDS = 20;

    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("transcheck-reader-fuzz");
        FuzzTargets.manifestFiles(dir);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void run(String target, byte[] input) throws Exception {
        FuzzTargets.run(FuzzTargets.named(target), dir, input, SECONDS);
    }

    @Provide
    Arbitrary<byte[]> glossaryCsvInput() {
        return ReaderInputs.forTarget("glossary-csv");
    }

    /** A glossary CSV (concept, type, lang, form, status, ...): a usable glossary or one clean error. */
    @Property
    void glossaryCsvIsReadOrRefused(@ForAll("glossaryCsvInput") byte[] input) throws Exception {
        run("glossary-csv", input);
    }

    @Provide
    Arbitrary<byte[]> deskGlossaryInput() {
        return ReaderInputs.forTarget("glossary-desk");
    }

    /** A desk glossary (a column per language): a usable glossary or one clean error. */
    @Property
    void deskGlossaryIsReadOrRefused(@ForAll("deskGlossaryInput") byte[] input) throws Exception {
        run("glossary-desk", input);
    }

    @Provide
    Arbitrary<byte[]> tbxInput() {
        return ReaderInputs.forTarget("tbx");
    }

    /** A TBX glossary: a usable glossary or one clean error; no entity is expanded or resolved. */
    @Property
    void tbxIsReadOrRefused(@ForAll("tbxInput") byte[] input) throws Exception {
        run("tbx", input);
    }

    @Provide
    Arbitrary<byte[]> xliff12Input() {
        return ReaderInputs.forTarget("xliff12");
    }

    /** An XLIFF 1.2 file: segment pairs from the file, checked; or one clean error. */
    @Property
    void xliff12IsReadOrRefused(@ForAll("xliff12Input") byte[] input) throws Exception {
        run("xliff12", input);
    }

    @Provide
    Arbitrary<byte[]> xliff2Input() {
        return ReaderInputs.forTarget("xliff2");
    }

    /** An XLIFF 2.x file: segment pairs from the file, checked; or one clean error. */
    @Property
    void xliff2IsReadOrRefused(@ForAll("xliff2Input") byte[] input) throws Exception {
        run("xliff2", input);
    }

    @Provide
    Arbitrary<byte[]> tmxInput() {
        return ReaderInputs.forTarget("tmx");
    }

    /** A TMX file: segment pairs from the file, checked; or one clean error. */
    @Property
    void tmxIsReadOrRefused(@ForAll("tmxInput") byte[] input) throws Exception {
        run("tmx", input);
    }

    @Provide
    Arbitrary<byte[]> poInput() {
        return ReaderInputs.forTarget("po");
    }

    /** A PO file: segment pairs, checked; or one clean error. */
    @Property
    void poIsReadOrRefused(@ForAll("poInput") byte[] input) throws Exception {
        run("po", input);
    }

    @Provide
    Arbitrary<byte[]> docxInput() {
        return ReaderInputs.forTarget("docx");
    }

    /** A .docx (random parts, damaged zips, bombs, entities): article text from its parts, or one clean error. */
    @Property
    void docxIsReadOrRefused(@ForAll("docxInput") byte[] input) throws Exception {
        run("docx", input);
    }

    @Provide
    Arbitrary<byte[]> manifestInput() {
        return ReaderInputs.forTarget("manifest");
    }

    /** A batch manifest: pairs with safe names and existing files, or one clean error. */
    @Property
    void manifestIsReadOrRefused(@ForAll("manifestInput") byte[] input) throws Exception {
        run("manifest", input);
    }

    /**
     * Writes generated inputs into the corpus: {@code -Dtranscheck.fuzz.seeds=src/test/resources/fuzz
     * -Dtranscheck.fuzz.seedCount=N} (a no-op otherwise). Used once per target to commit seeds.
     */
    @Example
    void writeSeeds() throws Exception {
        String out = System.getProperty("transcheck.fuzz.seeds");
        if (out == null) {
            return;
        }
        int n = Integer.getInteger("transcheck.fuzz.seedCount", 6);
        java.util.Map<String, Arbitrary<?>> gens = new java.util.LinkedHashMap<>();
        gens.put("glossary-csv", ReaderInputs.glossaryCsvValid());
        gens.put("glossary-desk", ReaderInputs.deskCsvValid());
        gens.put("tbx", ReaderInputs.tbxValid());
        gens.put("xliff12", ReaderInputs.xliff12Valid());
        gens.put("xliff2", ReaderInputs.xliff2Valid());
        gens.put("tmx", ReaderInputs.tmxValid());
        gens.put("po", ReaderInputs.poValid());
        gens.put("manifest", ReaderInputs.manifestValid());
        gens.put("docx", ReaderInputs.docxParagraph().list().ofMinSize(1).ofMaxSize(6)
                .map(ps -> ReaderInputs.zip(ReaderInputs.docxParts(ReaderInputs.documentXml(ps)))));
        for (PropertyTargets.Prop p : PropertyTargets.ALL) {
            gens.put(p.name(), p.inputs());
        }
        for (var e : gens.entrySet()) {
            FuzzTargets.Target t = FuzzTargets.named(e.getKey());
            Path d = Files.createDirectories(Path.of(out, e.getKey()));
            var it = e.getValue().sampleStream().limit(n).iterator();
            for (int i = 0; it.hasNext(); i++) {
                Object v = it.next();
                byte[] b = v instanceof byte[] bs ? bs : v.toString().getBytes(StandardCharsets.UTF_8);
                Files.write(d.resolve("seed-" + i + ext(t)), b);
            }
        }
    }

    static String ext(FuzzTargets.Target t) {
        String f = t.fileName();
        return f.substring(f.indexOf('.'));
    }
}
