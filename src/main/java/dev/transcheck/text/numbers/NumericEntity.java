package dev.transcheck.text.numbers;

/**
 * One numeric value found in a text: a number (digits or words), an amount, a percentage, a
 * quantity, a year or a calendar date. Offsets are UTF-16 offsets into the text given to
 * {@link NumberExtractor#extract} (end exclusive); {@code text} is that slice.
 *
 * @param kind      what the value is
 * @param value     the value as written under the text language's convention (a range gives one
 *                  entity per end); for a {@link Kind#DATE}, 0
 * @param alt       the value under the other common convention when the digits are ambiguous
 *                  ({@code 1,500} in English: 1500, alternatively 1.5), else NaN
 * @param unit      canonical unit or ISO 4217 currency code, {@code %} for percentages, or null
 * @param approx    {@code more}, {@code less}, {@code about}, or null when the value is exact
 * @param spelled   written in words ("fifteen", «пʼятнадцять»), not digits
 * @param month     for a date: 1..12, else 0
 * @param day       for a date: the day of month, 0 when none is given
 * @param year      for a date: the year, 0 when none is given
 * @param period    for a date without day: {@code early}, {@code mid}, {@code late} or null; for a
 *                  date whose day and month may be the other way round (03/04/2024 in English):
 *                  {@link #EITHER_ORDER}; for a temperature in Fahrenheit given as a difference
 *                  ("2°F cooler"): {@link #FAHRENHEIT_DIFFERENCE}
 * @param issue     why the written form breaks the language's convention (e.g. a decimal comma in
 *                  English), or null
 * @param altIssue  the convention problem if {@code alt} is the value meant, or null
 */
public record NumericEntity(Kind kind, double value, double alt, String unit, String approx, boolean spelled,
                            int month, int day, int year, String period,
                            int start, int end, String text, String issue, String altIssue) {
    // spelled out: a record's generated equals and hashCode are linked through method handles on
    // first use (ObjectMethods), which spins classes at every start (docs/performance.md, "Start-up");
    // the same comparisons and the same hash as the generated ones (31 * h + each component's hash, from 0)
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NumericEntity o)) {
            return false;
        }
        return java.util.Objects.equals(kind, o.kind)
                && Double.compare(value, o.value) == 0
                && Double.compare(alt, o.alt) == 0
                && java.util.Objects.equals(unit, o.unit)
                && java.util.Objects.equals(approx, o.approx)
                && spelled == o.spelled
                && month == o.month
                && day == o.day
                && year == o.year
                && java.util.Objects.equals(period, o.period)
                && start == o.start
                && end == o.end
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(issue, o.issue)
                && java.util.Objects.equals(altIssue, o.altIssue);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(kind);
        h = 31 * h + Double.hashCode(value);
        h = 31 * h + Double.hashCode(alt);
        h = 31 * h + java.util.Objects.hashCode(unit);
        h = 31 * h + java.util.Objects.hashCode(approx);
        h = 31 * h + Boolean.hashCode(spelled);
        h = 31 * h + Integer.hashCode(month);
        h = 31 * h + Integer.hashCode(day);
        h = 31 * h + Integer.hashCode(year);
        h = 31 * h + java.util.Objects.hashCode(period);
        h = 31 * h + Integer.hashCode(start);
        h = 31 * h + Integer.hashCode(end);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(issue);
        h = 31 * h + java.util.Objects.hashCode(altIssue);
        return h;
    }


    /** What kind of value. */
    public enum Kind {
        /** A plain number. */
        NUMBER,
        /** An ordinal: 1st, 5-й, «пʼятий». */
        ORDINAL,
        /** A percentage. */
        PERCENT,
        /** An amount of money; {@code unit} is the currency code. */
        MONEY,
        /** A measured quantity; {@code unit} is the canonical unit. */
        QUANTITY,
        /** A year (2025 in «у 2025 році», "in 2025", or the year of a date). */
        YEAR,
        /** A calendar date or month; see {@code month}, {@code day}, {@code year}. */
        DATE,
        /** A time of day; {@code value} is minutes after midnight (15:00 and "3 p.m." are both 900). */
        TIME
    }

    /** The period of a date written with both day and month at most 12 in an order that can be either. */
    public static final String EITHER_ORDER = "either-order";

    /**
     * The period of a temperature in degrees Fahrenheit that is a difference, not a reading ("up to
     * 2°F cooler", "5 degrees Fahrenheit warmer"): it converts to Celsius by 5/9 without the offset
     * of 32 (2°F cooler = about 1 °C cooler).
     */
    public static final String FAHRENHEIT_DIFFERENCE = "fahrenheit-difference";

    public boolean isDate() {
        return kind == Kind.DATE;
    }

    /** True when {@code other} has the same value as this one (relative tolerance 1e-9). */
    public static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The value for messages: {@code 1500}, {@code 1.5}, {@code 24.02.2022}. */
    public String display() {
        if (kind == Kind.DATE) {
            StringBuilder sb = new StringBuilder();
            if (period != null && !period.equals(EITHER_ORDER)) {
                sb.append(period).append('-');
            }
            if (day > 0) {
                sb.append(day).append(' ');
            }
            sb.append(MONTHS[month - 1]);
            if (year > 0) {
                sb.append(' ').append(year);
            }
            return sb.toString();
        }
        if (kind == Kind.TIME) {
            return String.format(java.util.Locale.ROOT, "%d:%02d", (int) value / 60, (int) value % 60);
        }
        return format(value);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
}
