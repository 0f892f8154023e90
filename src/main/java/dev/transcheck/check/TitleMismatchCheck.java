package dev.transcheck.check;

import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * An official title of the source rendered as a different title of the glossary ("міністр
 * оборони" as "Foreign Minister", or "President" for «Прем'єр-міністр»), or rendered with other rank
 * modifiers ("Deputy Defence Minister" for «міністр оборони»). See docs/checks/title.mismatch.md.
 */
@CheckInfo(id = "title.mismatch", severity = Severity.ERROR, category = Category.MISTRANSLATION,
        summary = "An official title is rendered as another title (Defence Minister as Foreign Minister).")
public final class TitleMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (TermAnalysis.Missing m : ctx.terms().missing) {
            if (m.otherTitle() == null) {
                continue;
            }
            out.add(finding(
                    String.format("The source title %s should be rendered as %s; the translation has %s, a different office.",
                            m.source().span().text(), m.suggestion(), m.otherTitle().span().text()),
                    m.source().span(), m.otherTitle().span(), m.expected(), m.suggestion()));
        }
        for (TermAnalysis.RankChange r : ctx.terms().rankChanges()) {
            String was = r.sourceKinds().isEmpty() ? "no rank modifier" : String.join(", ", r.sourceKinds());
            String now = r.translationKinds().isEmpty() ? "none" : String.join(", ", r.translationKinds());
            out.add(finding(
                    String.format("The source title %s (%s) is rendered as %s (%s), a different office.",
                            r.source().span().text(), was, r.translation().text(), now),
                    r.source().span(), r.translation(), r.expected(), null));
        }
        for (TermAnalysis.UnexplainedTitle u : ctx.terms().unexplainedTitles) {
            out.add(finding(
                    String.format("The translation has %s (%s), a rank the source gives nowhere: a different office.",
                            u.span().text(), String.join(", ", u.kinds())),
                    Span.ofSentence(ctx.source().sentence(u.bead().source().get(0))), u.span(), List.of(), null));
        }
        for (TermAnalysis.RivalTitle r : ctx.terms().rivalTitles) {
            List<String> expected = TermAnalysis.accepted(r.sourceOffice().concept(), ctx.translation().lang(),
                    r.sourceOffice().year(), false);
            Span source = r.bead().source().contains(r.sourceOffice().span().sentence())
                    ? r.sourceOffice().span() : Span.ofSentence(ctx.source().sentence(r.bead().source().get(0)));
            out.add(finding(
                    String.format("The translation has %s, an office the source never names; the source names %s, a different post.",
                            r.translation().span().text(), r.sourceOffice().span().text()),
                    source, r.translation().span(), expected, expected.isEmpty() ? null : expected.get(0)));
        }
        return out;
    }
}
