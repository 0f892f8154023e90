package dev.transcheck.text.numbers;

import dev.transcheck.text.numbers.NumericEntity.Kind;

/**
 * The last stage: words: month names (with a day, a year, a preposition, a part of the month, or
 * alone where the name is no other word), Roman numerals and spelled-out numbers from the
 * lexicon's ICU tables and data rows. One reader per text; {@link #run()} reads it all.
 */
final class WordReader extends ValueReader {
    WordReader(String text, NumberLexicon lex) {
        super(text, lex);
    }

    // ---- words: months, spelled-out numbers ------------------------------------------------

    int word(int i) {
        NumberLexicon.Match month = match("month", i);
        if (month != null) {
            int r = monthDate(i, month);
            if (r > i) {
                return r;
            }
        }
        int r = oneOfUnit(i);
        if (r > i) {
            return r;
        }
        Head h = spelled(i);
        if (h == null) {
            h = roman(i);
        }
        if (h != null) {
            return tail(h);
        }
        double compound = is(i, WORD) ? lex.compound(NumberLexicon.normalise(tok.get(i))) : 0;
        if (compound > 0) {
            // a compound led by a number's stem («триденний», «пятиэтажный»: "three-day", "five-storey"):
            // soft like a spelled-out number, so it pairs with "three-day" or «3-денний» and counts only
            // against another count
            out.add(entity(Kind.NUMBER, compound, Double.NaN, null, null, true, i, i, null, null));
            return i + 1;
        }
        r = bareScale(i);
        if (r > i) {
            return r;
        }
        NumberLexicon.Match clock = match("clockword", i);
        if (clock != null && !is(i - 1, DIGITS)) { // "12 noon": the number is the hour, read with the other side's 12:00
            // a time of day in words ("noon", «опівдні»): soft like a spelled-out number, it pairs
            // with the same clock time in digits and never counts on its own
            int last = i + clock.length() - 1;
            out.add(entity(Kind.TIME, clock.entry().number(), Double.NaN, null, null, true, i, last, null, null));
            return last + 1;
        }
        NumberLexicon.Match none = match("none", i);
        if (none != null && !(is(i + none.length(), SYMBOL) && tok.get(i + none.length()).equals(".")
                && glued(i + none.length() - 1, i + none.length()))) { // not the "No." of a number
            // a word of absence («без переплати» for "at 0% interest", «без поразок» for "23-0"):
            // a soft zero that pairs with a 0 in digits and never counts on its own
            int last = i + none.length() - 1;
            out.add(entity(Kind.NUMBER, 0, Double.NaN, null, null, true, i, last, null, null));
            return last + 1;
        }
        NumberLexicon.Match half = match("halfunit", i);
        if (half != null && !is(i - 1, DIGITS)) {
            // half of a unit in one word or two («півроку», «пів години», «полчаса»): 0.5 of it,
            // soft like a spelled-out number, so it pairs with "six months" or "30 minutes"
            int last = i + half.length() - 1;
            out.add(entity(Kind.QUANTITY, 0.5, Double.NaN, half.entry().value(), null, true, i, last, null, null));
            return last + 1;
        }
        NumberLexicon.Match one = match("oneunit", i);
        if (one != null && !is(i - 1, DIGITS)) {
            // a singular noun of a unit with no number («щонайменше рік досвіду»): one of it, soft
            // like a spelled-out number, so it pairs with "1 year" and never counts on its own
            int last = i + one.length() - 1;
            out.add(entity(Kind.QUANTITY, 1, Double.NaN, one.entry().value(), null, true, i, last, null, null));
            return last + 1;
        }
        NumberLexicon.Match share = match("share", i);
        if (share != null) {
            // a word for a share of the whole ("half the day price" for «на 50 % дешевше», «половина
            // місць»): a soft percentage that pairs with the same percentage in digits
            int last = i + share.length() - 1;
            out.add(entity(Kind.PERCENT, share.entry().number(), Double.NaN, "%", null, true, i, last, null, null));
            return last + 1;
        }
        return i + 1;
    }

