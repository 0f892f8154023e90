package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.names.NameAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The source names a person and the aligned translation has another name in its place (Lavrov for Лукашенко). */
@CheckInfo(id = "name.mismatch", severity = Severity.ERROR, category = Category.MISTRANSLATION,
        summary = "A person named in the source is replaced by another name in the translation.")
public final class NameMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (NameAnalysis.Replacement r : ctx.names().replacements()) {
            NameAnalysis.Result res = r.result();
            List<String> expected = r.expected();
            expected = expected.subList(0, Math.min(5, expected.size()));
            String suggestion = r.suggestion();
            String msg = String.format("The source names %s%s but the translation has \"%s\" in its place.",
                    r.sourceSpan().text(),
                    suggestion == null || res.reversed() ? "" : " (" + suggestion + ")",
                    r.translationSpan().text());
            // weak evidence (see NameAnalysis.Replacement#sure) is worth a look, not a stopped gate
            out.add(r.sure() ? finding(msg, r.sourceSpan(), r.translationSpan(), expected, suggestion)
                    : finding(Severity.WARNING, msg, r.sourceSpan(), r.translationSpan(), expected, suggestion));
        }
        for (NameAnalysis.Added a : ctx.names().added()) {
            // the Cyrillic translation names a glossary person the source names nowhere: a person swapped in
            // where the translator had repeated the source's name (Trump ... he: Трамп ... Туск)
            var en = a.concept().preferred(ctx.source().lang());
            String who = en == null ? "" : " (" + en.form() + ")";
            String msg = String.format("The translation names %s%s, whom the source does not name anywhere.",
                    a.result().part().span().text(), who);
            out.add(finding(msg, null, a.result().part().span(), List.of(), null));
        }
        return out;
    }
}
