package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report contract on the sample: spans equal their text, every sentence in exactly one bead. */
class ContractTest {
    static final Path SAMPLE = Path.of("samples/zapad-2025");

    @Test
    void sampleReportFollowsTheContract() throws Exception {
        for (String src : new String[] {"source.uk.txt", "source.ru.txt"}) {
            Transcheck tc = Transcheck.builder().build();
            String s = Files.readString(SAMPLE.resolve(src));
            String t = Files.readString(SAMPLE.resolve("translation.en.txt"));
            Report r = tc.check(tc.document(src, src.substring(7, 9), s), tc.document("translation.en.txt", "en", t));
            assertSpans(r.source());
            assertSpans(r.translation());
            int[] seenS = new int[r.source().size()];
            int[] seenT = new int[r.translation().size()];
            for (Bead b : r.alignment().beads()) {
                b.source().forEach(i -> seenS[i]++);
                b.translation().forEach(i -> seenT[i]++);
            }
            for (int c : seenS) {
                assertEquals(1, c);
            }
            for (int c : seenT) {
                assertEquals(1, c);
            }
            for (Finding f : r.findings()) {
                assertSpan(r.source(), f.source());
                assertSpan(r.translation(), f.translation());
            }
        }
    }

    private static void assertSpans(Document d) {
        assertTrue(d.size() > 0);
        for (Sentence s : d.sentences()) {
            assertEquals(d.text().substring(s.start(), s.end()), s.text());
        }
    }

    private static void assertSpan(Document d, Span span) {
        if (span != null) {
            assertEquals(d.text().substring(span.start(), span.end()), span.text());
            Sentence s = d.sentence(span.sentence());
            assertTrue(span.start() >= s.start() && span.end() <= s.end(), "span inside its sentence");
        }
    }
}
