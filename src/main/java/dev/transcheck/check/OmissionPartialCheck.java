package dev.transcheck.check;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.TextFacts;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A clause dropped inside a kept sentence. Both conditions are required: the bead's translation
 * is much shorter than the document's usual length ratio says it should be, AND source anchors
 * have no counterpart in the translation (a number or date, a capitalised name, a quotation).
 */
@CheckInfo(id = "omission.partial", severity = Severity.WARNING, category = Category.OMISSION,
        summary = "Part of a source sentence (a clause with a number, name or quotation) is missing from its translation.")
public final class OmissionPartialCheck implements Check {
    /** A bead is short when its length ratio is below this share of the document's median ratio. */
    static final double SHORT = 0.6;
    /** Source pieces shorter than this (letters and digits) are too short to judge. */
    static final int MIN_SOURCE = 40;

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<NumberFacts.BeadNumbers> beads = ctx.numbers().beads();
        double norm = medianRatio(ctx, beads);
        List<Finding> out = new ArrayList<>();
        if (Double.isNaN(norm)) {
            return out;
        }
        for (NumberFacts.BeadNumbers bn : beads) {
            Bead b = bn.bead();
            if (b.isOmission() || b.isAddition()) {
                continue;
            }
            List<Sentence> src = ctx.sourceSentences(b);
            List<Sentence> tgt = ctx.translationSentences(b);
            int sl = TextFacts.contentLength(src);
            int tl = TextFacts.contentLength(tgt);
            if (sl < MIN_SOURCE || (double) tl / sl >= SHORT * norm) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            for (NumericEntity e : bn.match().sourceOnly()) {
                if (!e.spelled()) {
                    missing.add(e.text());
                }
            }
            // a bare month ("in June") is a weak anchor: the other language often turns it into an
            // adjective («червневе падіння», «июньское») that is not read as a date
            int months = 0;
            for (NumericEntity e : bn.match().sourceDates()) {
                if (missing.add(e.text()) && e.day() == 0 && e.year() == 0) {
                    months++;
                }
            }
            int numbers = missing.size() - months;
            String srcText = join(src);
            String tgtText = join(tgt);
            List<String> names = missingNames(srcText, tgtText);
            missing.addAll(names);
            boolean quote = TextFacts.quotes(srcText) > TextFacts.quotes(tgtText);
            if (quote) {
                missing.add("a quotation");
            }
            // a number or date is proof enough; names (which may be translated rather than
            // transliterated: Шотландія, Scotland) and quotations need a second anchor; headlines
            // (no final punctuation) are compressed by habit and need a number
            int weight = 2 * numbers + months + names.size() + (quote ? 1 : 0);
            if (weight < 2 || numbers == 0 && isHeadline(srcText)) {
                continue;
            }
            out.add(finding(
                    String.format("The translation is %.0f%% of the expected length and lacks %s.",
                            100.0 * tl / (sl * norm), String.join(", ", missing)),
                    Span.ofSentence(src.get(0)), Span.ofSentence(tgt.get(0)), List.copyOf(missing), null));
        }
        return out;
    }

    /** The document's usual translation/source length ratio (median over 1-1 beads). */
    static double medianRatio(CheckContext ctx, List<NumberFacts.BeadNumbers> beads) {
        List<Double> r = new ArrayList<>();
        for (NumberFacts.BeadNumbers bn : beads) {
            Bead b = bn.bead();
            if (b.isOmission() || b.isAddition()) {
                continue;
            }
            int sl = TextFacts.contentLength(ctx.sourceSentences(b));
            int tl = TextFacts.contentLength(ctx.translationSentences(b));
            if (sl >= 20 && tl > 0) {
                r.add((double) tl / sl);
            }
        }
        if (r.isEmpty()) {
            return Double.NaN;
        }
        double[] a = r.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }

    /** Capitalised source words whose consonant skeleton starts no word of the translation. */
    static List<String> missingNames(String src, String tgt) {
        Set<String> targetSkeletons = new HashSet<>();
        for (String w : tgt.split("[^\\p{L}'’ʼ]+")) {
            String k = TextFacts.skeleton(w);
            for (int n = 1; n <= Math.min(3, k.length()); n++) {
                targetSkeletons.add(k.substring(0, n));
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : TextFacts.capitalised(src)) {
            String k = TextFacts.skeleton(w);
            if (k.length() < 2) {
                continue;
            }
            if (!targetSkeletons.contains(k.substring(0, Math.min(3, k.length())))) {
                out.add(w);
            }
        }
        return out;
    }

    /** A line without sentence-final punctuation: a headline or a caption. */
    static boolean isHeadline(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?…»\"”'’)".indexOf(c) < 0;
    }

    private static String join(List<Sentence> ss) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : ss) {
            sb.append(s.text()).append(' ');
        }
        return sb.toString();
    }
}
