package dev.transcheck.check;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.TextFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A source sentence aligned to nothing in the translation. An error only when the aligner is
 * confident of the 1-0 bead; otherwise worth a look (info). Trivially short sentences (a dash, a
 * lone number, a one-word line) are skipped. A list header (a short line of its own ending in a
 * colon, with no digits: "Sizes and prices:") is a warning at most: it names what the lines under
 * it hold, and a translation often runs it into the first item or lets a table's layout say it;
 * info when the next translation line begins with a label of its own (the header run into it);
 * a header with a figure ("Prices from 1 March:") carries a fact and stays an error. A line whose
 * figures (two or more in digits) all stand in a translation line that has no counterpart either
 * was moved, not dropped (a list reordered): info ({@link #movedCounterpart}).
 */
@CheckInfo(id = "omission", severity = Severity.ERROR, category = Category.OMISSION,
        summary = "A source sentence has no counterpart in the translation.")
public final class OmissionCheck implements Check {
    /** Below this bead confidence an omission is only worth a look, not a gate failure. */
    static final double CONFIDENT = dev.transcheck.model.Confidence.GAP;
    /** Sentences with fewer words than this are not worth a finding. */
    static final int MIN_WORDS = 2;
    /** A list header has at most this many words. */
    static final int HEADER_WORDS = 6;

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Bead> beads = ctx.alignment().beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (!bead.isOmission()) {
                continue;
            }
            for (int id : bead.source()) {
                Sentence s = ctx.source().sentence(id);
                if (TextFacts.words(s.text()) < MIN_WORDS) {
                    continue;
                }
                boolean confident = bead.confidence() >= CONFIDENT && bead.source().size() == 1;
                boolean header = listHeader(ctx.source(), s);
                boolean merged = header && labelledNext(ctx, beads, b);
                Bead moved = movedCounterpart(ctx, bead, true);
                Severity sev = !confident || merged || moved != null ? Severity.INFO : header ? Severity.WARNING : Severity.ERROR;
                String message = String.format("Source sentence %d has no counterpart in the translation (alignment confidence %.2f).",
                        id, bead.confidence());
                if (merged) {
                    message += " It is a list header; the next translation line begins with a label of its own, so it was probably run into it.";
                }
                if (moved != null) {
                    message += " Translation sentence " + moved.translation().get(0)
                            + ", which has no counterpart either, carries the same figures: the line was probably moved (a list reordered).";
                }
                out.add(finding(sev, message, Span.ofSentence(s), null, List.of(), null));
            }
        }
        return out;
    }

    /** A moved line carries at least this many figures in digits, all of them found on the other side. */
    static final int MOVED_FIGURES = 2;

    /**
     * The bead on the other side of a one-sided bead that holds the same line moved elsewhere:
     * for an omission ({@code ofOmission}) an addition, for an addition an omission, whose
     * figures in digits are the same as its own, at least {@value #MOVED_FIGURES} of them and
     * nothing left over on either side. A translator who reorders a list (a nutrition table with the
     * energy line first in one language and last in the other, the steps of a list regrouped) leaves
     * such a pair; a dropped line leaves no line with its figures behind. Null when there is none.
     */
    static Bead movedCounterpart(CheckContext ctx, Bead bead, boolean ofOmission) {
        dev.transcheck.text.numbers.NumberFacts.BeadNumbers own = null;
        for (var bn : ctx.numbers().beads()) {
            if (bn.bead() == bead) {
                own = bn;
                break;
            }
        }
        if (own == null) {
            return null;
        }
        List<dev.transcheck.text.numbers.NumericEntity> mine = ofOmission ? own.source() : own.translation();
        if (mine.stream().filter(e -> !e.spelled()).count() < MOVED_FIGURES) {
            return null;
        }
        for (var bn : ctx.numbers().beads()) {
            Bead other = bn.bead();
            if (ofOmission ? !other.isAddition() : !other.isOmission()) {
                continue;
            }
            List<dev.transcheck.text.numbers.NumericEntity> theirs = ofOmission ? bn.translation() : bn.source();
            if (theirs.stream().filter(e -> !e.spelled()).count() < MOVED_FIGURES) {
                continue;
            }
            var m = ofOmission ? dev.transcheck.text.numbers.NumberMatch.of(mine, theirs)
                    : dev.transcheck.text.numbers.NumberMatch.of(theirs, mine);
            if (m.clean()) {
                return other;
            }
        }
        return null;
    }

    /**
     * True when the first translation sentence after the gap at bead {@code b} begins with a label:
     * a colon after at most {@value #HEADER_WORDS} words with no digit before it («Фасування та
     * ціни: скляна банка 250 г…»). The header was then run into the list's first line.
     */
    static boolean labelledNext(CheckContext ctx, List<Bead> beads, int b) {
        for (int n = b + 1; n < beads.size(); n++) {
            if (beads.get(n).translation().isEmpty()) {
                continue;
            }
            String t = ctx.translation().sentence(beads.get(n).translation().get(0)).text();
            int colon = t.indexOf(':');
            if (colon <= 0) {
                return false;
            }
            String label = t.substring(0, colon);
            return TextFacts.words(label) <= HEADER_WORDS && label.chars().noneMatch(Character::isDigit);
        }
        return false;
    }

    /**
     * True when {@code s} is a list header: a line of its own (a line break or the start of the
     * text before it, a line break after it, and more text below) of at most {@value #HEADER_WORDS}
     * words that ends in a colon and holds no digit.
     */
    static boolean listHeader(Document doc, Sentence s) {
        String t = s.text().strip();
        if (!t.endsWith(":") || TextFacts.words(t) > HEADER_WORDS || t.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String text = doc.text();
        int b = s.start();
        while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        int e = s.end();
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        boolean lineStart = b == 0 || text.charAt(b - 1) == '\n' || text.charAt(b - 1) == '\r';
        boolean lineEnd = e < text.length() && (text.charAt(e) == '\n' || text.charAt(e) == '\r');
        return lineStart && lineEnd && !text.substring(e).isBlank();
    }
}
