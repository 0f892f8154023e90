package dev.transcheck.report;

// Longer than 400 lines: one self-contained page is built in one pass (header, navigation,
// findings, sentence pairs with their marks), and the parts share the escaping and the mark
// layout; its style and script are resource files beside it.

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page (inline CSS and JS, nothing fetched): a header with the verdict and
 * score, the aligned sentence pairs side by side with every finding's spans highlighted in its
 * severity's colour (message on hover and keyboard focus), omissions and additions shown as gaps,
 * a findings list that filters by severity, category and check and links to its sentence pair,
 * and a print layout. Every piece of input text is escaped.
 */
public final class HtmlRenderer implements Renderer {
    /** Where check pages are linked by default: {@code docs/checks/<id>.md} relative to the report. */
    public static final String DEFAULT_DOCS = "docs/checks/";

    private final String docsBase;

    public HtmlRenderer() {
        this(DEFAULT_DOCS);
    }

    /**
     * @param docsBase the address each check id links to, the id and {@code .md} appended: a
     *                 relative folder, a {@code file:} URL of an installation's {@code docs/checks/},
     *                 or a desk's own documentation site
     */
    public HtmlRenderer(String docsBase) {
        this.docsBase = docsBase == null || docsBase.isBlank() ? DEFAULT_DOCS
                : docsBase.endsWith("/") ? docsBase : docsBase + "/";
    }

