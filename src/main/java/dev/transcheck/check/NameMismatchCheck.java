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
        return out;
    }
}
