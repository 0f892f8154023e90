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
    /** MQM-style penalty points: an error is a major issue (5), a warning a minor one (1), info 0. */
    public static final double ERROR_POINTS = 5.0;
    public static final double WARNING_POINTS = 1.0;
    public static final double INFO_POINTS = 0.0;

    public Settings {
        disabledChecks = Set.copyOf(disabledChecks);
        severityOverrides = Map.copyOf(severityOverrides);
        acceptedIds = acceptedIds == null ? Set.of() : Set.copyOf(acceptedIds);
    }

    public Settings(Set<String> disabledChecks, Map<String, Severity> severityOverrides,
                    Severity failOn, Double maxScore) {
        this(disabledChecks, severityOverrides, failOn, maxScore, Set.of());
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Map.of(), Severity.ERROR, null, Set.of());
    }

    /** Penalty points of one finding of {@code severity} (accepted findings score 0). */
    public static double penalty(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_POINTS;
            case WARNING -> WARNING_POINTS;
            case INFO -> INFO_POINTS;
        };
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