    /**
     * One (or a fraction) of a unit of measure with an article: "about a mile", "half an inch",
     * "a 40-mile drive" excepted (a number is read there). Soft like a spelled-out number: it
     * counts only against a value in digits, and pairs with a converted one («1,6 км»).
     * Returns the index after it, or {@code i}.
     */
    int oneOfUnit(int i) {
        int j = i;
        double v = 1;
        NumberLexicon.Match fr = match("fraction", j);
        if (fr != null && fr.length() == 1) {
            v = fr.entry().number();
            j++;
        }
        NumberLexicon.Match art = match("article", j);
        if (art == null || art.length() != 1 || !is(j + 1, WORD) || lex.word(tok.get(j)) != null && fr == null) {
            return i;
        }
        NumberLexicon.Match u = match("unit", j + 1);
        if (u == null || u.entry().glued() || !MEASURES.contains(u.entry().value())
                || !tok.get(j + 1).equals(tok.get(j + 1).toLowerCase(java.util.Locale.ROOT))) {
            return i;
        }
        int last = j + u.length();
        out.add(entity(Kind.QUANTITY, v, Double.NaN, u.entry().value(), approxBefore(i), true, i, last, null, null));
        return last + 1;
    }

    /**
     * A scale word standing alone for one of it after an approximate marker: «свыше тысячи»,
     * «понад тисячу» ("more than 1,000"), or in a form that is only singular (kind {@code single}:
     * «кожна додаткова тисяча кроків», "each 1,000 extra steps"). Without either the word is as
     * often a plural («тисячі людей», "thousands of people") and is left alone; a language with an
     * article writes the one ("more than a thousand", read with the article). Soft.
     */
    int bareScale(int i) {
        NumberLexicon.Match sc = match("scale", i);
        NumberLexicon.Match single = match("single", i);
        if (sc == null || sc.entry().glued() || sc.entry().needsCurrency() || !is(i, WORD)
                || approxBefore(i) == null && (single == null || single.length() != 1)
                || lex.bit("article") != 0 // "more than a thousand": a language with an article writes it
                || i > 0 && is(i - 1, DIGITS)) {
            return i;
        }
        int last = i + sc.length() - 1;
        out.add(entity(Kind.NUMBER, sc.entry().number(), Double.NaN, null, approxBefore(i), true, i, last, null, null));
        return last + 1;
    }

    /**
     * A Roman numeral made of I, V and X (up to 39; C, L and M are too often letters of
     * abbreviations such as CI): "XX century", «ХХ века» (Cyrillic Х), "group II". A lone "I"
     * counts only after a word of kind {@code roman} ("group I", not the pronoun).
     */
    Head roman(int i) {
        String t = tok.get(i);
        if (t.length() > 6 || !romanLetters(t)) {
            return null;
        }
        t = t.replace('Х', 'X').replace('І', 'I');
        if (t.length() > 6 || i > 0 && glued(i - 1, i) && !romanRangeEnd(i) || glued(i, i + 1) && is(i + 1, WORD)) {
            return null;
        }
        // a lone I is the numeral one next to a word that takes a Roman numeral: after it in English
        // ("Stage I"), before it in Ukrainian and Russian too («орден I ступеня», «I степени»), where
        // a Latin I is no pronoun
        if (t.equals("I") && (i == 0 || matchEndingAt("roman", i - 1) == null)
                && (english || !is(i + 1, WORD) || match("roman", i + 1) == null)) {
            return null;
        }
        if (t.length() == 1 && !t.equals("I")) {
            return null; // a lone V or X is more often a letter (vitamin X, chromosome X)
        }
        int v = romanValue(t);
        if (v <= 0) {
            return null;
        }
        return new Head(v, Double.NaN, null, null, i, i, true, false, true, 0);
    }

