package dev.transcheck.text.numbers;

// Longer than 400 lines: the tokens and the passes over the values read from them (lists of
// days, durations in two units, size charts) share the one scan's state and offsets

import java.util.ArrayList;
import java.util.List;

/**
 * The first stage of reading numbers: the tokens of one text (digit runs, words, single symbols)
 * with their offsets, the lexicon kinds each token can start, and the small predicates the later
 * stages share. Digit runs are read by loops, never by regular expressions over unbounded input.
 * The stages are one object per text: {@link DigitReader} (digits, times, numeric dates),
 * {@link ValueReader} (scale, unit, currency, percent, ranges, sizes after a value) and
 * {@link WordReader} (month names, Roman numerals, spelled-out numbers).
 */
abstract class TokenScan {
    static final char DIGITS = 'd';
    static final char WORD = 'w';
    static final char SYMBOL = 's';
    /** Longer digit runs are codes or noise, not values. */
    static final int MAX_DIGITS = 30;

    final String text;
    final NumberLexicon lex;
    final boolean english;
    final List<String> tok = new ArrayList<>();
    final List<Integer> st = new ArrayList<>();
    final List<Integer> en = new ArrayList<>();
    final List<Character> ty = new ArrayList<>();
    final List<NumericEntity> out = new ArrayList<>();

    /**
     * How many values deep the reading of a range, size or slash pair has gone: "7x7x7…" or
     * "7-7-7…" of any length is then read without deep recursion (past the limit each value
     * is read on its own).
     */
    int chain;
    static final int MAX_CHAIN = 4;

    /** Per token, the lexicon kinds it can start (see {@link NumberLexicon#startMask}). */
    long[] masks;

    TokenScan(String text, NumberLexicon lex) {
        this.text = text;
        this.lex = lex;
        this.english = lex.lang().equals("en");
        tokenize();
        masks = new long[tok.size()];
        for (int k = 0; k < masks.length; k++) {
            masks[k] = ty.get(k) == DIGITS ? 0 : lex.startMask(NumberLexicon.normalise(tok.get(k)));
        }
    }

