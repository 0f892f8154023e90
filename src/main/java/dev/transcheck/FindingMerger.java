package dev.transcheck;

import dev.transcheck.model.Document;
import dev.transcheck.model.Evidence;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem, one finding: after every check ran, findings of different checks about one span
 * become one. The most specific check (first in {@link #SPECIFICITY}) keeps the finding; the
 * others become its {@link Evidence}; the merged finding has the highest severity of the group,
 * so merging never hides an error, and it counts once in the score and the gate.
 *
 * <p>Two findings are about one span when their translation spans overlap, or, when either has no
 * translation span, their source spans overlap. Findings about a whole sentence (omission,
 * addition, a sentence copied untranslated) are a different kind of problem from a word in that
 * sentence and are never merged, nor are checks absent from {@link #SPECIFICITY}.
 */
public final class FindingMerger {
    /**
     * The one specificity order, most specific first. A wrong office, term, person, date or number
     * says the most (a glossary fact before a name heuristic); then what pins down the cause in
     * the letters (a mixed-script word, an untranslated word); then a form wrong by itself (a
     * forbidden form, a misspelt name); then a form that differs from the rest of the document;
     * then a form that is acceptable but not preferred, and a number's format.
     */
    public static final List<String> SPECIFICITY = List.of(
            "title.mismatch",
            "term.mismatch",
            "name.mismatch",
            "date.mismatch",
            "number.mismatch",
            "text.mixed-script",
            "untranslated",
            "term.forbidden",
            "name.spelling",
            "term.inconsistent",
            "name.inconsistent",
            "term.style",
            "number.format");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < SPECIFICITY.size(); i++) {
            RANK.put(SPECIFICITY.get(i), i);
        }
    }

    private FindingMerger() {
    }

    /** {@code findings} with every group of findings about one span merged into its most specific one, in order. */
    public static List<Finding> merge(List<Finding> findings, Document source, Document translation) {
        int n = findings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            if (!mergeable(findings.get(i), source, translation)) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (mergeable(findings.get(j), source, translation) && sameSpan(findings.get(i), findings.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Finding>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(findings.get(i));
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Finding> group = groups.get(find(parent, i));
            if (group.size() == 1) {
                out.add(findings.get(i));
            } else if (find(parent, i) == i) {
                out.add(merged(group));
            }
        }
        return lostWithClause(out);
    }

    /** Checks whose finding about a value with no counterpart at all is part of a dropped clause. */
    static final List<String> VALUE_CHECKS = List.of("number.mismatch", "date.mismatch");

    /**
     * A clause dropped inside a sentence (omission.partial) is one problem with the values it took
     * along: a number.mismatch or date.mismatch finding that only says a value of the same source
     * sentence has no counterpart (no translation span) and that the omission names becomes its
     * evidence, instead of a second finding about the same loss. A value in place of another
     * (with a translation span) stays a finding of its own.
     */
    static List<Finding> lostWithClause(List<Finding> findings) {
        List<Integer> partials = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).check().equals("omission.partial") && findings.get(i).source() != null) {
                partials.add(i);
            }
        }
        if (partials.isEmpty()) {
            return findings;
        }
        Map<Integer, List<Finding>> absorbed = new HashMap<>();
        boolean[] gone = new boolean[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!VALUE_CHECKS.contains(f.check()) || f.translation() != null || f.source() == null) {
                continue;
            }
            for (int p : partials) {
                Finding o = findings.get(p);
                if (o.source().sentence() == f.source().sentence() && f.expected().stream().anyMatch(o.expected()::contains)) {
                    absorbed.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
                    gone[i] = true;
                    break;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (gone[i]) {
                continue;
            }
            List<Finding> group = absorbed.get(i);
            if (group == null) {
                out.add(findings.get(i));
                continue;
            }
            Finding o = findings.get(i);
            Severity worst = o.severity();
            List<Evidence> evidence = new ArrayList<>();
            for (Finding f : group) {
                if (f.severity().ordinal() < worst.ordinal()) {
                    worst = f.severity();
                }
                evidence.add(Evidence.of(f));
                evidence.addAll(f.evidence());
            }
            out.add(o.withSeverity(worst).withEvidence(evidence));
        }
        return out;
    }

    private static Finding merged(List<Finding> group) {
        List<Finding> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt((Finding f) -> RANK.get(f.check())).thenComparing(f -> f.severity().ordinal()));
        Finding winner = sorted.get(0);
        Severity worst = winner.severity();
        List<Evidence> evidence = new ArrayList<>();
        for (Finding f : sorted.subList(1, sorted.size())) {
            if (f.severity().ordinal() < worst.ordinal()) {
                worst = f.severity();
            }
            evidence.add(Evidence.of(f));
            evidence.addAll(f.evidence());
        }
        return winner.withSeverity(worst).withEvidence(evidence);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean mergeable(Finding f, Document source, Document translation) {
        if (!RANK.containsKey(f.check())) {
            return false;
        }
        Span key = f.translation() != null ? f.translation() : f.source();
        if (key == null) {
            return false;
        }
        Document d = f.translation() != null ? translation : source;
        if (key.sentence() < 0 || key.sentence() >= d.size()) {
            return true;
        }
        Sentence s = d.sentence(key.sentence());
        return !(key.start() <= s.start() && key.end() >= s.end());
    }

    static boolean sameSpan(Finding a, Finding b) {
        if (a.translation() != null && b.translation() != null) {
            return overlap(a.translation(), b.translation());
        }
        return a.source() != null && b.source() != null && overlap(a.source(), b.source());
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