    /**
     * True when the token at {@code i} ends a range of Roman numerals written with a dash and no
     * spaces: the IV of «VII–IV ст.», the XVI of «XV–XVI століття» ("7th to 4th centuries").
     */
    private boolean romanRangeEnd(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && isJoiner(tok.get(i - 1)) && glued(i - 2, i - 1) && is(i - 2, WORD)
                && tok.get(i - 2).length() <= 6 && romanLetters(tok.get(i - 2)) && !(i >= 3 && glued(i - 3, i - 2));
    }

    /** Only I, V, X (Latin, or Cyrillic Х and І). */
    static boolean romanLetters(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c != 'I' && c != 'V' && c != 'X' && c != 'Х' && c != 'І') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    static int romanValue(String t) {
        int total = 0;
        for (int k = 0; k < t.length(); k++) {
            int a = t.charAt(k) == 'I' ? 1 : t.charAt(k) == 'V' ? 5 : 10;
            int b = k + 1 < t.length() ? (t.charAt(k + 1) == 'I' ? 1 : t.charAt(k + 1) == 'V' ? 5 : 10) : 0;
            total += a < b ? -a : a;
        }
        // canonical spellings only (IIII, VV, IIV are not numerals)
        StringBuilder sb = new StringBuilder();
        int v = total;
        String[] sym = {"X", "IX", "V", "IV", "I"};
        int[] val = {10, 9, 5, 4, 1};
        for (int k = 0; k < sym.length; k++) {
            while (v >= val[k]) {
                sb.append(sym[k]);
                v -= val[k];
            }
        }
        return sb.toString().equals(t) ? total : -1;
    }

    int monthDate(int i, NumberLexicon.Match month) {
        int m = (int) month.entry().number();
        int end = i + month.length() - 1;
        // "Oct. 2, 1968": the point of an abbreviated month
        if (english && tok.get(end).length() <= 4 && is(end + 1, SYMBOL) && tok.get(end + 1).equals(".")
                && glued(end, end + 1) && is(end + 2, DIGITS)) {
            end++;
        }
        // English: September 24, 2022 / September 24th
        if (english && is(end + 1, DIGITS) && tok.get(end + 1).matches("\\d{1,2}") && !glued(end, end + 1)) {
            int day = Integer.parseInt(tok.get(end + 1));
            if (day >= 1 && day <= 31) {
                int last = end + 1;
                if (glued(last, last + 1) && is(last + 1, WORD) && match("ordinal", last + 1) != null) {
                    last++;
                }
                // "March 5-7", "March 5 to 7": a range of days is two dates
                int second = -1;
                NumberLexicon.Match rg = match("range", last + 1);
                if (rg != null && is(last + 1 + rg.length(), DIGITS) && tok.get(last + 1 + rg.length()).matches("\\d{1,2}")
                        && Integer.parseInt(tok.get(last + 1 + rg.length())) > day
                        && Integer.parseInt(tok.get(last + 1 + rg.length())) <= 31) {
                    second = last + 1 + rg.length();
                }
                int[] year = yearAfter((second > 0 ? second : last) + 1);
                int from = periodStart(i);
                int y = year == null ? 0 : year[0];
                if (second > 0) {
                    date(from < 0 ? i : from, last, m, day, y, null);
                    int e2 = year == null ? second : year[1];
                    out.add(new NumericEntity(Kind.DATE, 0, Double.NaN, null, null, false, m,
                            Integer.parseInt(tok.get(second)), y, null, st.get(second), en.get(e2),
                            text.substring(st.get(second), en.get(e2)), null, null));
                    return e2 + 1;
                }
                date(from < 0 ? i : from, year == null ? last : year[1], m, day, y, null);
                return (year == null ? last : year[1]) + 1;
            }
        }
        int[] year = yearAfter(end + 1);
        int p = periodStart(i);
        String period = null;
        int from = i;
        if (p >= 0) {
            period = match("period", p).entry().value();
            from = p;
        }
        boolean prep = matchEndingAt("dateprep", i - 1) != null;
        if (year == null && p < 0 && !prep && !bareMonth(i, month)) {
            return i;
        }
        date(from, year == null ? end : year[1], m, 0, year == null ? 0 : year[0], period);
        return (year == null ? end : year[1]) + 1;
    }

