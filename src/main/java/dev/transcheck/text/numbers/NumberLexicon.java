package dev.transcheck.text.numbers;

// Longer than 400 lines: one language's number words are read, indexed and matched here (the
// profile's rows, the spelled-out numbers and their compounds), and the readers share those tables.

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The number words of one language: scale words, units, currencies, approximate markers, month
 * names (from the language profile, {@code lang/<code>/numbers.tsv}) and spelled-out numbers (ICU spell-out rules reversed).
 * Immutable once built; {@link #of(String)} keeps one per language.
 */
public final class NumberLexicon {
    private static final Map<String, NumberLexicon> CACHE = new ConcurrentHashMap<>();

    /** One row of the lexicon. */
    record Entry(String kind, List<Pattern> parts, String value, boolean caseSensitive, boolean glued,
                 boolean needsCurrency, boolean pre, boolean needsContext, boolean onlyBeforeDigits) {
        double number() {
            return Double.parseDouble(value);
        }
    }

    /** A spelled-out number word: its value and whether it is an ordinal form. */
    record Word(long value, boolean ordinal) {
    }

    /** A lexicon match: the entry and how many tokens it spans. */
    record Match(Entry entry, int length) {
    }

    private final String lang;
    private final Map<String, List<Entry>> byKind;
    private final Map<String, Word> words;
    /** Per kind, one pattern matching any first token of its entries: most words fail it at once. */
    private final Map<String, Pattern> firstTokens;
    /** The kinds in a fixed order: bit k of a start mask stands for kind k. */
    private final List<String> kinds;
    private final Map<String, Long> bits;
    /**
     * The kinds a normalised token can start, as a bit mask, remembered because a text repeats its
     * words; cleared when it grows past {@link #CACHE_LIMIT}.
     */
    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private NumberLexicon(String lang, Map<String, List<Entry>> byKind, Map<String, Word> words) {
        this.lang = lang;
        this.byKind = byKind;
        this.words = words;
        Map<String, Pattern> first = new HashMap<>();
        byKind.forEach((kind, entries) -> {
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) {
                sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(e.parts().get(0).pattern()).append(')');
            }
            first.put(kind, Pattern.compile(sb.toString()));
        });
        this.firstTokens = Map.copyOf(first);
        this.kinds = List.copyOf(new java.util.TreeSet<>(byKind.keySet()));
        Map<String, Long> b = new HashMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            b.put(kinds.get(k), 1L << k);
        }
        this.bits = Map.copyOf(b);
        if (kinds.size() > 63) {
            throw new IllegalStateException("too many kinds in the number lexicon of " + lang);
        }
    }

    /** The rows of {@code kind}, in file order; none when the language has no such row. */
    List<Entry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The bit of {@code kind} in a start mask, or 0 when the language has no entry of that kind. */
    long bit(String kind) {
        Long b = bits.get(kind);
        return b == null ? 0 : b;
    }

    /** The kinds whose entries can start at a token (normalised with {@link #normalise}), as bits. */
    long startMask(String normalised) {
        Long m = starts.get(normalised);
        if (m == null) {
            long v = 0;
            for (int k = 0; k < kinds.size(); k++) {
                if (firstTokens.get(kinds.get(k)).matcher(normalised).matches()) {
                    v |= 1L << k;
                }
            }
            if (starts.size() >= CACHE_LIMIT) {
                starts.clear();
            }
            starts.put(normalised, v);
            m = v;
        }
        return m;
    }

    /** The lexicon of {@code lang}; a language without a data file gets digits-only handling. */
    public static NumberLexicon of(String lang) {
        String key = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(key, NumberLexicon::load);
    }

    public String lang() {
        return lang;
    }

    private static NumberLexicon load(String lang) {
        Map<String, List<Entry>> byKind = new HashMap<>();
        LanguageProfile profile = LanguageProfiles.of(lang);
        String res = profile.resourceName(DataFile.NUMBERS);
        String text = profile.data(DataFile.NUMBERS).orElse(null);
        try {
            if (text != null) {
                BufferedReader r = new BufferedReader(new StringReader(text));
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                        continue;
                    }
                    String[] c = line.split("\t", -1);
                    if (c.length < 3) {
                        throw new IllegalStateException(res + ":" + n + ": expected kind, form, value");
                    }
                    if (c[1].equals("-")) {
                        continue;
                    }
                    Set<String> flags = c.length > 3 ? Set.of(c[3].split(",")) : Set.of();
                    for (String alternative : splitTopLevel(c[1])) {
                        List<Pattern> parts = new ArrayList<>();
                        for (String p : alternative.trim().split(" ")) {
                            parts.add(Pattern.compile(p));
                        }
                        byKind.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Entry(c[0], List.copyOf(parts), c[2],
                                flags.contains("cs"), flags.contains("glued"), flags.contains("cur"), flags.contains("pre"),
                                flags.contains("ctx"), flags.contains("digits")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        byKind.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new NumberLexicon(lang, Map.copyOf(frozen), spelledWords(lang));
    }

    /** Splits a form on top-level '|' only when an alternative holds a space (a phrase). */
    private static List<String> splitTopLevel(String form) {
        if (!form.contains(" ")) {
            return List.of(form);
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < form.length(); i++) {
            char ch = form.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                out.add(form.substring(from, i));
                from = i + 1;
            }
        }
        out.add(form.substring(from));
        return out;
    }

    /**
     * The single-word spellings of numbers ({@link #icuSpelledWords}): read from
     * {@code numbers/spelled/<lang>.tsv}, made from ICU at build time, where the language has one
     * (building ICU's spell-out rules cost about a tenth of a one-article check's start-up), else
     * from ICU. {@code SpelledWordsTableTest} proves each file equal to ICU's result.
     */
    private static Map<String, Word> spelledWords(String lang) {
        Map<String, Word> table = spelledTable(lang);
        return table != null ? table : icuSpelledWords(lang);
    }

    /** Where the precomputed spellings of {@code lang} are. */
    static String spelledResource(String lang) {
        return "/numbers/spelled/" + lang + ".tsv";
    }

    /** The precomputed spellings (word, value, c or o for cardinal or ordinal), or null when there is no file. */
    static Map<String, Word> spelledTable(String lang) {
        if (!lang.matches("[a-z]{2,3}")) {
            return null;
        }
        String res = spelledResource(lang);
        try (java.io.InputStream in = NumberLexicon.class.getResourceAsStream(res)) {
            if (in == null) {
                return null;
            }
            Map<String, Word> out = new HashMap<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3 || !(c[2].equals("c") || c[2].equals("o"))) {
                    throw new IllegalStateException(res + ":" + n + ": expected word, value, c or o");
                }
                out.put(c[0], new Word(Long.parseLong(c[1]), c[2].equals("o")));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reverses ICU's spell-out rules: every single-word spelling of 0..20, the tens and the
     * hundreds in every cardinal and ordinal rule set (all genders and cases).
     */
    static Map<String, Word> icuSpelledWords(String lang) {
        Map<String, Word> out = new HashMap<>();
        if (lang.isEmpty()) {
            return Map.of();
        }
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
        List<Long> values = new ArrayList<>();
        for (long v = 0; v <= 20; v++) {
            values.add(v);
        }
        for (long v = 30; v <= 90; v += 10) {
            values.add(v);
        }
        for (long v = 100; v <= 900; v += 100) {
            values.add(v);
        }
        for (String rs : f.getRuleSetNames()) {
            if (!rs.startsWith("%spellout-cardinal") && !rs.startsWith("%spellout-ordinal")) {
                continue;
            }
            boolean ordinal = rs.startsWith("%spellout-ordinal");
            for (long v : values) {
                String s = normalise(f.format(v, rs));
                if (s.indexOf(' ') >= 0) {
                    continue;
                }
                out.putIfAbsent(s, new Word(v, ordinal));
            }
        }
        if (lang.equals("en")) {
            // "twenty-five": ICU spells the units after a hyphen; the parts are in the table already
            out.remove("zero");
        }
        return Map.copyOf(out);
    }

    /** Lower case, every apostrophe as U+02BC (the form ICU's Ukrainian rules use). */
    public static String normalise(String token) {
        String s = token.toLowerCase(Locale.ROOT);
        if (s.indexOf('\'') >= 0 || s.indexOf('’') >= 0 || s.indexOf('`') >= 0 || s.indexOf('‘') >= 0) {
            s = s.replace('\'', 'ʼ').replace('’', 'ʼ').replace('`', 'ʼ').replace('‘', 'ʼ');
        }
        return s;
    }

    /**
     * The spelled-out number word {@code token}, or null. Russian prints ё or е in the same word
     * (четырёх / четырех, трёх, четвёртый): the spellings are listed with е, so ё is read as е.
     */
    Word word(String token) {
        String n = normalise(token);
        Word w = words.get(n);
        if (w == null && n.indexOf('ё') >= 0) {
            w = words.get(n.replace('ё', 'е'));
        }
        return w;
    }

    /**
     * The longest entry of {@code kind} that matches the tokens from {@code i}; tokens are the
     * original strings (case preserved). {@code adjacent[k]} tells whether token k+1 follows token
     * k with no space between.
     */
    Match match(String kind, List<String> tokens, int i) {
        List<Entry> entries = byKind.get(kind);
        if (entries == null || i >= tokens.size()) {
            return null;
        }
        String head = normalise(tokens.get(i));
        if ((startMask(head) & bit(kind)) == 0) {
            return null;
        }
        Match best = null;
        for (Entry e : entries) {
            int n = e.parts().size();
            if (i + n > tokens.size() || (best != null && best.length() >= n)) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String t = tokens.get(i + k);
                if (e.caseSensitive() && (t.isEmpty() || !Character.isUpperCase(t.charAt(0)))) {
                    ok = false;
                    break;
                }
                ok = e.parts().get(k).matcher(k == 0 ? head : normalise(t)).matches();
            }
            if (ok) {
                best = new Match(e, n);
            }
        }
        return best;
    }

    /**
     * A stem row's value (kinds {@code numstem}, {@code numhead}) when a token is a number's stem and a
     * head of count or time («триденний», «пятикратный»: "three-day", "five-time"), else 0. One pattern
     * per language, built on first use; the answers are kept per token like {@link #startMask}.
     */
    double compound(String normalised) {
        Compounds c = compounds;
        if (c == null) {
            c = Compounds.of(byKind.getOrDefault("numstem", List.of()), byKind.getOrDefault("numhead", List.of()));
            compounds = c;
        }
        if (c.pattern == null || normalised.length() < 5) {
            return 0;
        }
        Double v = c.seen.get(normalised);
        if (v == null) {
            v = 0.0;
            java.util.regex.Matcher m = c.pattern.matcher(normalised);
            if (m.matches()) {
                for (int g = 0; g < c.values.length; g++) {
                    if (m.group(g + 1) != null) {
                        v = c.values[g];
                        break;
                    }
                }
            }
            if (c.seen.size() >= CACHE_LIMIT) {
                c.seen.clear();
            }
            c.seen.put(normalised, v);
        }
        return v;
    }

    /** Built on first use (a benign race: two threads build equal ones). */
    private volatile Compounds compounds;
    /** The compound pattern: one group per stem row, then any head, then any ending. */
    private record Compounds(Pattern pattern, double[] values, Map<String, Double> seen) {
        static Compounds of(List<Entry> stems, List<Entry> heads) {
            if (stems.isEmpty() || heads.isEmpty()) {
                return new Compounds(null, new double[0], Map.of());
            }
            StringBuilder sb = new StringBuilder("(?:");
            double[] values = new double[stems.size()];
            for (int k = 0; k < stems.size(); k++) {
                // the stem's own groups made non-capturing: group k + 1 is stem row k
                String stem = stems.get(k).parts().get(0).pattern().replaceAll("(?<!\\\\)\\((?!\\?)", "(?:");
                sb.append(k == 0 ? "" : "|").append('(').append(stem).append(')');
                values[k] = stems.get(k).number();
            }
            sb.append(")(?:");
            for (int k = 0; k < heads.size(); k++) {
                sb.append(k == 0 ? "" : "|").append(heads.get(k).parts().get(0).pattern());
            }
            sb.append(")\\p{L}*");
            return new Compounds(Pattern.compile(sb.toString()), values, new ConcurrentHashMap<>());
        }
    }

    /** True when the language's data switches on the named writing convention (kind {@code convention}). */
    boolean convention(String name) {
        for (Entry e : byKind.getOrDefault("convention", List.of())) {
            if (e.parts().get(0).pattern().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the language has a data file (its writing conventions are known). */
    public boolean known() {
        return !byKind.isEmpty();
    }
}
