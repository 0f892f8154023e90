package dev.transcheck.model;

import java.util.List;

/** Everything a check run produces; renderers only render it. */
public record Report(Document source, Document translation, Alignment alignment,
                     List<Finding> findings, Summary summary) {
    public Report {
        findings = List.copyOf(findings);
    }
}
