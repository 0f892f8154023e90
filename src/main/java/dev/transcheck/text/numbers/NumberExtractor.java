package dev.transcheck.text.numbers;

import java.util.List;

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
 *
 * <p>The reading runs in stages, each in its own class: {@link TokenScan} (tokens),
 * {@link NotationRules} (how digits are written: identifiers, versions, phone groups, fraction signs),
 * {@link DigitReader} (digits, times, numeric dates), {@link ValueReader} (scale, unit, currency,
 * ranges, sizes) and {@link WordReader} (months, Roman numerals, spelled-out numbers).
 */
public final class NumberExtractor {

    /** The start of the issue text for a percent sign without the space a language's standard asks for. */
    public static final String PERCENT_SPACE = "no space before the percent sign";

    private NumberExtractor() {
    }

    /** Every numeric entity of {@code text} in order; {@code lang} is an ISO 639-1 code. */
    public static List<NumericEntity> extract(String text, String lang) {
        List<NumericEntity> out = new WordReader(text, NumberLexicon.of(lang)).run();
        if ("en".equals(lang) && text.indexOf('F') >= 0) {
            for (int k = 0; k < out.size(); k++) {
                NumericEntity e = out.get(k);
                if ("deg".equals(e.unit()) && e.period() == null && fahrenheitDifference(text, e)) {
                    out = new java.util.ArrayList<>(out);
                    out.set(k, new NumericEntity(e.kind(), e.value(), e.alt(), e.unit(), e.approx(), e.spelled(), e.month(),
                            e.day(), e.year(), NumericEntity.FAHRENHEIT_DIFFERENCE, e.start(), e.end(), e.text(), e.issue(),
                            e.altIssue()));
                }
            }
            return List.copyOf(out);
        }
        return out;
    }

    /** Fahrenheit after a temperature's digits (or in them, 100F), then a word of comparison. */
    private static final java.util.regex.Pattern F_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:°\\s*)?(?:F\\b|(?:degrees?\\s+)?Fahrenheit\\b)");
    private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
            "\\s+(?:cooler|warmer|colder|hotter|higher|lower|above|below)\\b");

    /**
     * True when the English temperature {@code e} is in Fahrenheit and a word of comparison follows
     * it ("sleep up to 2°F cooler", "5 degrees Fahrenheit above normal"): a difference of
     * temperature, which a translator converts by 5/9 alone (2°F = about 1 °C).
     */
    static boolean fahrenheitDifference(String text, NumericEntity e) {
        int end = e.end();
        boolean inside = e.text() != null && (e.text().endsWith("F") || e.text().endsWith("f"));
        if (!inside) {
            java.util.regex.Matcher f = F_AFTER.matcher(text).region(end, text.length());
            if (!f.lookingAt()) {
                return false;
            }
            end = f.end();
        }
        return COMPARED.matcher(text).region(end, text.length()).lookingAt();
    }
}
