package dev.transcheck.model;

/**
 * Counts and verdict of a report. {@code score} is MQM-style penalty points per 1,000 source
 * words, made by {@code scoring} (carried so that a renderer can explain the score).
 */
public record Summary(int errors, int warnings, int infos, int words, double score, boolean passed, Scoring scoring) {
    public Summary {
        scoring = scoring == null ? Scoring.STANDARD : scoring;
    }

    /** A summary scored with {@link Scoring#STANDARD}. */
    public Summary(int errors, int warnings, int infos, int words, double score, boolean passed) {
        this(errors, warnings, infos, words, score, passed, Scoring.STANDARD);
    }
}
