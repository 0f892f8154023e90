package dev.transcheck.segment;

import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's segmentation data, read from its language profile ({@code lang/<code>/segment.txt}): which
 * abbreviations may end a sentence and which words typically begin one. Immutable.
 *
 * <p>File format: {@code [section]} headers, one entry per line, {@code #} comments. Sections:
 * {@code prefix} (never ends a sentence: titles, "вул.", "e.g."), {@code postfix} (ends a sentence
 * when a capitalised word follows: "тис.", "etc."), {@code ambiguous} (ends a sentence only when a
 * typical sentence starter follows: "U.S.", "St."), the same three with {@code @number} (the reading
 * that applies right after a number: "2025 р." is a year, "р. Дніпро" a river), {@code starters}
 * {@code prepositions} and {@code months} (month-name stems), {@code options} ({@code ordinal-period}:
 * the language writes ordinals as a number with a period, "3. März"): a fragment that opens with a
 * preposition and is short ("У 1991 р.") or only a date ("Станом на 1 вересня 2025 р.") opens the
 * next sentence instead of ending one.
 * Multi-word abbreviations are written with single spaces ("і т. д."); they also match without the
 * spaces ("і т.д.").
 */
final class SegmentationData {
    /** How an abbreviation before a period decides a candidate sentence break. */
    enum Kind {
        /** Never ends a sentence. */
        PREFIX,
        /** Ends a sentence when a capitalised word follows. */
        POSTFIX,
        /** Ends a sentence only when a typical sentence starter follows. */
        AMBIGUOUS
    }

    static final SegmentationData EMPTY = new SegmentationData(Map.of(), Map.of(), Set.of(), Set.of(), List.of(), 1, false);

    /** Keys are abbreviations without their final period and without spaces ("і т.д" -> "іт.д"). */
    private final Map<String, Kind> plain;
    private final Map<String, Kind> afterNumber;
    private final Set<String> starters;
    private final Set<String> prepositions;
    private final List<String> months;
    private final int maxWords;
    private final boolean ordinalPeriod;

    private SegmentationData(Map<String, Kind> plain, Map<String, Kind> afterNumber, Set<String> starters,
            Set<String> prepositions, List<String> months, int maxWords, boolean ordinalPeriod) {
        this.plain = Map.copyOf(plain);
        this.afterNumber = Map.copyOf(afterNumber);
        this.starters = Set.copyOf(starters);
        this.prepositions = Set.copyOf(prepositions);
        this.months = List.copyOf(months);
        this.maxWords = maxWords;
        this.ordinalPeriod = ordinalPeriod;
    }

    /** The data of {@code lang}, or {@link #EMPTY} when the language has no data file. */
    static SegmentationData load(String lang) {
        // the primary subtag: "uk-UA" and "uk_UA" use the "uk" data
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!primary.matches("[a-z]{2,3}")) {
            return EMPTY;
        }
        LanguageProfile profile = LanguageProfiles.of(primary);
        String name = profile.resourceName(DataFile.SEGMENT);
        String text = profile.data(DataFile.SEGMENT).orElse(null);
        if (text == null) {
            return EMPTY;
        }
        try {
            return parse(new BufferedReader(new StringReader(text)), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static SegmentationData parse(BufferedReader r, String name) throws IOException {
        Map<String, Kind> plain = new HashMap<>();
        Map<String, Kind> afterNumber = new HashMap<>();
        Set<String> starters = new HashSet<>();
        Set<String> prepositions = new HashSet<>();
        List<String> months = new ArrayList<>();
        int maxWords = 1;
        boolean ordinalPeriod = false;
        String section = null;
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(name + ":" + no + ": entry before any [section]");
            }
            if (section.equals("options")) {
                if (!line.equals("ordinal-period")) {
                    throw new IllegalStateException(name + ":" + no + ": unknown option: " + line);
                }
                ordinalPeriod = true;
                continue;
            }
            if (section.equals("starters")) {
                starters.add(line);
                continue;
            }
            if (section.equals("months")) {
                months.add(line.toLowerCase(Locale.ROOT));
                continue;
            }
            if (section.equals("prepositions")) {
                prepositions.add(line.toLowerCase(Locale.ROOT));
                continue;
            }
            boolean number = section.endsWith("@number");
            String kindName = number ? section.substring(0, section.length() - "@number".length()) : section;
            Kind kind = Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            if (!line.endsWith(".")) {
                throw new IllegalStateException(name + ":" + no + ": an abbreviation must end with a period: " + line);
            }
            maxWords = Math.max(maxWords, line.split(" ").length);
            (number ? afterNumber : plain).put(key(line.substring(0, line.length() - 1)), kind);
        }
        return new SegmentationData(plain, afterNumber, starters, prepositions, months, maxWords, ordinalPeriod);
    }

    /** The lookup key of an abbreviation (final period removed): spaces dropped. */
    static String key(String abbreviation) {
        return abbreviation.replace(" ", "");
    }

    /**
     * Whether a number with a period may be an ordinal (German "am 3. März", "im 20. Jahrhundert"):
     * option {@code ordinal-period}. Such a period ends a sentence only before a typical starter.
     */
    boolean ordinalPeriod() {
        return ordinalPeriod;
    }

    /** The largest number of space-separated words in one abbreviation. */
    int maxWords() {
        return maxWords;
    }

    /**
     * The kind of {@code abbreviation} (key form), or null when it is not one. Entries written in
     * lower case also match a capitalised occurrence ("Вул." at a sentence start) unless it is a
     * single letter (a capital letter with a period is an initial).
     */
    Kind kind(String abbreviation, boolean afterNumber) {
        if (afterNumber) {
            Kind k = lookup(this.afterNumber, abbreviation);
            if (k != null) {
                return k;
            }
        }
        return lookup(plain, abbreviation);
    }

    private static Kind lookup(Map<String, Kind> map, String abbreviation) {
        Kind k = map.get(abbreviation);
        if (k == null && abbreviation.length() > 1 && Character.isUpperCase(abbreviation.charAt(0))) {
            k = map.get(abbreviation.toLowerCase(Locale.ROOT));
        }
        return k;
    }

    boolean isStarter(String word) {
        return starters.contains(word);
    }

    /** Whether {@code word} (any case) starts with a month-name stem ("вересня", "Sept"). */
    boolean isMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String m : months) {
            if (w.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (any case) is a preposition that opens a time or place phrase. */
    boolean isPreposition(String word) {
        return prepositions.contains(word.toLowerCase(Locale.ROOT));
    }
}
