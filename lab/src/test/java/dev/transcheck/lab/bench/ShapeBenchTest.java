package dev.transcheck.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repetitive shapes of bench-shape: many sentences per word, built the same every time, and a digest that tells alignments apart. */
class ShapeBenchTest {
    private static final Transcheck TC = Transcheck.builder().build();

    @Test
    void repetitiveShapesHaveManySentencesPerWordAndAreDeterministic() {
        ShapeBench b = new ShapeBench(null);
        for (String shape : List.of("words", "periodic", "list", "table")) {
            String[] d = b.documents(shape, 300);
            assertEquals(List.of(d[0], d[1]), List.of(b.documents(shape, 300)[0], b.documents(shape, 300)[1]), shape);
            Document s = TC.document("s.uk.txt", "uk", d[0]);
            assertTrue(s.size() >= 300 / 6, shape + ": " + s.size() + " sentences");
            Document t = TC.document("t.en.txt", "en", d[1]);
            assertEquals(ShapeBench.digest(TC.align(s, t)), ShapeBench.digest(TC.align(s, t)), shape);
        }
        assertThrows(IllegalArgumentException.class, () -> b.documents("prose", 100));
        assertThrows(IllegalArgumentException.class, () -> b.documents("poetry", 100));
    }

    @Test
    void theDigestTellsTwoAlignmentsApart() {
        ShapeBench b = new ShapeBench(null);
        String[] d = b.documents("words", 200);
        Document s = TC.document("s.uk.txt", "uk", d[0]);
        Document t = TC.document("t.en.txt", "en", d[1]);
        Document shorter = TC.document("t.en.txt", "en", d[1].substring(0, d[1].length() / 2));
        assertTrue(ShapeBench.digest(TC.align(s, t)) != ShapeBench.digest(TC.align(s, shorter)));
    }

    @Test
    void theTablePrintsEveryShapeAndSize() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ShapeBench(null).run(TC, List.of("words", "table"), List.of(300, 600), 1, 60, new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(5, table.lines().count(), table);
        assertTrue(table.contains("words") && table.contains("table") && table.contains("600"), table);
    }
}
