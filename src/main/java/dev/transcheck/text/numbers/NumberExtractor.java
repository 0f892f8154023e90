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
        return new WordReader(text, NumberLexicon.of(lang)).run();
    }
}
