package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumberMatch;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar date that differs between the source and the translation of a bead («24 лютого»
 * as "February 14"). Dates are compared on month, day and year; a day or year given on one side
 * only does not count, nor does "mid-September" against «у середині вересня».
 */
@CheckInfo(id = "date.mismatch", severity = Severity.ERROR, category = Category.MISTRANSLATION,
        summary = "A date differs between the source and the translation.")
public final class DateMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (NumberFacts.BeadNumbers bn : ctx.numbers().beads()) {
            if (bn.bead().isOmission() || bn.bead().isAddition()) {
                continue;
            }
            NumberMatch m = bn.match();
            List<NumericEntity> freeT = new ArrayList<>(m.translationDates());
            for (NumericEntity s : m.sourceDates()) {
                NumericEntity t = freeT.isEmpty() ? null : freeT.remove(0);
                if (t != null) {
                    out.add(finding(
                            "The source date " + NumberFacts.describe(s) + " is " + NumberFacts.describe(t)
                                    + " in the translation.",
                            NumberFacts.span(ctx.source(), s), NumberFacts.span(ctx.translation(), t),
                            List.of(s.display()), null));
                } else if (s.day() > 0) {
                    out.add(finding(
                            "The source date " + NumberFacts.describe(s) + " is missing from the translation.",
                            NumberFacts.span(ctx.source(), s), null, List.of(s.display()), null));
                }
            }
            for (NumericEntity t : freeT) {
                if (t.day() > 0) {
                    out.add(finding(
                            "The translation has the date " + NumberFacts.describe(t) + ", which the source does not.",
                            null, NumberFacts.span(ctx.translation(), t), List.of(), null));
                }
            }
        }
        return out;
    }
}
