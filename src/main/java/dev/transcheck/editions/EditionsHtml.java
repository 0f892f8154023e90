package dev.transcheck.editions;

import static dev.transcheck.report.HtmlRenderer.esc;

import dev.transcheck.editions.EditionsReport.Cell;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.editions.EditionsReport.Edition;
import dev.transcheck.editions.EditionsReport.Row;
import dev.transcheck.editions.EditionsReport.Witness;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editions matrix as one self-contained HTML page: rows are source sentences, columns the
 * source and each edition; a cell holds the edition's sentences aligned with that source sentence,
 * the words a finding is about marked, and the findings listed under the text. A cell with a finding
 * is coloured by its worst severity; a sentence an edition lacks shows as a marked gap. Escaping is
 * {@link dev.transcheck.report.HtmlRenderer#esc}'s.
 */
public final class EditionsHtml {
    public String render(EditionsReport r) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>transcheck editions: ").append(esc(r.source().path())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        header(sb, r);
        matrix(sb, r);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, EditionsReport r) {
        sb.append("<header class=\"report-header ").append(r.passed() ? "passed" : "failed").append("\">")
                .append("<h1>transcheck editions</h1><p id=\"verdict\">").append(r.passed() ? "Passed" : "Failed")
                .append(": ").append(esc(r.source().path())).append(" (").append(esc(r.source().lang())).append(") with ")
                .append(r.editions().size()).append(" editions</p>");
        sb.append("<table class=\"summary\"><thead><tr><th>edition</th><th>file</th><th>verdict</th><th>errors</th>")
                .append("<th>warnings</th><th>cross-edition</th><th>score</th></tr></thead><tbody>");
        for (Edition e : r.editions()) {
            long cross = e.cross().stream().filter(CrossFinding::standalone).count();
            sb.append("<tr data-edition=\"").append(esc(e.label())).append("\" class=\"").append(e.passed() ? "passed" : "failed")
                    .append("\"><td>").append(esc(e.label())).append("</td><td>").append(esc(e.document().path()))
                    .append("</td><td class=\"verdict\">").append(e.passed() ? "passed" : "failed").append("</td><td>")
                    .append(e.report().summary().errors()).append("</td><td>").append(e.report().summary().warnings())
                    .append("</td><td>").append(cross).append("</td><td>")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", e.report().summary().score())).append("</td></tr>");
        }
        sb.append("</tbody></table></header>\n");
    }

    private static void matrix(StringBuilder sb, EditionsReport r) {
        Map<String, CrossFinding> crossById = new HashMap<>();
        for (Edition e : r.editions()) {
            for (CrossFinding cf : e.cross()) {
                crossById.put(cf.finding().id(), cf);
            }
        }
        sb.append("<main><table class=\"matrix\" id=\"matrix\"><thead><tr><th class=\"num\">#</th><th class=\"src\">source (")
                .append(esc(r.source().lang())).append(")</th>");
        for (Edition e : r.editions()) {
            sb.append("<th data-edition=\"").append(esc(e.label())).append("\">").append(esc(e.label())).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        // a bead joining several source sentences shows its text once, in its first row
        Map<Integer, Integer> shownAt = new HashMap<>();
        for (Row row : r.rows()) {
            sb.append("<tr id=\"row-").append(row.source()).append("\" data-row=\"").append(row.source()).append("\">");
            sb.append("<th class=\"num\">").append(row.source() + 1).append("</th><td class=\"src\">");
            List<Span> srcMarks = new ArrayList<>();
            for (Cell c : row.cells()) {
                for (Finding f : c.findings()) {
                    if (f.source() != null && f.source().sentence() == row.source() && f.source().end() - f.source().start()
                            < r.source().sentence(row.source()).text().length()) {
                        srcMarks.add(f.source());
                    }
                }
            }
            text(sb, r.source(), List.of(row.source()), marks(srcMarks), null);
            sb.append("</td>");
            for (Cell c : row.cells()) {
                Edition e = r.editions().get(c.edition());
                Severity worst = null;
                for (Finding f : c.findings()) {
                    if (worst == null || f.severity().atLeast(worst)) {
                        worst = f.severity();
                    }
                }
                boolean omitted = c.sentences().isEmpty();
                sb.append("<td class=\"cell").append(omitted ? " omitted" : "")
                        .append(worst == null ? "" : " has-" + worst.word()).append("\" data-edition=\"").append(esc(e.label()))
                        .append("\" data-row=\"").append(row.source()).append("\" data-sentences=\"")
                        .append(String.join(",", c.sentences().stream().map(String::valueOf).toList())).append("\">");
                if (omitted) {
                    sb.append("<span class=\"missing\">no sentence for this row</span>");
                } else {
                    int key = c.edition() * 1_000_003 + c.sentences().get(0);
                    Integer first = shownAt.putIfAbsent(key, row.source());
                    if (first != null && c.shared()) {
                        sb.append("<span class=\"joined\">joined with row ").append(first + 1).append("</span>");
                    } else {
                        List<Span> spans = new ArrayList<>();
                        for (Finding f : c.findings()) {
                            if (f.translation() != null) {
                                spans.add(f.translation());
                            }
                        }
                        text(sb, e.document(), c.sentences(), marks(spans), c.findings());
                    }
                }
                if (!c.findings().isEmpty()) {
                    sb.append("<ul class=\"findings\">");
                    for (Finding f : c.findings()) {
                        sb.append("<li class=\"").append(f.severity().word()).append("\" data-check=\"").append(esc(f.check()))
                                .append("\" data-id=\"").append(esc(f.id())).append("\"><b>").append(f.severity().word()).append(' ')
                                .append(esc(f.check())).append("</b> ").append(esc(f.message()));
                        for (var ev : f.evidence()) {
                            sb.append("<div class=\"evidence\" data-check=\"").append(esc(ev.check())).append("\">")
                                    .append(esc(ev.check())).append(": ").append(esc(ev.message())).append("</div>");
                        }
                        CrossFinding cf = crossById.get(f.id());
                        if (cf != null) {
                            sb.append("<div class=\"witnesses\">");
                            for (Witness w : cf.witnesses()) {
                                sb.append("<span class=\"w").append(w.agrees() ? "" : " odd").append("\">").append(esc(w.label()))
                                        .append(": ").append(esc(dev.transcheck.io.Excerpt.of(w.reading(), 90))).append("</span> ");
                            }
                            sb.append("</div>");
                        }
                        sb.append("</li>");
                    }
                    sb.append("</ul>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></main>\n");
    }

    /** Non-overlapping spans, by start. */
    private static List<Span> marks(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Span> out = new ArrayList<>();
        int end = -1;
        for (Span s : sorted) {
            if (s.start() >= end && s.end() > s.start()) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    private static void text(StringBuilder sb, Document d, List<Integer> ids, List<Span> marks, List<Finding> findings) {
        for (int k = 0; k < ids.size(); k++) {
            var s = d.sentence(ids.get(k));
            if (k > 0) {
                sb.append(' ');
            }
            int at = s.start();
            for (Span m : marks) {
                if (m.start() < s.start() || m.end() > s.end()) {
                    continue;
                }
                sb.append(esc(d.text().substring(at, m.start())));
                String cls = "";
                String check = "";
                String title = "";
                if (findings != null) {
                    for (Finding f : findings) {
                        if (f.translation() != null && f.translation().start() == m.start() && f.translation().end() == m.end()) {
                            cls = " " + f.severity().word();
                            check = f.check();
                            title = f.message();
                            break;
                        }
                    }
                }
                sb.append("<mark class=\"f").append(cls).append("\" data-check=\"").append(esc(check)).append("\" title=\"")
                        .append(esc(title)).append("\">").append(esc(d.text().substring(m.start(), m.end()))).append("</mark>");
                at = m.end();
            }
            sb.append(esc(d.text().substring(at, s.end())));
        }
    }

    private static final String CSS = """
            :root { --error: #c62828; --error-bg: #ffd9d6; --warning: #a15c00; --warning-bg: #ffe9b3;
              --info: #1565c0; --info-bg: #d7e9fb; --line: #d8d8d8; --ink: #1d1d1d; --muted: #666; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); }
            .report-header { padding: .8rem 1.5rem; border-bottom: 4px solid var(--line); background: #fafafa; }
            .report-header.failed { border-bottom-color: var(--error); }
            .report-header.passed { border-bottom-color: #2e7d32; }
            h1 { font-size: 1.1rem; margin: 0 0 .3rem; font-weight: 600; color: var(--muted); }
            #verdict { font-weight: 600; margin: 0 0 .5rem; }
            table.summary { border-collapse: collapse; font-size: .9rem; }
            table.summary td, table.summary th { border: 1px solid var(--line); padding: .15rem .5rem; text-align: left; }
            table.summary tr.failed .verdict { color: var(--error); font-weight: 600; }
            main { padding: 1rem 1.5rem; overflow-x: auto; }
            table.matrix { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.matrix th, table.matrix td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; }
            table.matrix thead th { position: sticky; top: 0; background: #f0f0f0; z-index: 1; }
            table.matrix th.num { width: 2.5rem; color: var(--muted); font-weight: normal; }
            td.src { background: #fbfbfb; }
            td.has-error { background: var(--error-bg); box-shadow: inset 4px 0 0 var(--error); }
            td.has-warning { background: var(--warning-bg); box-shadow: inset 4px 0 0 var(--warning); }
            td.has-info { box-shadow: inset 4px 0 0 var(--info); }
            td.omitted .missing { display: block; color: var(--error); font-style: italic; }
            .joined { color: var(--muted); font-style: italic; }
            mark.f { background: transparent; border-bottom: 3px solid var(--info); padding: 0 1px; }
            mark.f.error { border-bottom-color: var(--error); font-weight: 600; }
            mark.f.warning { border-bottom-color: var(--warning); }
            ul.findings { margin: .4rem 0 0; padding-left: 1rem; font-size: .85rem; }
            ul.findings li.error b { color: var(--error); }
            ul.findings li.warning b { color: var(--warning); }
            ul.findings li.info b { color: var(--info); }
            .evidence, .witnesses { color: var(--muted); font-size: .8rem; }
            .witnesses .odd { color: var(--error); font-weight: 600; }
            @media (max-width: 900px) { table.matrix { table-layout: auto; min-width: 900px; } }
            """;
}
