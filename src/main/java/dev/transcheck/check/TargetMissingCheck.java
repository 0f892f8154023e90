package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit of a bilingual file (XLIFF, TMX, PO) whose target is missing or empty while its source
 * has text: the segment was never translated. Articles have no units and never get this finding.
 * A target copied from the source is the {@code untranslated} check's.
 */
@CheckInfo(id = "target.missing", severity = Severity.ERROR, category = Category.UNTRANSLATED,
        summary = "A unit of a bilingual file (XLIFF, TMX, PO) has no translation: its target is missing or empty.")
public final class TargetMissingCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Document src = ctx.source();
        for (Unit u : ctx.units()) {
            if (u.hasTarget() || !hasLetterOrDigit(src.text(), u.sourceStart(), u.sourceEnd())) {
                continue;
            }
            Sentence first = firstSentence(src, u.sourceStart(), u.sourceEnd());
            if (first == null) {
                continue;
            }
            String why = "missing".equals(u.targetState()) ? "has no target" : "has an empty target";
            out.add(finding("Unit " + u.id() + " " + why + ": the segment is not translated.",
                    Span.of(src, first.id(), u.sourceStart(), u.sourceEnd()), null, List.of(), null));
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Sentence firstSentence(Document d, int start, int end) {
        for (Sentence s : d.sentences()) {
            if (s.end() > start && s.start() < Math.max(end, start + 1)) {
                return s;
            }
        }
        return null;
    }
}
