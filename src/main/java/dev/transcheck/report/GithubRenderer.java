package dev.transcheck.report;

import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Span;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, with the file, line and column of its place in the translation (or the
 * source), so that a pull request shows the findings on its lines. Accepted findings are left out.
 */
public final class GithubRenderer implements Renderer {
    @Override
    public String render(Report report) {
        Lines src = new Lines(report.source().text());
        Lines tgt = new Lines(report.translation().text());
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            if (f.accepted()) {
                continue;
            }
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            sb.append("::").append(command).append(' ');
            boolean inTarget = f.translation() != null;
            Span s = inTarget ? f.translation() : f.source();
            Document d = inTarget ? report.translation() : report.source();
            Lines lines = inTarget ? tgt : src;
            if (s != null) {
                sb.append("file=").append(property(d.path()))
                        .append(",line=").append(lines.line(s.start())).append(",col=").append(lines.column(s.start()))
                        .append(",endLine=").append(lines.line(s.end())).append(",endColumn=").append(lines.column(s.end()))
                        .append(',');
            }
            sb.append("title=").append(property("transcheck " + f.check())).append("::")
                    .append(data(f.message() + (f.suggestion() != null ? " Suggestion: " + f.suggestion() : "")))
                    .append('\n');
        }
        return sb.toString();
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
