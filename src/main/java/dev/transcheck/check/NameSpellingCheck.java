package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.names.Expectation;
import dev.transcheck.names.NameAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The translation renders a source name recognisably but in a form no accepted romanisation
 * scheme or glossary entry gives (Zelenskyj), on the wrong spelling basis for the person
 * (Volodymyr Putin), or in a form the glossary forbids (error).
 */
@CheckInfo(id = "name.spelling", severity = Severity.WARNING, category = Category.SPELLING,
        summary = "A name is romanised in a form no accepted scheme or glossary entry gives.")
public final class NameSpellingCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (NameAnalysis.Result r : ctx.names().results()) {
            if (r.part().kind() == dev.transcheck.names.NameKind.OTHER) {
                // a capitalised common word (Міністерством) or a word no dictionary knows (a drug, Убихинон):
                // a close English word is its established translation (Ubiquinone), not a romanisation
                continue;
            }
            String latinLang = r.reversed() ? ctx.source().lang() : ctx.translation().lang();
            if (r.part().kind() == dev.transcheck.names.NameKind.PLACE && !"en".equals(latinLang)) {
                continue; // places have conventional names per language (Moskau); the exonym table is English
            }
            Expectation e = r.expectation();
            List<String> expected = e.expected().subList(0, Math.min(5, e.expected().size()));
            if (r.reversed()) {
                // English to Cyrillic: foreign names have conventional Cyrillic forms no romanisation rule
                // predicts (Тайчжоу for Taizhou, Гане for Ghana); only mismatches are reported
                continue;
            }
            String src = r.part().span().text();
            String tgt = r.target() == null ? null : r.target().text();
            switch (r.verdict()) {
                case FORBIDDEN -> out.add(finding(Severity.ERROR,
                        String.format("\"%s\" for %s is a form the glossary forbids (%s); write %s.", tgt, src,
                                e.glossary().concept().id(), e.suggestion()),
                        r.part().span(), r.target(), expected, e.suggestion()));
                case WRONG_BASIS -> out.add(finding(Severity.ERROR,
                        String.format("\"%s\" for %s is romanised from the wrong language: the glossary romanises %s from %s; write %s.",
                                tgt, src, e.glossary().preferredForm(), e.glossary().romanisedFrom(), e.suggestion()),
                        r.part().span(), r.target(), expected, e.suggestion()));
                case CLOSE -> {
                    List<String> closest = e.closestTo(tgt);
                    closest = closest.subList(0, Math.min(5, closest.size()));
                    out.add(finding(
                            String.format("\"%s\" for %s is no accepted romanisation; expected %s.", tgt, src,
                                    String.join(", ", closest)),
                            r.part().span(), r.target(), closest, closest.isEmpty() ? null : closest.get(0)));
                }
                default -> {
                }
            }
        }
        return out;
    }
}
