package dev.transcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of the numeric entities of two aligned pieces of text (one bead): which values
 * pair up, which are on one side only, and which pair only under the other separator convention.
 * Values are compared as a multiset: «15 дивізій з понад 100 тисячами» and "15 divisions with over
 * 100,000" match completely. Dates are compared on month, day and year (a missing day or year on
 * one side does not count as a difference).
 *
 * @param pairs            matched values (source, translation)
 * @param altPairs         pairs that match only when the translation's digits are read under the
 *                         other convention ("1,500" in English for «1,5»): a format problem
 * @param sourceOnly       source values with no equal translation value (dates excluded)
 * @param translationOnly  translation values with no equal source value (dates excluded)
 * @param sourceDates      source dates with no equal translation date
 * @param translationDates translation dates with no equal source date
 */
public record NumberMatch(List<Pair> pairs, List<Pair> altPairs, List<NumericEntity> sourceOnly,
                          List<NumericEntity> translationOnly, List<NumericEntity> sourceDates,
                          List<NumericEntity> translationDates) {

    /** Two entities that stand for the same value. */
    public record Pair(NumericEntity source, NumericEntity translation) {
    }

    /** Compares the entities of a source piece with those of its translation. */
    public static NumberMatch of(List<NumericEntity> source, List<NumericEntity> translation) {
        List<NumericEntity> s = new ArrayList<>();
        List<NumericEntity> t = new ArrayList<>();
        List<NumericEntity> sd = new ArrayList<>();
        List<NumericEntity> td = new ArrayList<>();
        for (NumericEntity e : source) {
            (e.isDate() ? sd : s).add(e);
        }
        // values in digits pair first, so that a spelled-out "first" does not take the 1 of «1-й»
        // that the source's "1st" stands for
        s.sort(java.util.Comparator.comparing(NumericEntity::spelled));
        for (NumericEntity e : translation) {
            (e.isDate() ? td : t).add(e);
        }
        List<Pair> pairs = new ArrayList<>();
        List<Pair> altPairs = new ArrayList<>();
        // 1. equal values as written
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = take(t, a.value(), false);
            if (b != null) {
                pairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 2. the translation read under the other convention: right value, wrong form (the
        //    source's own reading is trusted first: «1,500» in a Russian translation of "1,500")
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = take(t, a.value(), true);
            if (b != null) {
                altPairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 3. the source read under its other convention (the writer's own ambiguity: silent)
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = Double.isNaN(a.alt()) ? null : take(t, a.alt(), false);
            if (b != null) {
                pairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 4. converted units: 385 miles and «620 км», 80 degrees (Fahrenheit) and «27 градусів»
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            if (a.unit() == null) {
                continue;
            }
            for (var jt = t.iterator(); jt.hasNext(); ) {
                NumericEntity b = jt.next();
                if (b.unit() != null && (converts(a, b) || converts(b, a))) {
                    pairs.add(new Pair(a, b));
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
        // 5. a time against an hour written as a number: "7 p.m." and «19 годину», 11:15 and «11.15»
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            for (var jt = t.iterator(); jt.hasNext(); ) {
                NumericEntity b = jt.next();
                if (sameClock(a, b) || sameClock(b, a)) {
                    pairs.add(new Pair(a, b));
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
        // 6. a converted value added in parentheses: «200 миль (322 км)»
        dropGlosses(t, translation);
        dropGlosses(s, source);
        // dates
        for (var it = sd.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            for (var jt = td.iterator(); jt.hasNext(); ) {
                NumericEntity b = jt.next();
                if (sameDate(a, b)) {
                    pairs.add(new Pair(a, b));
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
        return new NumberMatch(List.copyOf(pairs), List.copyOf(altPairs), List.copyOf(s), List.copyOf(t),
                List.copyOf(sd), List.copyOf(td));
    }

    private static NumericEntity take(List<NumericEntity> list, double value, boolean alt) {
        NumericEntity soft = null;
        for (NumericEntity e : list) {
            if (NumericEntity.same(alt ? e.alt() : e.value(), value)) {
                if (!e.spelled()) {
                    list.remove(e);
                    return e;
                }
                if (soft == null) {
                    soft = e;
                }
            }
        }
        if (soft != null) {
            list.remove(soft);
        }
        return soft;
    }

    /** Conversions from {@code numbers/units.tsv}: "from\tto" -> factor (NaN for Fahrenheit to Celsius). */
    private static final java.util.Map<String, Double> CONVERSIONS = loadConversions();

    private static java.util.Map<String, Double> loadConversions() {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        try (var in = NumberMatch.class.getResourceAsStream("/numbers/units.tsv")) {
            if (in == null) {
                return java.util.Map.of();
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.trim().split("\t");
                out.put(c[0] + "\t" + c[1], c[2].equals("F2C") ? Double.NaN : Double.parseDouble(c[2]));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(out);
    }

    /** True when {@code a}'s value converted to {@code b}'s unit is within 3.5% of {@code b}'s. */
    static boolean converts(NumericEntity a, NumericEntity b) {
        Double f = CONVERSIONS.get(a.unit() + "\t" + b.unit());
        if (f == null) {
            return false;
        }
        double v = f.isNaN() ? (a.value() - 32) * 5 / 9 : a.value() * f;
        return Math.abs(v - b.value()) <= 0.035 * Math.max(Math.abs(v), Math.abs(b.value())) + (f.isNaN() ? 0.6 : 0);
    }

    /** True when {@code time} is a time of day and {@code other} a number naming the same clock reading. */
    static boolean sameClock(NumericEntity time, NumericEntity other) {
        if (time.kind() != NumericEntity.Kind.TIME || other.kind() == NumericEntity.Kind.TIME) {
            return false;
        }
        int h = (int) time.value() / 60;
        int m = (int) time.value() % 60;
        double v = other.value();
        if (m == 0) {
            return NumericEntity.same(v, h) || h > 12 && NumericEntity.same(v, h - 12);
        }
        return NumericEntity.same(v, h + m / 100.0);
    }

    /** Removes from {@code unmatched} the values that merely restate another value of the same text in another unit. */
    private static void dropGlosses(List<NumericEntity> unmatched, List<NumericEntity> all) {
        unmatched.removeIf(e -> e.unit() != null && all.stream().anyMatch(o -> o != e && o.unit() != null && converts(o, e)
                && !unmatched.contains(o)));
    }

    /** Same month; same day and year where both give one. */
    public static boolean sameDate(NumericEntity a, NumericEntity b) {
        return a.month() == b.month()
                && (a.day() == 0 || b.day() == 0 || a.day() == b.day())
                && (a.year() == 0 || b.year() == 0 || a.year() == b.year());
    }

    /** True when nothing differs. */
    public boolean clean() {
        return sourceOnly.isEmpty() && translationOnly.isEmpty() && sourceDates.isEmpty() && translationDates.isEmpty();
    }
}
