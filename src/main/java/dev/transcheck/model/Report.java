package dev.transcheck.model;

import java.util.List;

/**
 * Everything a check run produces; renderers only render it. {@code audit} says what produced it
 * (tool version, glossaries, gate settings, languages, time); it may be null for a report built
 * by hand.
 */
public record Report(Document source, Document translation, Alignment alignment,
                     List<Finding> findings, Summary summary, Audit audit) {
    public Report {
        findings = List.copyOf(findings);
    }

    /** A report without an audit (the constructor of earlier versions). */
    public Report(Document source, Document translation, Alignment alignment, List<Finding> findings, Summary summary) {
        this(source, translation, alignment, findings, summary, null);
    }

    /** This report with {@code a} as its audit. */
    public Report withAudit(Audit a) {
        return new Report(source, translation, alignment, findings, summary, a);
    }
}
