package dev.transcheck.names;

import dev.transcheck.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name data shipped in {@code src/main/resources/names/}: Ukrainian/Russian first-name pairs
 * with English forms, exonyms of places, and English words capitalised for other reasons than
 * being names. Immutable; built once per {@link Resources}.
 */
public final class NameTables {
    /** One first name in both languages with its English forms. */
    public record FirstName(String uk, String ru, List<String> english) {
    }

    private final Map<String, FirstName> firstByCyrillic;
    private final Map<String, List<String>> exonyms;
    private final Map<String, List<String>> foreignFirst;
    private final Set<String> exonymWords;
    private final Set<String> placeWords;
    private final Map<String, Set<String>> capitalisedWords;
    private final List<Orthography> orthographies;
    private final Map<String, List<String>> nicknames;

    /**
     * A Latin spelling of another language, undone towards the English romanisation letters
     * ({@code translit/latin-orthographies.tsv}): applies when {@code trigger} occurs in the word.
     */
    public record Orthography(String name, java.util.regex.Pattern trigger, boolean slavic,
                              List<java.util.regex.Pattern> from, List<String> to, java.util.Map<String, String> rewritten) {
        public Orthography(String name, java.util.regex.Pattern trigger, boolean slavic, List<java.util.regex.Pattern> from,
                           List<String> to) {
            this(name, trigger, slavic, from, to, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** The rewritten word, or {@code word} itself when the trigger does not occur. */
        public String apply(String word) {
            // asked for every name of a sentence with every word of its translation: each word's result kept
            String known = rewritten.get(word);
            if (known == null) {
                known = rewrite(word);
                if (rewritten.size() >= 20_000) {
                    rewritten.clear();
                }
                rewritten.put(word, known);
            }
            return known;
        }

        private String rewrite(String word) {
            if (!trigger.matcher(word).find()) {
                return word;
            }
            String s = word;
            for (int i = 0; i < from.size(); i++) {
                s = from.get(i).matcher(s).replaceAll(to.get(i));
            }
            return s;
        }
    }

    private NameTables() {
        Map<String, FirstName> first = new HashMap<>();
        for (String[] row : rows("/names/first-names.tsv")) {
            if (row[0].equals("uk")) {
                continue;
            }
            FirstName f = new FirstName(row[0], row[1], row.length > 2 ? List.of(row[2].split("\\|")) : List.of());
            first.putIfAbsent(key(row[0]), f);
            first.putIfAbsent(key(row[1]), f);
        }
        firstByCyrillic = Map.copyOf(first);
        Map<String, List<String>> ff = new HashMap<>();
        for (String[] row : rows("/names/first-names-foreign.tsv")) {
            ff.putIfAbsent(key(row[0]), List.of(row[1].split("\\|")));
        }
        foreignFirst = Map.copyOf(ff);
        Map<String, List<String>> ex = new HashMap<>();
        Set<String> words = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (String[] row : rows("/names/exonyms.tsv")) {
            List<String> forms = List.of(row[1].split("\\|"));
            if (row.length < 3 || !"other".equals(row[2])) {
                for (String w : forms.get(0).split(" ")) {
                    places.add(w.toLowerCase(Locale.ROOT));
                }
            }
            ex.put(key(row[0]), forms);
            for (String f : forms) {
                for (String w : f.split(" ")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        exonyms = Map.copyOf(ex);
        exonymWords = Set.copyOf(words);
        placeWords = Set.copyOf(places);
        Map<String, Set<String>> cap = new HashMap<>();
        for (String lang : Locale.getISOLanguages()) {
            String resource = "/names/" + lang + "-capitalised-words.txt";
            if (dev.transcheck.lang.ShippedResources.exists(resource)) { // not a search of every jar per language
                Set<String> list = new HashSet<>();
                for (String[] row : rows(resource)) {
                    list.add(row[0].toLowerCase(Locale.ROOT));
                }
                cap.put(lang, Set.copyOf(list));
            }
        }
        capitalisedWords = Map.copyOf(cap);
        List<Orthography> orth = new ArrayList<>();
        for (String[] row : rows("/translit/latin-orthographies.tsv")) {
            List<java.util.regex.Pattern> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (String rule : row[3].split(" ")) {
                int gt = rule.lastIndexOf('>');
                from.add(java.util.regex.Pattern.compile(rule.substring(0, gt)));
                to.add(rule.substring(gt + 1));
            }
            orth.add(new Orthography(row[0], java.util.regex.Pattern.compile(row[1]), "slavic".equals(row[2]),
                    List.copyOf(from), List.copyOf(to)));
        }
        orthographies = List.copyOf(orth);
        Map<String, List<String>> nick = new HashMap<>();
        for (String[] row : rows("/names/nicknames-en.tsv")) {
            nick.put(row[0].toLowerCase(Locale.ROOT), List.of(row[1].split("\\|")));
        }
        nicknames = Map.copyOf(nick);
    }

    /** The Latin spellings of other languages, in file order. */
    public List<Orthography> orthographies() {
        return orthographies;
    }

    /** The full English first names of the short form {@code english} (Mike: Michael), or an empty list. */
    public List<String> fullNames(String english) {
        return nicknames.getOrDefault(english.toLowerCase(Locale.ROOT), List.of());
    }

    public static NameTables of(Resources resources) {
        return resources.shared(NameTables.class, NameTables::new);
    }

    static String key(String cyrillic) {
        return cyrillic.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'').replace('ʼ', '\'');
    }

    /** The first-name pair of a Ukrainian or Russian first name (nominative), or null. */
    public FirstName firstName(String cyrillic) {
        return firstByCyrillic.get(key(cyrillic));
    }

    /** True when {@code cyrillic} (nominative) is a known first name, Slavic or foreign. */
    public boolean isFirstName(String cyrillic) {
        return firstByCyrillic.containsKey(key(cyrillic)) || foreignFirst.containsKey(key(cyrillic));
    }

    /** The English forms of a foreign first name written in Cyrillic, or an empty list. */
    public List<String> foreignFirstName(String cyrillic) {
        return foreignFirst.getOrDefault(key(cyrillic), List.of());
    }

    /** The English forms of a place spelt {@code cyrillic} (nominative), or an empty list. */
    public List<String> exonym(String cyrillic) {
        return exonyms.getOrDefault(key(cyrillic), List.of());
    }

    /** True when the English word is (part of) a known place name or its adjective. */
    public boolean isExonymWord(String english) {
        return exonymWords.contains(english.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the English word is the plural of a nationality noun formed from a known place
     * (Turks from Turkey and Turkish, Germans, Brits): a people, never one person, so never the word
     * that stands in a person's place. The word without its s is the place's adjective (Russians),
     * or begins both the place's name and its adjective (Turks: Turkey, Turkish); a surname that
     * only begins a place (Peters, Petersburg) is no nationality.
     */
    public boolean isNationalityPlural(String english) {
        String w = english.toLowerCase(Locale.ROOT);
        if (w.length() < 5 || !w.endsWith("s") || w.endsWith("ss")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        for (List<String> forms : exonyms.values()) {
            boolean place = forms.get(0).toLowerCase(Locale.ROOT).startsWith(stem);
            for (int i = 1; i < forms.size(); i++) {
                String f = forms.get(i).toLowerCase(Locale.ROOT);
                if (f.equals(stem) || place && f.startsWith(stem)) {
                    return true; // Russians (Russian), Turks (Turkey, Turkish)
                }
            }
        }
        return false;
    }

    /** True when the English word is (part of) the English name of a known place (not its adjective). */
    public boolean isPlaceWord(String english) {
        return placeWords.contains(english.toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code word} of a {@code lang} text is capitalised for a reason other than being a
     * name (a function word, title, month...), from {@code names/<lang>-capitalised-words.txt}, or a
     * spelled-out number of the language (its numbers/spelled table).
     */
    public boolean isCapitalisedWord(String lang, String word) {
        Set<String> words = capitalisedWords.get(lang);
        if (words == null) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // a spelled-out number begins a sentence capitalised ("Thirteen other people were freed")
        return words.contains(lower) || dev.transcheck.text.numbers.NumberLexicon.of(lang).isNumberWord(lower);
    }

    /**
     * True when the language has a list of words capitalised for other reasons; without one (German
     * capitalises every noun) a capitalised word cannot be taken for a name that replaced another.
     */
    public boolean knowsCapitalisation(String lang) {
        return capitalisedWords.containsKey(lang);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
