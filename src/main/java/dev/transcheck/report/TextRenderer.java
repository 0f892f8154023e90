package dev.transcheck.report;

import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Summary;

/** The console report: one block per finding and a one-line verdict. */
public final class TextRenderer implements Renderer {
    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            sb.append(f.severity().word().toUpperCase()).append(' ').append(f.check())
                    .append(" [").append(f.category().path()).append("]\n");
            sb.append("  ").append(f.message()).append('\n');
            if (f.source() != null) {
                sb.append("  source:      ").append(f.source().text()).append('\n');
            }
            if (f.translation() != null) {
                sb.append("  translation: ").append(f.translation().text()).append('\n');
            }
            if (f.suggestion() != null) {
                sb.append("  suggestion:  ").append(f.suggestion()).append('\n');
            }
            sb.append('\n');
        }
        Summary s = report.summary();
        sb.append(String.format("%s: %d errors, %d warnings, %d infos; score %.2f per 1,000 words (%d words)%n",
                s.passed() ? "PASSED" : "FAILED", s.errors(), s.warnings(), s.infos(), s.score(), s.words()));
        return sb.toString();
    }
}
