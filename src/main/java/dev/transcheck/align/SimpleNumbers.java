package dev.transcheck.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small number normaliser for alignment: digit groups with the language's decimal and
 * thousands separators, followed by an optional scale word ("тисяч", "млн", "million", "bn").
 * "1,5" in uk/ru/de/fr and "1.5" in en give the key {@code 1.5}; "100 тисяч" and "100,000" give
 * {@code 100000}. Numbers spelled out in words are not read. Thread-safe.
 */
public final class SimpleNumbers implements NumberExtractor {
    /** Languages whose decimal mark is a point (the others use a comma). */
    private static final java.util.Set<String> DECIMAL_POINT = java.util.Set.of("en", "ja", "zh", "ko", "he", "th");

    /**
     * Scale words by the stem they start with (lower case); a stem matches a whole word or a word
     * that continues with letters (inflected forms). Per-language facts, all from the languages'
     * grammar: thousand, million, billion, trillion.
     */
    private static final Map<String, Integer> SCALE_STEMS = Map.ofEntries(
            Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9), Map.entry("trillion", 12),
            Map.entry("тисяч", 3), Map.entry("тис", 3), Map.entry("мільйон", 6), Map.entry("млн", 6),
            Map.entry("мільярд", 9), Map.entry("млрд", 9), Map.entry("трильйон", 12), Map.entry("трлн", 12),
            Map.entry("тысяч", 3), Map.entry("тыс", 3), Map.entry("миллион", 6), Map.entry("миллиард", 9),
            Map.entry("триллион", 12),
            Map.entry("tausend", 3), Map.entry("mio", 6), Map.entry("milliarde", 9), Map.entry("mrd", 9),
            Map.entry("mille", 3), Map.entry("milliard", 9));
    /** Scale abbreviations that count only as whole words (too short to be stems). */
    private static final Map<String, Integer> SCALE_WORDS = Map.of("m", 6, "bn", 9, "k", 3, "mn", 6, "tn", 12);

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d+(?:(?:[.,'\u00a0\u202f\u2009]| (?=\\d{3}(?!\\d)))\\d+)*");
    private static final Pattern GLUED = Pattern.compile("\\G(\\p{L}+)");
    private static final Pattern WORD_AFTER = Pattern.compile("\\G[\\s\u00a0]*(\\p{L}+)\\.?");

    @Override
    public List<String> numbers(String sentence, String lang) {
        List<String> out = new ArrayList<>();
        boolean point = DECIMAL_POINT.contains(lang);
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            BigDecimal v = parse(m.group(), point);
            if (v == null) {
                for (String g : m.group().split("\\D+")) {
                    out.add(new BigDecimal(g).toPlainString());
                }
                continue;
            }
            Matcher w = WORD_AFTER.matcher(sentence);
            w.region(m.end(), sentence.length());
            if (w.find()) {
                int scale = scale(w.group(1).toLowerCase(Locale.ROOT));
                if (scale > 0) {
                    v = v.movePointRight(scale);
                }
            } else if (m.end() < sentence.length()) {
                // "5m", "3bn" glued to the number
                Matcher glued = GLUED.matcher(sentence);
                glued.region(m.end(), sentence.length());
                if (glued.find()) {
                    Integer s = SCALE_WORDS.get(glued.group(1).toLowerCase(Locale.ROOT));
                    if (s != null) {
                        v = v.movePointRight(s);
                    }
                }
            }
            out.add(v.stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static int scale(String word) {
        Integer whole = SCALE_WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        for (Map.Entry<String, Integer> e : SCALE_STEMS.entrySet()) {
            if (word.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return 0;
    }

    /** Reads one digit run; null when it is not a plain number. */
    static BigDecimal parse(String raw, boolean decimalPoint) {
        char decimal = decimalPoint ? '.' : ',';
        StringBuilder digits = new StringBuilder();
        List<String> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                cur.append(c);
            } else {
                groups.add(cur.toString());
                cur.setLength(0);
                seps.add(c);
            }
        }
        groups.add(cur.toString());
        if (groups.size() == 1) {
            return new BigDecimal(groups.get(0));
        }
        // the last separator is a decimal mark when it is the language's one (or the other mark
        // followed by other than three digits: "1.5" in a comma language), else all are thousands
        int last = seps.size() - 1;
        char ls = seps.get(last);
        String tail = groups.get(groups.size() - 1);
        boolean lastIsDecimal = ls == decimal || ((ls == '.' || ls == ',') && tail.length() != 3);
        if (lastIsDecimal && ls == decimal && tail.length() == 3 && groups.size() > 2 && seps.get(0) == ls) {
            // "1,000,000" in a comma-decimal language written the English way: thousands
            lastIsDecimal = false;
        }
        int intGroups = lastIsDecimal ? groups.size() - 1 : groups.size();
        if (intGroups > 1 && groups.get(0).length() > 3) {
            return null;
        }
        for (int g = 0; g < intGroups; g++) {
            if (g > 0 && groups.get(g).length() != 3) {
                return null; // not a grouped number (a date such as 12.05.2024, a score 2:1)
            }
            digits.append(groups.get(g));
        }
        if (lastIsDecimal) {
            digits.append('.').append(tail);
        }
        return new BigDecimal(digits.toString());
    }
}
