package dev.transcheck.text.numbers;

// Longer than 400 lines: each digit notation (grouping, decimals, clock times, numeric dates, units
// glued to the digits and their exceptions) reads the one token scan in place; the rules that need
// no scan state live in NotationRules

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second stage: values written in digits (separators by the language's conventions, with the
 * other reading kept as an alternative and the format problem noted), clock times and numeric
 * dates (24.02.2022, 2022-02-24); identifiers with digits glued to letters are skipped.
 */
abstract class DigitReader extends NotationRules {
    static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    DigitReader(String text, NumberLexicon lex) {
        super(text, lex);
    }

    int digits(int i) {
        // digits glued to a letter before them are part of an identifier (H1N1, T2, β2), except
        // the two last digits of a year after a season or fiscal-year code (SS19, FY24)
        if (i > 0 && glued(i - 1, i) && ty.get(i - 1) == WORD && !joinedAt(i - 1) && !typoGlued(i - 1)) {
            if (tok.get(i).length() == 2 && match("yearcode", i - 1) != null && !glued(i - 2, i - 1)
                    && tok.get(i - 1).equals(tok.get(i - 1).toUpperCase(java.util.Locale.ROOT))
                    && !(glued(i, i + 1) && ty.get(i + 1) != SYMBOL)) {
                int yy = Integer.parseInt(tok.get(i));
                int year = yy <= 69 ? 2000 + yy : 1900 + yy;
                out.add(new NumericEntity(Kind.YEAR, year, Double.NaN, null, null, false, 0, 0, 0, null,
                        st.get(i - 1), en.get(i), text.substring(st.get(i - 1), en.get(i)), null, null));
                return i + 1;
            }
            if (rimSize(i)) {
                // a wheel or tyre size: R17 is a 17-inch rim ("17-inch alloys", «диски R17»)
                out.add(new NumericEntity(Kind.QUANTITY, Integer.parseInt(tok.get(i)), Double.NaN, "in", null, true,
                        0, 0, 0, null, st.get(i - 1), en.get(i), text.substring(st.get(i - 1), en.get(i)), null, null));
                return i + 1;
            }
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
        int my = monthYear(i);
        if (my > i) {
            return my;
        }
        int[] dm = dottedDayMonth(i);
        if (dm != null) {
            date(i, i, dm[1], dm[0], 0, null);
            return i + 1;
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
        int before = out.size();
        int next = tail(h);
        if (out.size() == before + 1 && (perOne(i, next, out.get(before)) || h.to() > h.from() && is(h.to(), SYMBOL))) {
            // a rate's one, or a mixed number with a fraction sign (1½ cups), which the other
            // language writes in words or converts («190 г»): soft like a spelled-out number
            out.set(before, ValueReader.soft(out.get(before)));
        }
        return next;
    }

    /** A month of two digits and a year of this or the last century: 09.2028, 09/2028, 12.1999. */
    static final Pattern MONTH_YEAR = Pattern.compile("(0[1-9]|1[0-2])[./]((?:19|20)\\d{2})");

    /**
     * A month and year written in digits with no day, as packs print an expiry date and cards a
     * validity (09.2028, 09/2028: September 2028), read as a date of month and year. The month has
     * two digits (a leading zero below ten) and the year four; digits glued before or after (a
     * full date, a code such as 1/09/2028-A) make it no month and year. Returns the index after it,
     * or {@code i} when there is none.
     */
    int monthYear(int i) {
        if (i > 0 && glued(i - 1, i) && !is(i - 1, WORD)) {
            return i;
        }
        Matcher one = MONTH_YEAR.matcher(tok.get(i));
        int last = -1;
        Matcher m = null;
        if (one.matches()) {
            last = i;
            m = one;
        } else if (tok.get(i).matches("0[1-9]|1[0-2]") && glued(i, i + 1) && is(i + 1, SYMBOL)
                && (tok.get(i + 1).equals("/") || tok.get(i + 1).equals(".")) && glued(i + 1, i + 2) && is(i + 2, DIGITS)) {
            Matcher two = MONTH_YEAR.matcher(tok.get(i) + "/" + tok.get(i + 2));
            if (two.matches()) {
                last = i + 2;
                m = two;
            }
        }
        if (m == null || glued(last, last + 1) && !(is(last + 1, SYMBOL) && ".,;:)".contains(tok.get(last + 1)))) {
            return i;
        }
        date(i, last, Integer.parseInt(m.group(1)), 0, Integer.parseInt(m.group(2)), null);
        return last + 1;
    }

    /**
     * True when {@code e}, read from the digits at {@code i}, is the one of a rate: 1 after a
     * preposition of the lexicon's kind {@code per} and before a unit or a word («28,74 грн за 1 м³»,
     * «на 1 кг маси тіла», "per 1 kg"), which the other language often writes without the one
     * ("per cubic metre", «за кВт·год»). Soft like a spelled-out number: it pairs as usual and counts
     * only against a value in digits left over on the other side. A time is no rate: «за 1 год»,
     * «за 1 ч 40 мин» is a duration (in 1 hour 40 minutes), nor is a 1 with another value after it.
     */
    boolean perOne(int i, int next, NumericEntity e) {
        return NumericEntity.same(e.value(), 1) && tok.get(i).equals("1") && i >= 1 && !glued(i - 1, i)
                && match("per", i - 1) != null && (e.unit() != null || is(i + 1, WORD) && !glued(i, i + 1))
                && !TIME_UNITS.contains(String.valueOf(e.unit())) && !is(next, DIGITS)
                && !(is(i + 1, WORD) && match("unit", i + 1) != null && TIME_UNITS.contains(match("unit", i + 1).entry().value()));
    }

    /** The canonical units of time (numbers.tsv): a 1 of them after «за» is a duration, not a rate. */
    static final java.util.Set<String> TIME_UNITS = java.util.Set.of("h", "min", "d", "yr", "s", "wk", "mo");

    /**
     * True when word {@code w} is a lower-case preposition of range or approximation glued to the
     * digits after it by a missing space («до10,16 см»): the digits are a value, not a code.
     */
    boolean typoGlued(int w) {
        String t = tok.get(w);
        if (t.length() < 2 || !t.equals(t.toLowerCase(java.util.Locale.ROOT)) || glued(w - 1, w)) {
            return false;
        }
        NumberLexicon.Match a = match("approx", w);
        NumberLexicon.Match r = match("range", w);
        return a != null && a.length() == 1 || r != null && r.length() == 1;
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
        // English counts the clock in twelve hours: "dinner is served at 7:15" with no a.m. or p.m.
        // may be 19:15, as the other language writes it (the other reading, like 1,500 read as 1.5)
        double other = english && mer == null && h >= 1 && h <= 11 ? (h + 12) * 60 + m : Double.NaN;
        out.add(new NumericEntity(Kind.TIME, h * 60 + m, other, null, null, false, 0, 0, 0, null, s, e,
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

    /**
     * True when the digits at {@code i} carry a capital letter after a hyphen («1-А клас», «буд. 12-Б»):
     * a letter index, not an ordinal ending, which is written in small letters (1-а, 5-й) unless the
     * text around is in capitals («1-Е МІСЦЕ»).
     */
    boolean letterIndex(int i) {
        if (!(glued(i, i + 1) && tok.get(i + 1).equals("-") && glued(i + 1, i + 2) && is(i + 2, WORD))) {
            return false;
        }
        String w = tok.get(i + 2);
        if (w.length() != 1 || !Character.isUpperCase(w.charAt(0)) || glued(i + 2, i + 3) && !is(i + 3, SYMBOL)) {
            return false;
        }
        for (int k : new int[] {i - 1, i - 2, i + 3, i + 4}) {
            if (is(k, WORD) && tok.get(k).length() > 1) {
                String t = tok.get(k);
                return !t.equals(t.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return true;
    }

    Head parseDigits(int i) {
        String raw = tok.get(i);
        // digits glued to letters after them: a unit, a scale or an ordinal suffix, else an identifier
        if (i + 1 < tok.size() && glued(i, i + 1) && ty.get(i + 1) == WORD && !joinedAt(i + 1)) {
            NumberLexicon.Match suffix = gluedSuffix(i + 1, i);
            if (suffix == null && penceOrLines(i)) {
                // read below as the plain number
            } else if (suffix == null || tok.get(i + 1).equals("s") && !raw.endsWith("0") && !ageGroup(i)) {
                return null; // an identifier; "s" makes a decade (1930s, 80s) only after a round number
            }
        }
        if (letterIndex(i)) {
            return null; // a class, a block or a flat with a letter: 1-А, 5-Б (the other language: 1A, 5B)
        }
        boolean uk = !english;
        String issue = null;
        String altIssue = null;
        double value;
        double alt = Double.NaN;
        boolean integer = false;
        int digitCount = 0;
        if (raw.length() > MAX_DIGITS * 2) {
            return null;
        }
        if (groupedEnd(raw, 0) == raw.length()) {
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
                if (english && raw.length() >= 4 && raw.charAt(0) != '0' && !nameJoined(i) && !yearLike(i) && !penceOrLines(i)
                        && !digitChain(i) && !(raw.length() == 4 && dimensionFactor(i)) && !phoneGroup(i) && !areaCode(i) && !cardGroup(i)
                        && !compactUnit(raw, i) && !identifierAt(i) && !slashJoined(i)
                        && !numberSignBefore(i) && !pathSegment(i) && !ratio(i) && !postcode(i) && !listCompactUnit(raw, i)
                        && !modelInTitle(raw, i)) {
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
                        if (!versionAfterName(i) && !codeAfter(i) && !aperture(i) && match("label", i - 1) == null && !clauseNumber(i)
                                && !wildcardVersion(i)) {
                            issue = "a decimal point (" + langName() + " writes " + a + "," + b + ")";
                        }
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
        double frac = vulgarFraction(i + 1);
        if (integer && seps(raw) == 0 && glued(i, i + 1) && !Double.isNaN(frac)) {
            // a mixed number written with a fraction sign: 2½ hours, 39½″ (2,5 години, 39.5")
            return new Head(value + frac, Double.NaN, null, null, i, i + 1, false, false, false, digitCount + 1);
        }
        return new Head(value, alt, issue, altIssue, i, i, false, false, integer, digitCount);
    }

    private static int seps(String raw) {
        int n = 0;
        for (int k = 0; k < raw.length(); k++) {
            if (!isAsciiDigit(raw.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    /** A fraction sign standing alone as a value: "½ cup", "¾ of the tank". */
    int fraction(int i) {
        double f = vulgarFraction(i);
        if (Double.isNaN(f) || i > 0 && is(i - 1, DIGITS) && glued(i - 1, i)) {
            return i + 1;
        }
        int before = out.size();
        int next = tail(new Head(f, Double.NaN, null, null, i, i, false, false, false, 1));
        if (out.size() == before + 1) {
            out.set(before, ValueReader.soft(out.get(before))); // "½ cup" for «100 г»: soft like a word
        }
        return next;
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

    /**
     * True when the digits at {@code i} have a lower-case p glued after them and nothing more: pence
     * (316p, a share price in pence, «316 пенсів») or the lines of a video format (1080p, kept as it
     * is in every language). Either way the other language prints the same number, so it is read as
     * the plain number, not skipped as an identifier; it asks for no thousands separator.
     */
    boolean penceOrLines(int i) {
        return is(i + 1, WORD) && glued(i, i + 1) && tok.get(i + 1).equals("p")
                && !(glued(i + 1, i + 2) && !is(i + 2, SYMBOL)) && tok.get(i).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** True when a number sign stands right before token {@code num} (an identifier: No. 14025, № 14025). */
    abstract boolean numberSignBefore(int num);

    /**
     * True when the digits at {@code i} are a segment of a link or path, glued after a slash that
     * is glued to a word (t.me/channel/18342, site.ua/news/20451): an identifier, never grouped.
     */
    boolean pathSegment(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && tok.get(i - 1).equals("/") && glued(i - 1, i) && glued(i - 2, i - 1)
                && is(i - 2, WORD);
    }

    /** The lexicon entry a word glued to the digits at {@code num} stands for, or null. */
    NumberLexicon.Match gluedSuffix(int w, int num) {
        for (String kind : new String[] {"scale", "unit", "ordinal", "percent", "currency"}) {
            NumberLexicon.Match m = match(kind, w);
            if (m != null && kind.equals("unit") && !m.entry().caseSensitive() && !tok.get(w).equals(tok.get(w).toLowerCase(java.util.Locale.ROOT))
                    && !tok.get(w).equals(m.entry().value())) {
                continue; // a unit symbol is written in its own case: 200g is grams, 5G a network; 20,000mAh and 5kWh are the symbols
            }
            if (m != null && kind.equals("unit") && tok.get(w).length() == 1 && Character.isUpperCase(tok.get(w).charAt(0))
                    && num >= 1 && rimSize(num - 1)) {
                continue; // 205/55 R16 91V, 91W: a tyre's load index and speed symbol after its rim size, no volts or watts
            }
            if (m != null && kind.equals("ordinal") && tok.get(w).length() == 1 && Character.isUpperCase(tok.get(w).charAt(0))) {
                continue; // an ordinal ending is lower case: a capital glued to digits (bus 3А, house 12Б) is a code
            }
            if (m != null && kind.equals("unit") && m.entry().value().equals("deg") && tok.get(w).length() == 1
                    && tok.get(num).length() > 3) {
                continue; // 42C is a temperature, 3037C a code (a gene variant, a part number)
            }
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

}
