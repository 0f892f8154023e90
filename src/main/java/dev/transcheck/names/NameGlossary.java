package dev.transcheck.names;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryCache;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.text.Resources;
import dev.transcheck.text.translit.LatinKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persons and places of a glossary, indexed by the words of their source-language forms, so
 * that a name part found in the source ("Бєлоусовим", lemma Бєлоусов) finds its concept and the
 * matching word of its English forms. Immutable; one per glossary, cached in {@link Resources}.
 */
public final class NameGlossary {
    /** What the glossary says about one word of a name in English. */
    public record View(Concept concept, Set<String> accepted, Set<String> forbidden, String romanisedFrom,
                       String preferredWord, String preferredForm) {
    }

    record Entry(Concept concept, String lang, int index, int words) {
    }

    /** Equals and hashCode spelled out: a record's own are linked through method handles at start-up. */
    private record Key(Glossary glossary) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.glossary == glossary;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(glossary);
        }
    }

    /** English patronymic endings (Vladimirovich, Volodymyrovych, Grigoryevna). */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("(?i)(vich|vych|vna|ichna)$");

    /** Runs of white space between the words of a form (compiled once: forms are split for every name looked up). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final Map<String, List<Entry>> byWord;
    /** The words of the persons' forms per language, as {@link LatinKeys#normal} keys (Latin) or lower case. */
    private final Map<String, Set<String>> personWords;

    private NameGlossary(Glossary glossary) {
        if (glossary.slot() == null) {
            byWord = byWord(glossary);
            personWords = personWords(glossary);
            return;
        }
        // both tables are kept with the glossary's cache entry (start-up, docs/performance.md)
        Map<String, Set<String>> encoded = GlossaryCache.stringSets(glossary.slot(), "name-words", () -> encodedWords(glossary));
        List<Concept> concepts = glossary.concepts();
        Map<String, List<Entry>> frozen = new HashMap<>();
        encoded.forEach((k, v) -> {
            List<Entry> entries = new ArrayList<>(v.size());
            for (String e : new java.util.TreeSet<>(v)) { // the glossary's order: concept, form, word
                String[] f = e.split(":", -1);
                entries.add(new Entry(concepts.get(Integer.parseInt(f[0])), f[3], Integer.parseInt(f[2]),
                        Integer.parseInt(f[4])));
            }
            frozen.put(k, List.copyOf(entries));
        });
        byWord = Map.copyOf(frozen);
        personWords = GlossaryCache.stringSets(glossary.slot(), "person-words", () -> personWords(glossary));
    }

    /**
     * The words of the persons' and places' Ukrainian and Russian forms, each to its entries, an
     * entry written as "concept:form:word:lang:words" (positions zero-padded, so that sorting them
     * gives the glossary's order).
     */
    private static Map<String, Set<String>> encodedWords(Glossary glossary) {
        Map<String, Set<String>> map = new HashMap<>();
        List<Concept> concepts = glossary.concepts();
        for (int ci = 0; ci < concepts.size(); ci++) {
            Concept c = concepts.get(ci);
            if (c.type() != ConceptType.PERSON && c.type() != ConceptType.PLACE) {
                continue;
            }
            for (int ti = 0; ti < c.terms().size(); ti++) {
                Term t = c.terms().get(ti);
                if (!"uk".equals(t.lang()) && !"ru".equals(t.lang()) || t.status() == TermStatus.FORBIDDEN) {
                    continue;
                }
                String[] words = SPACES.split(t.form());
                for (int i = 0; i < words.length; i++) {
                    map.computeIfAbsent(t.lang() + ":" + NameTables.key(words[i]), k -> new HashSet<>())
                            .add(pad(ci, 7) + ":" + pad(ti, 5) + ":" + pad(i, 4) + ":" + t.lang() + ":" + words.length);
                }
            }
        }
        return map;
    }

    private static String pad(int n, int width) {
        String d = Integer.toString(n);
        return "0".repeat(Math.max(0, width - d.length())) + d;
    }

    /** The words of the persons' and places' Ukrainian and Russian forms, each to its entries in glossary order. */
    private static Map<String, List<Entry>> byWord(Glossary glossary) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PERSON && c.type() != ConceptType.PLACE) {
                continue;
            }
            for (Term t : c.terms()) {
                if (!"uk".equals(t.lang()) && !"ru".equals(t.lang()) || t.status() == TermStatus.FORBIDDEN) {
                    continue;
                }
                String[] words = SPACES.split(t.form());
                for (int i = 0; i < words.length; i++) {
                    map.computeIfAbsent(t.lang() + ":" + NameTables.key(words[i]), k -> new ArrayList<>())
                            .add(new Entry(c, t.lang(), i, words.length));
                }
            }
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** Both tables as text, sorted (tests compare a glossary's tables with those read from its cache). */
    String describe() {
        List<String> lines = new ArrayList<>();
        byWord.forEach((k, v) -> lines.add(k + " " + v.stream().map(e -> e.concept().id() + ":" + e.lang() + ":"
                + e.index() + ":" + e.words()).toList()));
        personWords.forEach((k, v) -> lines.add("person " + k + " " + new java.util.TreeSet<>(v)));
        java.util.Collections.sort(lines);
        return String.join("\n", lines);
    }

    /** The words of the persons' forms per language, as {@link LatinKeys#normal} keys. */
    private static Map<String, Set<String>> personWords(Glossary glossary) {
        Map<String, Set<String>> persons = new HashMap<>();
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PERSON) {
                continue;
            }
            for (Term t : c.terms()) {
                if (t.status() == TermStatus.FORBIDDEN) {
                    continue;
                }
                for (String w : SPACES.split(t.form())) {
                    String k = LatinKeys.normal(w);
                    if (k.length() >= 3) {
                        persons.computeIfAbsent(t.lang(), x -> new HashSet<>()).add(k);
                    }
                }
            }
        }
        Map<String, Set<String>> frozenPersons = new HashMap<>();
        persons.forEach((k, v) -> frozenPersons.put(k, Set.copyOf(v)));
        return Map.copyOf(frozenPersons);
    }

    /** True when {@code normal} (a {@link LatinKeys#normal} key) is a word of a glossary person's form in {@code lang}. */
    public boolean isPersonWord(String lang, String normal) {
        return personWords.getOrDefault(lang, Set.of()).contains(normal);
    }

    public static NameGlossary of(Glossary glossary, Resources resources) {
        return resources.shared(new Key(glossary), () -> new NameGlossary(glossary));
    }

    /**
     * The glossary view of {@code part} spelt in {@code lang}; {@code groupLemmas} are the lemmas
     * of the other words of its name, used to choose between concepts sharing a word. Null when
     * the glossary does not know the name. {@code hinted} is a concept found by the term index.
     */
    public View view(NamePart part, String lang, List<String> groupLemmas, Concept hinted) {
        Entry best = null;
        int bestScore = -1;
        for (String lemma : part.lemmas()) {
            for (Entry e : byWord.getOrDefault(lang + ":" + NameTables.key(lemma), List.of())) {
                if (!identifies(e, part, lang, groupLemmas)) {
                    continue; // a first name alone names no one (Володимир Кудрицький is not Володимир Путін)
                }
                // the other words of the name decide (Владимир Зеленский is not Владимир Путин); the term
                // index's concept only breaks ties, as it may have matched a first name alone
                int score = e.concept() == hinted ? 1 : 0;
                for (Term t : e.concept().terms(lang)) {
                    for (String w : SPACES.split(t.form())) {
                        if (groupLemmas.stream().anyMatch(g -> NameTables.key(g).equals(NameTables.key(w)))) {
                            score += 10;
                        }
                    }
                }
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return null;
        }
        Set<String> accepted = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        String from = null;
        String preferredWord = null;
        String preferredForm = null;
        for (Term t : best.concept().terms("en")) {
            String w = wordOf(t.form(), best, part.kind());
            if (w == null) {
                continue;
            }
            String n = LatinKeys.normal(w);
            if (t.status() == TermStatus.FORBIDDEN) {
                forbidden.add(n);
            } else {
                accepted.add(n);
                if (t.status() == TermStatus.PREFERRED && preferredWord == null) {
                    preferredWord = w;
                    preferredForm = t.form();
                    from = t.romanisedFrom();
                }
            }
        }
        forbidden.removeAll(accepted);
        if (preferredWord == null && !accepted.isEmpty()) {
            for (Term t : best.concept().terms("en")) {
                if (t.status() != TermStatus.FORBIDDEN && wordOf(t.form(), best, part.kind()) != null) {
                    preferredWord = wordOf(t.form(), best, part.kind());
                    preferredForm = t.form();
                    from = t.romanisedFrom();
                    break;
                }
            }
        }
        if (from == null) {
            for (Term t : best.concept().terms("en")) {
                if (t.romanisedFrom() != null && !t.romanisedFrom().isBlank()) {
                    from = t.romanisedFrom();
                    break;
                }
            }
        }
        return new View(best.concept(), Set.copyOf(accepted), Set.copyOf(forbidden),
                from == null || from.isBlank() ? null : from.trim(), preferredWord, preferredForm);
    }

    /**
     * True when the entry's form identifies the person through {@code part}: a one-word form (a
     * surname given alone), the last word of a person's form (the surname), or a form whose every
     * word stands in the name ({@code groupLemmas}: Олександр Григорович, first name and
     * patronymic). A first name or patronymic alone matches many people: never a person. Places
     * match by any word of their form.
     */
    static boolean identifies(Entry e, NamePart part, String lang, List<String> groupLemmas) {
        if (e.concept().type() != ConceptType.PERSON || e.words() == 1) {
            return true;
        }
        if (e.index() == e.words() - 1 && part.kind() != NameKind.FIRST && part.kind() != NameKind.PATRONYMIC) {
            return true;
        }
        for (Term t : e.concept().terms(lang)) {
            if (t.status() == TermStatus.FORBIDDEN) {
                continue;
            }
            String[] words = SPACES.split(t.form());
            boolean all = words.length >= 2;
            boolean self = false;
            for (String w : words) {
                String k = NameTables.key(w);
                all &= groupLemmas.stream().anyMatch(g -> NameTables.key(g).equals(k));
                self |= part.lemmas().stream().anyMatch(g -> NameTables.key(g).equals(k));
            }
            if (all && self) {
                return true;
            }
        }
        return false;
    }

    /** The word of an English form that corresponds to the source word at {@code e.index()}. */
    private static String wordOf(String form, Entry e, NameKind kind) {
        String[] words = SPACES.split(form);
        if (words.length == e.words()) {
            String w = words[e.index()];
            // Vladimir Putin is read at the place of Володимирович in Володимир Володимирович: only a patronymic stands there
            return (kind == NameKind.PATRONYMIC) == PATRONYMIC.matcher(w).find() ? w : null;
        }
        if (words.length == 1 && e.words() > 1 && (kind == NameKind.FIRST || kind == NameKind.PATRONYMIC)) {
            return null; // a one-word English form (Putin) is the surname: it says nothing of the first name
        }
        if (e.words() == 1 || kind == NameKind.SURNAME) {
            String last = words[words.length - 1];
            return words.length > 1 && PATRONYMIC.matcher(last).find() ? null : last;
        }
        if (kind == NameKind.FIRST) {
            return words[0];
        }
        return null;
    }
}
