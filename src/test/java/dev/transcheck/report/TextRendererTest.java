package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Report;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    static final Report REPORT = Fixtures.report();

    @Test
    void groupsFindingsByPairAndMarksSpans() {
        String out = new TextRenderer(false).render(REPORT);
        assertFalse(out.contains("\u001b["), "no ANSI without colour");
        // pair 1 has the overlapping findings; both sides marked, adjacent marks merged
        int pair1 = out.indexOf("-- pair 1: source [0], translation [0]");
        int pair2 = out.indexOf("-- pair 2: source [1], translation [1]");
        assertTrue(pair1 >= 0 && pair2 > pair1, out);
        String block = out.substring(pair1, pair2);
        assertTrue(block.contains("uk  Голова [[<script>]]alert(1)</script> [[Бондаренко]] & Ко"), block);
        assertTrue(block.contains("en  Chairman [[<script>alert(1)</script>]] [[Bondarchuk & Co announced]] \"new\" plans."), block);
        assertTrue(block.contains("ERROR   test.name  accuracy/mistranslation"), block);
        assertTrue(block.contains("suggestion: Bondarenko"), block);
        assertTrue(block.contains("WARNING test.part"), block);
        assertTrue(out.contains("(no translation: the source sentence is dropped)"), out);
        assertTrue(out.contains("(no source: the translation adds this)"), out);
        assertTrue(out.endsWith("FAILED: 2 errors, 2 warnings, 2 infos; score "
                + String.format(java.util.Locale.ROOT, "%.2f", REPORT.summary().score())
                + " per 1,000 source words (" + REPORT.summary().words() + " words); gate: fail-on error\n"), out);
    }

    @Test
    void colourUsesAnsiAndQuietPrintsTheSummaryAlone() {
        String colour = new TextRenderer(true).render(REPORT);
        assertTrue(colour.contains("\u001b[1m\u001b[4m\u001b[31mBondarchuk & \u001b[0m"), colour);
        assertFalse(colour.contains("[["));
        String quiet = new TextRenderer(false, true).render(REPORT);
        assertEquals(1, quiet.lines().count());
        assertTrue(quiet.startsWith("FAILED: 2 errors"));
    }

    @Test
    void longSentencesAreCutAroundTheMarks() {
        String text = "word ".repeat(100) + "MARK" + " tail".repeat(100);
        dev.transcheck.model.Sentence s = new dev.transcheck.model.Sentence(0, 0, 0, text.length(), text);
        dev.transcheck.model.Document d = new dev.transcheck.model.Document("x", "en", text, java.util.List.of(s));
        dev.transcheck.model.Finding f = dev.transcheck.model.Finding.of("t", dev.transcheck.model.Severity.ERROR,
                dev.transcheck.model.Category.SPELLING, "m", dev.transcheck.model.Span.of(d, 0, 500, 504), null, null, null);
        String snip = new TextRenderer(false).snippet(s, java.util.List.of(f), true);
        assertTrue(snip.startsWith("...") && snip.endsWith("...") && snip.contains("[[MARK]]"), snip);
        assertTrue(snip.length() < 2 * TextRenderer.CONTEXT + 20, snip);
    }
}
