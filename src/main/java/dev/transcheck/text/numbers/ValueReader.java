package dev.transcheck.text.numbers;

// Longer than 400 lines: what follows a value is one reading (scale, unit, currency, range, size,
// slashes), each a few lines over the same token array, and the range and slash readings need the
// others' results.

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.List;

/**
 * The third stage: what follows a value: an ordinal suffix, a size (30х40), a scale word or letter,
 * a percent sign, a currency, a unit or a year word, an approximate marker before it, and a range
 * to a second value whose scale and unit apply to both ends.
 */
abstract class ValueReader extends DigitReader {
    /**
     * Units of time, mass and volume: before a number with one of them, "N ×" counts portions or
     * rounds, not a side of a size ("4×10 hours" is four days of ten hours, «4 дні по 10 годин»;
     * "2 × 4.25 L" two baskets of 4.25 litres), so the first factor takes no unit.
     */
    static final java.util.Set<String> COUNTED_UNITS =
            java.util.Set.of("s", "min", "h", "d", "wk", "mo", "yr", "g", "kg", "mg", "t", "lb", "oz", "l", "ml");

    /** Units of length and weight that keep their value in a compound adjective («249-кілограмовий»). */
    static final java.util.Set<String> MEASURES = java.util.Set.of("km", "m", "cm", "mm", "kg", "g", "t",
            "mi", "in", "ft", "yd", "lb");

    ValueReader(String text, NumberLexicon lex) {
        super(text, lex);
    }

    /**
     * True when token {@code j}, right after a unit that is also another word (data flag {@code ctx}:
     * English "in", the inch and the preposition), makes it the unit: a measure word ("0.55 in
     * thick", "12 in wide": kind {@code measure}), a dimension sign before a number ("10 in x 8 in"),
     * or the end of the phrase (the end of the text, a bracket, a closing quote, a comma, semicolon,
     * colon, slash or full stop: "a 14 in, 2.9 lb laptop", "(0.55 in)", "40 in (102 cm)"). A word or number after it
     * leaves the preposition: "5 in a row", "3 in 10", "2 in the morning".
     */
    boolean unitContext(int j) {
        if (j >= tok.size()) {
            return true;
        }
        if (is(j, WORD)) {
            return match("measure", j) != null || match("dimension", j) != null && is(j + 1, DIGITS);
        }
        if (is(j, SYMBOL)) {
            String t = tok.get(j);
            return match("dimension", j) != null && is(j + 1, DIGITS) || ".,;:()]/\"\u201D\u00BB".contains(t);
        }
        return false;
    }

    // ---- the tail after a head: scale, unit, year, month, range ---------------------------

