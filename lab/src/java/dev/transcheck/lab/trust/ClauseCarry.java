package dev.transcheck.lab.trust;

import dev.transcheck.check.CheckContext;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Report;
import dev.transcheck.model.Span;
import dev.transcheck.names.Expectation;
import dev.transcheck.names.NameAnalysis;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumberMatch;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a seeded dropped clause carried, told from the source side with the product's own
 * extractors on the original (unseeded) pair: a source number or date (NumberFacts) whose matched
 * translation value lies inside the dropped piece; a source name (NameAnalysis) whose rendering
 * lies inside it; a glossary concept of the source sentence (TermAnalysis) mentioned inside the
 * piece and nowhere else in the translation sentence. A clause that carries none of these is
 * "plain": its anchors (a capitalised word, a digit run) are ones the product does not read as a
 * name, value or term.
 */
public final class ClauseCarry {
    /** What a dropped clause may carry. */
    public enum What { NAME, NUMBER, TERM }

    private ClauseCarry() {
    }

    /** What the clause seed {@code s} carried, judged on the original pair's report {@code original}. */
    public static Set<What> of(Seeder.Seed s, Report original, CheckContext ctx) {
        Set<What> out = EnumSet.noneOf(What.class);
        int from = s.start();
        int to = s.start() + s.before().length();
        int t = Seeder.sentenceAt(original.translation(), from);
        if (t < 0) {
            return out;
        }
        Bead bead = original.alignment().beadOfTranslation(t);
        if (bead == null) {
            return out;
        }
        for (NumberFacts.BeadNumbers bn : ctx.numbers().beads()) {
            if (!bn.bead().equals(bead)) {
                continue;
            }
            for (List<NumberMatch.Pair> ps : List.of(bn.match().pairs(), bn.match().altPairs())) {
                for (NumberMatch.Pair p : ps) {
                    if (!p.source().spelled() && inside(p.translation().start(), p.translation().end(), from, to)) {
                        out.add(What.NUMBER);
                    }
                }
            }
        }
        int bi = original.alignment().beads().indexOf(bead);
        for (NameAnalysis.Result r : ctx.names().results()) {
            Span ts = r.translationSpan();
            if (r.bead() == bi && r.verdict() != Expectation.Verdict.NONE && ts != null && r.sourceSpan() != null
                    && inside(ts.start(), ts.end(), from, to)) {
                out.add(What.NAME);
            }
        }
        var terms = ctx.terms();
        Set<String> inSource = new HashSet<>();
        for (int si : bead.source()) {
            if (si < terms.sourceHits.size()) {
                for (TermHit h : terms.sourceHits.get(si)) {
                    inSource.add(h.concept().id());
                }
            }
        }
        Set<String> inPiece = new HashSet<>();
        Set<String> inRest = new HashSet<>();
        if (t < terms.translationMentions.size()) {
            for (TermHit h : terms.translationMentions.get(t)) {
                (inside(h.span().start(), h.span().end(), from, to) ? inPiece : inRest).add(h.concept().id());
            }
        }
        inPiece.removeAll(inRest);
        inPiece.retainAll(inSource);
        if (!inPiece.isEmpty()) {
            out.add(What.TERM);
        }
        return out;
    }

    private static boolean inside(int start, int end, int from, int to) {
        return start >= from && end <= to && end > start;
    }
}