    @Override
    public String render(Report report) {
        Summary sm = report.summary();
        String verdict = sm.passed() ? "PASSED" : "FAILED";
        String body = fragment(report);
        StringBuilder sb = new StringBuilder(body.length() + CSS.length() + JS.length() + 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"transcheck\">\n")
                .append("<title>transcheck ").append(verdict).append(": ").append(esc(report.translation().path()))
                .append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n")
                .append(body)
                .append("<script>\n").append(script()).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * The report's body alone (header, sentence pairs, findings), for a page that embeds it and
     * serves {@link #css()} and {@link #script()} itself (the web page of {@code transcheck serve}).
     */
    public String fragment(Report report) {
        StringBuilder sb = new StringBuilder(16_384 + report.source().text().length() * 3
                + report.translation().text().length() * 3);
        header(sb, report);
        nav(sb, report);
        sb.append("<main>\n");
        // the findings come first in the page, so that on a phone (one column) they are at the
        // top; on a wide screen the grid puts them in the right-hand column
        findings(sb, report);
        pairs(sb, report);
        sb.append("</main>\n");
        return sb.toString();
    }

    /** The report's style sheet. */
    public static String css() {
        return CSS + MOBILE_CSS;
    }

    /**
     * The report's script: it defines {@code window.transcheckReport()}, which wires the filters
     * and highlights of the report in the page, and calls it once.
     */
    public static String script() {
        return JS + NAV_JS;
    }

    private static void header(StringBuilder sb, Report r) {
        Summary sm = r.summary();
        long accepted = r.findings().stream().filter(Finding::accepted).count();
        String cls = sm.passed() ? "passed" : "failed";
        sb.append("<header class=\"report-header ").append(cls).append("\">\n")
                .append("<h1>transcheck report</h1>\n")
                .append("<p class=\"verdict-line\"><strong id=\"verdict\" class=\"verdict ").append(cls).append("\">")
                .append(sm.passed() ? "PASSED" : "FAILED").append("</strong>\n");
        String gate = Grouping.gate(r);
        if (gate != null) {
            sb.append("<span id=\"gate\" class=\"gate\">(gate: ").append(esc(gate)).append(")</span>\n");
        }
        sb.append("")
                .append("<span id=\"counts\">").append(countButton("error", sm.errors())).append(", ")
                .append(countButton("warning", sm.warnings())).append(", ").append(countButton("info", sm.infos()));
        if (accepted > 0) {
            sb.append(" (").append(accepted).append(" accepted)");
        }
        sb.append("</span>\n<span class=\"score-box\">score <strong id=\"score\">")
                .append(String.format(Locale.ROOT, "%.2f", sm.score()))
                .append("</strong> <abbr title=\"MQM-style penalty points (")
                .append(esc(sm.scoring().describe()))
                .append(") per 1,000 source words\">per 1,000 words</abbr> (")
                .append(sm.words()).append(" source words)</span></p>\n")
                .append("<p class=\"files\">Source: <code>").append(esc(r.source().path())).append("</code> (")
                .append(esc(r.source().lang())).append(", ").append(r.source().size()).append(" sentences) &middot; Translation: <code>")
                .append(esc(r.translation().path())).append("</code> (").append(esc(r.translation().lang())).append(", ")
                .append(r.translation().size()).append(" sentences)</p>\n");
        if (r.audit() != null) {
            sb.append("<details id=\"audit\" class=\"audit\"><summary>Audit: transcheck ").append(esc(r.audit().version()));
            if (r.audit().time() != null) {
                sb.append(", checked <time datetime=\"").append(esc(r.audit().timeText())).append("\">")
                        .append(esc(r.audit().timeText())).append("</time>");
            }
            sb.append("</summary>\n<ul>\n");
            for (String line : r.audit().lines()) {
                sb.append("<li>").append(esc(line.strip())).append("</li>\n");
            }
            sb.append("</ul>\n</details>\n");
        }
        sb.append("</header>\n");
    }

    /** "3 errors" as a button that shows only that severity's findings (pressed again: all). */
    private static String countButton(String severity, int n) {
        return "<button type=\"button\" class=\"count sev-" + severity + "\" data-filter=\"" + severity
                + "\" aria-pressed=\"false\" title=\"show only " + severity + " findings (again: all)\""
                + (n == 0 ? " disabled" : "") + ">" + Grouping.count(n, severity) + "</button>";
    }

    /**
     * Previous/next finding buttons (also the keys j/k and n/p), floating at the bottom corner so
     * that they are at hand anywhere on the page.
     */
    private static void nav(StringBuilder sb, Report r) {
        int n = r.findings().size();
        sb.append("<nav id=\"finding-nav\" aria-label=\"Go through the findings\"").append(n == 0 ? " hidden" : "").append(">")
                .append("<button type=\"button\" id=\"prev-finding\" title=\"previous finding (k or p)\" aria-label=\"previous finding\">&#9650;</button>")
                .append("<span id=\"nav-status\" aria-live=\"polite\">").append(n).append(n == 1 ? " finding" : " findings").append("</span>")
                .append("<button type=\"button\" id=\"next-finding\" title=\"next finding (j or n)\" aria-label=\"next finding\">&#9660;</button>")
                .append("</nav>\n");
    }

    private static void pairs(StringBuilder sb, Report r) {
        Map<Integer, List<Integer>> byBead = Grouping.byBead(r);
        List<Finding> fs = r.findings();
        sb.append("<section id=\"pairs\" aria-labelledby=\"pairs-title\">\n<h2 id=\"pairs-title\">Aligned sentences</h2>\n")
                .append("<table class=\"pairs\">\n<colgroup><col class=\"c-num\"><col class=\"c-side\"><col class=\"c-side\"><col class=\"c-refs\"></colgroup>\n")
                .append("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Source (").append(esc(r.source().lang()))
                .append(")</th><th scope=\"col\">Translation (").append(esc(r.translation().lang()))
                .append(")</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        List<Bead> beads = r.alignment().beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            List<Integer> mine = byBead.getOrDefault(b, List.of());
            sb.append("<tr id=\"pair-").append(b + 1).append("\" class=\"pair");
            if (!mine.isEmpty()) {
                sb.append(" has-findings worst-").append(Marks.worst(fs, mine).word());
            }
            if (bead.isOmission()) {
                sb.append(" omission");
            }
            if (bead.isAddition()) {
                sb.append(" addition");
            }
            sb.append("\" data-findings=\"").append(join(mine)).append("\">")
                    .append("<th scope=\"row\"><a href=\"#pair-").append(b + 1).append("\">").append(b + 1).append("</a>");
            if (bead.confidence() < dev.transcheck.model.Confidence.DOUBTFUL) {
                sb.append("<span class=\"conf\" title=\"alignment confidence\">")
                        .append(String.format(Locale.ROOT, "%.2f", bead.confidence())).append("</span>");
            }
            sb.append("</th>\n");
            cell(sb, r.source(), bead.source(), fs, true, "src", "no source: the translation adds this");
            cell(sb, r.translation(), bead.translation(), fs, false, "tgt", "no translation");
            sb.append("<td class=\"refs\">");
            for (int i : mine) {
                Finding f = fs.get(i);
                sb.append("<a class=\"ref sev-").append(f.severity().word()).append("\" href=\"#f-").append(i)
                        .append("\" data-index=\"").append(i).append("\" title=\"").append(esc(f.severity().word() + " "
                                + f.check() + ": " + f.message())).append("\">").append(i + 1).append("</a> ");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void cell(StringBuilder sb, Document d, List<Integer> ids, List<Finding> fs, boolean sourceSide,
                             String cls, String gap) {
        if (ids.isEmpty()) {
            sb.append("<td class=\"").append(cls).append(" gap\"><span class=\"gap-label\">").append(gap)
                    .append("</span></td>\n");
            return;
        }
        sb.append("<td class=\"").append(cls).append("\" lang=\"").append(esc(d.lang())).append("\" data-label=\"")
                .append(sourceSide ? "source " : "translation ").append(esc(d.lang())).append("\" dir=\"auto\">");
        boolean first = true;
        for (int id : ids) {
            Sentence s = d.sentence(id);
            if (!first) {
                sb.append(' ');
            }
            first = false;
            sb.append("<span class=\"sent\" data-sentence=\"").append(id).append("\">");
            for (Marks.Segment g : Marks.segments(s, fs, sourceSide)) {
                if (!g.marked()) {
                    sb.append(escText(g.text()));
                    continue;
                }
                Severity worst = Marks.worst(fs, g.findings());
                StringBuilder tip = new StringBuilder();
                StringBuilder described = new StringBuilder();
                StringBuilder sevs = new StringBuilder();
                for (int i : g.findings()) {
                    Finding f = fs.get(i);
                    if (tip.length() > 0) {
                        tip.append('\n');
                        described.append(' ');
                    }
                    tip.append(i + 1).append(". ").append(f.severity().word()).append(' ').append(f.check())
                            .append(": ").append(f.message());
                    if (f.suggestion() != null && !f.suggestion().isBlank()) {
                        tip.append(" Suggestion: ").append(f.suggestion());
                    }
                    described.append("f-").append(i).append("-msg");
                    sevs.append(' ').append("has-").append(f.severity().word());
                }
                sb.append("<mark class=\"hl sev-").append(worst.word()).append(sevs);
                if (g.text().isEmpty()) {
                    sb.append(" point");
                }
                sb.append("\" tabindex=\"0\" data-findings=\"").append(join(g.findings())).append("\" title=\"")
                        .append(esc(tip.toString())).append("\" data-tip=\"").append(esc(tip.toString()))
                        .append("\" aria-describedby=\"").append(described).append("\">")
                        .append(g.text().isEmpty() ? "<span class=\"caret\" aria-label=\"missing here\">&#8248;</span>" : escText(g.text()))
                        .append("</mark>");
            }
            sb.append("</span>");
        }
        sb.append("</td>\n");
    }

    private void findings(StringBuilder sb, Report r) {
        List<Finding> fs = r.findings();
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> checks = new TreeMap<>();
        int[] bySeverity = new int[Severity.values().length];
        int accepted = 0;
        for (Finding f : fs) {
            categories.merge(f.category().path(), 1, Integer::sum);
            checks.merge(f.check(), 1, Integer::sum);
            bySeverity[f.severity().ordinal()]++;
            accepted += f.accepted() ? 1 : 0;
        }
        sb.append("<aside id=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">Findings (")
                .append(fs.size()).append(")</h2>\n<form id=\"filters\" class=\"filters\">\n")
                .append("<fieldset><legend>Severity</legend>\n");
        for (Severity s : Severity.values()) {
            sb.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.word())
                    .append("\" id=\"filter-").append(s.word()).append("\" checked> <span class=\"badge sev-")
                    .append(s.word()).append("\">").append(s.word()).append("</span> (")
                    .append(bySeverity[s.ordinal()]).append(")</label>\n");
        }
        sb.append("<label><input type=\"checkbox\" name=\"accepted\" id=\"filter-accepted\" checked> accepted (")
                .append(accepted).append(")</label>\n</fieldset>\n");
        sb.append("<label class=\"select\">Category <select id=\"filter-category\"><option value=\"\">all</option>");
        for (Map.Entry<String, Integer> e : categories.entrySet()) {
            sb.append("<option value=\"").append(esc(e.getKey())).append("\">").append(esc(e.getKey())).append(" (")
                    .append(e.getValue()).append(")</option>");
        }
        sb.append("</select></label>\n<label class=\"select\">Check <select id=\"filter-check\"><option value=\"\">all</option>");
        for (Map.Entry<String, Integer> e : checks.entrySet()) {
            sb.append("<option value=\"").append(esc(e.getKey())).append("\">").append(esc(e.getKey())).append(" (")
                    .append(e.getValue()).append(")</option>");
        }
        sb.append("</select></label>\n<label><input type=\"checkbox\" id=\"filter-rows\"> only sentence pairs with shown findings</label>\n")
                .append("</form>\n<p id=\"shown\" aria-live=\"polite\">").append(fs.size()).append(" of ").append(fs.size())
                .append(" findings shown</p>\n");
        if (fs.isEmpty()) {
            sb.append("<p class=\"none\">No findings.</p>\n");
        }
        sb.append("<ol id=\"finding-list\">\n");
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            int bead = Grouping.beadOf(f, r.alignment());
            sb.append("<li id=\"f-").append(i).append("\" tabindex=\"-1\" class=\"finding sev-").append(f.severity().word())
                    .append(f.accepted() ? " accepted" : "").append("\" data-index=\"").append(i)
                    .append("\" data-severity=\"").append(f.severity().word())
                    .append("\" data-category=\"").append(esc(f.category().path()))
                    .append("\" data-check=\"").append(esc(f.check()))
                    .append("\" data-accepted=\"").append(f.accepted()).append("\">\n")
                    .append("<div class=\"head\"><span class=\"num\">").append(i + 1).append(".</span> <span class=\"badge sev-")
                    .append(f.severity().word()).append("\">").append(f.severity().word()).append("</span> ");
            if (f.accepted()) {
                sb.append("<span class=\"badge acc\">accepted</span> ");
            }
            sb.append("<a class=\"check-doc\" href=\"").append(esc(docsBase + f.check() + ".md"))
                    .append("\" title=\"what this check looks for\"><code class=\"check\">").append(esc(f.check()))
                    .append("</code></a> <span class=\"cat\">")
                    .append(esc(f.category().path())).append("</span></div>\n")
                    .append("<p class=\"msg\" id=\"f-").append(i).append("-msg\">").append(esc(f.message())).append("</p>\n");
            List<String> parts = new ArrayList<>();
            if (f.source() != null) {
                parts.add("source <q lang=\"" + esc(r.source().lang()) + "\">" + esc(excerpt(f.source())) + "</q>");
            }
            if (f.translation() != null) {
                parts.add("translation <q lang=\"" + esc(r.translation().lang()) + "\">" + esc(excerpt(f.translation())) + "</q>");
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                parts.add("suggestion <strong class=\"sugg\">" + esc(f.suggestion()) + "</strong>");
            } else if (!f.expected().isEmpty()) {
                parts.add("expected <strong class=\"sugg\">" + esc(String.join(", ", f.expected())) + "</strong>");
            }
            if (!parts.isEmpty()) {
                sb.append("<p class=\"spans\">").append(String.join(" &middot; ", parts)).append("</p>\n");
            }
            for (dev.transcheck.model.Evidence e : f.evidence()) {
                sb.append("<p class=\"evidence\">also <code class=\"check\">").append(esc(e.check())).append("</code>: ")
                        .append(esc(e.message())).append("</p>\n");
            }
            sb.append("<p class=\"meta\">");
            if (bead >= 0) {
                sb.append("<a class=\"jump\" href=\"#pair-").append(bead + 1).append("\">sentence pair ").append(bead + 1)
                        .append("</a> &middot; ");
            }
            sb.append("<span class=\"fid\">id <code>").append(esc(f.id())).append("</code></span></p>\n</li>\n");
        }
        sb.append("</ol>\n</aside>\n");
    }

    /** A span's text, shortened in the middle when it is a whole long sentence. */
    private static String excerpt(Span s) {
        String t = s.text().replaceAll("\\s+", " ").strip();
        return t.length() > 140 ? t.substring(0, 90) + " \u2026 " + t.substring(t.length() - 40) : t;
    }

    private static String join(List<Integer> ints) {
        StringBuilder sb = new StringBuilder();
        for (int i : ints) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(i);
        }
        return sb.toString();
    }

    /** A run of this many characters without a space (a URL, a hashtag chain) may break anywhere. */
    static final int LONG_TOKEN = 24;

    /**
     * Escapes sentence text, wrapping each token of {@link #LONG_TOKEN} or more characters without
     * white space in {@code <span class="long">}: only those may break mid-word on a narrow
     * screen; every other word wraps whole.
     */
    static String escText(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int j = i;
            boolean space = Character.isWhitespace(s.charAt(i));
            while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
                j++;
            }
            String part = s.substring(i, j);
            if (!space && part.codePointCount(0, part.length()) >= LONG_TOKEN) {
                sb.append("<span class=\"long\">").append(esc(part)).append("</span>");
            } else {
                sb.append(esc(part));
            }
            i = j;
        }
        return sb.toString();
    }

    /** A text resource next to this class (the page's extra CSS and script). */
    private static String resource(String name) {
        try (java.io.InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Narrow screens, long tokens, the navigation and the count filters (report-mobile.css). */
    private static final String MOBILE_CSS = resource("report-mobile.css");
    /** Previous/next finding and the count filters (report-nav.js). */
    private static final String NAV_JS = resource("report-nav.js");

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\u0000' -> sb.append('\uFFFD');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = resource("report.css");

    private static final String JS = resource("report.js");
}
