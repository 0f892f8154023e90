package dev.transcheck.text.numbers;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of every bead of a run, extracted once and shared by the number, date, format and
 * partial-omission checks through CheckContext.numbers(). Entity offsets are absolute offsets
 * into the document texts.
 */
public final class NumberFacts {
    /** What the numbers are read from: the aligned pair. */
    public record Input(Document source, Document translation, Alignment alignment) {
    }

    /** The numbers of one bead and how they compare. */
    public record BeadNumbers(Bead bead, List<NumericEntity> source, List<NumericEntity> translation, NumberMatch match) {
    }

    private final List<BeadNumbers> beads;

    private NumberFacts(List<BeadNumbers> beads) {
        this.beads = beads;
    }

    public static NumberFacts of(Input ctx) {
        return build(ctx);
    }

    public List<BeadNumbers> beads() {
        return beads;
    }

    private static NumberFacts build(Input ctx) {
        List<BeadNumbers> raw = new ArrayList<>();
        for (Bead b : ctx.alignment().beads()) {
            List<NumericEntity> s = extract(ctx.source(), b.source());
            List<NumericEntity> t = extract(ctx.translation(), b.translation());
            raw.add(new BeadNumbers(b, s, t, bestOf(zoneShifted(NumberMatch.of(s, t), ctx, b), ctx)));
        }
        List<BeadNumbers> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            BeadNumbers bn = raw.get(k);
            NumberMatch m = bn.match();
            List<NumericEntity> nearS = new ArrayList<>();
            List<NumericEntity> nearT = new ArrayList<>();
            for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
                if (d != 0 && k + d >= 0 && k + d < raw.size()) {
                    // only what is unmatched in its own bead can have moved here
                    NumberMatch nm = raw.get(k + d).match();
                    nearS.addAll(nm.sourceOnly());
                    nearS.addAll(nm.sourceDates());
                    nearT.addAll(nm.translationOnly());
                    nearT.addAll(nm.translationDates());
                }
            }
            List<NumericEntity> sOnly = notGlossed(notIn(m.sourceOnly(), nearT), bn.source(), ctx.source());
            List<NumericEntity> tOnly = notGlossed(notIn(m.translationOnly(), nearS), bn.translation(), ctx.translation());
            out.add(new BeadNumbers(bn.bead(), bn.source(), bn.translation(), new NumberMatch(m.pairs(), m.altPairs(),
                    sOnly, tOnly,
                    notIn(m.sourceDates(), nearT), notIn(m.translationDates(), nearS))));
        }
        return new NumberFacts(List.copyOf(out));
    }

    /**
     * Words that name the time zone a clock time is given in: the abbreviations (CET, EEST, GMT,
     * UTC, MSK, ET, PT ...) and "Kyiv time", «за київським часом», «за Києвом», «по московскому
     * времени», «по Москве», "local time" and the like. A post for readers elsewhere gives its times
     * in their zone ("8 PM CET" for «21:00 за Києвом»).
     */
    static final java.util.regex.Pattern ZONE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:CES?T|EES?T|WES?T|GMT|UTC|BST|MSK|МСК|[ECMP][SD]?T)(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?:Kyiv|Kiev|Moscow|London|Warsaw|Berlin|Paris|Central European|Eastern European|Eastern|Pacific"
                    + "|Central|Mountain|Greenwich Mean|[Ll]ocal) time\\b"
                    + "|(?iu)(?<![\\p{L}])(?:за \\p{L}+(?:им|ім) часом|по \\p{L}+(?:ому|ему) времени"
                    + "|за (?:Києвом|Москвою|Москвой|Гринвічем|Варшавою|Лондоном)|по (?:Киеву|Москве|Гринвичу|Варшаве|Лондону))");

    /** The most hours two zones of the times of one text differ by. */
    static final int ZONE_HOURS = 12;

    /**
     * {@code m} with the clock times left over on each side paired when they differ by whole hours
     * and both sides name a time zone: the translator gave the time in the reader's zone ("7:30 PM
     * CET" for «20:30 за Києвом»). A time changed within one zone, or in a text naming no zone,
     * stays unmatched.
     */
    static NumberMatch zoneShifted(NumberMatch m, Input ctx, Bead b) {
        if (m.sourceOnly().stream().noneMatch(e -> e.kind() == NumericEntity.Kind.TIME)
                || m.translationOnly().stream().noneMatch(e -> e.kind() == NumericEntity.Kind.TIME)) {
            return m;
        }
        // both sides name a zone, and one of them two (a time converted for the reader)
        int sourceZones = zones(ctx.source(), b.source());
        int translationZones = zones(ctx.translation(), b.translation());
        if (sourceZones == 0 || translationZones == 0 || sourceZones < 2 && translationZones < 2) {
            return m;
        }
        List<NumericEntity> s = new ArrayList<>(m.sourceOnly());
        List<NumericEntity> t = new ArrayList<>(m.translationOnly());
        List<NumberMatch.Pair> pairs = new ArrayList<>(m.pairs());
        NumberMatch.pairFirst(s, t, pairs, (a, c) -> {
            double d = Math.abs(a.value() - c.value());
            d = Math.min(d, 1440 - d);
            return a.kind() == NumericEntity.Kind.TIME && c.kind() == NumericEntity.Kind.TIME && d > 0 && d <= ZONE_HOURS * 60
                    && d % 60 == 0;
        });
        return new NumberMatch(List.copyOf(pairs), m.altPairs(), List.copyOf(s), List.copyOf(t), m.sourceDates(), m.translationDates());
    }

    /** "best of" / "best-of-" right before a number: a series won by the first to win most of N games. */
    private static final java.util.regex.Pattern BEST_OF = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])best[- ]of[- ]$");

    /**
     * {@code m} with a series length paired with the wins it takes: "best of 5" is won by the first
     * to win 3, and Ukrainian and Russian name such a series by the wins («серія до трьох перемог»,
     * «до трёх побед»; a tennis match "best of five sets", «до трьох виграних сетів»). An odd N
     * after "best of" on one side pairs with (N+1)/2 left over on the other.
     */
    static NumberMatch bestOf(NumberMatch m, Input ctx) {
        if (m.sourceOnly().isEmpty() || m.translationOnly().isEmpty()) {
            return m;
        }
        List<NumericEntity> s = new ArrayList<>(m.sourceOnly());
        List<NumericEntity> t = new ArrayList<>(m.translationOnly());
        List<NumberMatch.Pair> pairs = new ArrayList<>(m.pairs());
        boolean changed = seriesWins(s, ctx.source().text(), t, pairs, true);
        changed |= seriesWins(t, ctx.translation().text(), s, pairs, false);
        return changed ? new NumberMatch(List.copyOf(pairs), m.altPairs(), List.copyOf(s), List.copyOf(t), m.sourceDates(),
                m.translationDates()) : m;
    }

    private static boolean seriesWins(List<NumericEntity> side, String text, List<NumericEntity> other, List<NumberMatch.Pair> pairs,
                                      boolean sourceSide) {
        boolean changed = false;
        for (var it = side.iterator(); it.hasNext(); ) {
            NumericEntity a = it.next();
            double n = a.value();
            if (a.kind() != NumericEntity.Kind.NUMBER || n < 3 || n > 15 || n != Math.rint(n) || n % 2 == 0 || a.start() < 0
                    || a.start() > text.length() || !BEST_OF.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find()) {
                continue;
            }
            for (var jt = other.iterator(); jt.hasNext(); ) {
                NumericEntity c = jt.next();
                if (c.kind() == NumericEntity.Kind.NUMBER && NumericEntity.same(c.value(), (n + 1) / 2)) {
                    pairs.add(sourceSide ? new NumberMatch.Pair(a, c) : new NumberMatch.Pair(c, a));
                    it.remove();
                    jt.remove();
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    /**
     * How many different zone names the sentences give: a time converted for the reader sits in a
     * text that names two zones («20:30 за Києвом ... 20:00 за CET»); with one zone on each side
     * ("13:00 to 22:00 Kyiv time" and «за київським часом») the times are the same clock's.
     */
    private static int zones(Document doc, List<Integer> sentences) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i : sentences) {
            java.util.regex.Matcher m = ZONE.matcher(doc.sentence(i).text());
            while (m.find()) {
                seen.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return seen.size();
    }

    /**
     * How many beads on each side are searched for a value that is unmatched in its own bead. A
     * value found in a neighbouring bead of the other side was moved across a sentence boundary
     * or misaligned, not changed: it is not reported. Only values unmatched in their own bead are
     * searched: a value that pairs where it stands was not moved (a date changed in a sentence whose
     * neighbour gives the same month is reported).
     */
    public static final int NEIGHBOURS = 1;

    private static List<NumericEntity> notIn(List<NumericEntity> unmatched, List<NumericEntity> near) {
        List<NumericEntity> out = new ArrayList<>();
        for (NumericEntity e : unmatched) {
            boolean found = false;
            for (NumericEntity n : near) {
                // a word of rank is no count moved across a sentence boundary («третьим» beside "three targets")
                boolean alike = !(e.spelled() || n.spelled())
                        || (e.kind() == NumericEntity.Kind.ORDINAL) == (n.kind() == NumericEntity.Kind.ORDINAL);
                if (e.isDate() ? n.isDate() && NumberMatch.sameDate(e, n)
                        : !n.isDate() && alike && (NumericEntity.same(e.value(), n.value()) || NumericEntity.same(e.value(), n.alt()))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The unmatched values without those that repeat, inside parentheses in the other script, a
     * value of the same bead that did pair: a name given in its original language after its
     * translation, «за Законом про права споживачів 2015 року (Consumer Rights Act 2015)», restates
     * the year the source has once.
     */
    private static List<NumericEntity> notGlossed(List<NumericEntity> unmatched, List<NumericEntity> all, Document doc) {
        if (unmatched.isEmpty()) {
            return unmatched;
        }
        // the paired values by value, each with the earliest end among its entities: one look-up per
        // unmatched value instead of a walk over every value (a run of thousands of values, ½½½..., made
        // the double loop with a list look-up inside it cubic: issue 15, found by the check fuzzer)
        java.util.Set<NumericEntity> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        open.addAll(unmatched);
        java.util.TreeMap<Double, Integer> pairedEnd = new java.util.TreeMap<>();
        for (NumericEntity o : all) {
            if (!open.contains(o) && !Double.isNaN(o.value())) {
                pairedEnd.merge(o.value(), o.end(), Math::min);
            }
        }
        List<NumericEntity> out = new ArrayList<>();
        for (NumericEntity e : unmatched) {
            if (!(pairedBefore(pairedEnd, e) && inForeignParentheses(doc, e))) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** True when a paired value the same as {@code e}'s ({@link NumericEntity#same}) ends before {@code e} starts. */
    private static boolean pairedBefore(java.util.TreeMap<Double, Integer> pairedEnd, NumericEntity e) {
        double v = e.value();
        if (Double.isNaN(v)) {
            return false;
        }
        double tolerance = 1e-9 * Math.max(1, Math.abs(v)) * 2; // wide enough for same(); each candidate is checked
        for (java.util.Map.Entry<Double, Integer> c : pairedEnd.subMap(v - tolerance, true, v + tolerance, true).entrySet()) {
            if (c.getValue() <= e.start() && NumericEntity.same(c.getKey(), v)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code e} sits in parentheses whose letters are mostly of the other script than the document's. */
    static boolean inForeignParentheses(Document doc, NumericEntity e) {
        Sentence s = doc.sentence(sentenceAt(doc, e.start()));
        String t = s.text();
        int at = e.start() - s.start();
        if (at < 0 || at > t.length()) {
            return false;
        }
        int open = t.lastIndexOf('(', at);
        if (open < 0 || t.lastIndexOf(')', at) > open) {
            return false;
        }
        int close = t.indexOf(')', at);
        if (close < 0) {
            return false;
        }
        int[] letters = dev.transcheck.text.TextFacts.latinAndCyrillic(t, open + 1, close);
        int latin = letters[0];
        int cyrillic = letters[1];
        boolean cyrillicText = dev.transcheck.lang.LanguageProfiles.of(doc.lang()).script()
                == dev.transcheck.lang.LanguageProfile.Script.CYRILLIC;
        return cyrillicText ? latin >= 3 && cyrillic == 0 : cyrillic >= 3 && latin == 0;
    }

    private static List<NumericEntity> extract(Document doc, List<Integer> ids) {
        List<NumericEntity> out = new ArrayList<>();
        for (int id : ids) {
            Sentence s = doc.sentence(id);
            for (NumericEntity e : NumberExtractor.extract(s.text(), doc.lang())) {
                out.add(new NumericEntity(e.kind(), e.value(), e.alt(), e.unit(), e.approx(), e.spelled(), e.month(),
                        e.day(), e.year(), e.period(), e.start() + s.start(), e.end() + s.start(), e.text(),
                        e.issue(), e.altIssue()));
            }
        }
        return out;
    }

    /** The span of an entity in {@code doc} (absolute offsets), with the id of its sentence. */
    public static Span span(Document doc, NumericEntity e) {
        return Span.of(doc, sentenceAt(doc, e.start()), e.start(), e.end());
    }

    public static int sentenceAt(Document doc, int offset) {
        int lo = 0;
        int hi = doc.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (doc.sentence(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The value as written plus its normalised reading, e.g. {@code «1,5 тис.» (1500)}. */
    public static String describe(NumericEntity e) {
        String v = e.display() + (e.unit() != null && !e.isDate() ? " " + e.unit() : "");
        return "\u201C" + e.text() + "\u201D (" + v.replace(" %", "%") + ")";
    }
}
