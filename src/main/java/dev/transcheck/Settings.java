package dev.transcheck;

import dev.transcheck.model.Severity;
import java.util.Map;
import java.util.Set;

/**
 * How a desk runs the checks: checks switched off, severity overrides per check id, the gate's
 * threshold and the highest acceptable score (null: no score limit).
 */
public record Settings(Set<String> disabledChecks, Map<String, Severity> severityOverrides,
                       Severity failOn, Double maxScore) {
    public Settings {
        disabledChecks = Set.copyOf(disabledChecks);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Map.of(), Severity.ERROR, null);
    }

    public Settings withFailOn(Severity severity) {
        return new Settings(disabledChecks, severityOverrides, severity, maxScore);
    }

    public Settings withMaxScore(Double score) {
        return new Settings(disabledChecks, severityOverrides, failOn, score);
    }
}
