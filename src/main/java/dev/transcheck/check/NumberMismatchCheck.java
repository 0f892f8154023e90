package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumberMatch;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * A number, amount, percentage or quantity on one side of a bead with no equal value on the other
 * side («1,5 тис.» translated as "15,000"). Values are compared as a multiset after normalising
 * separators, scale words and spelled-out numbers. A spelled-out number counts only when the other
 * side has a value in digits that is left unmatched too ("two allies" for «двох союзників» is
 * silent; "three allies" for «2 союзники» is flagged).
 *
 * <p>A value in place of another value is an error: the translation states a different fact. A
 * value with nothing left in its place on the other side is a warning: a detail left out or added
 * («ровесница» for "also 31", a score left out of a headline, "a U-turn" as «розворот на 180
 * градусів», an approximate count made explicit), which a translator often does on purpose and a
 * reviewer should look at, but not a wrong number published.
 */
@CheckInfo(id = "number.mismatch", severity = Severity.ERROR, category = Category.MISTRANSLATION,
        summary = "A number, amount or percentage differs between the source and the translation.")
public final class NumberMismatchCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<NumberFacts.BeadNumbers> beads = ctx.numbers().beads();
        // values in digits of the beads with one side only, which a neighbouring bead may have lost to them
        java.util.Map<dev.transcheck.model.Bead, List<NumericEntity>> lone = new java.util.IdentityHashMap<>();
        for (NumberFacts.BeadNumbers bn : beads) {
            if (bn.bead().isOmission() || bn.bead().isAddition()) {
                List<NumericEntity> vs = new ArrayList<>();
                for (NumericEntity e : bn.bead().isOmission() ? bn.match().sourceOnly() : bn.match().translationOnly()) {
                    if (!e.spelled() && inDigits(e)) {
                        vs.add(e);
                    }
                }
                lone.put(bn.bead(), vs);
            }
        }
        List<dev.transcheck.model.Bead> order = ctx.alignment().beads();
        java.util.Map<dev.transcheck.model.Bead, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        for (NumberFacts.BeadNumbers bn : beads) {
            if (bn.bead().isOmission() || bn.bead().isAddition()) {
                continue; // the omission and addition checks speak for whole sentences
            }
            NumberMatch m = bn.match();
            List<NumericEntity> src = withoutDateYears(counted(m.sourceOnly(), m.translationOnly()), m.sourceDates());
            List<NumericEntity> tgt = withoutDateYears(counted(m.translationOnly(), m.sourceOnly()), m.translationDates());
            // a date's year on one side against the same year as a plain number is already matched;
            // pair what is left: same unit first, then any
            List<NumericEntity> freeT = new ArrayList<>(tgt);
            for (NumericEntity s : src) {
                NumericEntity t = partner(s, freeT);
                Span ss = NumberFacts.span(ctx.source(), s);
                if (t == null && !s.spelled() && inDigits(s)) {
                    t = neighbourPartner(s, position.get(bn.bead()), order, lone, false);
                    if (t == MOVED) {
                        continue;
                    }
                }
                if (t != null) {
                    freeT.remove(t);
                    out.add(finding(
                            "The source has " + NumberFacts.describe(s) + "; the translation has "
                                    + NumberFacts.describe(t) + " instead.",
                            ss, NumberFacts.span(ctx.translation(), t), List.of(s.text()), null));
                } else {
                    out.add(finding(Severity.WARNING,
                            "The source has " + NumberFacts.describe(s) + "; the translation has no such value.",
                            ss, null, List.of(s.text()), null));
                }
            }
            for (NumericEntity t : freeT) {
                NumericEntity s = !t.spelled() && inDigits(t) ? neighbourPartner(t, position.get(bn.bead()), order, lone, true) : null;
                if (s == MOVED) {
                    continue;
                }
                if (s != null) {
                    out.add(finding(
                            "The source has " + NumberFacts.describe(s) + "; the translation has "
                                    + NumberFacts.describe(t) + " instead.",
                            NumberFacts.span(ctx.source(), s), NumberFacts.span(ctx.translation(), t), List.of(s.text()), null));
                    continue;
                }
                out.add(finding(Severity.WARNING,
                        "The translation has " + NumberFacts.describe(t) + "; the source has no such value.",
                        null, NumberFacts.span(ctx.translation(), t), List.of(), null));
            }
        }
        return out;
    }

    /**
     * The unmatched values of one side that count: digits always; spelled-out words only when
     * the other side has an unmatched value in digits, and never a spelled-out one or first («одно»,
     * «первые», "first"): those are pronouns and "earliest" far more often than counts.
     */
    static List<NumericEntity> counted(List<NumericEntity> side, List<NumericEntity> other) {
        boolean otherDigits = other.stream().anyMatch(e -> !e.spelled());
        boolean otherWrittenDigits = other.stream().anyMatch(NumberMismatchCheck::inDigits);
        boolean otherOrdinal = other.stream().anyMatch(NumberMismatchCheck::ordinalWord);
        boolean otherCountWord = other.stream().anyMatch(NumberMismatchCheck::countWord);
        // a soft count in digits with no unit ("2-комнатной", "10-minute"; not "6-foot-6", a height)
        boolean otherSoftDigitCount = other.stream().anyMatch(x -> x.spelled() && inDigits(x) && x.unit() == null);
        double otherCountMax = other.stream().filter(NumberMismatchCheck::countWord).mapToDouble(NumericEntity::value).max().orElse(0);
        double otherCollectiveMin = other.stream().filter(NumberMismatchCheck::collective).mapToDouble(NumericEntity::value).min()
                .orElse(Double.MAX_VALUE);
        List<NumericEntity> out = new ArrayList<>();
        for (NumericEntity e : side) {
            if (e.spelled() && e.unit() == null && (NumericEntity.same(e.value(), 1) || NumericEntity.same(e.value(), 0))) {
                continue; // one is a pronoun, a word of absence («без») no count of its own ("a mile" counts)
            }
            // an ordinal word against another ordinal left unmatched on the other side is a changed
            // rank ("seventeenth" for «шістнадцятий»); a cardinal word is not (idiom, "one of"); a
            // soft value written in digits ("61-year-old", «757/18342/23») against another value in
            // digits is a changed number, not a paraphrase
            // a count word against another count word left unmatched on the other side is a changed
            // count too ("seven years" for «шість років»): both sides spell a number, and not the same
            // a count word against a soft value written in digits ("three-room" for «2-комнатной», «девʼять
            // хвилин» for "a 10-minute charge") is a changed count as well. A collective numeral of a
            // group (троє, пятеро) may be broken up into a list of its parts ("a teenager, two men and a
            // woman" for «четверо»): a count word below it may be a part, one above it cannot be
            if (!e.spelled() || otherDigits || otherOrdinal && ordinalWord(e) || inDigits(e) && otherWrittenDigits
                    || otherCountWord && countWord(e) || e.spelled() && inDigits(e) && e.unit() == null && otherCountWord || countWord(e) && otherSoftDigitCount
                    || collective(e) && otherCountMax > e.value() || countWord(e) && e.value() > otherCollectiveMin) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Vague plural counts and round scale words («десятки» for "dozens" is no changed count), and
     * the collective numerals of a group of people (четверо, троє, оба), which a translation often
     * breaks up into a list ("a 17-year-old, two 18-year-olds and a 20-year-old").
     */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?iu)dozen|score|couple|pair|дюжин|десят(ок|ки|ків|ка)|сотн|сот(ен|ня)|тисяч|тысяч|hundreds|thousands|пар[аиу]"
                    + "|^(?:двоє|двое|троє|трое|четверо|п['’ʼ]?ятеро|шестеро|семеро|восьмеро|дев['’ʼ]?ятеро|десятеро"
                    + "|оба|обе|обоих|обидва|обидві|обох)(?![\\p{L}])");

    /**
     * A small count spelled out in words, two to twenty ("seven years", «шість», «трёх»): a word of
     * exact value, unlike a pronoun (one), a vague plural (dozens, десятки) or a round scale word.
     */
    static boolean countWord(NumericEntity e) {
        return e.spelled() && !inDigits(e) && e.text() != null && COUNTED_KINDS.contains(e.kind())
                && smallCount(e.value()) && !VAGUE.matcher(e.text()).find();
    }

    /** The kinds a count word may have: a plain count, a quantity, a percentage, an amount ("three per cent", «четыре доллара»). */
    private static final java.util.Set<NumericEntity.Kind> COUNTED_KINDS = java.util.EnumSet.of(NumericEntity.Kind.NUMBER,
            NumericEntity.Kind.QUANTITY, NumericEntity.Kind.PERCENT, NumericEntity.Kind.MONEY);

    /**
     * Two to twenty, whole or with a half ("six and a half years", «сім з половиною»), or such a
     * count of thousands, millions or billions ("three million", «три мільйони»): a number spelled
     * out in a few words of exact value.
     */
    static boolean smallCount(double v) {
        for (double scale = 1; scale <= 1e12; scale *= 1000) {
            double n = v / scale;
            if (n >= 2 && n <= 20 && n * 2 == Math.rint(n * 2)) {
                return scale == 1 || n == Math.rint(n);
            }
        }
        return false;
    }

    /** The collective numerals of a group of people (троє, пятеро, четверых), two to ten. */
    private static final java.util.regex.Pattern COLLECTIVE = java.util.regex.Pattern.compile(
            "(?iu)^(?:двоє|двое|двоих|троє|трое|троих|четверо|четверых|п['’ʼ]?ятеро|пятерых|шестеро|шестерых|семеро|семерых"
                    + "|восьмеро|восьмерых|дев['’ʼ]?ятеро|девятерых|десятеро|десятерых)(?![\\p{L}])");

    /** A collective numeral: a count word that {@link #countWord} leaves out, as a list may break it up. */
    static boolean collective(NumericEntity e) {
        return e.spelled() && e.text() != null && e.value() >= 2 && e.value() <= 10 && COLLECTIVE.matcher(e.text()).find();
    }

    /** True when the value is written with digits (a soft compound such as "61-year-old" too). */
    static boolean inDigits(NumericEntity e) {
        return e.text() != null && e.text().chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** A spelled-out ordinal above first («семнадцатый», "seventeenth"). */
    static boolean ordinalWord(NumericEntity e) {
        return e.spelled() && e.kind() == NumericEntity.Kind.ORDINAL && e.value() >= 2 && e.text() != null
                && e.text().chars().noneMatch(Character::isDigit);
    }

    /** The year of a date that differs is reported by date.mismatch, not a second time here. */
    static List<NumericEntity> withoutDateYears(List<NumericEntity> values, List<NumericEntity> unmatchedDates) {
        List<NumericEntity> out = new ArrayList<>();
        for (NumericEntity e : values) {
            boolean ofDate = false;
            for (NumericEntity d : unmatchedDates) {
                ofDate |= e.kind() == NumericEntity.Kind.YEAR && d.start() == e.start() && d.end() == e.end();
            }
            if (!ofDate) {
                out.add(e);
            }
        }
        return out;
    }

    /** What {@link #neighbourPartner} answers for an equal value beside the bead. */
    private static final NumericEntity MOVED = new NumericEntity(NumericEntity.Kind.NUMBER, 0, 0, null, null, false, 0, 0, 0, null, -1, -1, "", null, null);

    /**
     * A value in digits left without a partner in its bead, against the unmatched values of the
     * bead right before or after it that has one side only: a sentence the translator split off
     * (or merged in) that the aligner could not pair once its number changed («... 248 депутатів.»
     * beside "... with the votes of 258 MPs"). A value of the other side there, of the same unit or
     * kind and another value, stands in its place; an equal value is the same fact moved
     * ({@link #MOVED}: nothing to report). {@code fromTranslation}: {@code v} is a translation value and
     * the partner is looked for in a neighbouring source-only bead.
     */
    private static NumericEntity neighbourPartner(NumericEntity v, Integer at, List<dev.transcheck.model.Bead> order,
                                                  java.util.Map<dev.transcheck.model.Bead, List<NumericEntity>> lone,
                                                  boolean fromTranslation) {
        if (at == null) {
            return null;
        }
        for (int d : new int[] {1, -1}) {
            int k = at + d;
            if (k < 0 || k >= order.size()) {
                continue;
            }
            dev.transcheck.model.Bead nb = order.get(k);
            if (fromTranslation ? !nb.isOmission() : !nb.isAddition()) {
                continue;
            }
            List<NumericEntity> vs = lone.getOrDefault(nb, List.of());
            for (NumericEntity c : vs) {
                if (NumericEntity.same(c.value(), v.value())) {
                    vs.remove(c);
                    return MOVED; // the same value moved to the neighbour: not another number
                }
            }
            List<NumericEntity> same = new ArrayList<>();
            for (NumericEntity c : vs) {
                if (v.unit() != null ? v.unit().equals(c.unit()) : c.unit() == null && c.kind() == v.kind()) {
                    same.add(c);
                }
            }
            if (same.size() == 1) {
                vs.remove(same.get(0));
                return same.get(0);
            }
        }
        return null;
    }

    private static NumericEntity partner(NumericEntity s, List<NumericEntity> candidates) {
        NumericEntity any = null;
        for (NumericEntity t : candidates) {
            if (s.unit() != null && s.unit().equals(t.unit()) || s.unit() == null && t.unit() == null && s.kind() == t.kind()) {
                return t;
            }
            // a soft value (a word, a compound such as "two-rate") stands in place of a percentage only
            // as a percentage itself: "two" is no changed «50 %»
            boolean percent = s.kind() == NumericEntity.Kind.PERCENT;
            if (any == null && (!s.spelled() && !t.spelled() || percent == (t.kind() == NumericEntity.Kind.PERCENT))) {
                any = t;
            }
        }
        return any;
    }
}
