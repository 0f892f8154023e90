package dev.transcheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bilingual word list of ordinary words (English, Ukrainian, Russian; {@code lexicon/en-uk-ru.tsv}
 * on the class path): each row is one meaning, each column its words in that language. A word of
 * a text is looked up through its base form (the lemmas of the morphology dictionary for Ukrainian
 * and Russian; for English the word itself, a table of irregular forms, or the word with an
 * inflection taken off: -s, -es, -ies, -ed, -ing, -er, -est, -ly), so that «заявив» and
 * "said" both give the row of say / заявити. The list is loaded once per JVM, on first use (a
 * holder class), and is immutable: thread-safe. {@link #words(String)} gives a per-call lookup
 * that caches the words it has seen (not shared between threads).
 */
public final class Lexicon {
    /** The class-path resource. */
    static final String RESOURCE = "/lexicon/en-uk-ru.tsv";
    private static final int[] NONE = new int[0];

    private static final List<String> LANG_COLUMNS = List.of("en", "uk", "ru");

    /** The rows of the file (comments and blank lines left out). */
    private final String[] lines;
    /** Per column: a word's base form (English) or lemma (Ukrainian, Russian) to the rows that hold it; built on first use. */
    private final Map<String, int[]>[] index;
    private final long loadMillis;

    private static final class Holder {
        static final Lexicon INSTANCE = load(RESOURCE);
    }

    @SuppressWarnings("unchecked")
    private Lexicon(String[] lines, long loadMillis) {
        this.lines = lines;
        this.index = new Map[LANG_COLUMNS.size()];
        this.loadMillis = loadMillis;
    }

    /** The word list, loaded on the first call in this JVM. */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** Whether the list has words for {@code lang} and English, i.e. can say which words of the two translate each other. */
    public static boolean covers(String a, String b) {
        return ("en".equals(a) && LANGS.contains(b)) || ("en".equals(b) && LANGS.contains(a));
    }

    private static final Set<String> LANGS = Set.of("uk", "ru");

    /**
     * Whether the English word of {@code row} is written with a capital (a weekday, a month, a
     * nationality or a language: English capitalises them, Ukrainian and Russian do not), so that a
     * capitalised word inside an English sentence may still be an ordinary word of this row.
     */
    public boolean capitalisedInEnglish(int row) {
        return row >= 0 && row < lines.length && !lines[row].isEmpty() && Character.isUpperCase(lines[row].charAt(0));
    }

    /** The number of rows (meanings). */
    public int size() {
        return lines.length;
    }

    /** How long reading the file took, in milliseconds (each language's index is built when first asked for). */
    public long loadMillis() {
        return loadMillis;
    }

    static Lexicon load(String resource) {
        long t0 = System.nanoTime();
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the class path: " + resource);
        }
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(4096);
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
                start = end + 1;
            }
            return of(lines, t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word list from rows in the file's format (for tests). */
    static Lexicon of(List<String> lines) {
        return of(lines, System.nanoTime());
    }

    private static Lexicon of(List<String> lines, long t0) {
        List<String> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) != '#' && !line.isBlank()) {
                rows.add(line);
            }
        }
        return new Lexicon(rows.toArray(new String[0]), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The index of one column, built on first use (under the lock; immutable afterwards). */
    private synchronized Map<String, int[]> index(int column) {
        Map<String, int[]> m = index[column];
        if (m != null) {
            return m;
        }
        m = new HashMap<>(lines.length * 3);
        for (int row = 0; row < lines.length; row++) {
            String line = lines[row];
            int c = 0;
            int i = 0;
            while (c < column && i >= 0) {
                i = line.indexOf('\t', i);
                if (i >= 0) {
                    i++;
                    c++;
                }
            }
            if (i < 0) {
                continue;
            }
            int end = line.indexOf('\t', i);
            end = end < 0 ? line.length() : end;
            int start = i;
            for (int k = i; k <= end; k++) {
                if (k == end || line.charAt(k) == '|') {
                    String w = fold(line.substring(start, k).strip());
                    if (!w.isEmpty() && w.indexOf(' ') < 0) { // a phrase is left out: a text is read word by word
                        int[] rs = m.get(w);
                        if (rs == null) {
                            m.put(w, new int[] {row});
                        } else if (rs[rs.length - 1] != row) {
                            int[] more = Arrays.copyOf(rs, rs.length + 1);
                            more[rs.length] = row;
                            m.put(w, more);
                        }
                    }
                    start = k + 1;
                }
            }
        }
        index[column] = m;
        return m;
    }

    /** Lower case, ё as е, every apostrophe as ’ (the list and the dictionaries write them differently). */
    static String fold(String w) {
        return w.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\'', '’').replace('ʼ', '’');
    }

    /**
     * The rows of an English word form: the form itself if the list has it (with those of its
     * irregular base form, if it is one), else its irregular base form, else the first base form an
     * inflection rule gives that the list has; a word with the prefix re- that gives none of these,
     * those of the word without it (six letters or more: reinjected as injected, not relate as
     * late); and the rows of its derived words ({@link #derived}).
     */
    private static int[] english(Map<String, int[]> index, String w) {
        int[] r = inflected(index, w);
        if (r.length == 0 && w.length() - 2 >= 6 && w.startsWith("re") && w.charAt(2) != '-') {
            // a verb made with re- ("again") that the list lacks is its verb: «знову вводять» for "reinjected"
            r = inflected(index, w.substring(2));
        }
        for (String d : derived(w)) {
            r = Words.union(r, index.get(d));
        }
        return r;
    }

    /**
     * The English words a word is derived from or derives by a suffix that keeps its meaning and
     * changes only its part of speech, which the list keeps in rows of their own: an adverb in -ly and
     * its adjective (completely / complete, automatically / automatic; a stem of five letters or more,
     * so not likely / like), full / fully, and a noun in -very and its verb (recovery / recover,
     * delivery / deliver, discovery / discover). A translation may render one by the other ("made a
     * full recovery" for «вдалося відновитися повністю»).
     */
    static List<String> derived(String w) {
        List<String> out = new ArrayList<>(2);
        int n = w.length();
        if (n > 6 && w.endsWith("ally")) {
            out.add(w.substring(0, n - 4)); // automatically -> automatic
            out.add(w.substring(0, n - 2)); // typically -> typical
        }
        if (n - 2 >= 5 && w.endsWith("ly") && !w.endsWith("lly")) {
            out.add(w.substring(0, n - 2)); // completely -> complete (not likely -> like: a stem of five letters or more)
        } else if (n > 6 && w.endsWith("very")) {
            out.add(w.substring(0, n - 1)); // recovery -> recover
        } else if (n >= 4 && w.endsWith("ll")) {
            out.add(w + "y"); // full -> fully
        } else if (n > 5 && w.endsWith("ver")) {
            out.add(w + "y"); // recover -> recovery
        }
        return out;
    }

    private static int[] inflected(Map<String, int[]> index, String w) {
        int[] r = index.get(w);
        String irr = IRREGULAR.get(w);
        if (r != null) {
            // a form that is a word of its own and an irregular form of another ("lost", "left", "found",
            // "felt") may be either: both rows
            return irr == null ? r : Words.union(r, index.get(irr));
        }
        if (irr != null) {
            r = index.get(irr);
            return r == null ? NONE : r;
        }
        for (String[] rule : SUFFIXES) {
            String suf = rule[0];
            if (w.length() - suf.length() < 2 || !w.endsWith(suf)) {
                continue;
            }
            String stem = w.substring(0, w.length() - suf.length());
            for (int k = 1; k < rule.length; k++) {
                String base = stem + rule[k];
                r = index.get(base);
                if (r != null) {
                    return r;
                }
            }
            int n = stem.length();
            if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiouy".indexOf(stem.charAt(n - 1)) < 0) {
                r = index.get(stem.substring(0, n - 1)); // stopped, running, bigger
                if (r != null) {
                    return r;
                }
            }
        }
        return NONE;
    }

    /** An English inflection and the endings that may replace it in the base form, longest first. */
    private static final String[][] SUFFIXES = {
        {"ies", "y"}, {"ied", "y"}, {"iest", "y"}, {"ier", "y"}, {"ily", "y"}, {"ing", "", "e"}, {"es", "", "e"},
        {"ed", "", "e"}, {"est", "", "e"}, {"er", "", "e"}, {"ly", ""}, {"s", ""}};

    /**
     * Irregular English forms and their base forms (verbs whose past or participle a stemmer
     * cannot undo, and plurals that do not end in -s).
     */
    private static final Map<String, String> IRREGULAR = irregular(
            "said say", "says say", "went go", "gone go", "goes go", "made make", "took take", "taken take",
            "gave give", "given give", "came come", "saw see", "seen see", "found find", "told tell",
            "thought think", "brought bring", "bought buy", "built build", "sent send", "spent spend",
            "left leave", "kept keep", "held hold", "met meet", "paid pay", "lost lose", "won win",
            "began begin", "begun begin", "became become", "knew know", "known know", "grew grow",
            "grown grow", "wrote write", "written write", "spoke speak", "spoken speak", "chose choose",
            "chosen choose", "fell fall", "fallen fall", "rose rise", "risen rise", "drove drive",
            "driven drive", "ran run", "stood stand", "understood understand", "led lead", "fought fight",
            "caught catch", "taught teach", "sought seek", "sold sell", "heard hear", "felt feel",
            "meant mean", "set set", "struck strike", "shot shoot", "hit hit", "cut cut", "put put",
            "broke break", "broken break", "forgot forget", "forgotten forget", "froze freeze",
            "frozen freeze", "stole steal", "stolen steal", "flew fly", "flown fly", "threw throw",
            "thrown throw", "drew draw", "drawn draw", "ate eat", "eaten eat", "wore wear", "worn wear",
            "slept sleep", "woke wake", "hid hide", "hidden hide", "shook shake", "shaken shake",
            "laid lay", "lay lie", "lain lie", "fed feed", "fled flee", "bore bear", "born bear",
            "sang sing", "sung sing", "rang ring", "swam swim", "drank drink", "drunk drink",
            "was be", "were be", "been be", "is be", "are be", "had have", "has have", "did do", "done do",
            "men man", "women woman", "children child", "people person", "feet foot", "teeth tooth",
            "mice mouse", "geese goose", "lives life", "wives wife", "knives knife", "leaves leaf",
            "halves half", "thieves thief", "wolves wolf", "shelves shelf", "better good", "best good",
            "worse bad", "worst bad", "further far", "farther far");

    private static Map<String, String> irregular(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            String[] kv = p.split(" ");
            m.put(kv[0], kv[1]);
        }
        return Map.copyOf(m);
    }

    /**
     * The lookup of one language's words ({@code en}, {@code uk} or {@code ru}); {@code morphology}
     * gives the lemmas of a Cyrillic word (may be null: the word is then taken as its own lemma).
     * Not thread-safe (it caches what it has looked up): one per call.
     */
    public Words words(String lang, Morphology morphology) {
        int column = LANG_COLUMNS.indexOf(lang);
        return new Words(lang, column < 0 ? Map.of() : index(column), morphology);
    }

    /** A per-call lookup of one language's words. */
    public static final class Words {
        private final boolean english;
        private final Map<String, int[]> index;
        private final Morphology morphology;
        private final Map<String, int[]> cache = new HashMap<>();
        private morfologik.stemming.DictionaryLookup lookup;

        private Words(String lang, Map<String, int[]> index, Morphology morphology) {
            this.english = "en".equals(lang);
            this.index = index;
            this.morphology = morphology;
        }

        /** The rows of the list that hold this word of a text (any inflected form); empty when none. */
        public int[] rows(String word) {
            int[] r = cache.get(word);
            if (r == null) {
                r = lookup(word);
                cache.put(word, r);
            }
            return r;
        }

        private int[] lookup(String word) {
            String low = word.toLowerCase(Locale.ROOT);
            if (english) {
                if (low.endsWith("'s") || low.endsWith("’s")) {
                    low = low.substring(0, low.length() - 2);
                }
                return english(index, low);
            }
            int[] out = NONE;
            if (morphology != null) {
                if (lookup == null) {
                    lookup = morphology.newLookup();
                }
                for (String form : low.equals(word) ? new String[] {word} : new String[] {low, word}) {
                    for (Morphology.Reading rd : morphology.lookup(form.replace('’', '\''), lookup)) {
                        out = union(out, index.get(fold(rd.lemma())));
                    }
                    if (out.length > 0) {
                        return out;
                    }
                }
            }
            int[] r = index.get(fold(low));
            return r == null ? out : r;
        }

        static int[] union(int[] a, int[] b) {
            if (b == null || b.length == 0) {
                return a;
            }
            if (a.length == 0) {
                return b;
            }
            int[] c = Arrays.copyOf(a, a.length + b.length);
            int n = a.length;
            for (int x : b) {
                boolean seen = false;
                for (int y = 0; y < a.length; y++) {
                    seen |= a[y] == x;
                }
                if (!seen) {
                    c[n++] = x;
                }
            }
            return Arrays.copyOf(c, n);
        }
    }
}
