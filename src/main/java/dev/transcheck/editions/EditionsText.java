package dev.transcheck.editions;

import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.editions.EditionsReport.Edition;
import dev.transcheck.editions.EditionsReport.Witness;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Summary;
import java.util.Locale;

/**
 * The editions report for a terminal: per edition its verdict, its cross-edition findings with
 * what the other editions read, and its pair findings of error and warning level; then the verdict.
 */
public final class EditionsText {
    public String render(EditionsReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("source ").append(r.source().path()).append(" (").append(r.source().lang()).append(", ")
                .append(r.source().size()).append(" sentences), ").append(r.editions().size()).append(" editions\n");
        for (Edition e : r.editions()) {
            Summary s = e.report().summary();
            sb.append('\n').append("== ").append(e.label()).append("  ").append(e.document().path()).append("  ")
                    .append(e.passed() ? "passed" : "FAILED")
                    .append(String.format(Locale.ROOT, "  (%d errors, %d warnings, %d info; score %.2f)%n",
                            s.errors(), s.warnings(), s.infos(), s.score()));
            for (CrossFinding cf : e.cross()) {
                Finding f = cf.finding();
                sb.append("  ").append(f.severity().word()).append(' ').append(f.check()).append(" [row ")
                        .append(cf.row() + 1).append("] ").append(f.message());
                if (cf.mergedInto() != null) {
                    sb.append(" (evidence on ").append(cf.mergedInto()).append(')');
                }
                sb.append('\n');
                for (Witness w : cf.witnesses()) {
                    sb.append("      ").append(w.agrees() ? "  " : "≠ ").append(w.label()).append(": ")
                            .append(dev.transcheck.io.Excerpt.of(w.reading(), 120)).append('\n');
                }
            }
            for (Finding f : e.report().findings()) {
                if (f.severity() == Severity.INFO) {
                    continue;
                }
                sb.append("  ").append(f.severity().word()).append(' ').append(f.check()).append(": ").append(f.message());
                if (!f.evidence().isEmpty()) {
                    sb.append(" [+").append(f.evidence().size()).append(" evidence: ")
                            .append(String.join("; ", f.evidence().stream().map(v -> v.check() + " " + v.message()).toList()))
                            .append(']');
                }
                sb.append('\n');
            }
        }
        sb.append('\n').append(r.passed() ? "PASSED" : "FAILED").append(": ")
                .append(r.editions().stream().filter(e -> !e.passed()).map(Edition::label).toList().isEmpty()
                        ? "every edition passed"
                        : "failing editions " + String.join(", ", r.editions().stream().filter(e -> !e.passed()).map(Edition::label).toList()))
                .append('\n');
        return sb.toString();
    }
}
