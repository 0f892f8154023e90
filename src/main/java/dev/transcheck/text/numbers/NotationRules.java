package dev.transcheck.text.numbers;

// Longer than 400 lines: each notation rule (years, versions, model codes, identifiers, phone
// numbers, clause numbers, fraction signs) is a small predicate over the one token scan; split
// apart they would each need the scan's state passed around

/**
 * Between the tokens and the reading of digits: the predicates that tell how a number is written
 * rather than what it is worth. Digits that name rather than count (a year, a version after a
 * product name, a model designation, a build or page number, a phone number's groups, a lens
 * aperture, a tyre's rim size) are asked for no thousands separator or decimal comma; a
 * fraction sign (½, ¾) has its value.
 */
abstract class NotationRules extends TokenScan {
    NotationRules(String text, NumberLexicon lex) {
        super(text, lex);
    }

    /**
     * A four-digit number from 1800 to 2100 reads as a year ("in 2025", "Kenya's 2010
     * constitution", "ZEN 2012 software"); such numbers are never asked for a thousands
     * separator (a count such as "1965 mutations" is missed, a known gap).
     */
    boolean yearLike(int i) {
        String raw = tok.get(i);
        if (raw.length() != 4) {
            return false;
        }
        int v = Integer.parseInt(raw);
        return v >= 1800 && v <= 2100 || v >= 1000 && v < 1800 && historicalYear(i);
    }

    /** Words after a year that a counted number is not followed by ("in 1636 it was", "in 1576 when"). */
    private static final java.util.Set<String> AFTER_YEAR = java.util.Set.of("it", "he", "she", "they", "we", "the",
            "a", "an", "when", "as", "and", "was", "were", "is", "had", "his", "her", "its", "their", "that", "which");

    /**
     * A number from 1000 to 1799 reads as a year of history only in a year's place: after a
     * preposition of time or range ("in 1576", "to 1764", "from 1580") and before the end of the
     * phrase, a capitalised word, another preposition or one of {@link #AFTER_YEAR}; "in 1500
     * cases" is a count.
     */
    private boolean historicalYear(int i) {
        if (i < 1 || glued(i - 1, i) || !is(i - 1, WORD)
                || match("dateprep", i - 1) == null && match("range", i - 1) == null) {
            return false;
        }
        if (i + 1 >= tok.size() || !is(i + 1, WORD)) {
            return true;
        }
        String next = tok.get(i + 1);
        return Character.isUpperCase(next.charAt(0)) || match("dateprep", i + 1) != null || match("range", i + 1) != null
                || AFTER_YEAR.contains(next);
    }

    /** True for the 19 of COVID-19, the 2025 of Zapad-2025 (a name, a hyphen, the digits). */
    boolean nameJoined(int i) {
        return i >= 2 && glued(i - 1, i) && glued(i - 2, i - 1) && ty.get(i - 2) == WORD
                && isJoiner(tok.get(i - 1));
    }

