package dev.transcheck.text.numbers;

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
     * sign (30х40) or a range word (a golf score «5та4» = "5&4"). The digits around it are then
     * numbers, not an identifier, and the word is no ordinal suffix.
     */
    boolean joinedAt(int i) {
        return dimensionAt(i) || i > 0 && is(i, WORD) && is(i - 1, DIGITS) && is(i + 1, DIGITS) && glued(i - 1, i)
                && glued(i, i + 1) && match("range", i) != null;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
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
            if (ty.get(i) == DIGITS) {
                next = digits(i);
            } else if (ty.get(i) == WORD) {
                next = word(i);
            } else {
                next = fraction(i);
            }
            i = Math.max(next, i + 1);
        }
        return List.copyOf(out);
    }

    // ---- heads -------------------------------------------------------------------------

    /** A parsed head: value, alternative, issues, token range, spelled, ordinal. */
    record Head(double value, double alt, String issue, String altIssue, int from, int to,
                boolean spelled, boolean ordinal, boolean integer, int digits) {
    }

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
