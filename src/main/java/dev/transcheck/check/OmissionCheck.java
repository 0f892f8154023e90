package dev.transcheck.check;

import dev.transcheck.text.TextFacts;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A source sentence aligned to nothing in the translation. An error only when the aligner is
 * confident of the 1-0 bead; otherwise worth a look (info). Trivially short sentences (a dash, a
 * lone number, a one-word line) are skipped.
 */
@CheckInfo(id = "omission", severity = Severity.ERROR, category = Category.OMISSION,
        summary = "A source sentence has no counterpart in the translation.")
public final class OmissionCheck implements Check {
    /** Below this bead confidence an omission is only worth a look, not a gate failure. */
    static final double CONFIDENT = dev.transcheck.model.Confidence.GAP;
    /** Sentences with fewer words than this are not worth a finding. */
    static final int MIN_WORDS = 2;

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Bead bead : ctx.alignment().beads()) {
            if (!bead.isOmission()) {
                continue;
            }
            for (int id : bead.source()) {
                Sentence s = ctx.source().sentence(id);
                if (TextFacts.words(s.text()) < MIN_WORDS) {
                    continue;
                }
                boolean confident = bead.confidence() >= CONFIDENT && bead.source().size() == 1;
                Severity sev = confident ? Severity.ERROR : Severity.INFO;
                out.add(finding(sev,
                        String.format("Source sentence %d has no counterpart in the translation (alignment confidence %.2f).",
                                id, bead.confidence()),
                        Span.ofSentence(s), null, List.of(), null));
            }
        }
        return out;
    }
}
