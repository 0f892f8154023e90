package dev.transcheck;

import dev.transcheck.model.Severity;
import java.util.Map;
import java.util.Set;

/**
 * How a desk runs the checks: checks switched off, severity overrides per check id, the gate's
 * threshold ({@code failOn}; null: never fail on findings), the highest acceptable score (null:
 * no score limit) and the ids of findings a reviewer accepted (they become {@code info}, marked
 * accepted, and count neither against the gate nor in the score).
 */
public record Settings(Set<String> disabledChecks, Map<String, Severity> severityOverrides,
                       Severity failOn, Double maxScore, Set<String> acceptedIds) {
    public Settings {
        disabledChecks = Set.copyOf(disabledChecks);
        severityOverrides = Map.copyOf(severityOverrides);
        acceptedIds = acceptedIds == null ? Set.of() : Set.copyOf(acceptedIds);
    }

    public Settings(Set<String> disabledChecks, Map<String, Severity> severityOverrides,
                    Severity failOn, Double maxScore) {
        this(disabledChecks, severityOverrides, failOn, maxScore, Set.of());
    }

    /**
     * The counts, score and verdict of {@code findings} over {@code words} source words under this
     * gate: it fails on a finding at or above {@code failOn} that is not accepted, or on a score
     * above {@code maxScore}. The one place the gate is decided (a pair, an edition).
     */
    public dev.transcheck.model.Summary summarize(java.util.List<dev.transcheck.model.Finding> findings, int words) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        boolean failed = false;
        for (dev.transcheck.model.Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> infos++;
            }
            if (!f.accepted() && failOn != null && f.severity().atLeast(failOn)) {
                failed = true;
            }
        }
        double score = dev.transcheck.model.Scoring.STANDARD.score(findings, words);
        if (maxScore != null && score > maxScore) {
            failed = true;
        }
        return new dev.transcheck.model.Summary(errors, warnings, infos, words, score, !failed,
                dev.transcheck.model.Scoring.STANDARD);
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Map.of(), Severity.ERROR, null, Set.of());
    }

    public Settings withFailOn(Severity severity) {
        return new Settings(disabledChecks, severityOverrides, severity, maxScore, acceptedIds);
    }

    public Settings withMaxScore(Double score) {
        return new Settings(disabledChecks, severityOverrides, failOn, score, acceptedIds);
    }

    public Settings withDisabledChecks(Set<String> ids) {
        return new Settings(ids, severityOverrides, failOn, maxScore, acceptedIds);
    }

    public Settings withSeverityOverrides(Map<String, Severity> overrides) {
        return new Settings(disabledChecks, overrides, failOn, maxScore, acceptedIds);
    }

    public Settings withAcceptedIds(Set<String> ids) {
        return new Settings(disabledChecks, severityOverrides, failOn, maxScore, ids);
    }
}
