package dev.transcheck.report;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import org.apache.commons.text.StringEscapeUtils;

/** A self-contained HTML page: aligned sentence pairs side by side, then the findings. */
public final class HtmlRenderer implements Renderer {
    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>transcheck report</title></head><body>\n");
        sb.append("<table>\n");
        for (Bead b : report.alignment().beads()) {
            sb.append("<tr><td>");
            for (int s : b.source()) {
                sb.append(esc(report.source().sentence(s).text())).append(' ');
            }
            sb.append("</td><td>");
            for (int t : b.translation()) {
                sb.append(esc(report.translation().sentence(t).text())).append(' ');
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n<ul>\n");
        for (Finding f : report.findings()) {
            sb.append("<li>").append(esc(f.severity().word())).append(' ').append(esc(f.check())).append(": ")
                    .append(esc(f.message())).append("</li>\n");
        }
        sb.append("</ul>\n</body></html>\n");
        return sb.toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
