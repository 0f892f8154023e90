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
                    if (placeOfAdjective(src, tgt, e.expected())
                            || r.part().kind() == dev.transcheck.names.NameKind.PLACE && demonymOfPlace(tgt, e.expected())) {
                        continue;
                    }
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

    /**
     * True when the translation names a place by its English demonym: "I'm Canadian" for «я з
     * Канади», "a Kenyan runner" for «бігун із Кенії». The word is an accepted form of the place,
     * with or without its last vowel, plus a demonym suffix (-ian, -an, -n, -ese, -i).
     */
    static boolean demonymOfPlace(String tgt, List<String> expected) {
        if (tgt == null || tgt.length() < 5 || !Character.isUpperCase(tgt.charAt(0))) {
            return false;
        }
        String t = tgt.toLowerCase(java.util.Locale.ROOT);
        for (String x : expected) {
            String l = x.toLowerCase(java.util.Locale.ROOT);
            String stem = l.length() > 3 && "aeoy".indexOf(l.charAt(l.length() - 1)) >= 0 ? l.substring(0, l.length() - 1) : l;
            for (String base : List.of(l, stem)) {
                for (String suffix : DEMONYM_SUFFIXES) {
                    if (t.equals(base + suffix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The endings English demonyms add to a place's name (Canadian, Kenyan, Japanese, Israeli). */
    private static final List<String> DEMONYM_SUFFIXES = List.of("ian", "an", "n", "ese", "i");

    /** A Cyrillic relational adjective: a stem, the suffix -ськ-/-зьк-/-цьк-/-ск-/-цк-, an ending. */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{IsCyrillic}{3,}(?:ськ|зьк|цьк|ск|цк)\\p{IsCyrillic}{1,3}");
    /** What a romanised adjective has after its stem: the suffix (sk, k) and a Latin ending. */
    private static final java.util.regex.Pattern ROMAN_TAIL = java.util.regex.Pattern.compile(
            "s?k[aeiouy][a-z]{0,4}");

    /**
     * True when the translation renders a place adjective by the place's own name, as English
     * does: «Казанский Кремль» is the Kazan Kremlin, «Львівська опера» the Lviv Opera. The source
     * word is such an adjective and the accepted romanisation of it is the translation's word plus
     * the romanised suffix and ending (Kazansky = Kazan + sky).
     */
    static boolean placeOfAdjective(String src, String tgt, List<String> expected) {
        if (src == null || tgt == null || tgt.length() < 4 || !ADJECTIVE.matcher(src).matches()) {
            return false;
        }
        String t = tgt.toLowerCase(java.util.Locale.ROOT);
        for (String x : expected) {
            String l = x.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith(t) && ROMAN_TAIL.matcher(l.substring(t.length())).matches()) {
                return true;
            }
        }
        return false;
    }
}
