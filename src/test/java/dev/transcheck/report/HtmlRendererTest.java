package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Report;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    static final Report REPORT = Fixtures.report();
    static final String HTML = new HtmlRenderer().render(REPORT);
    static final Set<String> VOID = Set.of("meta", "col", "input", "br", "link");

    @Test
    void inputTextIsEscaped() {
        assertEquals(1, count(HTML, "<script"), "only the report's own script element");
        assertFalse(HTML.contains("<script>alert"));
        assertTrue(HTML.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(HTML.contains("Bondarchuk &amp; Co"));
        assertTrue(HTML.contains("&quot;new&quot;"));
    }

    @Test
    void tagsAreBalancedAndEveryCellGivesBackItsText() {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>").matcher(HTML.substring(HTML.indexOf("<html")));
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name)) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertEquals(open.peek(), name, "closing tag at " + m.start());
                open.pop();
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
        // each sentence's markup, stripped of tags and unescaped, is the sentence text
        Matcher sent = Pattern.compile("<span class=\"sent\" data-sentence=\"(\\d+)\">(.*?)</span>(?=</td>| <span class=\"sent\")",
                Pattern.DOTALL).matcher(HTML);
        int seen = 0;
        while (sent.find()) {
            String inner = sent.group(2).replaceAll("<[^>]+>", "");
            String text = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(inner);
            boolean src = HTML.lastIndexOf("<td class=\"src\"", sent.start()) > HTML.lastIndexOf("<td class=\"tgt\"", sent.start());
            var doc = src ? REPORT.source() : REPORT.translation();
            assertEquals(doc.sentence(Integer.parseInt(sent.group(1))).text(), text);
            seen++;
        }
        assertEquals(REPORT.source().size() + REPORT.translation().size(), seen);
    }

    @Test
    void overlappingSpansBecomeFlatMarksCarryingEveryFinding() {
        // "Bondarchuk & Co announced": test.name covers "Bondarchuk & Co", test.part "Co announced"
        assertTrue(HTML.contains(">Bondarchuk &amp; </mark>"), HTML);
        Matcher both = Pattern.compile("<mark class=\"hl sev-error has-error has-warning\" tabindex=\"0\" data-findings=\"(\\d+) (\\d+)\"[^>]*>Co</mark>")
                .matcher(HTML);
        assertTrue(both.find(), "the overlap is one mark for both findings");
        assertTrue(HTML.contains("> announced</mark>"));
    }

    @Test
    void marksAreFocusableAndDescribed() {
        Matcher m = Pattern.compile("<mark [^>]*>").matcher(HTML);
        int marks = 0;
        while (m.find()) {
            String tag = m.group();
            assertTrue(tag.contains("tabindex=\"0\""), tag);
            assertTrue(tag.matches("(?s).*title=\"[^\"]+\".*"), tag);
            Matcher d = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(tag);
            assertTrue(d.find(), tag);
            for (String id : d.group(1).split(" ")) {
                assertTrue(HTML.contains("id=\"" + id + "\""), id);
            }
            marks++;
        }
        assertTrue(marks >= 8, "marks: " + marks);
    }

    @Test
    void gapsHeaderFiltersAndPrint() {
        assertTrue(HTML.contains("<td class=\"tgt gap\"><span class=\"gap-label\">no translation</span></td>"));
        assertTrue(HTML.contains("<td class=\"src gap\"><span class=\"gap-label\">no source"));
        assertTrue(HTML.contains("<strong id=\"verdict\" class=\"verdict failed\">FAILED</strong>"));
        assertTrue(HTML.contains("<strong id=\"score\">" + String.format(java.util.Locale.ROOT, "%.2f", REPORT.summary().score())));
        assertTrue(HTML.contains("id=\"filter-error\""));
        assertTrue(HTML.contains("<option value=\"accuracy/mistranslation\">"));
        assertTrue(HTML.contains("href=\"#pair-1\""));
        assertTrue(HTML.contains("@media print"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(HTML).find(), "nothing fetched");
    }

    @Test
    void aCleanReportPasses() {
        Report clean = Fixtures.report(dev.transcheck.Settings.defaults().withDisabledChecks(
                java.util.Set.of("test.name", "test.part", "test.script", "test.city", "test.added", "omission")));
        String html = new HtmlRenderer().render(clean);
        assertTrue(html.contains("<strong id=\"verdict\" class=\"verdict passed\">PASSED</strong>"));
        assertTrue(html.contains("<p class=\"none\">No findings.</p>"));
        assertFalse(html.contains("<mark"));
        assertTrue(html.contains("<td class=\"tgt gap\">"), "gaps show without findings too");
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
