package dev.transcheck.fuzz;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * property states an invariant (in {@link PropertyTargets}, shared with the long run and the
 * corpus) and a time bound; the number of tries comes from {@code jqwik.tries.default}
 * (src/test/resources/junit-platform.properties, small for the unit suite). A long run by the
 * clock: {@code lab/fuzz --minutes 10 text markdown html segmenter aligner check config accept}
 * (docs/performance.md, "Fuzzing").
 */
class FuzzTest {
    /** A generous bound per input on a loaded 2-core machine: a hang or a quadratic blow-up exceeds it. */
    private static final double SECONDS = 20;

    private static Path dir;
    private static Transcheck tc;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("transcheck-fuzz");
        tc = PropertyTargets.tc();
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
        return PropertyTargets.encoding();
    }

    @Provide
    Arbitrary<String> lang() {
        return PropertyTargets.lang();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return PropertyTargets.bytes();
    }

    @Provide
    Arbitrary<String> format() {
        return PropertyTargets.format();
    }

    @Provide
    Arbitrary<String> shortText() {
        return PropertyTargets.shortText();
    }

    @Provide
    Arbitrary<String> configs() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Mutations.config()), net.jqwik.api.Tuple.of(1, PropertyTargets.yaml()));
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Mutations.accept()), net.jqwik.api.Tuple.of(1, PropertyTargets.yaml()));
    }

    @Provide
    Arbitrary<byte[]> articleBytes() {
        return Arbitraries.oneOf(PropertyTargets.bytes(), Mutations.mutated());
    }

    @Provide
    Arbitrary<String> markup() {
        return PropertyTargets.markupTexts();
    }

    @Provide
    Arbitrary<String> yaml() {
        return PropertyTargets.yaml();
    }

    /** Text in any supported encoding (with a BOM for UTF-16) decodes, or ends in one InputException. */
    @Property
    void encodedTextDecodesOrFailsCleanly(@ForAll("hostile") String text, @ForAll("encoding") String encoding,
                                          @ForAll boolean named) throws Exception {
        Inputs.within(SECONDS, "decode", () -> PropertyTargets.encodedText(text, encoding, named));
    }

    /** Arbitrary bytes read as an article of each format: a PlainText with text, or one InputException. */
    @Property
    void anyBytesReadAsArticle(@ForAll("articleBytes") byte[] bytes, @ForAll("format") String ext) throws Exception {
        Inputs.within(SECONDS, "readArticle", () -> PropertyTargets.anyBytesReadAsArticle(dir, bytes, ext));
    }

    /** Markdown extraction: no exception; originalOffset monotone and within the original. */
    @Property
    void markdownOffsetsMapBack(@ForAll("markup") String md) throws Exception {
        Inputs.within(SECONDS, "MarkdownText", () -> PropertyTargets.markdown(md));
    }

    /** HTML extraction: no exception; originalOffset monotone and within the original. */
    @Property
    void htmlOffsetsMapBack(@ForAll("markup") String html) throws Exception {
        Inputs.within(SECONDS, "HtmlText", () -> PropertyTargets.html(html));
    }

    /** Sentences come in order, hold their text, and every non-space character is in a sentence. */
    @Property
    void sentencesCoverTheTextInOrder(@ForAll("hostile") String text, @ForAll("lang") String lang) throws Exception {
        Inputs.within(SECONDS, "segment", () -> PropertyTargets.segmenter(text, lang));
    }

    /** Every sentence of each side is in exactly one bead, and the beads keep the sentence order. */
    @Property
    void everySentenceInExactlyOneBead(@ForAll("hostile") String a, @ForAll("hostile") String b,
                                       @ForAll("lang") String la) throws Exception {
        Inputs.within(SECONDS, "align", () -> PropertyTargets.aligner(a, b, la));
    }

    /** The full check on random short pairs: no exception, and every finding's spans hold their text. */
    @Property
    void checkEndToEnd(@ForAll("shortText") String a, @ForAll("shortText") String b, @ForAll("lang") String la)
            throws Exception {
        Inputs.within(SECONDS, "check", () -> PropertyTargets.check(a, b, la));
    }

    /** A config file of any content: a config, or one InputException naming the file. */
    @Property
    void configIsReadOrRefused(@ForAll("configs") String yaml) throws Exception {
        Inputs.within(SECONDS, "config", () -> PropertyTargets.config(dir, yaml));
    }

    /** An accept file of any content: a set of ids, or one InputException naming the file. */
    @Property
    void acceptFileIsReadOrRefused(@ForAll("accepts") String text) throws Exception {
        Inputs.within(SECONDS, "accept", () -> PropertyTargets.accept(dir, text));
    }

    /** Found by the fuzzer: digits of other scripts (NKo, Gurmukhi) used to throw from check and align. */
    @net.jqwik.api.Example
    void digitsOfOtherScriptsAreNoNumbers() throws Exception {
        Document src = tc.document("s.uk.txt", "uk", "\u07C3 \u0A66 12 травня");
        Document tr = tc.document("t.en.txt", "en", "\u0A66 \u07C3 May 12");
        tc.check(src, tr);
    }

    /** Any string, lone surrogates and line breaks included, survives a case file. */
    @Property
    void caseFilesRoundTrip(@ForAll("hostile") String text, @ForAll("lang") String lang) {
        PropertyTargets.Case c = PropertyTargets.Case.of("lang", lang, "text", text, "x", "\\u12 \\");
        org.junit.jupiter.api.Assertions.assertEquals(c, PropertyTargets.Case.parse(c.format("t")));
    }
}
