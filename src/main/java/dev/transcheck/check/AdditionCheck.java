package dev.transcheck.check;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.TextFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A translation sentence with real content aligned to nothing in the source (a 0-1 bead). A
 * warning when the aligner is confident of the bead, info otherwise; lines of fewer than three
 * words (a dash, a byline, a lone number) are skipped. A line moved from elsewhere (its figures
 * are those of a source line with no counterpart, see {@link OmissionCheck#movedCounterpart}) is info.
 */
@CheckInfo(id = "addition", severity = Severity.WARNING, category = Category.ADDITION,
        summary = "A translation sentence has no counterpart in the source.")
public final class AdditionCheck implements Check {
    static final int MIN_WORDS = 3;

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Bead bead : ctx.alignment().beads()) {
            if (!bead.isAddition()) {
                continue;
            }
            for (int id : bead.translation()) {
                Sentence t = ctx.translation().sentence(id);
                if (TextFacts.words(t.text()) < MIN_WORDS) {
                    continue;
                }
                Bead moved = OmissionCheck.movedCounterpart(ctx, bead, false);
                Severity sev = bead.confidence() >= dev.transcheck.model.Confidence.GAP && moved == null ? Severity.WARNING : Severity.INFO;
                String message = String.format("Translation sentence %d has no counterpart in the source (alignment confidence %.2f).",
                        id, bead.confidence());
                if (moved != null) {
                    message += " Source sentence " + moved.source().get(0)
                            + ", which has no counterpart either, carries the same figures: the line was probably moved (a list reordered).";
                }
                out.add(finding(sev, message, null, Span.ofSentence(t), List.of(), null));
            }
        }
        return out;
    }
}
