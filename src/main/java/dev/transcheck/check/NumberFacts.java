package dev.transcheck.check;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumberMatch;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of every bead of a run, extracted once and shared by the number, date, format and
 * partial-omission checks through {@link CheckContext#memo}. Entity offsets are absolute offsets
 * into the document texts.
 */
final class NumberFacts {
    /** The numbers of one bead and how they compare. */
    record BeadNumbers(Bead bead, List<NumericEntity> source, List<NumericEntity> translation, NumberMatch match) {
    }

    private final List<BeadNumbers> beads;

    private NumberFacts(List<BeadNumbers> beads) {
        this.beads = beads;
    }

    static NumberFacts of(CheckContext ctx) {
        return ctx.memo(NumberFacts.class, NumberFacts::build);
    }

    List<BeadNumbers> beads() {
        return beads;
    }

    private static NumberFacts build(CheckContext ctx) {
        List<BeadNumbers> out = new ArrayList<>();
        for (Bead b : ctx.alignment().beads()) {
            List<NumericEntity> s = extract(ctx.source(), b.source());
            List<NumericEntity> t = extract(ctx.translation(), b.translation());
            out.add(new BeadNumbers(b, s, t, NumberMatch.of(s, t)));
        }
        return new NumberFacts(List.copyOf(out));
    }

    private static List<NumericEntity> extract(Document doc, List<Integer> ids) {
        List<NumericEntity> out = new ArrayList<>();
        for (int id : ids) {
            Sentence s = doc.sentence(id);
            for (NumericEntity e : NumberExtractor.extract(s.text(), doc.lang())) {
                out.add(new NumericEntity(e.kind(), e.value(), e.alt(), e.unit(), e.approx(), e.spelled(), e.month(),
                        e.day(), e.year(), e.period(), e.start() + s.start(), e.end() + s.start(), e.text(),
                        e.issue(), e.altIssue()));
            }
        }
        return out;
    }

    /** The span of an entity in {@code doc} (absolute offsets), with the id of its sentence. */
    static Span span(Document doc, NumericEntity e) {
        return Span.of(doc, sentenceAt(doc, e.start()), e.start(), e.end());
    }

    static int sentenceAt(Document doc, int offset) {
        int lo = 0;
        int hi = doc.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (doc.sentence(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The value as written plus its normalised reading, e.g. {@code «1,5 тис.» (1500)}. */
    static String describe(NumericEntity e) {
        String v = e.display() + (e.unit() != null && !e.isDate() ? " " + e.unit() : "");
        return "\u201C" + e.text() + "\u201D (" + v.replace(" %", "%") + ")";
    }
}
