package dev.transcheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tricky-case corpora in {@code src/test/resources/segment-cases/<lang>.txt}: a case is a block of
 * lines, one expected sentence a line, blocks separated by blank lines, {@code #} lines are
 * comments. The input is the case's lines joined with one space. A case after a {@code #xfail}
 * comment is a documented limitation: it is expected (strictly) to fail.
 */
class SegmenterCorpusTest {
    static final Segmenter SEGMENTER = new Segmenter();
    static final String[] LANGS = System.getProperty("segLangs", "uk,ru,en").split(",");

    /** A case; {@code knownFailure} when a {@code #xfail} comment precedes it (a documented limitation). */
    record Case(String lang, int line, List<String> sentences, boolean knownFailure) {
        String input() {
            return String.join(" ", sentences);
        }

        @Override
        public String toString() {
            String s = input();
            return lang + ":" + line + " " + (s.length() > 70 ? s.substring(0, 70) + "…" : s);
        }
    }

    static List<Case> cases(String lang) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = SegmenterCorpusTest.class.getResourceAsStream("/segment-cases/" + lang + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no corpus for " + lang);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<String> current = new ArrayList<>();
            int start = 0;
            boolean xfail = false;
            for (int i = 0; i <= lines.length; i++) {
                String l = i < lines.length ? lines[i].strip() : "";
                if (l.startsWith("#xfail")) {
                    xfail = true;
                }
                if (l.startsWith("#")) {
                    continue;
                }
                if (l.isEmpty()) {
                    if (!current.isEmpty()) {
                        out.add(new Case(lang, start, List.copyOf(current), xfail));
                        current.clear();
                        xfail = false;
                    }
                    continue;
                }
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(l);
            }
        }
        return out;
    }

    static Stream<Arguments> allCases() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (String lang : LANGS) {
            for (Case c : cases(lang)) {
                args.add(Arguments.of(c));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void splitsAsExpected(Case c) {
        String input = c.input();
        List<Sentence> got = SEGMENTER.segment(input, c.lang());
        List<String> texts = got.stream().map(Sentence::text).toList();
        if (c.knownFailure()) {
            // strict: when the limitation is fixed the #xfail mark must go
            assertNotEquals(c.sentences(), texts, "known failure now passes; remove its #xfail mark");
        } else {
            assertEquals(c.sentences(), texts);
        }
        for (Sentence s : got) {
            assertEquals(input.substring(s.start(), s.end()), s.text());
        }
    }

    @Test
    void everyLanguageHasAtLeast150Cases() throws IOException {
        for (String lang : LANGS) {
            int n = cases(lang).size();
            assertTrue(n >= 150, lang + " has only " + n + " cases");
        }
    }
}
