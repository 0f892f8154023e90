package dev.transcheck.check;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A form the glossary forbids (Kiev, Kharkov, Odessa) used in the translation, whatever the
 * source says. A forbidden word inside an accepted form of another concept (Chicken Kiev, an
 * admitted multi-word form) is not flagged. Persons are left to the name checks. See
 * docs/checks/term.forbidden.md.
 */
@CheckInfo(id = "term.forbidden", severity = Severity.ERROR, category = Category.WRONG_TERM,
        summary = "The translation uses a form the glossary forbids (Kiev for Kyiv).")
public final class TermForbiddenCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        String lang = ctx.translation().lang();
        for (List<TermHit> hits : ctx.terms().translationHits) {
            for (TermHit h : hits) {
                // persons too: a forbidden rendering of a person (Vladimir Zelensky for a Ukrainian) is a
                // glossary fact that the name checks do not repeat
                if (h.term().status() != TermStatus.FORBIDDEN || insideAccepted(h, hits)) {
                    continue;
                }
                Concept c = h.concept();
                List<String> expected = TermAnalysis.accepted(c, lang, h.year(), h.partial());
                String suggestion = expected.isEmpty() ? null : expected.get(0);
                Term t = h.term();
                String message = "The glossary forbids " + h.span().text()
                        + (suggestion != null ? "; write " + suggestion : "")
                        + (t.note() != null ? " (" + t.note() + ")" : "") + ".";
                out.add(finding(message, null, h.span(), expected, suggestion));
            }
        }
        return out;
    }

    /** True when an accepted form of another concept covers the hit ("Chicken Kiev" covers "Kiev"). */
    private static boolean insideAccepted(TermHit h, List<TermHit> hits) {
        for (TermHit o : hits) {
            if (o != h && o.term().status() != TermStatus.FORBIDDEN && !o.concept().id().equals(h.concept().id())
                    && o.span().start() <= h.span().start() && o.span().end() >= h.span().end()) {
                return true;
            }
        }
        return false;
    }
}
