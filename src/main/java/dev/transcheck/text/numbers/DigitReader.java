package dev.transcheck.text.numbers;

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second stage: values written in digits (separators by the language's conventions, with the
 * other reading kept as an alternative and the format problem noted), clock times and numeric
 * dates (24.02.2022, 2022-02-24); identifiers with digits glued to letters are skipped.
 */
abstract class DigitReader extends TokenScan {
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
        if (i + 1 < tok.size() && glued(i, i + 1) && ty.get(i + 1) == WORD && !joinedAt(i + 1)) {
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
                if (english && raw.length() >= 4 && raw.charAt(0) != '0' && !nameJoined(i) && !yearLike(i)
                        && !digitChain(i) && !(raw.length() == 4 && dimensionFactor(i)) && !numberSignBefore(i)
                        && !pathSegment(i)) {
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
                        if (!versionAfterName(i)) {
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
     * True when the digits at {@code i} are a factor of a size (a dimension sign and digits on one
     * side: 1920 × 1080, 3840x2160): pixel resolutions and such sizes are printed with four-digit
     * factors ungrouped, as the specification writes them.
     */
    boolean dimensionFactor(int i) {
        return i >= 2 && match("dimension", i - 1) != null && is(i - 2, DIGITS)
                || match("dimension", i + 1) != null && is(i + 2, DIGITS);
    }

    /** True when the digits at {@code i} are hyphen-joined to other digits: a phone number 859-292-3680. */
    boolean digitChain(int i) {
        return i >= 2 && is(i - 1, SYMBOL) && isJoiner(tok.get(i - 1)) && glued(i - 1, i) && is(i - 2, DIGITS)
                && glued(i - 2, i - 1)
                || is(i + 1, SYMBOL) && isJoiner(tok.get(i + 1)) && glued(i, i + 1) && is(i + 2, DIGITS) && glued(i + 1, i + 2);
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

    static boolean isJoiner(String t) {
        return t.equals("-") || t.equals("_") || t.equals("–") || t.equals("\u2011") || t.equals("\u2010");
    }

    /** The lexicon entry a word glued to the digits at {@code num} stands for, or null. */
    NumberLexicon.Match gluedSuffix(int w, int num) {
        for (String kind : new String[] {"scale", "unit", "ordinal", "percent", "currency"}) {
            NumberLexicon.Match m = match(kind, w);
            if (m != null && kind.equals("unit") && !m.entry().caseSensitive() && !tok.get(w).equals(tok.get(w).toLowerCase(java.util.Locale.ROOT))) {
                continue; // a unit symbol is written in its own case: 200g is grams, 5G a network
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
