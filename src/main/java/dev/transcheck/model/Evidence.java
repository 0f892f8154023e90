package dev.transcheck.model;

/**
 * Another check's finding about the same span as the finding that carries it: merged into that
 * finding (one problem, one finding) and kept so that a reader sees every check that agreed.
 */
public record Evidence(String check, Severity severity, Category category, String message) {
    public static Evidence of(Finding f) {
        return new Evidence(f.check(), f.severity(), f.category(), f.message());
    }
}
