package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Markup that used to cost quadratic time or overflow the stack: many unmatched brackets, lone
 * '<', unclosed code marks, deeply nested links. The time limits are hang guards, far above what
 * a linear reader needs; the speed itself is measured by the benchmarks.
 */
class HostileMarkupTest {
    private static final Duration GUARD = Duration.ofSeconds(90);

    @Test
    void manyUnmatchedBracketsInMarkdown() {
        String md = "Text " + "[".repeat(200_000) + " end.";
        PlainText p = assertTimeoutPreemptively(GUARD, () -> MarkdownText.extract(md));
        assertTrue(p.text().startsWith("Text [[["));
    }

    @Test
    void manyLoneAnglesAndOpenCodeMarksInMarkdown() {
        String md = "<a ".repeat(100_000) + "\n\n" + "` x ``".repeat(50_000) + " `` y";
        PlainText p = assertTimeoutPreemptively(GUARD, () -> MarkdownText.extract(md));
        assertTrue(p.text().contains("<a <a"));
    }

    @Test
    void deeplyNestedLinksDoNotOverflowTheStack() {
        String md = "[".repeat(100_000) + "x" + "](u)".repeat(100_000);
        assertTimeoutPreemptively(GUARD, () -> MarkdownText.extract(md));
    }

    @Test
    void nearMissOrdinaryLinksImagesAndCodeStillRead() {
        PlainText p = MarkdownText.extract("See [the report](http://a.b/c) and ![chart](c.png) with `code` and <b>bold</b>.");
        assertEquals("See the report and  with code and bold.", p.text());
    }

    @Test
    void manyLoneAnglesInHtml() {
        String html = "<p>Text " + "<a".repeat(100_000) + " end";
        PlainText p = assertTimeoutPreemptively(GUARD, () -> HtmlText.extract(html));
        assertTrue(p.text().startsWith("Text"));
    }

    @Test
    void anUnclosedQuoteEndsTheTagAtItsFirstAngle() {
        String html = "<p class=\"x>Hello</p>" + "<p>world</p>";
        PlainText p = assertTimeoutPreemptively(GUARD, () -> HtmlText.extract(html));
        assertTrue(p.text().contains("world"), p.text());
    }

    @Test
    void aTableSeparatorOfThousandsOfCellsDoesNotOverflowTheStack() {
        // found by lab/fuzz: the separator's regular expression recursed once per cell
        String md = "Text.\n" + "|- ".repeat(3000) + "\n" + "|-a".repeat(3000) + "\nEnd.";
        PlainText p = assertTimeoutPreemptively(GUARD, () -> MarkdownText.extract(md));
        assertTrue(p.text().startsWith("Text.") && p.text().contains("-a-a") && p.text().strip().endsWith("End."), p.text());
    }

    @Test
    void tableSeparatorsAndNearMisses() {
        for (String sep : new String[] {"|---|:--:|", "---|---", "| - |", ":-:", "|--- | ---|", "-|-"}) {
            assertTrue(MarkdownText.isTableSeparator(sep), sep);
        }
        for (String not : new String[] {"|-a-|", "| text |", "|", "||", "|---||---|", "::--", "-- x", "|:|"}) {
            assertTrue(!MarkdownText.isTableSeparator(not), not);
        }
        // the same answers as the regular expression it replaced, on short lines of its alphabet
        java.util.Random random = new java.util.Random(15);
        String alphabet = "|-: a\t";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(12); len > 0; len--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = b.toString();
            assertEquals(line.matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?"), MarkdownText.isTableSeparator(line), line);
        }
    }
}
