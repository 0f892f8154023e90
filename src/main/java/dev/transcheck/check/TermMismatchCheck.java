package dev.transcheck.check;

import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A glossary name or term of the source whose aligned translation has none of its accepted
 * renderings, with what replaced it. Names (person, place, organisation, event) are errors in
 * accuracy/mistranslation, titles and plain terms warnings in terminology/wrong-term; a term that
 * is only absent (nothing found in its place) is info. See docs/checks/term.mismatch.md.
 */
@CheckInfo(id = "term.mismatch", severity = Severity.ERROR, category = Category.MISTRANSLATION,
        summary = "A glossary name or term of the source is not rendered by its glossary form in the translation.")
public final class TermMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (TermAnalysis.Missing m : ctx.terms().missing) {
            if (m.otherTitle() != null) {
                continue; // title.mismatch reports it
            }
            boolean name = TermAnalysis.isName(m.source().concept().type());
            String what = m.source().concept().type().name().toLowerCase(java.util.Locale.ROOT);
            String message = m.replacement() != null
                    ? String.format("The source %s %s should be rendered as %s; the translation has %s instead.",
                    what, m.source().span().text(), m.suggestion(), m.replacement().text())
                    : String.format("The source %s %s should be rendered as %s; the aligned translation has no rendering of it.",
                    what, m.source().span().text(), m.suggestion());
            Severity sev;
            if (m.replacement() != null) {
                sev = name ? Severity.ERROR : Severity.WARNING;
            } else {
                sev = Severity.INFO; // only absent: translators drop redundant names ("$2,000" for "2 000 долларов США")
            }
            Finding f = finding(sev, message, m.source().span(), m.replacement(), m.expected(), m.suggestion());
            out.add(name ? f : f.withCategory(Category.WRONG_TERM));
        }
        return out;
    }
}
