package dev.transcheck.model;

/** Counts and verdict of a report. {@code score} is MQM-style penalty points per 1,000 source words. */
public record Summary(int errors, int warnings, int infos, int words, double score, boolean passed) {
}