    int tail(Head h) {
        int i = h.to() + 1;
        double value = h.value();
        double alt = h.alt();
        int from = h.from();
        int last = h.to();
        boolean ordinal = h.ordinal();
        Kind kind = Kind.NUMBER;
        String unit = null;
        NumberLexicon.Match cur = currencyBefore(from);
        if (cur != null) {
            kind = Kind.MONEY;
            unit = cur.entry().value();
            from = from - 1;
        }
        // a dimension: 30х40 см, 30 × 40 cm; each factor is a value, the unit after the last is all's
        if (!h.spelled() && dimensionAt(i) && chain < MAX_CHAIN) {
            int before = out.size();
            out.add(entity(Kind.NUMBER, value, alt, unit, approxBefore(h.from()), false, from, last, h.issue(),
                    h.altIssue()));
            chain++;
            int next = digits(i + 1);
            chain--;
            if (unit == null && out.size() > before + 1 && out.get(before + 1).kind() == Kind.QUANTITY
                    && !COUNTED_UNITS.contains(out.get(before + 1).unit())) {
                out.set(before, entity(Kind.QUANTITY, value, alt, out.get(before + 1).unit(), out.get(before).approx(),
                        false, from, last, h.issue(), h.altIssue()));
            }
            return next;
        }
        // a date or a code written with slashes: 12/03/2024, case No. 910/7215/23
        if (!h.spelled() && h.integer() && unit == null) {
            int r = slashed(h, i);
            if (r > i) {
                return r;
            }
        }
        // integers joined by a slash (24/7, 50/50, 9/11): a notation the other language often
        // writes in words («цілодобово», «порівну»), so both values are soft like spelled-out ones
        if (!h.spelled() && h.integer() && unit == null && glued(last, i) && is(i, SYMBOL) && tok.get(i).equals("/")
                && glued(i, i + 1) && is(i + 1, DIGITS) && tok.get(i + 1).matches("\\d{1,4}") && chain < MAX_CHAIN) {
            int before = out.size();
            out.add(entity(Kind.NUMBER, value, Double.NaN, null, null, true, from, last, null, null));
            chain++;
            int next = digits(i + 1);
            chain--;
            for (int k = before + 1; k < out.size(); k++) {
                out.set(k, soft(out.get(k)));
            }
            return next;
        }
        // added time in a match: "90+3", «90+3-й хвилині» is the 93rd minute, as a report in
        // another language writes it; only at the end of a half or of extra time and before a minute
        int added = addedTime(h, last, i);
        if (added > 0) {
            value += added;
            alt = Double.NaN;
            last = i + 1;
            i += 2;
        }
        // ordinal suffix: 1st, 24th, 5-й, 10-го
        if (!h.spelled() && !joinedAt(i)) {
            if (glued(last, i) && is(i, WORD)) {
                NumberLexicon.Match o = match("ordinal", i);
                if (o != null && o.entry().glued()) {
                    ordinal = true;
                    last = i;
                    i++;
                }
            } else if (glued(last, i) && is(i, SYMBOL) && (tok.get(i).equals("-") || tok.get(i).equals("–"))
                    && glued(i, i + 1) && is(i + 1, WORD)) {
                NumberLexicon.Match o = match("ordinal", i + 1);
                if (o != null) {
                    ordinal = true;
                    last = i + 1;
                    i += 2;
                }
            }
        }
        // a year of life: «на 89-му році життя», «на 89-м году жизни», "in her 89th year" is the age
        // 88, as an obituary in another language gives it ("died at 88"); English only after a possessive
        if (ordinal && h.integer() && !h.spelled()) {
            NumberLexicon.Match ly = match("lifeyear", i);
            if (ly != null && (!ly.entry().needsContext() || h.from() > 0 && match("possessive", h.from() - 1) != null)) {
                value += ly.entry().number();
                alt = Double.NaN;
                ordinal = false;
                last = i + ly.length() - 1;
                i = last + 1;
            }
        }
        // a compound adjective such as 3-D, 5-fold, «5-кратний», "45-year-old": the other language
        // often writes it as one word («тривимірний»), so the value is soft like a spelled-out one
        double compoundScale = 1;
        String adjUnit = null;
        if (!ordinal && !h.spelled() && glued(last, i) && is(i, SYMBOL) && isJoiner(tok.get(i)) && glued(i, i + 1)
                && is(i + 1, WORD) && match("scale", i + 1) != null && !match("scale", i + 1).entry().glued()) {
            // «25-тысячная толпа», «5-мільйонний»: the scale stem is part of the adjective
            compoundScale = match("scale", i + 1).entry().number();
            last = i + 1;
            i += 2;
        } else if (!ordinal && !h.spelled() && glued(last, i) && is(i, SYMBOL) && isJoiner(tok.get(i)) && glued(i, i + 1)
                && is(i + 1, WORD) && match("unit", i + 1) != null
                && MEASURES.contains(match("unit", i + 1).entry().value())) {
            // «249-кілограмовий кабан», "a 550-pound hog", "a 40-mile drive": a measure is exact,
            // so the hyphen is skipped and the unit read below
            i++;
        } else if (!ordinal && !h.spelled() && glued(last, i) && is(i, SYMBOL) && isJoiner(tok.get(i)) && glued(i, i + 1)
                && is(i + 1, WORD)) {
            // the word is part of the span: «1990-ті» is then read as a decade like "1990s"; an
            // adjective of a unit of time (kind adjunit: "18-month", «1,5-річні», «11-месячные») keeps
            // its unit, so the value still converts ("18-month" notes are «1,5-річні»)
            NumberLexicon.Match au = match("adjunit", i + 1);
            adjUnit = au != null && au.length() == 1 ? au.entry().value() : null;
            h = new Head(h.value(), h.alt(), h.issue(), h.altIssue(), h.from(), h.to(), true, false, h.integer(),
                    h.digits());
            last = i + 1;
            i += 2;
        }
        // a day followed by a month: «24 лютого», "24 September", "24th of February"
        if (h.integer() && !h.spelled() && value >= 1 && value <= 31 && unit == null) {
            int mi = i;
            if (english && is(mi, WORD) && tok.get(mi).equals("of")) {
                mi++;
            }
            NumberLexicon.Match month = match("month", mi);
            if (month != null) {
                int end = mi + month.length() - 1;
                int[] year = yearAfter(end + 1);
                int y = year == null ? 0 : year[0];
                if (year != null) {
                    end = year[1];
                }
                date(from, end, (int) month.entry().number(), (int) value, y, null);
                return end + 1;
            }
        }
        // a half after a whole number: "two and a half hours", «2 з половиною години», «два с
        // половиной часа» = 2.5 h (kind half; before the scale: «2 з половиною тисячі» = 2,500)
        if (!ordinal && h.integer() && compoundScale == 1 && unit == null) {
            NumberLexicon.Match half = match("half", i);
            if (half != null) {
                value += half.entry().number();
                alt = Double.NaN;
                last = i + half.length() - 1;
                i = last + 1;
            }
        }
        // scale words: тисяч, млн, million, 5K, $5m
        double scale = compoundScale;
        boolean softScale = false;
        NumberLexicon.Match sc = compoundScale > 1 ? null : scaleAt(i, h.from());
        if (sc != null && (glued(last, i) || !sc.entry().glued())) {
            scale = sc.entry().number();
            // a glued letter with no currency sign (4K, 5K): a resolution, a race or a count, and
            // another language keeps the letters or spells the scale out: soft
            softScale = sc.entry().glued() && cur == null;
            last = i + sc.length() - 1;
            i = last + 1;
            // the point of an abbreviation («тис.», «млн.») before a currency or unit
            if (is(i, SYMBOL) && tok.get(i).equals(".") && glued(last, i) && tok.get(last).length() <= 4
                    && is(i + 1, WORD) && Character.isLowerCase(tok.get(i + 1).charAt(0))) {
                last = i;
                i++;
            }
        }
        // percent, currency or unit
        NumberLexicon.Match p = match("percent", i);
        String issue = h.issue();
        if (p != null && unit == null) {
            kind = Kind.PERCENT;
            unit = "%";
            if (tok.get(i).equals("%") && glued(last, i) && lex.convention("percent-space")) {
                String gap = NumberExtractor.PERCENT_SPACE + " (" + langName() + " standard: " + tok.get(h.from()) + "\u00A0%)";
                issue = issue == null ? gap : issue + " and " + gap;
            }
            last = i + p.length() - 1;
            i = last + 1;
        } else if (unit == null) {
            NumberLexicon.Match c = match("currency", i);
            if (c != null && (glued(last, i) || is(i, WORD) || !c.entry().pre() || !startsNumber(i + 1))) {
                kind = Kind.MONEY;
                unit = c.entry().value();
                last = i + c.length() - 1;
                i = last + 1;
            } else {
                boolean yearLike = h.integer() && scale == 1 && value >= 1000 && value <= 2100 && h.digits() == 4;
                NumberLexicon.Match y = yearLike ? match("year", i) : null;
                if (y != null) {
                    kind = Kind.YEAR;
                    last = i + y.length() - 1;
                    i = last + 1;
                } else if (!yearLike || !english) {
                    NumberLexicon.Match u = match("unit", i);
                    if (u != null && u.entry().needsContext() && !glued(last, i) && !unitContext(i + u.length())) {
                        u = null; // "5 in a row", "3 in 10": the preposition, not the inch
                    }
                    String prime = u == null && scale == 1 ? primeUnit(i) : null;
                    if (prime != null) {
                        // a prime mark: 55" (inches), 6'1" (feet, then inches, joined by NumberMatch.compounds)
                        kind = Kind.QUANTITY;
                        unit = prime;
                        last = i;
                        i = last + 1;
                    }
                    if (u != null && (!u.entry().glued() || glued(last, i))) {
                        kind = Kind.QUANTITY;
                        unit = u.entry().value();
                        // a multiple ("3x zoom") is often a word in the other language («трикратний»,
                        // "triple"): soft like a spelled-out number
                        softScale |= unit.equals("times");
                        last = i + u.length() - 1;
                        i = last + 1;
                        // a height in feet and inches: "6-foot-6" = 78 inches
                        if (unit.equals("ft") && scale == 1 && is(i, SYMBOL) && isJoiner(tok.get(i)) && glued(last, i)
                                && glued(i, i + 1) && is(i + 1, DIGITS) && tok.get(i + 1).matches("\\d{1,2}")
                                && Integer.parseInt(tok.get(i + 1)) < 12) {
                            value = value * 12 + Integer.parseInt(tok.get(i + 1));
                            alt = Double.NaN;
                            unit = "in";
                            last = i + 1;
                            i = last + 1;
                        }
                    }
                }
                if (kind == Kind.NUMBER && yearLike && value >= 1800) {
                    kind = Kind.YEAR;
                }
            }
        }
        if (adjUnit != null && unit == null && kind == Kind.NUMBER && !ordinal) {
            kind = Kind.QUANTITY;
            unit = adjUnit;
        }
        if (ordinal && kind == Kind.NUMBER) {
            kind = Kind.ORDINAL;
        }
        String approx = approxBefore(h.from() - (cur != null ? 1 : 0));
        NumericEntity first = entity(kind, value * scale, Double.isNaN(alt) ? alt : alt * scale, unit, approx,
                h.spelled() || softScale, from, last, issue, h.altIssue());
        out.add(first);
        // a range: 10-15, 10–15 тисяч, від 10 до 15, from 10 to 15
        NumberLexicon.Match r = match("range", i);
        if (r != null && startsNumber(i + r.length()) && chain < MAX_CHAIN) {
            int j = i + r.length();
            int before = out.size();
            chain++;
            int next = ty.get(j) == DIGITS ? digits(j) : word(j);
            chain--;
            // a range of days in one month: «з 5 по 7 березня», "5 to 7 March" are two dates
            if (out.size() > before && out.get(before).isDate() && out.get(before).day() > 0 && kind == Kind.NUMBER
                    && h.integer() && !h.spelled() && scale == 1 && value >= 1 && value < out.get(before).day()) {
                NumericEntity d2 = out.get(before);
                out.set(before - 1, new NumericEntity(Kind.DATE, 0, Double.NaN, null, null, false, d2.month(),
                        (int) value, d2.year(), null, first.start(), first.end(), first.text(), null, null));
                return next;
            }
            if (out.size() == before + 1 && yearPairEnd(h, scale, value, i, j, out.get(before))) {
                // "1580–81", "2024-25": a range of years written with the second year's last two
                // digits is the full year of the same century («1580–1581»)
                NumericEntity second = out.get(before);
                double full = Math.floor(value / 100) * 100 + second.value();
                out.set(before, new NumericEntity(second.kind(), full, Double.NaN, second.unit(), second.approx(), false,
                        0, 0, 0, null, second.start(), second.end(), second.text(), null, null));
            }
            // a number word and a number in digits joined by a dash are seldom one range («рахунок на
            // чотирьох — 7 860 ₽»: four people, then the bill): the word takes neither scale nor unit from it
            boolean wordThenDigits = out.size() == before + 1 && h.spelled() && is(h.from(), WORD) && !out.get(before).spelled();
            if (out.size() == before + 1 && !wordThenDigits) {
                NumericEntity second = out.get(before);
                double ratio = second.value() / value;
                // «10-15 тисяч»: the scale and unit of the second end belong to the first as well
                if (scale == 1 && first.unit() == null && second.value() > value && !second.isDate()) {
                    double s2 = scaleOfEntity(second);
                    // a falling range keeps the scale too («з 19,6 до 9,8 млн грн»), as long as the
                    // bare first end is within two orders of the second («з 500 до 2 млн» is 500)
                    if (s2 > 1 && ratio >= s2 / 100) {
                        out.set(before - 1, entity(second.kind(), value * s2, Double.NaN, second.unit(),
                                approx, h.spelled(), from, last, h.issue(), null));
                    } else if (second.unit() != null) {
                        out.set(before - 1, entity(second.kind(), value, alt, second.unit(), approx,
                                h.spelled(), from, last, h.issue(), h.altIssue()));
                    }
                } else if (scale == 1 && cur != null && !second.isDate() && (second.unit() == null
                        && second.kind() == Kind.NUMBER || unit.equals(second.unit()))) {
                    // "UAH 1.2–1.5 billion", "$5-10 million", "$5 to $10 million": the sign before the
                    // first end and the scale after the second belong to both
                    double s2 = scaleOfEntity(second);
                    if (s2 > 1 && ratio >= s2 / 100) {
                        out.set(before - 1, entity(Kind.MONEY, value * s2, Double.NaN, unit, approx, h.spelled(),
                                from, last, h.issue(), null));
                        out.set(before, new NumericEntity(Kind.MONEY, second.value(), second.alt(), unit,
                                second.approx(), second.spelled(), 0, 0, 0, null, second.start(), second.end(),
                                second.text(), second.issue(), second.altIssue()));
                    }
                }
            }
            return next;
        }
        return i;
    }