    /**
     * True when a month name with no day, year, preposition or part around it is still a month:
     * a capitalised English name that is no other word (not May, March, August: data flag
     * {@code ctx}); a Ukrainian or Russian month in lower case, or capitalised at the start of a
     * sentence or after punctuation («липень минув», "October can see", "in the first half of October").
     */
    boolean bareMonth(int i, NumberLexicon.Match month) {
        if (month.entry().needsContext()) {
            return false;
        }
        String t = tok.get(i);
        if (month.entry().caseSensitive()) {
            return true;
        }
        return t.equals(t.toLowerCase(java.util.Locale.ROOT)) || i == 0 || is(i - 1, SYMBOL);
    }

    /** The first token of a period phrase right before a month ("mid-", «у середині»), or -1. */
    int periodStart(int monthIdx) {
        int k = monthIdx - 1;
        if (k >= 0 && is(k, SYMBOL) && (tok.get(k).equals("-") || tok.get(k).equals("–")) && glued(k, monthIdx)) {
            k--;
        }
        for (int len = 3; len >= 1; len--) {
            NumberLexicon.Match m = match("period", k - len + 1);
            if (m != null && m.length() == len) {
                return k - len + 1;
            }
        }
        return -1;
    }

    /** A spelled-out number starting at token i ("twenty-five", «сто двадцять пʼять», "a million"). */
    Head spelled(int i) {
        double total = 0;
        double current = 0;
        long lastAdded = Long.MAX_VALUE;
        boolean any = false;
        boolean ordinal = false;
        int j = i;
        int last = i - 1;
        while (j < tok.size() && is(j, WORD)) {
            NumberLexicon.Word w = lex.word(tok.get(j));
            if (w == null) {
                NumberLexicon.Match extra = match("spelled", j);
                if (extra != null && extra.length() == 1) {
                    w = new NumberLexicon.Word((long) extra.entry().number(), false);
                }
            }
            if (w != null && !ordinal) {
                if (magnitude(w.value()) >= magnitude(lastAdded) && lastAdded != Long.MAX_VALUE) {
                    break;
                }
                current += w.value();
                lastAdded = w.value();
                any = true;
                ordinal = w.ordinal();
                last = j;
                j++;
                // twenty-five
                if (english && is(j, SYMBOL) && tok.get(j).equals("-") && glued(j - 1, j) && glued(j, j + 1)
                        && is(j + 1, WORD) && lex.word(tok.get(j + 1)) != null) {
                    j++;
                }
                continue;
            }
            if (ordinal) {
                break;
            }
            NumberLexicon.Match hundred = match("hundred", j);
            if (hundred != null && (any || match("article", j - 1) != null) && current < 10) {
                current = Math.max(current, 1) * 100;
                lastAdded = 100;
                any = true;
                last = j;
                j++;
                continue;
            }
            if (english && any && tok.get(j).equals("and") && j + 1 < tok.size() && lex.word(tok.get(j + 1)) != null
                    && current >= 100) {
                j++;
                continue;
            }
            if (!any && match("article", j) != null && j + 1 < tok.size()
                    && (match("hundred", j + 1) != null || match("scale", j + 1) != null && is(j + 1, WORD)
                    && !match("scale", j + 1).entry().glued())) {
                if (match("scale", j + 1) != null) {
                    current = 1;
                    any = true;
                    last = j;
                    j++;
                    break;
                }
                j++;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        total += current;
        return new Head(total, Double.NaN, null, null, i, last, true, ordinal, true, 0);
    }

    static int magnitude(long v) {
        if (v == Long.MAX_VALUE) {
            return 99;
        }
        if (v >= 100) {
            return 3;
        }
        if (v >= 20 || v == 10) {
            return 2;
        }
        return 1;
    }
}
