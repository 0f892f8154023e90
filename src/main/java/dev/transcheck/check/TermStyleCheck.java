package dev.transcheck.check;

import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.glossary.TermIndex;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.text.analysis.TextNormalizer;
import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * House style: the preferred form in the wrong letter case (BELTA for BelTA), a warning; an
 * admitted form where the glossary prefers another (Kyiv Pechersk Lavra for Kyiv-Pechersk Lavra), info,
 * since admitted forms are correct. An abbreviation or a shortening of the preferred form (UN for
 * United Nations) is not flagged: news style uses both. Persons are left to the name checks. See
 * docs/checks/term.style.md.
 */
@CheckInfo(id = "term.style", severity = Severity.WARNING, category = Category.WRONG_TERM,
        summary = "The preferred form in the wrong letter case (BELTA for BelTA), or an admitted form where the glossary prefers another.")
public final class TermStyleCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        String lang = ctx.translation().lang();
        for (List<TermHit> hits : ctx.terms().translationHits) {
            for (TermHit h : hits) {
                if (h.partial() || !TermAnalysis.checked(h.concept())) {
                    continue;
                }
                Term preferred = h.concept().preferred(lang);
                if (preferred == null) {
                    continue;
                }
                String want = TermIndex.fill(preferred.form(), h.year());
                if (h.term().status() == TermStatus.ADMITTED && h.concept().type() != ConceptType.TITLE
                        && !preferred.form().equals(h.term().form())
                        && !TermAnalysis.shorterReference(h.term().form(), preferred.form())) {
                    out.add(finding(Severity.INFO,
                            "House style prefers " + want + " to " + h.span().text() + ".",
                            null, h.span(), List.of(want), want));
                } else if (h.term().status() == TermStatus.PREFERRED && wrongCase(h.span().text(), want)
                        && !setInCapitals(ctx.translation().sentence(h.span().sentence()).text(), h.span().text())
                        && !inCapitalRun(ctx.translation().sentence(h.span().sentence()).text(), h.span().text())) {
                    out.add(finding(
                            "Write " + want + " as the glossary does, not " + h.span().text() + ".",
                            null, h.span(), List.of(want), want));
                }
            }
        }
        return out;
    }

    /**
     * True when a word of the text equals the corresponding word of the form but for letter case,
     * and one of the two has a capital after its first letter (an acronym or a mixed-case name:
     * BELTA/BelTA, Nato/NATO). Ordinary capitalisation ("defence minister" for "Defence Minister")
     * is not house style, and neither are the dots of an abbreviation (U.N. for UN).
     */
    static boolean wrongCase(String text, String form) {
        List<Token> a = Tokenizer.tokens(text).stream().filter(Token::isWord).toList();
        List<Token> b = Tokenizer.tokens(form).stream().filter(Token::isWord).toList();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i).text();
            String y = b.get(i).text();
            if (!x.replace(".", "").equals(y.replace(".", "")) && TextNormalizer.fold(x).equals(TextNormalizer.fold(y))
                    && (innerCapital(x) || innerCapital(y))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence is set in capitals as a whole ("HEADS UP, ST PETERSBURG", a shouted
     * heading or post): every cased letter is upper case and a word besides the term is, so the
     * term's capitals carry no letter case of its own.
     */
    static boolean setInCapitals(String sentence, String term) {
        boolean other = false;
        for (Token t : Tokenizer.tokens(sentence.replace(term, " "))) {
            if (t.isWord() && t.text().codePoints().anyMatch(Character::isLetter)) {
                if (!t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
                other |= t.text().codePoints().filter(Character::isLetter).count() >= 2;
            }
        }
        return other && term.equals(term.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * True when the term, written in capitals, stands in a run of at least two other words in
     * capitals right before or after it ("Day 4 of 4: WE MADE IT TO PARIS!!!"): a shouted phrase,
     * whose capitals are not the term's own spelling. A term alone in capitals among ordinary words
     * ("Heads up, ST PETERSBURG: metro closing!") is not in such a run.
     */
    static boolean inCapitalRun(String sentence, String term) {
        int at = sentence.indexOf(term);
        if (at < 0 || !term.equals(term.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        List<Token> before = Tokenizer.tokens(sentence.substring(0, at)).stream().filter(Token::isWord).toList();
        List<Token> after = Tokenizer.tokens(sentence.substring(at + term.length())).stream().filter(Token::isWord).toList();
        int run = 0;
        for (int i = before.size() - 1; i >= 0 && shouted(before.get(i).text()); i--) {
            run++;
        }
        for (int i = 0; i < after.size() && shouted(after.get(i).text()); i++) {
            run++;
        }
        return run >= 2;
    }

    /** A word of two or more letters, all of them capitals. */
    private static boolean shouted(String w) {
        return w.codePoints().filter(Character::isLetter).count() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && w.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean innerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