    /**
     * Digits joined by slashes into a date (12/03/2024, read day first; in English month first
     * where only that reading is a date, and either way where both are) or into a code: three parts or more, or two after a number
     * sign («№ 123/45», "No. 123/45", "#12/3"). A code's parts are values in their own right, not
     * soft like the two of 24/7: a case number «910/7215/23» changed to 910/7115/23 is another case.
     * A letter suffix glued by a hyphen ("23-k") belongs to the code. Returns the index after it,
     * or {@code i} when the digits are not such.
     */
    int slashed(Head h, int i) {
        List<Integer> parts = new java.util.ArrayList<>();
        parts.add(h.to());
        int k = i;
        while (is(k, SYMBOL) && tok.get(k).equals("/") && glued(k - 1, k) && glued(k, k + 1) && is(k + 1, DIGITS)
                && tok.get(k + 1).matches("\\d{1,12}") && parts.size() < 12) {
            parts.add(k + 1);
            k += 2;
        }
        if (parts.size() < 2 || h.to() != h.from()) {
            return i;
        }
        int last = parts.get(parts.size() - 1);
        if (parts.size() == 3 && tok.get(last).length() == 4 && tok.get(h.from()).length() <= 2
                && tok.get(parts.get(1)).length() <= 2) {
            int d = (int) h.value();
            int m = Integer.parseInt(tok.get(parts.get(1)));
            String order = null;
            if (english && m > 12 && d <= 12) {
                int t = d;
                d = m;
                m = t;
            } else if (english && d <= 12 && m <= 12 && d != m) {
                order = NumericEntity.EITHER_ORDER; // 3 April in Britain, March 4 in America
            }
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                date(h.from(), last, m, d, Integer.parseInt(tok.get(last)), order);
                return last + 1;
            }
        }
        // a day and month with no year, "Ends Monday 12/2 at 11:59 pm", «сб, 15/03 о 19:00»: a date where
        // a weekday stands before it or a clock time after it (else a ratio or a score: 24/7, 8/256)
        if (parts.size() == 2 && tok.get(h.from()).length() <= 2 && tok.get(last).length() <= 2
                && !numberSignBefore(h.from()) && dayMonthContext(h.from(), last)) {
            int d = (int) h.value();
            int m = Integer.parseInt(tok.get(last));
            String order = null;
            if (english && d <= 12) {
                // month first in America, day first in Britain: either where both are months
                int t = d;
                d = m;
                m = t;
                order = d <= 12 && d != m ? NumericEntity.EITHER_ORDER : null;
            }
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                date(h.from(), last, m, d, 0, order);
                return last + 1;
            }
        }
        if (parts.size() < 3 && !numberSignBefore(h.from())) {
            return i;
        }
        for (int p : parts) {
            double v = p == h.to() ? h.value() : Double.parseDouble(tok.get(p));
            out.add(entity(Kind.NUMBER, v, Double.NaN, null, null, false, p, p, null, null));
        }
        int next = last + 1;
        if (is(next, SYMBOL) && isJoiner(tok.get(next)) && glued(last, next) && glued(next, next + 1)
                && is(next + 1, WORD) && tok.get(next + 1).length() <= 3) {
            next += 2;
        }
        return next;
    }

    /**
     * True when a number sign stands right before token {@code num}: «№», "#", "No.", also before
     * a hyphenated head of the same code («№ 1-412/2024»).
     */
    boolean numberSignBefore(int num) {
        for (int hops = 0; hops < 4 && is(num - 1, SYMBOL) && isJoiner(tok.get(num - 1)) && glued(num - 1, num)
                && is(num - 2, DIGITS) && glued(num - 2, num - 1); hops++) {
            num -= 2;
        }
        if (is(num - 1, SYMBOL) && (tok.get(num - 1).equals("№") || tok.get(num - 1).equals("#"))) {
            return true;
        }
        return is(num - 1, SYMBOL) && tok.get(num - 1).equals(".") && is(num - 2, WORD) && glued(num - 2, num - 1)
                && tok.get(num - 2).equals("No");
    }

    /** The same entity, soft: compared like a spelled-out number. */
    static NumericEntity soft(NumericEntity e) {
        return new NumericEntity(e.kind(), e.value(), e.alt(), e.unit(), e.approx(), true, e.month(), e.day(), e.year(),
                e.period(), e.start(), e.end(), e.text(), e.issue(), e.altIssue());
    }

    /**
     * True when the range that starts with the four-digit year {@code value} and the dash at
     * {@code dash} ends in two digits glued to the dash that are later than the year's own last
     * two: "1580–81" (not "1580–20", nor "15–20", nor "1580 – 81 people" with spaces).
     */
    private boolean yearPairEnd(Head h, double scale, double value, int dash, int j, NumericEntity second) {
        return h.integer() && !h.spelled() && h.digits() == 4 && scale == 1 && value >= 1000 && value <= 2100
                && is(dash, SYMBOL) && glued(dash - 1, dash) && glued(dash, j) && is(j, DIGITS)
                && tok.get(j).matches("\\d{2}") && (second.kind() == Kind.NUMBER && second.unit() == null || second.kind() == Kind.YEAR
                || "yr".equals(second.unit()))
                && second.value() > value % 100;
    }

    /** The multiplier a range end carried (1000 for «15 тисяч»), read back from its text. */
    double scaleOfEntity(NumericEntity e) {
        int k = indexOfStart(e.start());
        double s = 1;
        for (int j = k; j < tok.size() && st.get(j) < e.end(); j++) {
            NumberLexicon.Match m = match("scale", j);
            if (m != null && is(j, WORD)) {
                s = m.entry().number();
            }
        }
        return s;
    }

    int indexOfStart(int offset) {
        for (int k = 0; k < tok.size(); k++) {
            if (st.get(k) >= offset) {
                return k;
            }
        }
        return tok.size();
    }

    NumberLexicon.Match scaleAt(int i, int num) {
        NumberLexicon.Match sc = match("scale", i);
        if (sc == null) {
            return null;
        }
        if (sc.entry().needsCurrency() && currencyBefore(num) == null && !unitAfterScale(i + sc.length())) {
            return null;
        }
        if (sc.entry().caseSensitive() && !Character.isUpperCase(tok.get(i).charAt(0))) {
            return null;
        }
        return sc;
    }

    /** The end of each half and of extra time, after which a referee adds minutes (45+2, 90+3, 120+1). */
    static final java.util.Set<Integer> HALF_ENDS = java.util.Set.of(45, 90, 105, 120);

    /**
     * The minutes added after {@code h} when it is the end of a half written with a plus and the
     * added minutes ("90+3", «45+2-й», "90+4th") and a minute word follows (with or without an
     * ordinal ending); else 0.
     */
    int addedTime(Head h, int last, int i) {
        if (h.spelled() || !h.integer() || !HALF_ENDS.contains((int) h.value()) || !glued(last, i) || !is(i, SYMBOL)
                || !tok.get(i).equals("+") || !glued(i, i + 1) || !is(i + 1, DIGITS) || !tok.get(i + 1).matches("\\d{1,2}")) {
            return 0;
        }
        int extra = Integer.parseInt(tok.get(i + 1));
        if (extra < 1 || extra > 30) {
            return 0;
        }
        int j = i + 2;
        if (glued(i + 1, j) && is(j, WORD) && match("ordinal", j) != null) {
            j++;
        } else if (glued(i + 1, j) && is(j, SYMBOL) && isJoiner(tok.get(j)) && glued(j, j + 1) && is(j + 1, WORD)
                && match("ordinal", j + 1) != null) {
            j += 2;
        }
        NumberLexicon.Match u = match("unit", j);
        return u != null && u.entry().value().equals("min") ? extra : 0;
    }

    /**
     * A unit word standing apart after a glued scale letter: "9.1m t", "2.5m tonnes", "3m people" —
     * the letter is "million" (the press's short form before a unit), not metres, which no unit follows.
     */
    boolean unitAfterScale(int j) {
        if (!is(j, WORD) || glued(j - 1, j)) {
            return false;
        }
        NumberLexicon.Match u = match("unit", j);
        return u != null && !u.entry().needsContext() && !u.entry().glued();
    }

    boolean startsNumber(int j) {
        if (j >= tok.size()) {
            return false;
        }
        if (ty.get(j) == DIGITS) {
            return !(j > 0 && glued(j - 1, j) && ty.get(j - 1) == WORD);
        }
        return ty.get(j) == WORD && lex.word(tok.get(j)) != null && !lex.word(tok.get(j)).ordinal();
    }

    /** A year after a month: "2022", ", 2022", «2022 року»; returns {year, last token} or null. */
    int[] yearAfter(int i) {
        int j = i;
        if (english && is(j, SYMBOL) && tok.get(j).equals(",")) {
            j++;
        }
        if (is(j, DIGITS) && tok.get(j).matches("\\d{4}")) {
            int y = Integer.parseInt(tok.get(j));
            int last = j;
            NumberLexicon.Match m = match("year", j + 1);
            if (m != null) {
                last = j + m.length();
                if (is(last + 1, SYMBOL) && tok.get(last + 1).equals(".") && glued(last, last + 1)
                        && tok.get(last).length() <= 2) {
                    last++;
                }
            }
            return new int[] {y, last};
        }
        return null;
    }

    String approxBefore(int num) {
        NumberLexicon.Match m = matchEndingAt("approx", num - 1);
        return m == null ? null : m.entry().value();
    }

    void date(int from, int last, int month, int day, int year, String period) {
        out.add(new NumericEntity(Kind.DATE, 0, Double.NaN, null, null, false, month, day, year, period,
                st.get(from), en.get(last), text.substring(st.get(from), en.get(last)), null, null));
        if (year > 0) {
            out.add(new NumericEntity(Kind.YEAR, year, Double.NaN, null, null, false, 0, 0, 0, null,
                    st.get(from), en.get(last), text.substring(st.get(from), en.get(last)), null, null));
        }
    }

    /** The hyphen-minus and the minus sign (U+2212). */
    private static final java.util.Set<String> MINUS = java.util.Set.of("-", "\u2212");

    NumericEntity entity(Kind kind, double value, double alt, String unit, String approx, boolean spelled,
                         int from, int last, String issue, String altIssue) {
        int s = st.get(from);
        int e = en.get(last);
        // a temperature's minus sign belongs to its span (−15 °C, -20°F): the value stays unsigned
        // like every other, but a conversion from Fahrenheit reads the sign from the text
        if ("deg".equals(unit) && from >= 1 && is(from - 1, SYMBOL) && MINUS.contains(tok.get(from - 1))
                && glued(from - 1, from) && !(from >= 2 && glued(from - 2, from - 1) && !is(from - 2, SYMBOL))) {
            s = st.get(from - 1);
        }
        return new NumericEntity(kind, value, alt, unit, approx, spelled, 0, 0, 0, null, s, e,
                text.substring(s, e), issue, altIssue);
    }

}
