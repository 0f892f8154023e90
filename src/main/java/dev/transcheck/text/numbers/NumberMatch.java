package dev.transcheck.text.numbers;

// Longer than 400 lines: matching is one multiset comparison with the tolerances that let
// professional translations pass (rounding, unit conversions, glosses, soft values), each a few
// lines over the same two lists of values.

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
        // 1. equal values as written: a cardinal with a cardinal and an ordinal with an ordinal first, so
        //    that «три группы ... третья» and "four groups ... the third" pair third with третья, not with три
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = takeAlike(t, a);
            if (b != null) {
                pairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 1. equal values as written -- but not a quantity against the same figure in another unit
        //    of its dimension, while that unit may still take a converted value in step 4: in "50-60
        //    mph, up to 80 mph" against «80–95 км/год, до 130 км/год» the 80 km/h is 50 mph, not 80
        //    mph (equal figures left over after the conversions still pair, step 4a)
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = take(t, a.value(), false, a);
            if (b != null) {
                pairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 1b. an English clock time with no a.m. or p.m. read on the twelve-hour clock: "dinner at
        //     7:15" and «вечеря о 19:15» (not a form to correct: step 2 is for such forms)
        pairFirst(s, t, pairs, (a, b) -> a.kind() == NumericEntity.Kind.TIME && b.kind() == NumericEntity.Kind.TIME
                && (NumericEntity.same(a.value(), b.alt()) || NumericEntity.same(a.alt(), b.value())));
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
        pairFirst(s, t, pairs, (a, b) -> a.unit() != null && b.unit() != null && (converts(a, b) || converts(b, a)));
        // 4a. equal figures in two units of one dimension that no conversion paired (step 1 left them)
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            NumericEntity b = take(t, a.value(), false);
            if (b != null) {
                pairs.add(new Pair(a, b));
                it.remove();
            }
        }
        // 4c. the other end of a range against one converted value: "3 inches apart" and «на
        //     відстані 7–8 см» (7.62 cm lies between them), "about 1 inch" and «2–3 см»
        rangeEnds(s, pairs, true);
        rangeEnds(t, pairs, false);
        // 4b. a race named by its distance: "10K" and «10 км»
        pairFirst(s, t, pairs, (a, b) -> raceDistance(a, b) || raceDistance(b, a));
        // 5. a time against an hour written as a number: "7 p.m." and «19 годину», 11:15 and «11.15»
        pairFirst(s, t, pairs, (a, b) -> sameClock(a, b) || sameClock(b, a));
        // 6. a decade with and without its century: "the 1930s" and «30-е годы», "the '80s" and «1980-х»
        pairFirst(s, t, pairs, (a, b) -> sameDecade(a, b) || sameDecade(b, a));
        // 6b. whole numbers listed one by one that the other side writes as a range of the values
        //     around them: «36, 37, 38, 39, 40, 41» and "36–41"
        enumeratedRange(s, pairs, true);
        enumeratedRange(t, pairs, false);
        // 7. a converted value added in parentheses: «200 миль (322 км)»
        boolean sLeft = !s.isEmpty();
        boolean tLeft = !t.isEmpty();
        List<NumericEntity> sLeftover = List.copyOf(s);
        dropGlosses(t, translation, !sLeft, sLeftover);
        dropGlosses(s, source, !tLeft, List.copyOf(t));
        // 8. a size in a size system the other side never names: a column of a size chart the
        //    translation added for its own market («RU 40 / EU 34 / UK 6 / US 2» for "EU 34 / UK 6 / US 2")
        dropAddedSizes(t, source);
        dropAddedSizes(s, translation);
        // dates
        pairFirst(sd, td, pairs, (a, b) -> sameDate(a, b));
        return new NumberMatch(List.copyOf(pairs), List.copyOf(altPairs), List.copyOf(s), List.copyOf(t),
                List.copyOf(sd), List.copyOf(td));
    }

    private static void dropAddedSizes(List<NumericEntity> unmatched, List<NumericEntity> other) {
        unmatched.removeIf(e -> e.unit() != null && e.unit().startsWith(TokenScan.SIZE)
                && other.stream().noneMatch(o -> e.unit().equals(o.unit())));
    }

    /** What may stand between the two parts of a measure in two units: spaces, a point, a comma, "and". */
    private static final java.util.regex.Pattern MEASURE_JOIN =
            java.util.regex.Pattern.compile("[\\s.,]*+(?:(?:and|і|й|та|и)\\s++)?");

    /**
     * Joins a measure written in two units into one value in the smaller unit: «1 м 82 см» = 182 cm,
     * «6 футів 6 дюймів» = 78 in (the pair must be in {@code units.tsv}, the second value below one
     * of the first unit, and at most spaces, a point or a comma and a word of "and" between them in
     * {@code text}, which the offsets of {@code list} index): «4 дні по 10 годин» (four days of ten
     * hours each) is two values. Called by the reader, which has the text.
     */
    static List<NumericEntity> compounds(List<NumericEntity> list, String text) {
        List<NumericEntity> out = new ArrayList<>(list);
        for (int i = 0; i + 1 < out.size(); i++) {
            NumericEntity a = out.get(i);
            NumericEntity b = out.get(i + 1);
            if (a.kind() != NumericEntity.Kind.QUANTITY || b.kind() != NumericEntity.Kind.QUANTITY || a.unit() == null
                    || b.unit() == null || b.start() < a.end() || b.start() - a.end() > 5 || a.spelled() || b.spelled()
                    || !MEASURE_JOIN.matcher(text.substring(a.end(), b.start()).toLowerCase(java.util.Locale.ROOT)).matches()) {
                continue;
            }
            Double f = CONVERSIONS.get(a.unit() + "\t" + b.unit());
            if (f == null || f.isNaN() || f > 100 || b.value() >= f || a.value() != Math.rint(a.value())
                    || a.unit().equals("yr") || a.unit().equals("wk")) {
                // years and months, weeks and days are joined by the reader, which sees the words
                // between ("1 year, or 6 months" is two values): TokenScan.yearsAndMonths
                continue;
            }
            out.set(i, new NumericEntity(b.kind(), a.value() * f + b.value(), Double.NaN, b.unit(), a.approx(), false,
                    0, 0, 0, null, a.start(), b.end(), text.substring(a.start(), b.end()), null, null));
            out.remove(i + 1);
        }
        return out;
    }

    /** {@link #take} among the entities that are ordinals exactly when {@code a} is one. */
    private static NumericEntity takeAlike(List<NumericEntity> list, NumericEntity a) {
        boolean ordinal = a.kind() == NumericEntity.Kind.ORDINAL;
        List<NumericEntity> alike = new ArrayList<>();
        for (NumericEntity e : list) {
            if ((e.kind() == NumericEntity.Kind.ORDINAL) == ordinal && NumericEntity.same(e.value(), a.value())) {
                alike.add(e);
            }
        }
        NumericEntity b = alike.isEmpty() ? null : take(alike, a.value(), false, a);
        if (b != null) {
            list.remove(b);
        }
        return b;
    }

    /**
     * Pairs each value of {@code s}, in order, with the first value of {@code t} that {@code fits}
     * it, removing both from their lists; the pairs are added to {@code into}.
     */
    static void pairFirst(List<NumericEntity> s, List<NumericEntity> t, List<Pair> into,
                          java.util.function.BiPredicate<NumericEntity, NumericEntity> fits) {
        for (var it = s.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            for (var jt = t.iterator(); jt.hasNext(); ) {
                NumericEntity b = jt.next();
                if (fits.test(a, b)) {
                    into.add(new Pair(a, b));
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
    }

    private static NumericEntity take(List<NumericEntity> list, double value, boolean alt) {
        return take(list, value, alt, null);
    }

    /**
     * Takes the entity of {@code list} equal to {@code value}; with {@code of}, none whose unit is
     * another unit of {@code of}'s dimension (a conversion between them is known): 80 mph is not
     * «80 км/год».
     */
    private static NumericEntity take(List<NumericEntity> list, double value, boolean alt, NumericEntity of) {
        NumericEntity soft = null;
        for (NumericEntity e : list) {
            if (of != null && of.unit() != null && e.unit() != null && !of.unit().equals(e.unit())
                    && (CONVERSIONS.containsKey(of.unit() + "\t" + e.unit()) || CONVERSIONS.containsKey(e.unit() + "\t" + of.unit()))) {
                continue;
            }
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

    /**
     * Pairs each quantity of {@code left} that ends or starts a range (its neighbour across a dash,
     * at most three characters away, has its unit) whose other end is already paired with a value
     * in another unit, when this end converts to that value too: the range is the conversion of
     * one value, rounded down and up.
     */
    private static void rangeEnds(List<NumericEntity> left, List<Pair> pairs, boolean sourceSide) {
        for (var it = left.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            if (a.unit() == null || a.spelled()) {
                continue;
            }
            for (Pair p : List.copyOf(pairs)) {
                NumericEntity end = sourceSide ? p.source() : p.translation();
                NumericEntity other = sourceSide ? p.translation() : p.source();
                boolean adjacent = end != a && a.unit().equals(end.unit()) && end.kind() == a.kind()
                        && (a.start() > end.end() && a.start() - end.end() <= 3 || end.start() > a.end() && end.start() - a.end() <= 3);
                if (adjacent && other.unit() != null && !other.unit().equals(a.unit()) && (converts(a, other) || converts(other, a))) {
                    pairs.add(sourceSide ? new Pair(a, other) : new Pair(other, a));
                    it.remove();
                    break;
                }
            }
        }
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
        // one step further along the table, either way along each row: inches to metres (in -> cm,
        // cm -> m), feet to centimetres ("6-foot-6" and «двухметровый», «198 см»)
        java.util.Map<String, Double> edges = new java.util.HashMap<>();
        out.forEach((ab, f) -> {
            if (!f.isNaN()) {
                String[] u = ab.split("\t");
                edges.put(ab, f);
                edges.putIfAbsent(u[1] + "\t" + u[0], 1 / f);
            }
        });
        java.util.Map<String, Double> more = new java.util.HashMap<>();
        edges.forEach((ab, f) -> {
            String[] u = ab.split("\t");
            edges.forEach((bc, g) -> {
                String[] v = bc.split("\t");
                String ac = u[0] + "\t" + v[1];
                if (u[1].equals(v[0]) && !u[0].equals(v[1]) && !out.containsKey(ac)
                        && !out.containsKey(v[1] + "\t" + u[0])) {
                    more.putIfAbsent(ac, f * g);
                }
            });
        });
        out.putAll(more);
        return java.util.Map.copyOf(out);
    }

    /** True when {@code a}'s value converted to {@code b}'s unit is within 3.5% of {@code b}'s. */
    static boolean converts(NumericEntity a, NumericEntity b) {
        Double f = CONVERSIONS.get(a.unit() + "\t" + b.unit());
        if (f == null) {
            return false;
        }
        if (f.isNaN() && NumericEntity.FAHRENHEIT_DIFFERENCE.equals(a.period())) {
            // a difference of temperature: "2°F cooler" and «на 1 °C прохолодніше» (5/9, no offset)
            double v = a.value() * 5 / 9;
            return Math.abs(v - b.value()) <= 0.035 * Math.max(v, b.value()) + 0.6 || rounded(v, b.value());
        }
        if (f.isNaN()) {
            // a temperature's span holds its minus sign (the value is unsigned): 5°F and «−15 °C»,
            // -20°F and «−29 °C»
            double v = ((negative(a) ? -a.value() : a.value()) - 32) * 5 / 9;
            double bv = negative(b) ? -b.value() : b.value();
            return Math.abs(v - bv) <= 0.035 * Math.max(Math.abs(v), Math.abs(bv)) + 0.6
                    || Math.signum(v) == Math.signum(bv) && rounded(Math.abs(v), Math.abs(bv));
        }
        double v = a.value() * f;
        return Math.abs(v - b.value()) <= 0.035 * Math.max(Math.abs(v), Math.abs(b.value())) || rounded(v, b.value());
    }

    private static boolean negative(NumericEntity e) {
        return e.text() != null && (e.text().startsWith("-") || e.text().startsWith("\u2212"));
    }

    /**
     * True when {@code written} is {@code exact} rounded (or cut) at the precision it is written
     * with, within three quarters of its last digit: 3 inches = 7.62 cm written «8 см» or «7 см»;
     * 1.27 cm written «1,3 см». 5 miles = 8.05 km written «9 км» is not a rounding, nor is 385 miles
     * written «360 км».
     */
    static boolean rounded(double exact, double written) {
        if (exact <= 0 || written <= 0) {
            return false;
        }
        double step = Math.rint(written) == written ? 1 : Math.rint(written * 10) == written * 10 ? 0.1 : 0.01;
        if (Math.abs(exact - written) < 0.75 * step) {
            return true;
        }
        // a last digit 5 is a rounding to the half step: over half an inch written «1,5 см» (1.27),
        // 3 inches written «7,5 см»; within half of that step
        long last = Math.round(written / step) % 10;
        return last == 5 && Math.abs(exact - written) <= 2.5 * step;
    }

    private static final java.util.regex.Pattern GLUED_K = java.util.regex.Pattern.compile("\\d{1,3}[Kk]");

    /**
     * True when {@code race} is a count written with a glued K and no currency ("10K", soft) and
     * {@code km} the same number of kilometres: a race is named by its distance ("the 10K" is
     * a 10-kilometre run), which the other language writes «10 км».
     */
    static boolean raceDistance(NumericEntity race, NumericEntity km) {
        return race.spelled() && race.unit() == null && race.text() != null && GLUED_K.matcher(race.text()).matches()
                && "km".equals(km.unit()) && NumericEntity.same(km.value() * 1000, race.value());
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

    private static final java.util.regex.Pattern SHORT_DECADE =
            java.util.regex.Pattern.compile("['’]?[1-9]0(['’]?s|-\\p{L}{1,3})");
    private static final java.util.regex.Pattern LONG_DECADE =
            java.util.regex.Pattern.compile("\\d{3}0(['’]?s|-\\p{L}{1,3})");

    /**
     * True when {@code full} is a decade such as "1930s" or «1930-х» and {@code brief} the same decade
     * as "30s", «30-е»; or {@code full} a temperature in degrees that falls in the Fahrenheit decade
     * {@code brief} ("in the 80s" and «27 градусів»).
     */
    static boolean sameDecade(NumericEntity full, NumericEntity brief) {
        if (brief.text() != null && full.unit() != null && full.unit().equals("deg") && brief.unit() == null
                && SHORT_DECADE.matcher(brief.text()).matches()) {
            // "highs in the 80s" (Fahrenheit) and «27 градусів»: any reading of the decade, rounded
            double low = (brief.value() - 32) * 5 / 9;
            double high = (brief.value() + 10 - 32) * 5 / 9;
            return full.value() >= Math.floor(low) && full.value() <= Math.ceil(high);
        }
        // "the nineties" (a spelled decade) and «1990-ті»
        return full.text() != null && brief.text() != null && LONG_DECADE.matcher(full.text()).matches()
                && (SHORT_DECADE.matcher(brief.text()).matches() || brief.spelled() && brief.value() >= 20)
                && NumericEntity.same(full.value() % 100, brief.value());
    }

    /**
     * Removes from {@code unmatched} the values that merely restate another value of the same text in
     * another unit. Near-linear: converted values are looked up by value in a sorted index per unit,
     * restatements only among the entities a few characters before (a document of 1,000 "5%" must
     * not cost a billion comparisons).
     */
    private static void dropGlosses(List<NumericEntity> unmatched, List<NumericEntity> all, boolean restate,
                                    List<NumericEntity> otherLeft) {
        if (unmatched.isEmpty()) {
            return;
        }
        java.util.Set<NumericEntity> free = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        free.addAll(unmatched);
        // values that paired (or were never compared), by unit, sorted by value
        java.util.Map<String, List<NumericEntity>> byUnit = new java.util.HashMap<>();
        for (NumericEntity o : all) {
            if (o.unit() != null && !free.contains(o)) {
                byUnit.computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o);
            }
        }
        byUnit.values().forEach(l -> l.sort(java.util.Comparator.comparingDouble(NumericEntity::value)));
        List<NumericEntity> byStart = new ArrayList<>(all);
        byStart.sort(java.util.Comparator.comparingInt(NumericEntity::start));
        java.util.Set<NumericEntity> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (NumericEntity e : unmatched) {
            // not when the other side has a value of the same unit left over: the two are one value
            // changed (39½″ against 38.5"), whatever conversion of a third they come near
            boolean rival = e.unit() != null && otherLeft.stream().anyMatch(o -> e.unit().equals(o.unit()));
            if (e.unit() != null && !rival && (convertedFrom(e, byUnit) || glossBefore(e, byStart, free))) {
                drop.add(e);
            }
        }
        // the same value restated a few characters later: a title and its translation in
        // parentheses, «шоу 60 Minutes (60 хвилин)»; not when the other side has a value left
        // over, which this one may stand for (the 6 of "7-6, 6-4" against "7-6, 7-4")
        for (NumericEntity e : unmatched) {
            int k = java.util.Collections.binarySearch(byStart, e, java.util.Comparator.comparingInt(NumericEntity::start));
            for (int j = (k < 0 ? -k - 1 : k) - 1; j >= 0 && e.start() - byStart.get(j).start() <= RESTATE_WINDOW; j--) {
                NumericEntity o = byStart.get(j);
                if (restate && o != e && !free.contains(o) && !o.isDate() && NumericEntity.same(o.value(), e.value())
                        && e.start() > o.end() && e.start() - o.end() <= 12) {
                    drop.add(e);
                    break;
                }
            }
        }
        unmatched.removeIf(drop::contains);
    }

    /** How far back (in characters from start to start) a restated value is looked for. */
    private static final int RESTATE_WINDOW = 12 + 80;

    /** True when a paired value of another unit converts to or from {@code e} (looked up by value). */
    private static boolean convertedFrom(NumericEntity e, java.util.Map<String, List<NumericEntity>> byUnit) {
        for (var entry : byUnit.entrySet()) {
            String u = entry.getKey();
            Double to = CONVERSIONS.get(u + "\t" + e.unit());
            Double from = CONVERSIONS.get(e.unit() + "\t" + u);
            if (to == null && from == null) {
                continue;
            }
            List<NumericEntity> sorted = entry.getValue();
            // the window of candidate values is wider than any tolerance of converts(); each
            // candidate in it is then tested exactly
            double b = e.value();
            double lo = Math.min(b * 0.9, b * 1.1) - 2;
            double hi = Math.max(b * 0.9, b * 1.1) + 2;
            if (to != null && window(sorted, to.isNaN() ? lo * 9 / 5 + 32 : lo / to, to.isNaN() ? hi * 9 / 5 + 32 : hi / to,
                    o -> converts(o, e))) {
                return true;
            }
            if (from != null && window(sorted, from.isNaN() ? (lo - 32) * 5 / 9 : lo * from,
                    from.isNaN() ? (hi - 32) * 5 / 9 : hi * from, o -> converts(e, o))) {
                return true;
            }
        }
        return false;
    }

    /** True when some value of {@code sorted} between {@code a} and {@code b} passes {@code test}. */
    private static boolean window(List<NumericEntity> sorted, double a, double b,
                                  java.util.function.Predicate<NumericEntity> test) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        int l = 0;
        int h = sorted.size();
        while (l < h) {
            int m = (l + h) >>> 1;
            if (sorted.get(m).value() < lo) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        for (int k = l; k < sorted.size() && sorted.get(k).value() <= hi; k++) {
            if (test.test(sorted.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops from {@code left} (one side's unmatched values) a run of consecutive whole numbers when
     * the values just below and just above it paired and stand on the other side as the two ends
     * of one range (a few characters apart): the run is that range written out. Only when every
     * value left on this side belongs to the run.
     */
    private static void enumeratedRange(List<NumericEntity> left, List<Pair> pairs, boolean sourceSide) {
        if (left.isEmpty() || left.size() > 40) {
            return;
        }
        List<Double> v = new ArrayList<>();
        for (NumericEntity e : left) {
            if (e.spelled() || e.unit() != null || e.kind() != NumericEntity.Kind.NUMBER || e.value() != Math.rint(e.value())) {
                return;
            }
            v.add(e.value());
        }
        java.util.Collections.sort(v);
        for (int k = 1; k < v.size(); k++) {
            if (v.get(k) != v.get(k - 1) + 1) {
                return;
            }
        }
        NumericEntity lo = null;
        NumericEntity hi = null;
        for (Pair p : pairs) {
            NumericEntity here = sourceSide ? p.source() : p.translation();
            NumericEntity there = sourceSide ? p.translation() : p.source();
            if (here.unit() == null && NumericEntity.same(here.value(), v.get(0) - 1)) {
                lo = there;
            } else if (here.unit() == null && NumericEntity.same(here.value(), v.get(v.size() - 1) + 1)) {
                hi = there;
            }
        }
        if (lo != null && hi != null && hi.start() >= lo.end() && hi.start() - lo.end() <= 3) {
            left.clear();
        }
    }

    /** True when {@code e} restates, within 10%, a paired value of another unit just before it. */
    private static boolean glossBefore(NumericEntity e, List<NumericEntity> byStart,
                                       java.util.Set<NumericEntity> free) {
        int k = java.util.Collections.binarySearch(byStart, e, java.util.Comparator.comparingInt(NumericEntity::start));
        for (int j = (k < 0 ? -k - 1 : k) - 1; j >= 0 && e.start() - byStart.get(j).start() <= RESTATE_WINDOW; j--) {
            NumericEntity o = byStart.get(j);
            if (o != e && o.unit() != null && !free.contains(o) && gloss(o, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} follows {@code o} closely (a parenthesis) and restates it in another unit
     * within 10%: "six meters (18 feet)" is a loose gloss, not a second value.
     */
    private static boolean gloss(NumericEntity o, NumericEntity e) {
        Double f = CONVERSIONS.get(o.unit() + "\t" + e.unit());
        Double back = CONVERSIONS.get(e.unit() + "\t" + o.unit());
        if (f == null && back != null && !back.isNaN()) {
            f = 1 / back;
        }
        if (f != null && f.isNaN() && e.start() >= o.end() && e.start() - o.end() <= 4) {
            return temperatureGloss(o.value(), e.value());
        }
        if (f == null || f.isNaN() || e.start() < o.end() || e.start() - o.end() > 4) {
            return false;
        }
        double v = o.value() * f;
        return Math.abs(v - e.value()) <= 0.1 * Math.max(Math.abs(v), Math.abs(e.value()));
    }

    /**
     * True when two temperatures written one right after the other ("−50°C (−58°F)", "14°F
     * (−10°C)") are one reading in Fahrenheit and Celsius, either way round. The reader keeps no
     * sign (a minus before digits is often a dash), so each value is tried with either sign.
     */
    static boolean temperatureGloss(double a, double b) {
        for (int sa = -1; sa <= 1; sa += 2) {
            for (int sb = -1; sb <= 1; sb += 2) {
                double x = sa * a;
                double y = sb * b;
                if (Math.abs((x - 32) * 5 / 9 - y) <= 0.6 || Math.abs((y - 32) * 5 / 9 - x) <= 0.6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same month; same day and year where both give one (either order of a date such as 03/04/2024). */
    public static boolean sameDate(NumericEntity a, NumericEntity b) {
        if (NumericEntity.EITHER_ORDER.equals(a.period()) || NumericEntity.EITHER_ORDER.equals(b.period())) {
            // 03/04/2024 in English is 3 April or March 4: either is the same date
            boolean swapped = a.day() > 0 && b.day() > 0 && a.month() == b.day() && a.day() == b.month();
            if (swapped && (a.year() == 0 || b.year() == 0 || a.year() == b.year())) {
                return true;
            }
        }
        return a.month() == b.month()
                && (a.day() == 0 || b.day() == 0 || a.day() == b.day())
                && (a.year() == 0 || b.year() == 0 || a.year() == b.year());
    }

    /** True when nothing differs. */
    public boolean clean() {
        return sourceOnly.isEmpty() && translationOnly.isEmpty() && sourceDates.isEmpty() && translationDates.isEmpty();
    }
}