    void tokenize() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                i++;
                continue;
            }
            int j;
            char type;
            if (isAsciiDigit(c)) { // digits of other scripts are no numbers this reader can value
                int g = groupedEnd(text, i);
                j = g > 0 ? g : plainEnd(text, i);
                if (g > 0 && afterMonth()) {
                    // "March 12 300 people": the day of the month and a count, not 12,300
                    int d = i;
                    while (d < n && isAsciiDigit(text.charAt(d))) {
                        d++;
                    }
                    if (d - i <= 2 && Integer.parseInt(text.substring(i, d)) <= 31) {
                        j = d;
                    }
                } else if (g > 0 && afterLatinName(i)) {
                    // "iPhone 13 128 ГБ", «Sport 2 205/55 R16»: the model's number and the next value
                    j = digitsEnd(text, i);
                }
                type = DIGITS;
            } else if (Character.isLetter(c)) {
                j = i + 1;
                while (j < n && (Character.isLetter(text.charAt(j)) || isApostrophe(text.charAt(j))
                        && j + 1 < n && Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                type = WORD;
            } else {
                j = i + 1;
                type = SYMBOL;
            }
            tok.add(text.substring(i, j));
            st.add(i);
            en.add(j);
            ty.add(type);
            i = j;
        }
    }

    /** The end of digits from {@code i}: 1,500.25 or 7 (digits with single points or commas between). */
    static int plainEnd(String s, int i) {
        int j = digitsEnd(s, i);
        while (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',') && isAsciiDigit(s.charAt(j + 1))) {
            j = digitsEnd(s, j + 1);
        }
        return j;
    }

    /**
     * The end of a space-grouped number from {@code i} (100 000, 1 500 000,5 with a space, NBSP,
     * narrow NBSP or thin space between groups of three), or -1. A loop, not a regular
     * expression: a run of thousands of groups must not overflow the stack.
     */
    static int groupedEnd(String s, int i) {
        int j = digitsEnd(s, i);
        if (j - i > 3) {
            return -1;
        }
        int groups = 0;
        while (j + 3 < s.length() + 0 && isGroupSpace(s.charAt(j)) && digitsEnd(s, j + 1) == j + 4) {
            j += 4;
            groups++;
        }
        if (groups == 0) {
            return -1;
        }
        if (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',') && isAsciiDigit(s.charAt(j + 1))) {
            j = digitsEnd(s, j + 1);
        }
        return j;
    }

    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int digitsEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isAsciiDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * True when the last token read so far is a name in Latin letters (with a capital: iPhone,
     * Sport, Galaxy) standing one space before the digits at {@code i}: those digits are the
     * model's number (iPhone 13, Terrana Sport 2), so a group of three digits after them is the
     * next value («iPhone 13 128 ГБ», «Sport 2 205/55 R16»), not their thousands. A currency code
     * (UAH 1 200), a unit or a scale before the digits is no name.
     */
    boolean afterLatinName(int i) {
        int m = tok.size() - 1;
        if (m < 0 || ty.get(m) != WORD || en.get(m) != i - 1 || text.charAt(i - 1) != ' ') {
            return false;
        }
        String w = tok.get(m);
        boolean capital = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital && w.length() >= 2 && lex.match("currency", tok, m) == null && lex.match("unit", tok, m) == null
                && lex.match("scale", tok, m) == null && lex.match("percent", tok, m) == null
                && lex.match("month", tok, m) == null && !sentenceStart(st.get(m));
    }

    /**
     * True when the text before {@code at} ends a sentence or is empty: a word there has its capital
     * from its place ("In 1 274 cases"), not because it names a model. A month name ("on 28 February
     * 1 274 people") is no model name either.
     */
    private boolean sentenceStart(int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?:;\u2026\"\u201C\u00AB(".indexOf(text.charAt(k)) >= 0;
    }

    /** True when the last token read so far is a month name. */
    boolean afterMonth() {
        int m = tok.size() - 1;
        return m >= 0 && ty.get(m) == WORD && lex.match("month", tok, m) != null && !dayBefore(m);
    }

    /**
     * True when the month word at {@code m} already has its day before it ("28 лютого", "12 March"):
     * in day-month order the digits after the month are no day of it, so «28 лютого 1 274 людини»
     * keeps its grouped count 1 274.
     */
    private boolean dayBefore(int m) {
        int d = m - 1;
        if (d < 0 || ty.get(d) != DIGITS) {
            return false;
        }
        String day = tok.get(d);
        return day.length() <= 2 && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31;
    }

    /**
     * True when token {@code i} is a dimension sign (x, Cyrillic х, ×) between two numbers written
     * the same way on both sides of it: 30х40, 30 × 40.
     */
    boolean dimensionAt(int i) {
        return i > 0 && is(i - 1, DIGITS) && is(i + 1, DIGITS) && glued(i - 1, i) == glued(i, i + 1)
                && tok.get(i).length() == 1 && match("dimension", i) != null;
    }

    /**
     * True when token {@code i} is a word glued between two numbers that joins them: a dimension
     * sign (30х40), a range word (a golf score «5та4» = "5&4") or a word of "against" (kind
     * {@code versus}: a game format "5v5" = «5 на 5»). The digits around it are then
     * numbers, not an identifier, and the word is no ordinal suffix.
     */
    boolean joinedAt(int i) {
        return dimensionAt(i) || i > 0 && is(i, WORD) && is(i - 1, DIGITS) && is(i + 1, DIGITS) && glued(i - 1, i)
                && glued(i, i + 1) && (match("range", i) != null || match("versus", i) != null);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
    }

    /**
     * The unit of a prime mark glued after the digits before token {@code i}: the double prime
     * (U+2033) or a straight double quote is the inch (55", 28.3″), the prime (U+2032) the foot; a
     * straight apostrophe is the foot only in feet and inches (6'1"). A straight double quote is
     * an inch mark only where no quotation is open: the closing quote of "Room 101" is none.
     * Returns "in", "ft" or null.
     */
    String primeUnit(int i) {
        if (i < 1 || !is(i, SYMBOL) || !glued(i - 1, i)
                || !is(i - 1, DIGITS) && !(is(i - 1, SYMBOL) && "\u00BC\u00BD\u00BE".contains(tok.get(i - 1)) && is(i - 2, DIGITS))) {
            return null; // digits, or digits with a fraction sign (39½″), right before the mark
        }
        String t = tok.get(i);
        if (t.equals("\u2033") || t.equals("\"") && inchMark(i)) {
            return "in";
        }
        if (t.equals("\u2032")) {
            return "ft";
        }
        if ((t.equals("'") || t.equals("\u2019")) && glued(i, i + 1) && is(i + 1, DIGITS) && tok.get(i + 1).matches("\\d{1,2}")
                && glued(i + 1, i + 2) && (tok.get(i + 2).equals("\"") && inchMark(i + 2) || tok.get(i + 2).equals("\u2033"))) {
            return "ft";
        }
        return null;
    }

    /**
     * Whether the digits from token {@code from} to {@code last} stand where a date of day and month
     * stands: a weekday (kind {@code weekday}) right before them, with or without a comma or point
     * («понеділка, 2.12», "Mon. 12/2"), or a clock time after them, with at most a comma and one
     * short preposition between ("12/2 at 11:59 pm", «15.03 о 19:00»).
     */
    boolean dayMonthContext(int from, int last) {
        if (match("unit", last + 1) != null || match("scale", last + 1) != null || match("currency", last + 1) != null
                || match("percent", last + 1) != null) {
            return false; // a value with its unit or scale («у вівторок 2.10 млн»): no date
        }
        int b = from - 1;
        if (is(b, SYMBOL) && (tok.get(b).equals(",") || tok.get(b).equals("."))) {
            b--;
        }
        if (matchEndingAt("weekday", b) != null) {
            return true;
        }
        if (from == last && listHead(from) && is(last + 1, SYMBOL) && ("\u2014\u2013-".contains(tok.get(last + 1))
                && !glued(last, last + 1) || tok.get(last + 1).equals(":"))) {
            return true; // a programme or timetable line: «5.11 — «Сталкер»», «12.11: показ»
        }
        int j = last + 1;
        if (is(j, SYMBOL) && tok.get(j).equals(",")) {
            j++;
        }
        if (is(j, WORD) && tok.get(j).length() <= 2) {
            j++;
        }
        if (!is(j, DIGITS) || !tok.get(j).matches("\\d{1,2}([.:]\\d{2})?")) {
            return false;
        }
        if (glued(j, j + 1) && is(j + 1, SYMBOL) && tok.get(j + 1).equals(":") && glued(j + 1, j + 2) && is(j + 2, DIGITS)
                && tok.get(j + 2).matches("\\d{2}")) {
            return true;
        }
        return tok.get(j).indexOf(':') > 0 || match("meridiem", j + 1) != null;
    }

    /**
     * Whether token {@code i} opens its line: only spaces, bullets and other marks that are neither
     * letters, digits nor sentence punctuation stand before it on the line (an emoji, "•", "▪️").
     */
    boolean listHead(int i) {
        for (int k = st.get(i) - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || ".,;:!?()\"'\u00AB\u00BB\u201C\u201D\u201E".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Per token, whether it is a straight double quote that marks inches (see {@link #primeUnit}); built once. */
    private boolean[] inchMarks;

    private boolean inchMark(int i) {
        if (inchMarks == null) {
            boolean[] marks = new boolean[tok.size()];
            boolean open = false;
            for (int k = 0; k < tok.size(); k++) {
                if (ty.get(k) == SYMBOL && tok.get(k).equals("\"")) {
                    if (!open && k > 0 && ty.get(k - 1) == DIGITS && glued(k - 1, k)) {
                        marks[k] = true;
                    } else {
                        open = !open;
                    }
                }
            }
            inchMarks = marks;
        }
        return inchMarks[i];
    }

    boolean glued(int a, int b) {
        return a >= 0 && b < tok.size() && en.get(a).equals(st.get(b));
    }

    boolean is(int i, char type) {
        return i >= 0 && i < tok.size() && ty.get(i) == type;
    }

    NumberLexicon.Match match(String kind, int i) {
        if (i < 0 || i >= tok.size() || (masks[i] & lex.bit(kind)) == 0) {
            return null;
        }
        return lex.match(kind, tok, i);
    }

    /** A lexicon entry of {@code kind} that ends exactly at token {@code last}. */
    NumberLexicon.Match matchEndingAt(String kind, int last) {
        for (int len = 3; len >= 1; len--) {
            NumberLexicon.Match m = match(kind, last - len + 1);
            if (m != null && m.length() == len) {
                return m;
            }
        }
        return null;
    }

    List<NumericEntity> run() {
        int i = 0;
        while (i < tok.size()) {
            int next;
            int tel = ty.get(i) == WORD ? i : phone(i);
            if (tel > i) {
                next = tel;
            } else if (ty.get(i) == DIGITS) {
                next = digits(i);
            } else if (ty.get(i) == WORD) {
                next = word(i);
            } else {
                next = fraction(i);
            }
            i = Math.max(next, i + 1);
        }
        dayLists();
        yearsAndMonths();
        sizeSystems();
        return List.copyOf(NumberMatch.compounds(out, text));
    }

    /** What may stand between the years and the months of one duration: spaces, or "and" and its kin. */
    private static final java.util.regex.Pattern DURATION_JOIN =
            java.util.regex.Pattern.compile("\\s+(?:(?:and|і|й|та|и)\\s+)?");

    /**
     * One duration in two units: «2 років і 6 місяців», "2 years and 6 months", «3 недели 2 дня» is
     * one value in the smaller unit (30 months, 23 days), as the other language may write it in one
     * ("a 2½-year sentence"). Joined here, where the words between are known: "1 year, or 6 months on
     * the battery" is two values.
     */
    private void yearsAndMonths() {
        for (int k = 0; k + 1 < out.size(); k++) {
            NumericEntity a = out.get(k);
            NumericEntity b = out.get(k + 1);
            double f = "yr".equals(a.unit()) && "mo".equals(b.unit()) ? 12 : "wk".equals(a.unit()) && "d".equals(b.unit()) ? 7 : 0;
            if (f == 0 || a.kind() != NumericEntity.Kind.QUANTITY || b.kind() != NumericEntity.Kind.QUANTITY || a.spelled()
                    || b.spelled() || a.value() != Math.rint(a.value()) || b.value() >= f || b.start() < a.end() || b.start() - a.end() > 8
                    || !DURATION_JOIN.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            out.set(k, new NumericEntity(b.kind(), a.value() * f + b.value(), Double.NaN, b.unit(), a.approx(), false, 0, 0, 0,
                    null, a.start(), b.end(), text.substring(a.start(), b.end()), null, null));
            out.remove(k + 1);
        }
    }

    /** The labels of size systems in a size chart (clothing and shoe sizes by country or region). */
    static final java.util.Set<String> SIZE_SYSTEMS = java.util.Set.of("RU", "EU", "UK", "US", "IT", "FR", "DE", "JP",
            "CN", "INT", "UA", "AU", "MX", "BR", "KR");

    /** The start of the unit of a size in a size system: "size:EU" for EU 34. */
    static final String SIZE = "size:";

    /**
     * Sizes in a size chart: a whole number right after a size system's label in capitals, in a
     * text that labels sizes in at least two systems ("EU 34 / UK 6 / US 2"), has the unit
     * {@value #SIZE} and the label. A shop's translation often adds its own system's column («RU 40
     * / EU 34 / UK 6 / US 2»): {@link NumberMatch} does not count a size in a system the other side
     * never names.
     */
    private void sizeSystems() {
        java.util.Map<Integer, String> labelAt = new java.util.HashMap<>();
        for (int k = 0; k + 1 < tok.size(); k++) {
            if (ty.get(k) == WORD && SIZE_SYSTEMS.contains(tok.get(k)) && ty.get(k + 1) == DIGITS && !glued(k, k + 1)
                    && st.get(k + 1) - en.get(k) == 1 && (k == 0 || !glued(k - 1, k))) {
                labelAt.put(st.get(k + 1), tok.get(k));
            }
        }
        if (new java.util.HashSet<>(labelAt.values()).size() < 2) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            NumericEntity e = out.get(k);
            String label = labelAt.get(e.start());
            if (label != null && e.kind() == NumericEntity.Kind.NUMBER && e.unit() == null && !e.spelled()) {
                out.set(k, new NumericEntity(e.kind(), e.value(), e.alt(), SIZE + label, e.approx(), false, 0, 0, 0, null,
                        e.start(), e.end(), e.text(), e.issue(), e.altIssue()));
            }
        }
    }

    /** A comma between the days of a list: «5, 12 і 19 грудня», "December 5, 12 and 19". */
    private static final java.util.regex.Pattern LIST_COMMA = java.util.regex.Pattern.compile("\\s*,\\s*");
    /** The last link of an English list of days: ", and", "and", "or", "&". */
    private static final java.util.regex.Pattern LIST_END = java.util.regex.Pattern.compile("\\s*,?\\s+(and|or|&)\\s+");

    /**
     * Days listed with one month name: the month stands once, after the last day in Ukrainian and
     * Russian («5, 12 і 19 грудня»; the last two are read as a range) and before the first in
     * English ("December 5, 12 and 19"), so each listed day is a date of that month. Backwards:
     * a plain day (1-31) a comma before the date of a later day. Forwards (English): plain days
     * after a month-first date, each later than the one before, joined by commas and closed by
     * "and"/"or" (so "December 5, 12 people" stays a count).
     */
    private void dayLists() {
        for (int k = out.size() - 1; k > 0; k--) {
            NumericEntity d = out.get(k);
            if (!d.isDate() || d.day() <= 0 || d.month() <= 0) {
                continue;
            }
            for (int j = k - 1; j >= 0 && plainDay(out.get(j), d.day())
                    && LIST_COMMA.matcher(text.substring(out.get(j).end(), d.start())).matches(); j--) {
                d = asDate(out.get(j), d);
                out.set(j, d);
            }
        }
        if (!english) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            NumericEntity d = out.get(k);
            if (!d.isDate() || d.day() <= 0 || d.month() <= 0 || d.text().isEmpty() || Character.isDigit(d.text().charAt(0))) {
                continue;
            }
            int j = k + 1;
            NumericEntity prev = d;
            while (j < out.size() && plainDay(out.get(j), 32) && out.get(j).value() > prevDay(prev)
                    && LIST_COMMA.matcher(text.substring(prev.end(), out.get(j).start())).matches()) {
                prev = out.get(j);
                j++;
            }
            if (j < out.size() && plainDay(out.get(j), 32) && out.get(j).value() > prevDay(prev)
                    && LIST_END.matcher(text.substring(prev.end(), out.get(j).start())).matches()) {
                for (int m = k + 1; m <= j; m++) {
                    out.set(m, asDate(out.get(m), d));
                }
                k = j;
            }
        }
    }

    private static double prevDay(NumericEntity e) {
        return e.isDate() ? e.day() : e.value();
    }

    /** A plain whole number that can be a day before {@code below}. */
    private static boolean plainDay(NumericEntity e, int below) {
        return e.kind() == NumericEntity.Kind.NUMBER && e.unit() == null && !e.spelled() && e.approx() == null
                && e.value() >= 1 && e.value() < below && e.value() == Math.rint(e.value())
                && e.text() != null && e.text().matches("\\d{1,2}");
    }

    private static NumericEntity asDate(NumericEntity day, NumericEntity date) {
        return new NumericEntity(NumericEntity.Kind.DATE, 0, Double.NaN, null, null, false, date.month(),
                (int) day.value(), date.year(), null, day.start(), day.end(), day.text(), null, null);
    }

    // ---- heads -------------------------------------------------------------------------

    /** A parsed head: value, alternative, issues, token range, spelled, ordinal. */
    record Head(double value, double alt, String issue, String altIssue, int from, int to,
                boolean spelled, boolean ordinal, boolean integer, int digits) {
    }

    /** Reads a phone number starting at token {@code i} as one value; returns the index after it, or {@code i}. */
    abstract int phone(int i);

    /** Reads a value in digits starting at token {@code i}; returns the index after it. */
    abstract int digits(int i);

    /** Reads a month or a spelled-out number starting at word {@code i}; returns the index after it. */
    abstract int word(int i);

    /** Reads a fraction sign standing alone as a value (½ cup); returns the index after it. */
    abstract int fraction(int i);

    /** Reads what follows a value (scale, unit, range); returns the index after it. */
    abstract int tail(Head h);

    /** Records a date (and its year as a value of its own). */
    abstract void date(int from, int last, int month, int day, int year, String period);
}
