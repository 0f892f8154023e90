package dev.transcheck.text.numbers;

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers, amounts, percentages, quantities, years and dates in a text of one language and
 * normalises them to values that can be compared across languages: «1,5 тис.» and "1,500" are
 * both 1500, «24 лютого 2022 року» and "February 24, 2022" are both 24 February 2022, «у середині
 * вересня» and "mid-September" are both mid September. Pure and thread-safe.
 *
 * <p>The language specifics (scale words, units, currencies, month names, markers) live in
 * {@code lang/<code>/numbers.tsv}; spelled-out numbers come from ICU's spell-out rules. Digits glued to
 * letters (H1N1, 3D, T2) are identifiers and not numbers; a number joined to a name by a hyphen
 * (COVID-19, Zapad-2025) is a number.
 */
public final class NumberExtractor {

    /** Units of length and weight that keep their value in a compound adjective («249-кілограмовий»). */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("km", "m", "cm", "mm", "kg", "g", "t",
            "mi", "in", "ft", "yd", "lb");

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?!\\d)(?:[.,]\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** The start of the issue text for a percent sign without the space a language's standard asks for. */
    public static final String PERCENT_SPACE = "no space before the percent sign";

    private NumberExtractor() {
    }

    /** Every numeric entity of {@code text} in order; {@code lang} is an ISO 639-1 code. */
    public static List<NumericEntity> extract(String text, String lang) {
        return new Scan(text, NumberLexicon.of(lang)).run();
    }

    private static final char DIGITS = 'd';
    private static final char WORD = 'w';
    private static final char SYMBOL = 's';

    /** One pass over one text. */
    private static final class Scan {
        final String text;
        final NumberLexicon lex;
        final boolean english;
        final List<String> tok = new ArrayList<>();
        final List<Integer> st = new ArrayList<>();
        final List<Integer> en = new ArrayList<>();
        final List<Character> ty = new ArrayList<>();
        final List<NumericEntity> out = new ArrayList<>();

        Scan(String text, NumberLexicon lex) {
            this.text = text;
            this.lex = lex;
            this.english = lex.lang().equals("en");
            tokenize();
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
                if (Character.isDigit(c)) {
                    Matcher g = GROUPED.matcher(text).region(i, n);
                    Matcher p = PLAIN.matcher(text).region(i, n);
                    j = g.lookingAt() ? g.end() : (p.lookingAt() ? p.end() : i + 1);
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
            if (i < 0 || i >= tok.size()) {
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
                    next = i + 1;
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

        int digits(int i) {
            // digits glued to a letter before them are part of an identifier (H1N1, T2, β2)
            if (i > 0 && glued(i - 1, i) && ty.get(i - 1) == WORD) {
                return skipIdentifier(i);
            }
            String raw = tok.get(i);
            Matcher dmy = DMY.matcher(raw);
            if (dmy.matches()) {
                int d = Integer.parseInt(dmy.group(1));
                int m = Integer.parseInt(dmy.group(2));
                int y = Integer.parseInt(dmy.group(3));
                if (english && raw.indexOf('/') > 0 && m <= 12 && d <= 12 && d != m) {
                    int t = d;
                    d = m;
                    m = t;
                }
                if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    date(i, i, m, d, y, null);
                    return i + 1;
                }
            }
            Matcher iso = ISO_DATE.matcher(text).region(st.get(i), text.length());
            if (iso.lookingAt()) {
                int m = Integer.parseInt(iso.group(2));
                int d = Integer.parseInt(iso.group(3));
                if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    int last = i;
                    while (last < tok.size() && en.get(last) < iso.end()) {
                        last++;
                    }
                    date(i, last, m, d, Integer.parseInt(iso.group(1)), null);
                    return last + 1;
                }
            }
            int t = time(i);
            if (t > i) {
                return t;
            }
            Head h = parseDigits(i);
            if (h == null) {
                return skipIdentifier(i);
            }
            return tail(h);
        }

        /**
         * A time of day: 15:00, 7:55 ранку, "3 p.m.", "2pm", "7.55am", «5 ранку». Returns the index
         * after it, or {@code i} when there is none. The value is minutes after midnight.
         */
        int time(int i) {
            String raw = tok.get(i);
            int h;
            int m = 0;
            int last = i;
            boolean clock = false;
            if (raw.matches("\\d{1,2}") && glued(i, i + 1) && tok.get(i + 1).equals(":") && glued(i + 1, i + 2)
                    && is(i + 2, DIGITS) && tok.get(i + 2).matches("\\d{2}")) {
                h = Integer.parseInt(raw);
                m = Integer.parseInt(tok.get(i + 2));
                last = i + 2;
                clock = true;
            } else if (raw.matches("\\d{1,2}([.:]\\d{2})?")) {
                h = Integer.parseInt(raw.split("[.:]")[0]);
                int sep = Math.max(raw.indexOf('.'), raw.indexOf(':'));
                if (sep > 0) {
                    m = Integer.parseInt(raw.substring(sep + 1));
                }
            } else {
                return i;
            }
            if (h > 24 || m > 59) {
                return i;
            }
            NumberLexicon.Match mer = match("meridiem", last + 1);
            if (mer != null) {
                int add = (int) mer.entry().number();
                if (add == 12 && h < 12) {
                    h += 12;
                } else if (add == 0 && h == 12 && english) {
                    h = 0;
                }
                last = last + mer.length();
            } else if (!clock) {
                return i;
            }
            int s = st.get(i);
            int e = en.get(last);
            out.add(new NumericEntity(Kind.TIME, h * 60 + m, Double.NaN, null, null, false, 0, 0, 0, null, s, e,
                    text.substring(s, e), null, null));
            return last + 1;
        }

        int skipIdentifier(int i) {
            int j = i;
            while (j + 1 < tok.size() && glued(j, j + 1) && ty.get(j + 1) != SYMBOL) {
                j++;
            }
            return j + 1;
        }

        Head parseDigits(int i) {
            String raw = tok.get(i);
            // digits glued to letters after them: a unit, a scale or an ordinal suffix, else an identifier
            if (i + 1 < tok.size() && glued(i, i + 1) && ty.get(i + 1) == WORD) {
                NumberLexicon.Match suffix = gluedSuffix(i + 1, i);
                if (suffix == null || tok.get(i + 1).equals("s") && !raw.endsWith("0")) {
                    return null; // an identifier; "s" makes a decade (1930s, 80s) only after a round number
                }
            }
            boolean uk = !english;
            String issue = null;
            String altIssue = null;
            double value;
            double alt = Double.NaN;
            boolean integer = false;
            int digitCount = 0;
            if (GROUPED.matcher(raw).matches()) {
                String body = raw.replaceAll("[ \\u00A0\\u202F\\u2009]", "");
                int sep = Math.max(body.lastIndexOf(','), body.lastIndexOf('.'));
                if (sep >= 0) {
                    char s = body.charAt(sep);
                    value = Double.parseDouble(body.substring(0, sep) + "." + body.substring(sep + 1));
                    if (english && s == ',') {
                        issue = "a decimal comma (English writes a decimal point)";
                    } else if (uk && s == '.') {
                        issue = "a decimal point (" + langName() + " writes a decimal comma)";
                    }
                } else {
                    value = Double.parseDouble(body);
                    integer = true;
                }
                digitCount = body.length();
            } else {
                String[] parts = raw.split("[.,]", -1);
                char[] seps = new char[parts.length - 1];
                int p = 0;
                for (int k = 0; k < raw.length(); k++) {
                    if (raw.charAt(k) == '.' || raw.charAt(k) == ',') {
                        seps[p++] = raw.charAt(k);
                    }
                }
                if (seps.length == 0) {
                    value = Double.parseDouble(raw);
                    integer = true;
                    digitCount = raw.length();
                    if (english && raw.length() >= 4 && raw.charAt(0) != '0' && !nameJoined(i) && !yearLike(i)
                            && !digitChain(i)) {
                        issue = "no thousands separator (English groups thousands with commas: "
                                + groupEnglish(raw) + ")";
                    }
                } else if (seps.length == 1) {
                    String a = parts[0];
                    String b = parts[1];
                    char s = seps[0];
                    double dec = Double.parseDouble(a + "." + b);
                    double grp = Double.parseDouble(a + b);
                    boolean canGroup = b.length() == 3 && !a.equals("0") && a.length() <= 3 && a.charAt(0) != '0';
                    if (english) {
                        if (s == ',') {
                            if (canGroup) {
                                value = grp;
                                integer = true;
                                alt = dec;
                                altIssue = "a decimal comma (English writes " + a + "." + b + ")";
                            } else {
                                value = dec;
                                issue = "a decimal comma (English writes " + a + "." + b + ")";
                            }
                        } else {
                            value = dec;
                            if (canGroup) {
                                alt = grp;
                                altIssue = "a point as thousands separator (English writes " + a + "," + b + ")";
                            }
                        }
                    } else {
                        if (s == '.') {
                            value = dec;
                            issue = "a decimal point (" + langName() + " writes " + a + "," + b + ")";
                            if (canGroup) {
                                alt = grp;
                                altIssue = "a point as thousands separator (" + langName() + " writes " + a + " " + b + ")";
                            }
                        } else {
                            value = dec;
                            if (canGroup) {
                                alt = grp;
                                altIssue = "a comma as thousands separator (" + langName() + " writes " + a + " " + b + ")";
                            }
                        }
                    }
                    digitCount = a.length() + b.length();
                } else {
                    boolean same = true;
                    boolean groups = parts[0].length() <= 3 && parts[0].charAt(0) != '0';
                    for (int k = 0; k < seps.length; k++) {
                        same &= seps[k] == seps[0];
                        if (k + 1 < parts.length - 1 || same) {
                            groups &= parts[k + 1].length() == 3;
                        }
                    }
                    if (same && groups) {
                        value = Double.parseDouble(String.join("", parts));
                        integer = true;
                        if (english && seps[0] == '.') {
                            issue = "points as thousands separators (English writes commas)";
                        } else if (uk && seps[0] == ',') {
                            issue = "commas as thousands separators (" + langName() + " writes spaces)";
                        } else if (uk && seps[0] == '.') {
                            issue = "points as thousands separators (" + langName() + " writes spaces)";
                        }
                    } else if (!same && seps.length == 2 && parts[1].length() == 3 && groups) {
                        value = Double.parseDouble(parts[0] + parts[1] + "." + parts[2]);
                        if (english && seps[0] == '.') {
                            issue = "continental separators (English writes " + parts[0] + "," + parts[1] + "." + parts[2] + ")";
                        } else if (uk) {
                            issue = "English-style separators (" + langName() + " writes " + parts[0] + " " + parts[1] + "," + parts[2] + ")";
                        }
                    } else {
                        return null; // a section number or version such as 1.2.3
                    }
                    digitCount = raw.replaceAll("[.,]", "").length();
                }
            }
            return new Head(value, alt, issue, altIssue, i, i, false, false, integer, digitCount);
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
            return v >= 1800 && v <= 2100;
        }

        String langName() {
            return switch (lex.lang()) {
                case "uk" -> "Ukrainian";
                case "ru" -> "Russian";
                default -> lex.lang();
            };
        }

        static String groupEnglish(String digits) {
            StringBuilder sb = new StringBuilder();
            int n = digits.length();
            for (int k = 0; k < n; k++) {
                if (k > 0 && (n - k) % 3 == 0) {
                    sb.append(',');
                }
                sb.append(digits.charAt(k));
            }
            return sb.toString();
        }

        /** True for the 19 of COVID-19, the 2025 of Zapad-2025 (a name, a hyphen, the digits). */
        boolean nameJoined(int i) {
            return i >= 2 && glued(i - 1, i) && glued(i - 2, i - 1) && ty.get(i - 2) == WORD
                    && isJoiner(tok.get(i - 1));
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

        /** The lexicon entry a word glued to the digits at {@code num} stands for, or null. */
        NumberLexicon.Match gluedSuffix(int w, int num) {
            for (String kind : new String[] {"scale", "unit", "ordinal", "percent", "currency"}) {
                NumberLexicon.Match m = match(kind, w);
                if (m != null && m.length() == 1 && (!m.entry().needsCurrency() || currencyBefore(num) != null)) {
                    return m;
                }
            }
            return null;
        }

        /** A currency sign or code standing right before the number at {@code num}. */
        NumberLexicon.Match currencyBefore(int num) {
            NumberLexicon.Match m = match("currency", num - 1);
            if (m != null && m.entry().pre() && m.length() == 1) {
                return m;
            }
            return null;
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
            // ordinal suffix: 1st, 24th, 5-й, 10-го
            if (!h.spelled()) {
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
            // a compound adjective such as 3-D, 5-fold, «5-кратний», "45-year-old": the other language
            // often writes it as one word («тривимірний»), so the value is soft like a spelled-out one
            double compoundScale = 1;
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
                h = new Head(h.value(), h.alt(), h.issue(), h.altIssue(), h.from(), h.to(), true, false, h.integer(),
                        h.digits());
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
            // scale words: тисяч, млн, million, 5K, $5m
            double scale = compoundScale;
            NumberLexicon.Match sc = compoundScale > 1 ? null : scaleAt(i, h.from());
            if (sc != null && (glued(last, i) || !sc.entry().glued())) {
                scale = sc.entry().number();
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
                    String gap = PERCENT_SPACE + " (" + langName() + " standard: " + tok.get(h.from()) + "\u00A0%)";
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
                        if (u != null && (!u.entry().glued() || glued(last, i))) {
                            kind = Kind.QUANTITY;
                            unit = u.entry().value();
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
            if (ordinal && kind == Kind.NUMBER) {
                kind = Kind.ORDINAL;
            }
            String approx = approxBefore(h.from() - (cur != null ? 1 : 0));
            NumericEntity first = entity(kind, value * scale, Double.isNaN(alt) ? alt : alt * scale, unit, approx,
                    h.spelled(), from, last, issue, h.altIssue());
            out.add(first);
            // a range: 10-15, 10–15 тисяч, від 10 до 15, from 10 to 15
            NumberLexicon.Match r = match("range", i);
            if (r != null && startsNumber(i + r.length())) {
                int j = i + r.length();
                int before = out.size();
                int next = ty.get(j) == DIGITS ? digits(j) : word(j);
                if (out.size() == before + 1) {
                    NumericEntity second = out.get(before);
                    double ratio = second.value() / value;
                    // «10-15 тисяч»: the scale and unit of the second end belong to the first as well
                    if (scale == 1 && first.unit() == null && second.value() > value && !second.isDate()) {
                        double s2 = scaleOfEntity(second);
                        if (s2 > 1 && ratio >= s2) {
                            out.set(before - 1, entity(second.kind(), value * s2, Double.NaN, second.unit(),
                                    approx, h.spelled(), from, last, h.issue(), null));
                        } else if (second.unit() != null) {
                            out.set(before - 1, entity(second.kind(), value, alt, second.unit(), approx,
                                    h.spelled(), from, last, h.issue(), h.altIssue()));
                        }
                    }
                }
                return next;
            }
            return i;
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
            if (sc.entry().needsCurrency() && currencyBefore(num) == null) {
                return null;
            }
            if (sc.entry().caseSensitive() && !Character.isUpperCase(tok.get(i).charAt(0))) {
                return null;
            }
            return sc;
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

        NumericEntity entity(Kind kind, double value, double alt, String unit, String approx, boolean spelled,
                             int from, int last, String issue, String altIssue) {
            int s = st.get(from);
            int e = en.get(last);
            return new NumericEntity(kind, value, alt, unit, approx, spelled, 0, 0, 0, null, s, e,
                    text.substring(s, e), issue, altIssue);
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
            Head h = spelled(i);
            if (h == null) {
                h = roman(i);
            }
            if (h != null) {
                return tail(h);
            }
            return i + 1;
        }

        /**
         * A Roman numeral made of I, V and X (up to 39; C, L and M are too often letters of
         * abbreviations such as CI): "XX century", «ХХ века» (Cyrillic Х), "group II". A lone "I"
         * counts only after a word of kind {@code roman} ("group I", not the pronoun).
         */
        Head roman(int i) {
            String t = tok.get(i).replace('Х', 'X').replace('І', 'I');
            if (!t.matches("[IVX]+") || t.length() > 6 || i > 0 && glued(i - 1, i) || glued(i, i + 1) && is(i + 1, WORD)) {
                return null;
            }
            if (t.equals("I") && (i == 0 || matchEndingAt("roman", i - 1) == null)) {
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
                    int[] year = yearAfter(last + 1);
                    int from = periodStart(i);
                    date(from < 0 ? i : from, year == null ? last : year[1], m, day, year == null ? 0 : year[0], null);
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
            if (year == null && p < 0 && !prep) {
                return i;
            }
            date(from, year == null ? end : year[1], m, 0, year == null ? 0 : year[0], period);
            return (year == null ? end : year[1]) + 1;
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
}
