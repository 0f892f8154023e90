package dev.transcheck.report;

import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a sentence into flat segments at every span boundary, so that overlapping and nested
 * highlights become a sequence of non-overlapping pieces, each knowing which findings cover it.
 * Concatenating the segments' texts gives the sentence text back, character for character.
 */
final class Marks {
    private Marks() {
    }

    /**
     * One piece of a sentence: {@code findings} are indexes into the report's findings list (empty:
     * plain text). An empty {@code text} with findings is an insertion point (a zero-length span).
     */
    record Segment(int start, int end, String text, List<Integer> findings) {
        boolean marked() {
            return !findings.isEmpty();
        }
    }

    /** The segments of {@code s} given all findings (each side chosen by {@code sourceSide}). */
    static List<Segment> segments(Sentence s, List<Finding> findings, boolean sourceSide) {
        List<int[]> spans = new ArrayList<>(); // start, end, finding index
        for (int i = 0; i < findings.size(); i++) {
            Span sp = sourceSide ? findings.get(i).source() : findings.get(i).translation();
            if (sp == null || sp.sentence() != s.id()) {
                continue;
            }
            int a = Math.max(s.start(), Math.min(sp.start(), s.end()));
            int b = Math.max(a, Math.min(sp.end(), s.end()));
            spans.add(new int[] {a, b, i});
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(s.start());
        cuts.add(s.end());
        for (int[] sp : spans) {
            cuts.add(safe(s, sp[0]));
            cuts.add(safe(s, sp[1]));
        }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                List<Integer> cover = new ArrayList<>();
                for (int[] sp : spans) {
                    if (sp[0] < sp[1] && safe(s, sp[0]) <= prev && safe(s, sp[1]) >= cut) {
                        cover.add(sp[2]);
                    }
                }
                out.add(new Segment(prev, cut, s.text().substring(prev - s.start(), cut - s.start()), cover));
            }
            List<Integer> points = new ArrayList<>();
            for (int[] sp : spans) {
                if (sp[0] == sp[1] && safe(s, sp[0]) == cut) {
                    points.add(sp[2]);
                }
            }
            if (!points.isEmpty()) {
                out.add(new Segment(cut, cut, "", points));
            }
            prev = cut;
        }
        return out;
    }

    /** Moves an offset that would split a surrogate pair to the pair's start. */
    private static int safe(Sentence s, int offset) {
        int i = offset - s.start();
        if (i > 0 && i < s.text().length() && Character.isLowSurrogate(s.text().charAt(i))
                && Character.isHighSurrogate(s.text().charAt(i - 1))) {
            return offset - 1;
        }
        return offset;
    }

    /** The most severe severity among {@code indexes} of {@code findings}. */
    static Severity worst(List<Finding> findings, List<Integer> indexes) {
        Severity w = Severity.INFO;
        for (int i : indexes) {
            if (findings.get(i).severity().ordinal() < w.ordinal()) {
                w = findings.get(i).severity();
            }
        }
        return w;
    }
}
