package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.InlineCode;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inline code of a bilingual-file unit (XLIFF {@code g}, {@code x}, {@code ph}, {@code bpt}/{@code ept},
 * {@code pc}, {@code sc}/{@code ec}) that the source has and the target lacks, or the reverse: a lost
 * link, bold or placeholder breaks the published page. Codes are matched by id and kind (opening,
 * closing, placeholder); their order may differ, since word order does. Units without a target are
 * {@code target.missing}'s.
 */
@CheckInfo(id = "markup.mismatch", severity = Severity.WARNING, category = Category.MARKUP,
        summary = "An inline tag (link, formatting, placeholder) of a bilingual-file unit is missing from or added in the target.")
public final class MarkupMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Document src = ctx.source();
        Document tgt = ctx.translation();
        for (Unit u : ctx.units()) {
            if (!u.hasTarget()) {
                continue;
            }
            List<InlineCode> missing = difference(u.sourceCodes(), u.targetCodes());
            List<InlineCode> added = difference(u.targetCodes(), u.sourceCodes());
            Span targetSpan = unitSpan(tgt, u.targetStart(), u.targetEnd());
            if (!missing.isEmpty()) {
                Sentence s = sentenceAt(src, u.sourceStart() + missing.get(0).offset(), u.sourceStart(), u.sourceEnd());
                Span sourceSpan = s == null ? null : Span.ofSentence(s);
                out.add(finding("Unit " + u.id() + ": the target lacks " + labels(missing) + " that the source has.",
                        sourceSpan, targetSpan, List.of(), null));
            }
            if (!added.isEmpty()) {
                Sentence t = sentenceAt(tgt, u.targetStart() + added.get(0).offset(), u.targetStart(), u.targetEnd());
                Sentence s = sentenceAt(src, u.sourceStart(), u.sourceStart(), u.sourceEnd());
                out.add(finding("Unit " + u.id() + ": the target adds " + labels(added) + " that the source does not have.",
                        s == null ? null : Span.ofSentence(s), t == null ? targetSpan : Span.ofSentence(t), List.of(), null));
            }
        }
        return out;
    }

    /** The codes of {@code a} with no counterpart (same id and kind) in {@code b}, counting repeats. */
    static List<InlineCode> difference(List<InlineCode> a, List<InlineCode> b) {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (InlineCode c : b) {
            left.merge(c.kind() + "#" + c.id(), 1, Integer::sum);
        }
        List<InlineCode> out = new ArrayList<>();
        for (InlineCode c : a) {
            String key = c.kind() + "#" + c.id();
            int n = left.getOrDefault(key, 0);
            if (n > 0) {
                left.put(key, n - 1);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static String labels(List<InlineCode> codes) {
        List<String> l = new ArrayList<>();
        for (InlineCode c : codes) {
            if (l.size() == 5) {
                l.add("...");
                break;
            }
            l.add(c.label());
        }
        return (codes.size() == 1 ? "the tag " : codes.size() + " tags ") + String.join(" ", l);
    }

    /** The sentence holding {@code offset} (or the last one of the unit when the code ends it). */
    private static Sentence sentenceAt(Document d, int offset, int unitStart, int unitEnd) {
        Sentence last = null;
        for (Sentence s : d.sentences()) {
            if (s.end() <= unitStart || s.start() >= Math.max(unitEnd, unitStart + 1)) {
                continue;
            }
            if (offset < s.end()) {
                return s;
            }
            last = s;
        }
        return last;
    }

    private static Span unitSpan(Document d, int start, int end) {
        Sentence first = TargetMissingCheck.firstSentence(d, start, end);
        return first == null || end <= start ? null : Span.of(d, first.id(), start, end);
    }
}
