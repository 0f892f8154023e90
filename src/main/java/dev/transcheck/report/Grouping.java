package dev.transcheck.report;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Findings grouped by the bead (aligned sentence pair) that holds their spans. */
final class Grouping {
    private Grouping() {
    }

    /** The bead of a finding: the bead of its source span, else of its translation span, else -1. */
    static int beadOf(Finding f, Alignment a) {
        if (f.source() != null && f.source().sentence() >= 0) {
            return a.indexOfSourceBead(f.source().sentence());
        }
        if (f.translation() != null && f.translation().sentence() >= 0) {
            return a.indexOfTranslationBead(f.translation().sentence());
        }
        return -1;
    }

    /** Bead index to the indexes of its findings, in bead order; key -1 holds findings without spans. */
    static Map<Integer, List<Integer>> byBead(Report r) {
        Map<Integer, List<Integer>> out = new TreeMap<>((x, y) -> x == -1 ? (y == -1 ? 0 : 1)
                : y == -1 ? -1 : Integer.compare(x, y));
        for (int i = 0; i < r.findings().size(); i++) {
            out.computeIfAbsent(beadOf(r.findings().get(i), r.alignment()), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** "1 error", "2 warnings". */
    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The one-line verdict shared by the console and the HTML header. */
    static String summaryLine(Report r) {
        var s = r.summary();
        long accepted = r.findings().stream().filter(Finding::accepted).count();
        return String.format(java.util.Locale.ROOT, "%s: %s, %s, %s%s; score %.2f per 1,000 source words (%d words)%s",
                s.passed() ? "PASSED" : "FAILED", count(s.errors(), "error"), count(s.warnings(), "warning"),
                count(s.infos(), "info"), accepted > 0 ? " (" + accepted + " accepted)" : "", s.score(), s.words(),
                r.audit() == null ? "" : "; gate: " + r.audit().gate().describe());
    }

    /** The gate settings the verdict was reached with, e.g. {@code fail-on never}; null without an audit. */
    static String gate(Report r) {
        return r.audit() == null ? null : r.audit().gate().describe();
    }
}
