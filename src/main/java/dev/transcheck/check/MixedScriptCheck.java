package dev.transcheck.check;

import dev.transcheck.text.Resources;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.translit.MixedScript;
import java.util.ArrayList;
import java.util.List;

/** A word that mixes Cyrillic and Latin look-alike letters ("Лукашенкo" with a Latin o), in either document. */
@CheckInfo(id = "text.mixed-script", severity = Severity.WARNING, category = Category.SPELLING,
        summary = "A word mixes look-alike letters of two scripts (Cyrillic and Latin).")
public final class MixedScriptCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        Resources res = ctx.resources();
        MixedScript ms = res.shared(MixedScript.class, MixedScript::new);
        List<Finding> out = new ArrayList<>();
        scan(ctx.source(), true, ms, out);
        scan(ctx.translation(), false, ms, out);
        return out;
    }

    private void scan(Document doc, boolean source, MixedScript ms, List<Finding> out) {
        for (Sentence s : doc.sentences()) {
            for (MixedScript.Hit h : ms.find(s.text())) {
                Span span = Span.of(doc, s.id(), s.start() + h.start(), s.start() + h.end());
                String msg = String.format("\"%s\" in the %s mixes Cyrillic and Latin letters%s.", h.word(),
                        source ? "source" : "translation",
                        h.repaired() == null ? "" : "; probably \"" + h.repaired() + "\"");
                // in the source it is not the translator's error, but it breaks name and term matching: a note
                out.add(finding(source ? Severity.INFO : severity(), msg, source ? span : null, source ? null : span,
                        h.repaired() == null ? List.of() : List.of(h.repaired()), h.repaired()));
            }
        }
    }
}