    /**
     * True when the number at {@code i} is the version of a standard or product named in Latin
     * letters just before it (Bluetooth 5.3, USB 3.2, iOS 17.4, HDMI 2.1) with no unit, scale,
     * percent or currency after it: such a designation keeps its point in Ukrainian and Russian
     * text, as it is printed on the product. A currency code before it (USD 5.3) is no name.
     */
    boolean versionAfterName(int i) {
        if (i < 1 || !is(i - 1, WORD) || glued(i - 1, i) || match("currency", i - 1) != null) {
            return false;
        }
        String name = tok.get(i - 1);
        for (int k = 0; k < name.length(); k++) {
            if (Character.UnicodeScript.of(name.codePointAt(k)) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        if (i + 1 < tok.size()) {
            for (String kind : new String[] {"scale", "unit", "percent", "currency"}) {
                if (match(kind, i + 1) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the number at {@code i} stands inside a model name in Latin script, between the
     * name (Octavia, Golf, A7) and a designation in Latin capitals (an engine 1.4 TSI, 2.0 TDI,
     * 1.6 MPI; a trim 2.5 GT): the model name keeps its point in Ukrainian and Russian text. A
     * value after a word of the text (Cyrillic) is no part of a name (вмещает 1.5 GB), nor is a
     * unit, scale, percent or currency written in capitals.
     */
    boolean codeAfter(int i) {
        if (!is(i + 1, WORD) || glued(i, i + 1) || glued(i + 1, i + 2) && is(i + 2, DIGITS)
                || i < 1 || glued(i - 1, i)) {
            return false;
        }
        int name = is(i - 1, DIGITS) && glued(i - 2, i - 1) ? i - 2 : i - 1;
        if (!is(name, WORD) || !latin(tok.get(name))) {
            return false;
        }
        String code = tok.get(i + 1);
        if (code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int k = 0; k < code.length(); k++) {
            char c = code.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        for (String kind : new String[] {"scale", "unit", "percent", "currency"}) {
            if (match(kind, i + 1) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the digits at {@code i} name something rather than count it, so they take no
     * thousands separator: after a word of the lexicon's kind {@code label} (build 4821, page
     * 1024, flight 2718), or after a model code that ends in digits glued to Latin letters (an
     * M.2 2280 slot, DDR5 4800).
     */
    boolean identifierAt(int i) {
        if (i < 1 || glued(i - 1, i)) {
            return false;
        }
        if (match("label", i - 1) != null || flightDesignator(i - 1)
                || is(i - 1, SYMBOL) && tok.get(i - 1).equals(":") && match("label", i - 2) != null) {
            return true;
        }
        // a model number after a series in Latin capitals (GTX 1050, RX 6600; a currency code such as
        // UAH 1200 is no series), or after a product line and its tier (Ryzen 5 3600), with no unit after
        boolean series = is(i - 1, WORD) && tok.get(i - 1).length() >= 2 && latin(tok.get(i - 1))
                && tok.get(i - 1).equals(tok.get(i - 1).toUpperCase(java.util.Locale.ROOT)) && match("currency", i - 1) == null;
        boolean tier = is(i - 1, DIGITS) && tok.get(i - 1).length() == 1 && !glued(i - 2, i - 1) && is(i - 2, WORD)
                && latin(tok.get(i - 2)) && Character.isUpperCase(tok.get(i - 2).charAt(0)) && tok.get(i - 2).length() >= 3;
        if ((series || tier) && match("unit", i + 1) == null && match("scale", i + 1) == null
                && match("percent", i + 1) == null && match("currency", i + 1) == null) {
            return true;
        }
        if (!is(i - 1, DIGITS)) {
            return false;
        }
        int w = i - 2;
        if (is(w, SYMBOL) && tok.get(w).equals(".") && glued(w, i - 1)) {
            w--;
            if (!glued(w, w + 1)) {
                return false;
            }
        } else if (!glued(w, i - 1)) {
            return false;
        }
        return is(w, WORD) && latin(tok.get(w));
    }

    /**
     * True when the word at {@code w} is an airline designator before a flight number (AV 2411, LH
     * 1234): two capital Latin letters standing apart (IATA Resolution 762 designators; the letter
     * and digit ones such as U2 are read as identifiers already).
     */
    private boolean flightDesignator(int w) {
        return w >= 0 && is(w, WORD) && tok.get(w).matches("[A-Z]{2}") && (w == 0 || !glued(w - 1, w))
                && tok.get(w + 1).length() <= 4;
    }

    /**
     * True when the digits at {@code i} are one of two or more numbers joined by slashes with no
     * space (2024/1689 of an EU regulation, flights 2431/2432, case 757/18342/23): the parts of such
     * a code or pair are printed ungrouped.
     */
    boolean slashJoined(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && tok.get(i - 1).equals("/") && glued(i - 1, i) && glued(i - 2, i - 1)
                && is(i - 2, DIGITS)
                || i + 2 < tok.size() && is(i + 1, SYMBOL) && tok.get(i + 1).equals("/") && glued(i, i + 1)
                && glued(i + 1, i + 2) && is(i + 2, DIGITS);
    }

    /**
     * True when the number at {@code i} is a lens aperture, f/1.6 or f/2.8: the f-number is a
     * fixed notation printed with its point in Ukrainian and Russian specifications too.
     */
    boolean aperture(int i) {
        return i >= 2 && glued(i - 1, i) && tok.get(i - 1).equals("/") && glued(i - 2, i - 1)
                && (tok.get(i - 2).equals("f") || tok.get(i - 2).equals("F"))
                && !(glued(i - 3, i - 2) && !is(i - 3, SYMBOL)); // "(f/1.7, OIS)": a bracket may stand before it
    }

    /**
     * True when the number at {@code i} opens a numbered clause or item at the start of a line,
     * followed by a point or a bracket and a space ("3.1. Users undertake", «3.2.1. розміщувати»
     * has more levels and is read as a code already): a clause number keeps its points in every
     * language, as the contract numbers it.
     */
    boolean clauseNumber(int i) {
        int s = st.get(i) - 1;
        while (s >= 0 && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
            s--;
        }
        if (s >= 0 && text.charAt(s) != '\n' && text.charAt(s) != '\r') {
            return false;
        }
        return is(i + 1, SYMBOL) && (tok.get(i + 1).equals(".") || tok.get(i + 1).equals(")")) && glued(i, i + 1)
                && (i + 2 >= tok.size() || !glued(i + 1, i + 2));
    }

    static boolean latin(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.UnicodeScript.of(word.codePointAt(k)) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the digits at {@code i} are a factor of a size (a dimension sign and digits on one
     * side: 1920 × 1080, 3840x2160): pixel resolutions and such sizes are printed with four-digit
     * factors ungrouped, as the specification writes them.
     */
    boolean dimensionFactor(int i) {
        return i >= 2 && match("dimension", i - 1) != null && is(i - 2, DIGITS)
                || match("dimension", i + 1) != null && is(i + 2, DIGITS);
    }

    /**
     * True when the digits at {@code i} are a group of an international phone number: a plus sign
     * glued to the country code, then groups of up to four digits apart (+44 20 7946 0321, +7 (843)
     * 567-80-01). The groups are dialled, not counted, so they take no thousands separator.
     */
    boolean phoneGroup(int i) {
        int k = i - 1;
        for (int steps = 0; k >= 0 && steps < 8; steps++) {
            if (is(k, SYMBOL) && tok.get(k).equals("+") && glued(k, k + 1) && is(k + 1, DIGITS)
                    && tok.get(k + 1).length() <= 3) {
                return true;
            }
            if (!(is(k, DIGITS) && tok.get(k).length() <= 4 || is(k, SYMBOL) && "()-".contains(tok.get(k)))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /** The unit of a phone number read as one value (see {@link #phone}). */
    static final String PHONE = "tel";

    /** No phone number written in groups is longer than this many characters (15 digits, separators). */
    static final int PHONE_CHARS = 32;

    /** A phone number keeps at most this many of its last digits as its value (see {@link #phone}). */
    static final int PHONE_DIGITS = 9;

    /**
     * A phone number written in groups, read as one value: international with a plus sign and the
     * country code (+380 67 481 2305, +44 161 496 0734, +7 916 204-37-81) or national with the
     * trunk prefix 0 (067 481 23 05, 0161 496 0734, 044 123-45-67) or the Russian trunk prefix 8
     * (8 800 555-42-17). A translation that localises the number writes the other form of it: the
     * country code where the source dials the trunk 0, other groups, hyphens for spaces. The value
     * is the last {@value #PHONE_DIGITS} digits (a subscriber number with its area code in these
     * numbering plans), the unit {@value #PHONE}: both forms of a number are one value, and a changed
     * digit is another. Groups are digit runs of up to four digits apart by a space or a hyphen,
     * one of them possibly in parentheses; an international number has 8 to 15 digits (ITU-T
     * E.164), a national one 9 to 12 in at least three groups. Returns the index after the number's
     * last token, or {@code i} when there is none.
     */
    int phone(int i) {
        int s = st.get(i);
        if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.'
                || text.charAt(s - 1) == ',' || text.charAt(s - 1) == '/')) {
            return i;
        }
        char first = text.charAt(s);
        boolean intl = first == '+';
        if (!intl && first != '(' && !isAsciiDigit(first)) {
            return i;
        }
        StringBuilder digits = new StringBuilder();
        java.util.List<Integer> runs = new java.util.ArrayList<>();
        int k = intl ? s + 1 : s;
        int end = -1;
        boolean open = false;
        int run = 0;
        int[] beforeOpen = null; // end, digits and runs before an open bracket, to fall back on
        while (k < text.length()) {
            if (k - s > PHONE_CHARS) {
                return i; // longer than any phone number: a run of values (and no quadratic scan of it)
            }
            char c = text.charAt(k);
            if (isAsciiDigit(c)) {
                digits.append(c);
                run++;
                end = k + 1;
            } else {
                if (run > 0) {
                    runs.add(run);
                    run = 0;
                }
                if (c == '(' && !open && k + 1 < text.length() && isAsciiDigit(text.charAt(k + 1))) {
                    open = true;
                    beforeOpen = new int[] {end, digits.length(), runs.size()};
                } else if (c == ')' && open && k > 0 && isAsciiDigit(text.charAt(k - 1))) {
                    open = false;
                } else if ((c == '-' || c == '\u2011') && k > 0 && isAsciiDigit(text.charAt(k - 1))
                        && k + 1 < text.length() && isAsciiDigit(text.charAt(k + 1))) {
                    // a hyphen between two groups
                } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && k > 0 && k + 1 < text.length()
                        && (isAsciiDigit(text.charAt(k + 1)) || text.charAt(k + 1) == '(')
                        && (isAsciiDigit(text.charAt(k - 1)) || text.charAt(k - 1) == ')')) {
                    // one space between two groups
                } else {
                    break;
                }
            }
            k++;
        }
        if (run > 0) {
            runs.add(run);
        }
        if (open) {
            // a bracket opened and not closed belongs to what follows ("+380 67 412 58 30 (9 am")
            end = beforeOpen[0];
            digits.setLength(beforeOpen[1]);
            runs = new java.util.ArrayList<>(runs.subList(0, beforeOpen[2]));
        }
        if (end < 0 || runs.isEmpty() || digits.length() == 0) {
            return i;
        }
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '%')) {
            return i; // glued to a unit, a suffix or more digits: no phone number
        }
        int n = digits.length();
        boolean shortRuns = true;
        for (int r : runs) {
            shortRuns &= r <= 4;
        }
        boolean ok;
        if (intl) {
            ok = n >= 8 && n <= 15 && (runs.size() == 1 || runs.get(0) <= 3 && shortRuns);
        } else if (digits.charAt(0) == '0') {
            ok = runs.get(0) >= 2 && digits.charAt(1) != '0' && n >= 9 && n <= 12 && runs.size() >= 3 && shortRuns;
        } else {
            ok = digits.charAt(0) == '8' && runs.get(0) == 1 && runs.size() >= 4 && runs.get(1) == 3 && n == 11 && shortRuns;
        }
        if (!ok) {
            return i;
        }
        int last = i;
        while (last + 1 < tok.size() && st.get(last + 1) < end) {
            last++;
        }
        if (en.get(last) != end) {
            return i; // the number ends inside a token
        }
        String value = digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits.toString();
        out.add(new NumericEntity(NumericEntity.Kind.NUMBER, Long.parseLong(value), Double.NaN, PHONE, null, false, 0, 0, 0,
                null, s, end, text.substring(s, end), null, null));
        return last + 1;
    }

    /**
     * True when the digits at {@code i} are the area code in parentheses of a phone number whose
     * local part is hyphen-joined digits: 8 (3412) 77-05-05, (555) 318-2046. Dialled, not counted.
     */
    boolean areaCode(int i) {
        return is(i - 1, SYMBOL) && tok.get(i - 1).equals("(") && glued(i - 1, i) && is(i + 1, SYMBOL) && tok.get(i + 1).equals(")")
                && glued(i, i + 1) && is(i + 2, DIGITS) && !glued(i + 1, i + 2) && digitChain(i + 2);
    }

    /**
     * True when four digits are glued to the unit after them (1500m, 5000mAh, 2000W): the compact
     * label of an event or a specification (the 1500m freestyle, a 5000mAh battery), which sports
     * results and spec sheets print ungrouped. The same value in running text with a space before
     * its unit (1500 m) still wants its comma.
     */
    boolean compactUnit(String raw, int i) {
        return raw.length() == 4 && glued(i, i + 1) && is(i + 1, WORD) && match("unit", i + 1) != null;
    }

    /**
     * True when the digits at {@code i} are a term of a ratio written with a colon and no spaces
     * (a contrast ratio 1000:1, a mix 1:1000): a spec prints such a ratio ungrouped. A clock time
     * (12:30) is read before this is asked.
     */
    boolean ratio(int i) {
        boolean left = glued(i, i + 1) && is(i + 1, SYMBOL) && tok.get(i + 1).equals(":") && glued(i + 1, i + 2) && is(i + 2, DIGITS);
        boolean right = i >= 2 && glued(i - 1, i) && is(i - 1, SYMBOL) && tok.get(i - 1).equals(":") && glued(i - 2, i - 1)
                && is(i - 2, DIGITS);
        return left || right;
    }

    /**
     * True when five or six digits stand where an address puts its postcode: after a place name
     * (a capitalised word) and before a comma and a capitalised word or the end of the line ("St
     * Petersburg 197342, Russia", "Vinnytsia 21036, Ukraine"). A postcode is read out, not counted.
     */
    boolean postcode(int i) {
        String raw = tok.get(i);
        if (raw.length() < 5 || raw.length() > 6 || !is(i - 1, WORD) || glued(i - 1, i)
                || !Character.isUpperCase(tok.get(i - 1).charAt(0)) || !latin(tok.get(i - 1))) {
            return false;
        }
        if (i + 1 >= tok.size()) {
            return true;
        }
        if (glued(i, i + 1) && !(is(i + 1, SYMBOL) && ",.".contains(tok.get(i + 1)))) {
            return false;
        }
        if (is(i + 1, SYMBOL) && tok.get(i + 1).equals(",")) {
            return is(i + 2, WORD) && Character.isUpperCase(tok.get(i + 2).charAt(0));
        }
        int e = en.get(i);
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '.')) {
            e++;
        }
        return e >= text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r';
    }

    /**
     * True when the four digits at {@code i} open a list or range of values whose last one is
     * glued to its unit ("800, 1200 and 2000W", "1200–2000W"): the values share the compact
     * unit's style of a spec sheet ({@link #compactUnit}), ungrouped like it.
     */
    boolean listCompactUnit(String raw, int i) {
        if (raw.length() != 4 || glued(i, i + 1) && !(is(i + 1, SYMBOL) && ",–-".contains(tok.get(i + 1)))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tok.size(), i + 10); k++) {
            if (is(k, DIGITS)) {
                if (tok.get(k).length() > 4) {
                    return false;
                }
                if (glued(k, k + 1) && is(k + 1, WORD)) {
                    return match("unit", k + 1) != null;
                }
                continue;
            }
            boolean joiner = is(k, SYMBOL) && ",–-/".contains(tok.get(k)) || match("range", k) != null && match("range", k).length() == 1;
            if (!joiner) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when four digits stand between two capitalised words in Latin letters in a product's
     * name ("Aerix Pro 2200 Ionic Hair Dryer", "Nordfrost Cool 1200 Fridge"): a model designation,
     * printed as it is on the product, not a count. A year is asked nothing either way.
     */
    boolean modelInTitle(String raw, int i) {
        return raw.length() == 4 && i >= 1 && is(i - 1, WORD) && !glued(i - 1, i) && latin(tok.get(i - 1))
                && Character.isUpperCase(tok.get(i - 1).charAt(0)) && is(i + 1, WORD) && !glued(i, i + 1)
                && latin(tok.get(i + 1)) && Character.isUpperCase(tok.get(i + 1).charAt(0))
                && match("unit", i + 1) == null && match("currency", i + 1) == null && match("scale", i + 1) == null
                && match("month", i - 1) == null && match("month", i + 1) == null;
    }

    /**
     * True when the number at {@code i} is a version with a wildcard part glued after it (3.3.x,
     * 2.1.*): a range of releases, which keeps its points in every language.
     */
    boolean wildcardVersion(int i) {
        return glued(i, i + 1) && is(i + 1, SYMBOL) && tok.get(i + 1).equals(".") && glued(i + 1, i + 2)
                && (tok.get(i + 2).equals("x") || tok.get(i + 2).equals("X") || tok.get(i + 2).equals("*"));
    }

    /** How far on either side of a group {@link #cardGroup} looks: three more groups and their spaces. */
    private static final int CARD_REACH = 15;

    /**
     * True when the four digits at {@code i} are a group of a payment card number: four groups of
     * four digits, some masked with * or • (5375 4141 **** 2290), apart by single spaces or hyphens.
     * A card number is read out, not counted, so it takes no thousands separator.
     */
    boolean cardGroup(int i) {
        if (tok.get(i).length() != 4) {
            return false;
        }
        int from = st.get(i);
        int to = en.get(i);
        int lo = from;
        while (lo > 0 && from - lo < CARD_REACH && cardChar(text.charAt(lo - 1))) {
            lo--;
        }
        int hi = to;
        while (hi < text.length() && hi - to < CARD_REACH && cardChar(text.charAt(hi))) {
            hi++;
        }
        String[] groups = text.substring(lo, hi).trim().split("[ -]", -1);
        int run = 0;
        int digitGroups = 0;
        boolean mine = false;
        int at = lo;
        for (String g : groups) {
            boolean ok = g.length() == 4 && g.chars().allMatch(c -> isAsciiDigit((char) c) || c == '*' || c == '\u2022');
            int gStart = text.indexOf(g, at);
            if (!ok) {
                if (mine) {
                    break;
                }
                run = 0;
                digitGroups = 0;
            } else {
                run++;
                if (g.chars().allMatch(c -> isAsciiDigit((char) c))) {
                    digitGroups++;
                }
                mine |= gStart == from;
            }
            at = gStart < 0 ? at : gStart + g.length();
        }
        return mine && run == 4 && digitGroups >= 2;
    }

    private static boolean cardChar(char c) {
        return isAsciiDigit(c) || c == '*' || c == '\u2022' || c == ' ' || c == '-';
    }

    /** True when the digits at {@code i} are hyphen-joined to other digits: a phone number 859-292-3680. */
    boolean digitChain(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && isJoiner(tok.get(i - 1)) && glued(i - 1, i) && is(i - 2, DIGITS)
                && glued(i - 2, i - 1)
                || is(i + 1, SYMBOL) && isJoiner(tok.get(i + 1)) && glued(i, i + 1) && is(i + 2, DIGITS) && glued(i + 1, i + 2);
    }

    static boolean isJoiner(String t) {
        return t.equals("-") || t.equals("_") || t.equals("–") || t.equals("\u2011") || t.equals("\u2010");
    }

    /**
     * True when the digits at {@code i} are a rim diameter in inches after the tyre letter R (R13 to
     * R24 in a tyre size 205/55 R16 or «диски R17»): a capital R standing alone before two digits,
     * nothing glued after them but punctuation.
     */
    boolean rimSize(int i) {
        return i >= 1 && tok.get(i - 1).equals("R") && !glued(i - 2, i - 1) && tok.get(i).matches("1[3-9]|2[0-4]")
                && !(glued(i, i + 1) && ty.get(i + 1) != SYMBOL)
                && !(glued(i, i + 1) && isJoiner(tok.get(i + 1)) && glued(i + 1, i + 2));
    }

    /**
     * The value of token {@code i} when it is one of Unicode's vulgar fraction signs (½, ¼, ¾, ⅓,
     * ⅔, the fifths, sixths and eighths), else NaN. Recipes, size charts and instructions write a
     * half as ½ where the other language writes 0,5 / .5 or a word.
     */
    double vulgarFraction(int i) {
        if (!is(i, SYMBOL) || tok.get(i).length() != 1) {
            return Double.NaN;
        }
        return switch (tok.get(i).charAt(0)) {
            case '\u00BD' -> 0.5;
            case '\u00BC' -> 0.25;
            case '\u00BE' -> 0.75;
            case '\u2153' -> 1.0 / 3;
            case '\u2154' -> 2.0 / 3;
            case '\u2155' -> 0.2;
            case '\u2156' -> 0.4;
            case '\u2157' -> 0.6;
            case '\u2158' -> 0.8;
            case '\u2159' -> 1.0 / 6;
            case '\u215A' -> 5.0 / 6;
            case '\u215B' -> 0.125;
            case '\u215C' -> 0.375;
            case '\u215D' -> 0.625;
            case '\u215E' -> 0.875;
            default -> Double.NaN;
        };
    }
    /**
     * True when the digits at {@code i} with an "s" glued after them are an age group joined to a
     * word of approximation: "over-18s", "under-12s" (people over 18, children under 12), which the
     * other language writes «від 18 років», «до 12 років».
     */
    boolean ageGroup(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && isJoiner(tok.get(i - 1)) && glued(i - 1, i) && is(i - 2, WORD)
                && glued(i - 2, i - 1) && match("approx", i - 2) != null;
    }

    /** A day and a two-digit month joined by a point: 15.03, 2.12. */
    static final java.util.regex.Pattern DM = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{2})");

    /**
     * True when the day and month digits at {@code i} follow a preposition of a time bound (kind
     * {@code dmprep}: «до 15.12», «з 01.10», «по 31.03») and stand alone: no unit, scale, currency or
     * percent after them, nothing glued after them but closing punctuation. A language that writes
     * a decimal comma writes such digits only as a date: «знижка до 15.12» is "until 15 December".
     */
    boolean boundDayMonth(int i) {
        if (i < 1 || glued(i - 1, i) || matchEndingAt("dmprep", i - 1) == null) {
            return false;
        }
        if (match("unit", i + 1) != null || match("scale", i + 1) != null || match("currency", i + 1) != null
                || match("percent", i + 1) != null) {
            return false;
        }
        if (clockLike(i - 2) || clockLike(i + 2)) {
            return false; // «з 9.00 до 11.05»: the other end of the range is a time, so this one is too
        }
        return !glued(i, i + 1) || is(i + 1, SYMBOL) && ".,;:)»\"".contains(tok.get(i + 1));
    }

    /** True when token {@code k} is an hour and minutes that cannot be a day and month (9.00, 18:30, 10.45). */
    private boolean clockLike(int k) {
        if (!is(k, DIGITS)) {
            return false;
        }
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("(\\d{1,2})[.:](\\d{2})").matcher(tok.get(k));
        return c.matches() && (tok.get(k).indexOf(':') > 0 || Integer.parseInt(c.group(2)) > 12 || c.group(2).equals("00"));
    }

    /**
     * The day and month of the digits at {@code i} when they are a day and month with a point and
     * no year («до 15.03», «понеділка, 2.12») in a language whose decimal sign is a comma, standing
     * where a date stands (a weekday before, a clock time after: {@link #dayMonthContext}; or a
     * preposition of a time bound before: {@link #boundDayMonth}); else null.
     */
    int[] dottedDayMonth(int i) {
        java.util.regex.Matcher dm = DM.matcher(tok.get(i));
        if (english || !dm.matches() || !(dayMonthContext(i, i) || boundDayMonth(i))) {
            return null;
        }
        int d = Integer.parseInt(dm.group(1));
        int m = Integer.parseInt(dm.group(2));
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? new int[] {d, m} : null;
    }
}
