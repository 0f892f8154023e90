package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumberLexicon;
import dev.transcheck.text.numbers.NumberMatch;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A value in the translation written against the target language's convention: a decimal comma
 * in English ("1,5 million"), points as thousands separators in English ("100.000"), a decimal
 * point in Ukrainian or Russian ("1.5 млн"), commas as thousands separators in Ukrainian or
 * Russian. Also "1,500" in English for the source's «1,5» (the value is right only when the comma
 * is read as a decimal comma). Only the translation is judged.
 */
@CheckInfo(id = "number.format", severity = Severity.WARNING, category = Category.NUMBER_FORMAT,
        summary = "A number in the translation is written against the target language's conventions.")
public final class NumberFormatCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        if (!NumberLexicon.of(ctx.translation().lang()).known()) {
            return out; // no data file: the language's conventions are unknown
        }
        for (NumberFacts.BeadNumbers bn : ctx.numbers().beads()) {
            NumberMatch m = bn.match();
            for (NumberMatch.Pair p : m.altPairs()) {
                NumericEntity t = p.translation();
                out.add(finding(
                        "The translation writes " + NumberFacts.describe(p.source()) + " as \u201C" + t.text()
                                + "\u201D: " + t.altIssue() + ".",
                        NumberFacts.span(ctx.source(), p.source()), NumberFacts.span(ctx.translation(), t),
                        List.of(), null));
            }
            for (NumericEntity t : bn.translation()) {
                if (t.issue() == null || inAltPair(m, t)) {
                    continue;
                }
                NumericEntity s = sourceOf(m, t);
                // the space before % is a standard (GOST) that newsrooms often do not follow: a style note
                Severity sev = t.issue().startsWith(NumberExtractor.PERCENT_SPACE) ? Severity.INFO : severity();
                out.add(finding(sev,
                        "\u201C" + t.text() + "\u201D is written with " + t.issue() + ".",
                        s == null ? null : NumberFacts.span(ctx.source(), s), NumberFacts.span(ctx.translation(), t),
                        List.of(), null));
            }
        }
        return out;
    }

    private static boolean inAltPair(NumberMatch m, NumericEntity t) {
        for (NumberMatch.Pair p : m.altPairs()) {
            if (p.translation() == t) {
                return true;
            }
        }
        return false;
    }

    private static NumericEntity sourceOf(NumberMatch m, NumericEntity t) {
        for (NumberMatch.Pair p : m.pairs()) {
            if (p.translation() == t) {
                return p.source();
            }
        }
        return null;
    }
}
