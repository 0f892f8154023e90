package dev.transcheck.glossary;

// Longer than 400 lines: the index, its matching and its on-disk form in the glossary cache
// (GlossaryCache) share the private records of a compiled form, which stay private to it; it also
// finds the places a text names through an adjective (placeAdjectives) and the words of camel-case
// hashtags, which read the same per-language analyzer and glossary forms.

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.Resources;
import dev.transcheck.text.analysis.Analyzers;
import dev.transcheck.text.analysis.TextNormalizer;
import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import dev.transcheck.text.analysis.WordAnalyzer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds glossary forms in sentences, in any inflected form: source side through morphology,
 * target side through English analysis. Built once per glossary; thread-safe.
 *
 * <p>Every glossary form is compiled into a sequence of elements (words, numbers, the
 * {@code {year}} placeholder, hyphens, punctuation). A word element holds the keys of its word
 * (see {@link WordAnalyzer}); a text word matches it when their key sets intersect and its letter
 * case fits: the capitalised first word of a name (person, place, organisation, event) matches
 * only a capitalised text word (later words may differ in case: "Рада безпеки ООН" for "Рада
 * Безпеки ООН"), and a word with inner capitals (BelTA, NATO, UN) matches only a word
 * with inner capitals too (BELTA, but not "Un", "Who" or "nato"). A hyphen of a form may be missing in the text ("Zapad 2025"). Each language's
 * index is built on first use and kept; it maps the keys of a form's first element to the forms.
 * A person's multi-word form also yields its last word (the surname) alone, reported as a
 * {@linkplain TermHit#partial() partial} hit.
 */
public final class TermIndex {
    /** The placeholder of a year in event names. */
    public static final String YEAR = "{year}";

    private final Glossary glossary;
    private final Resources resources;
    private final Map<String, LangIndex> byLang = new ConcurrentHashMap<>();
    private final Map<String, PlaceStems> placeStems = new ConcurrentHashMap<>();

    private TermIndex(Glossary glossary, Resources resources) {
        this.glossary = glossary;
        this.resources = resources;
    }

    /** The index of {@code glossary}, built once and cached in {@code resources}. */
    public static TermIndex of(Glossary glossary, Resources resources) {
        return resources.shared(new Key(glossary), () -> new TermIndex(glossary, resources));
    }

    /*
     * The two start-up keys spell out equals and hashCode: a record's generated ones are linked
     * through method handles on first use (a few dozen classes spun and compiled at start-up).
     */
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

    public Glossary glossary() {
        return glossary;
    }

    /** {@code form} with {@code {year}} replaced by {@code year} (unchanged when year is null). */
    public static String fill(String form, String year) {
        return year == null ? form : form.replace(YEAR, year);
    }

    /**
     * Every glossary form (of any status) that occurs in {@code sentence} of {@code doc}, in
     * {@code doc}'s language, the longest match first: a form inside a longer form of another
     * concept is left out ("Kharkiv" inside "Kharkiv Oblast"). See {@link #findNested}.
     */
    public List<TermHit> find(Document doc, Sentence sentence) {
        return longest(findNested(doc, sentence));
    }

    /**
     * Like {@link #find}, but also the forms that lie inside a longer form of another concept
     * ("U.N." inside "U.N. Security Council"): what a text mentions at all.
     */
    public List<TermHit> findNested(Document doc, Sentence sentence) {
        return findNested(doc, sentence, doc.lang());
    }

    /**
     * Like {@link #findNested(Document, Sentence)}, with the forms of {@code lang} instead of the
     * document's language: words of another language that a text quotes as they are (a post's
     * hashtags kept from its original).
     */
    public List<TermHit> findNested(Document doc, Sentence sentence, String lang) {
        LangIndex index = byLang.computeIfAbsent(lang, this::build);
        if (index.first.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = hashtagWords(Tokenizer.tokens(sentence.text()));
        TokenKeys keys = new TokenKeys(tokens, index.analyzer, index.prefixes);
        List<TermHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (String k : keys.firstKeys(i)) {
                List<CompiledForm> forms = index.first.get(k);
                if (forms == null) {
                    continue;
                }
                for (CompiledForm f : forms) {
                    int end = f.match(tokens, keys, i);
                    if (end > i) {
                        int start = sentence.start() + tokens.get(i).start();
                        int stop = sentence.start() + tokens.get(end - 1).end();
                        hits.add(new TermHit(f.concept, f.term, Span.of(doc, sentence.id(), start, stop), f.partial));
                    }
                }
            }
        }
        return select(hits);
    }

    /**
     * {@code tokens} with each word of a hashtag written in camel case split where a capital follows
     * a lower-case letter: "#KyivDigital" holds "Kyiv" and "Digital", «#КиївЦифровий» holds «Київ»,
     * as a hashtag runs its words together. Other words are left whole (BelTA, McDonald).
     */
    static List<Token> hashtagWords(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Token> parts = null;
            if (t.isWord() && i > 0 && tokens.get(i - 1).kind() == Token.Kind.PUNCT && tokens.get(i - 1).text().equals("#")
                    && tokens.get(i - 1).end() == t.start()) {
                parts = camelParts(t);
            }
            if (parts != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.addAll(parts != null ? parts : List.of(t));
            }
        }
        return out == null ? tokens : out;
    }

    /** The camel-case parts of a word, or null when it has one part. */
    private static List<Token> camelParts(Token t) {
        String w = t.text();
        List<Token> parts = null;
        int from = 0;
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
                if (parts == null) {
                    parts = new ArrayList<>();
                }
                parts.add(new Token(Token.Kind.WORD, t.start() + from, t.start() + k, w.substring(from, k)));
                from = k;
            }
        }
        if (parts == null) {
            return null;
        }
        parts.add(new Token(Token.Kind.WORD, t.start() + from, t.end(), w.substring(from)));
        return parts;
    }

    /** Every hit in every sentence of {@code doc}, in document order. */
    public List<TermHit> findAll(Document doc) {
        List<TermHit> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(find(doc, s));
        }
        return out;
    }

    /**
     * One hit per concept and span (the form written exactly as in the text, else a full form
     * before a surname, else the better status), without hits of a concept that lie inside a
     * longer hit of the same concept, and without surname-only hits where a glossary form of any
     * concept was found (Lukashenko as a form of Alexander Lukashenko, not the surname of Viktor
     * Lukashenko).
     */
    private static List<TermHit> select(List<TermHit> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        Map<String, TermHit> best = new LinkedHashMap<>();
        for (TermHit h : hits) {
            String k = h.concept().id() + "\u0000" + h.span().start() + "\u0000" + h.span().end();
            TermHit prev = best.get(k);
            if (prev == null || rank(h) < rank(prev)) {
                best.put(k, h);
            }
        }
        List<TermHit> out = new ArrayList<>();
        Containers containers = new Containers(best.values());
        for (TermHit h : best.values()) {
            // a glossary form beats a surname guessed from another concept's full name; a hit inside a longer hit of its concept goes
            boolean inside = containers.any(h, o -> h.partial() && !o.partial()
                    || o.concept().id().equals(h.concept().id()) && o.span().end() - o.span().start() > h.span().end() - h.span().start());
            if (!inside) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt((TermHit h) -> h.span().start()).thenComparingInt(h -> -h.span().end()));
        return out;
    }

    /**
     * {@code hits} of one sentence without those inside a longer hit of another concept: the
     * longest match names the thing ("Рада" inside "Рада безпеки ООН", "Kharkiv" inside "Kharkiv
     * Oblast", "Kiev" inside "Chicken Kiev").
     */
    public static List<TermHit> longest(List<TermHit> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<TermHit> out = new ArrayList<>(hits.size());
        Containers containers = new Containers(hits);
        for (TermHit h : hits) {
            boolean inside = containers.any(h, o -> !o.concept().id().equals(h.concept().id()) && !o.partial()
                    && o.span().end() - o.span().start() > h.span().end() - h.span().start());
            if (!inside) {
                out.add(h);
            }
        }
        return out.size() == hits.size() ? hits : List.copyOf(out);
    }

    /**
     * The hits of one sentence by start, to find the hits whose span contains a given one without
     * comparing every pair: a container starts at most the longest span's length before the
     * contained hit ends, so only that window is looked at (a sentence of thousands of hits, such
     * as a long list without full stops, stays linear).
     */
    private static final class Containers {
        private final List<TermHit> byStart;
        private final int[] starts;
        private final int longest;

        Containers(java.util.Collection<TermHit> hits) {
            byStart = new ArrayList<>(hits);
            byStart.sort(Comparator.comparingInt(h -> h.span().start()));
            starts = new int[byStart.size()];
            int max = 0;
            for (int i = 0; i < starts.length; i++) {
                TermHit h = byStart.get(i);
                starts[i] = h.span().start();
                max = Math.max(max, h.span().end() - h.span().start());
            }
            longest = max;
        }

        /** Whether a hit other than {@code h} whose span contains {@code h}'s satisfies {@code test}. */
        boolean any(TermHit h, java.util.function.Predicate<TermHit> test) {
            int from = firstAtLeast(h.span().end() - longest);
            for (int i = from; i < starts.length && starts[i] <= h.span().start(); i++) {
                TermHit o = byStart.get(i);
                if (o != h && o.span().end() >= h.span().end() && test.test(o)) {
                    return true;
                }
            }
            return false;
        }

        private int firstAtLeast(int start) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * Place names that {@code sentence} names through an adjective made from them (харківського →
     * Kharkiv, київський → Kyiv, московский → Moscow, Russian → Russia), in {@code doc}'s language,
     * one hit per word (the best-matching places). A word counts when a key of it (a dictionary
     * form where the language has a dictionary) ends in one of the profile's
     * {@code place-adjective.suffixes} ({@code ськ+ий}: a suffix and an ending), and what is left
     * before the suffix continues the stem of a one-word glossary place form (the form without a
     * final vowel, soft sign or й, at least four letters): equal to it, or sharing all but its last
     * two letters and no more than two letters longer or shorter (Москва → московський, Одеса →
     * одеський, Чернівці → чернівецький, Запоріжжя → запорізький, China → Chinese). A name ending
     * in the suffix itself (Донецьк → донецький) matches the adjective without its ending. Where
     * the profile says so ({@code place-adjective.capitalised}), only a capitalised word; never a word
     * before the noun for a language ({@code place-adjective.language-nouns}: французька мова names a
     * language). Hits may overlap {@link #find}'s; callers drop those.
     */
    public List<TermHit> placeAdjectives(Document doc, Sentence sentence) {
        PlaceStems ps = placeStems.computeIfAbsent(doc.lang(), this::buildPlaceStems);
        if (ps.byPrefix.isEmpty()) {
            return List.of();
        }
        LangIndex index = byLang.computeIfAbsent(doc.lang(), this::build);
        if (index.analyzer == null) {
            return List.of();
        }
        List<TermHit> out = new ArrayList<>();
        List<Token> tokens = Tokenizer.tokens(sentence.text());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || ps.capitalised && !t.capitalised()) {
                continue;
            }
            if (!ps.capitalised && t.capitalised() && partOfHyphenatedName(tokens, i)) {
                continue; // Івано-Франківській, Петропавловська-Камчатського: one name, not a place adjective
            }
            String folded = TextNormalizer.fold(t.text());
            if (ps.suffixes.stream().noneMatch(x -> folded.contains(x[2]))) {
                continue; // no word made from a place: no dictionary look-up
            }
            List<PlaceName> best = new ArrayList<>();
            int bestScore = 0;
            for (String key : index.analyzer.keys(t.text())) {
                for (String[] suffix : ps.suffixes) {
                    String whole = suffix[0] + suffix[1];
                    if (!key.endsWith(whole) || key.length() < whole.length() + 3) {
                        continue;
                    }
                    String adjective = key.substring(0, key.length() - suffix[1].length());
                    String base = key.substring(0, key.length() - whole.length());
                    List<PlaceName> bucket = ps.byPrefix.get(prefix3(base));
                    if (bucket == null) {
                        continue;
                    }
                    for (PlaceName n : bucket) {
                        int score = n.stem.equals(adjective) || n.stem.equals(base) ? 100 : derivedFrom(base, n.stem);
                        if (score > bestScore) {
                            best.clear();
                            bestScore = score;
                        }
                        if (score > 0 && score == bestScore && best.stream().noneMatch(b -> b.concept.id().equals(n.concept.id()))) {
                            best.add(n);
                        }
                    }
                }
            }
            if (!best.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                    && index.analyzer.keys(tokens.get(i + 1).text()).stream().anyMatch(ps.languageNouns::contains)) {
                continue; // французька мова, the Russian language: a language, not a place
            }
            for (PlaceName n : best) {
                int start = sentence.start() + t.start();
                out.add(new TermHit(n.concept, n.term, Span.of(doc, sentence.id(), start, start + t.text().length()), false));
            }
        }
        return out;
    }

    /**
     * True when the capitalised word {@code i} follows a capitalised word through a hyphen with no
     * space (Івано-Франківській, Петропавловська-Камчатського): in a language whose adjectives of
     * places are written in lower case it is then the later part of a hyphenated proper name, which
     * names the whole place, not the place its part looks derived from. A lower-case part of a
     * compound adjective (російсько-українських, a capital only at the start of a sentence) is
     * still read.
     */
    static boolean partOfHyphenatedName(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        Token before = tokens.get(i - 2);
        return hyphen.kind() == Token.Kind.HYPHEN && hyphen.end() == tokens.get(i).start()
                && before.end() == hyphen.start() && before.isWord() && before.capitalised();
    }

    /**
     * How well an adjective's base (before the suffix) continues a place name's stem: the shared
     * beginning when it covers all but the stem's last two letters (consonant changes: Одес-а →
     * оде-ський, Запоріжж-я → запоріз-ький; inserted letters: Москв-а → москов-ський) and the
     * lengths differ by two letters at most; 0 otherwise.
     */
    static int derivedFrom(String base, String stem) {
        int shared = TermAnalysis.commonPrefix(base, stem);
        return base.length() >= 3 && shared >= Math.max(3, stem.length() - 2) && Math.abs(base.length() - stem.length()) <= 2
                ? shared : 0;
    }

    private static String prefix3(String s) {
        return s.length() <= 3 ? s : s.substring(0, 3);
    }

    /**
     * One-word place forms of a language by the first three letters of their stem, and the
     * language's place-adjective and demonym suffixes as {suffix, ending, what its inflected forms
     * still spell} triples.
     */
    private record PlaceStems(List<String[]> suffixes, boolean capitalised, Set<String> languageNouns,
                              Map<String, List<PlaceName>> byPrefix) {
    }

    private record PlaceName(String stem, Concept concept, Term term) {
    }

    /** Letters a place name's stem drops at its end (Москв-а, Київ, Russi-a, Hungar-y, Тернопіл-ь). */
    private static final String FINAL_VOWELS = "аяоеиіїйьуюєыэёaeiouy";

    /**
     * What of a suffix every inflected form still spells: a fleeting vowel and the soft sign after its
     * consonant drop out (українець - українців, украинец - украинца), so -ець is looked for as ц.
     */
    static String inflected(String suffix) {
        return suffix.replaceAll("[еєо](\\p{L})ь?$", "$1");
    }

    private PlaceStems buildPlaceStems(String lang) {
        dev.transcheck.lang.LanguageProfile profile = dev.transcheck.lang.LanguageProfiles.of(lang);
        List<String[]> suffixes = new ArrayList<>();
        for (String x : profile.placeAdjectiveSuffixes()) {
            int plus = x.indexOf('+');
            String suffix = plus < 0 ? x : x.substring(0, plus);
            suffixes.add(new String[] {suffix, plus < 0 ? "" : x.substring(plus + 1), inflected(suffix)});
        }
        if (suffixes.isEmpty()) {
            return new PlaceStems(List.of(), false, Set.of(), Map.of());
        }
        Map<String, List<PlaceName>> byPrefix = new HashMap<>();
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PLACE) {
                continue;
            }
            for (Term t : c.terms(lang)) {
                List<Token> toks = Tokenizer.formTokens(t.form());
                if (t.status() != TermStatus.FORBIDDEN && toks.size() == 2 && toks.get(0).isWord() && toks.get(1).isWord()) {
                    String compound = compoundStem(toks.get(0).text(), toks.get(1).text());
                    if (compound != null) {
                        byPrefix.computeIfAbsent(prefix3(compound), k -> new ArrayList<>()).add(new PlaceName(compound, c, t));
                    }
                    continue;
                }
                if (t.status() == TermStatus.FORBIDDEN || toks.size() != 1 || !toks.get(0).isWord()) {
                    continue;
                }
                String stem = TextNormalizer.fold(t.form());
                if (stem.length() > 1 && FINAL_VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
                    stem = stem.substring(0, stem.length() - 1);
                }
                if (stem.length() >= 4) {
                    byPrefix.computeIfAbsent(prefix3(stem), k -> new ArrayList<>()).add(new PlaceName(stem, c, t));
                }
            }
        }
        Map<String, List<PlaceName>> frozen = new HashMap<>();
        byPrefix.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Set<String> languageNouns = new HashSet<>();
        profile.languageNouns().forEach(w -> languageNouns.add(TextNormalizer.fold(w)));
        return new PlaceStems(List.copyOf(suffixes), profile.placeAdjectiveCapitalised(), Set.copyOf(languageNouns),
                Map.copyOf(frozen));
    }

    /**
     * The stem of the compound adjective of a two-word place name (an adjective and a noun), as
     * Ukrainian and Russian make it: the adjective's stem, the linking vowel о, the noun's stem
     * (Чорне море - чорноморський, Кривий Ріг - криворізький, Біла Церква - білоцерківський,
     * Чёрное море - черноморский); null when a word is too short to carry a stem. Only the
     * languages with place-adjective suffixes use it, and only as a stem those suffixes follow.
     */
    static String compoundStem(String first, String second) {
        String a = TextNormalizer.fold(first);
        String b = TextNormalizer.fold(second);
        for (int k = 0; k < 2 && a.length() > 3 && FINAL_VOWELS.indexOf(a.charAt(a.length() - 1)) >= 0; k++) {
            a = a.substring(0, a.length() - 1);
        }
        if (b.length() > 3 && FINAL_VOWELS.indexOf(b.charAt(b.length() - 1)) >= 0) {
            b = b.substring(0, b.length() - 1);
        }
        if (a.length() < 3 || b.length() < 3 || !a.chars().allMatch(Character::isLetter) || !b.chars().allMatch(Character::isLetter)
                || Character.UnicodeScript.of(a.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return null;
        }
        return a + "о" + b;
    }

    private static int rank(TermHit h) {
        int r = h.partial() ? 100 : 0;
        if (!h.exact()) {
            r += TextNormalizer.fold(h.span().text()).equals(TextNormalizer.fold(h.writtenForm())) ? 10 : 20;
        }
        return r + h.term().status().ordinal();
    }

    private LangIndex build(String lang) {
        if (glossary.concepts().stream().noneMatch(c -> !c.terms(lang).isEmpty())) {
            return new LangIndex(null, Map.of(), Set.of()); // no dictionary is loaded for a language the glossary lacks
        }
        WordAnalyzer analyzer = Analyzers.of(lang, resources);
        // the compiled forms of a glossary loaded through a cache are kept there: a fresh process
        // reads them instead of looking every form up in the dictionaries again
        GlossaryCache.Slot slot = lang.matches("[a-z]{2,8}") ? glossary.slot() : null;
        String part = "index-" + lang;
        List<CompiledForm> forms = slot == null ? null : slot.read(part, in -> readForms(in, lang));
        if (forms == null) {
            forms = compileAll(lang, analyzer);
            if (slot != null) {
                List<CompiledForm> built = forms;
                slot.write(part, out -> writeForms(out, built));
            }
        }
        Map<String, List<CompiledForm>> first = new HashMap<>();
        for (CompiledForm f : forms) {
            add(first, f);
        }
        Set<String> prefixes = new HashSet<>();
        for (Map.Entry<String, List<CompiledForm>> e : first.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
            String k = e.getKey().startsWith("~") ? e.getKey().substring(1) : e.getKey();
            prefixes.add(prefix(k));
        }
        return new LangIndex(analyzer, Map.copyOf(first), Set.copyOf(prefixes));
    }

    /** Every form of {@code lang} compiled, in glossary order, each person's surname-only form after its full form. */
    private List<CompiledForm> compileAll(String lang, WordAnalyzer analyzer) {
        List<CompiledForm> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            for (Term t : c.terms(lang)) {
                List<Element> elements = compile(t.form(), c.type(), analyzer);
                if (elements.isEmpty()) {
                    continue;
                }
                out.add(new CompiledForm(c, t, elements, false));
                if (c.type() == ConceptType.PERSON) {
                    List<Element> words = elements.stream().filter(e -> e.kind == Token.Kind.WORD).toList();
                    if (words.size() >= 2 && words.size() == elements.size()) {
                        out.add(new CompiledForm(c, t, List.of(words.get(words.size() - 1)), true));
                    }
                }
            }
        }
        return out;
    }

    /** Writes compiled forms for {@link #readForms}: each form's concept and term by position, then its elements. */
    private void writeForms(DataOutputStream out, List<CompiledForm> forms) throws IOException {
        Map<Concept, Integer> conceptAt = new IdentityHashMap<>();
        List<Concept> concepts = glossary.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            conceptAt.put(concepts.get(i), i);
        }
        out.writeInt(forms.size());
        for (CompiledForm f : forms) {
            out.writeInt(conceptAt.get(f.concept));
            int t = 0;
            while (f.concept.terms().get(t) != f.term) {
                t++;
            }
            out.writeInt(t);
            out.writeBoolean(f.partial);
            out.writeInt(f.elements.size());
            for (Element e : f.elements) {
                out.writeByte(e.kind.ordinal());
                out.writeByte(e.rule.ordinal());
                GlossaryCache.writeNullable(out, e.literal);
                out.writeInt(e.keys.size());
                for (String k : new java.util.TreeSet<>(e.keys)) {
                    GlossaryCache.writeString(out, k);
                }
            }
        }
    }

    /** The forms {@link #writeForms} wrote for {@code lang}, tied to this glossary's concepts and terms. */
    private List<CompiledForm> readForms(DataInputStream in, String lang) throws IOException {
        List<Concept> concepts = glossary.concepts();
        Token.Kind[] kinds = Token.Kind.values();
        CaseRule[] rules = CaseRule.values();
        Map<String, String> strings = new HashMap<>(); // one string per key
        int n = in.readInt();
        List<CompiledForm> out = new ArrayList<>(Math.max(0, Math.min(n, 1 << 16)));
        for (int i = 0; i < n; i++) {
            Concept c = concepts.get(in.readInt());
            Term t = c.terms().get(in.readInt());
            if (!t.lang().equals(lang)) {
                throw new IOException("a form of another language");
            }
            boolean partial = in.readBoolean();
            int m = in.readInt();
            if (m <= 0 || m > in.available()) {
                throw new IOException("bad element count " + m);
            }
            List<Element> elements = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                Token.Kind kind = kinds[in.readUnsignedByte()];
                CaseRule rule = rules[in.readUnsignedByte()];
                String literal = GlossaryCache.readNullable(in);
                int k = in.readInt();
                if (k < 0 || k > in.available()) {
                    throw new IOException("bad key count " + k);
                }
                String[] keys = new String[k];
                for (int x = 0; x < k; x++) {
                    keys[x] = strings.computeIfAbsent(GlossaryCache.readString(in), s -> s);
                }
                elements.add(new Element(kind, Set.of(keys), literal, rule));
            }
            out.add(new CompiledForm(c, t, List.copyOf(elements), partial));
        }
        return out;
    }

    /**
     * The index of {@code lang} as text, one line a first key and its forms, sorted (tests compare
     * a built index with one read from the cache).
     */
    String describe(String lang) {
        LangIndex index = byLang.computeIfAbsent(lang, this::build);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<CompiledForm>> e : index.first.entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey()).append(" ->");
            for (CompiledForm f : e.getValue()) {
                sb.append(" [").append(f.concept.id()).append('|').append(f.term.form()).append('|').append(f.partial);
                for (Element el : f.elements) {
                    sb.append('|').append(el.kind).append(':').append(el.rule).append(':').append(el.literal)
                            .append(':').append(new java.util.TreeSet<>(el.keys));
                }
                sb.append(']');
            }
            lines.add(sb.toString());
        }
        Collections.sort(lines);
        lines.add("prefixes " + new java.util.TreeSet<>(index.prefixes));
        return String.join("\n", lines);
    }

    private static void add(Map<String, List<CompiledForm>> first, CompiledForm f) {
        for (String k : f.elements.get(0).indexKeys()) {
            first.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
    }

    private static List<Element> compile(String form, ConceptType type, WordAnalyzer analyzer) {
        List<Element> out = new ArrayList<>();
        boolean name = type == ConceptType.PERSON || type == ConceptType.PLACE
                || type == ConceptType.ORGANISATION || type == ConceptType.EVENT;
        for (Token t : Tokenizer.formTokens(form)) {
            switch (t.kind()) {
                case WORD -> {
                    CaseRule rule = CaseRule.ANY;
                    if (hasInnerCapital(t.text())) {
                        rule = CaseRule.NOT_LOWER;
                    } else if (name && t.capitalised() && out.stream().noneMatch(e -> e.kind == Token.Kind.WORD)) {
                        rule = CaseRule.CAPITALISED; // the first word only: "Рада безпеки ООН" for "Рада Безпеки ООН"
                    }
                    out.add(new Element(Token.Kind.WORD, Set.copyOf(analyzer.formKeys(t.text())), null, rule));
                }
                case NUMBER -> out.add(new Element(Token.Kind.NUMBER, Set.of(), t.text(), CaseRule.ANY));
                case YEAR -> out.add(new Element(Token.Kind.YEAR, Set.of(), null, CaseRule.ANY));
                case HYPHEN -> out.add(new Element(Token.Kind.HYPHEN, Set.of(), "-", CaseRule.ANY));
                case PUNCT -> out.add(new Element(Token.Kind.PUNCT, Set.of(), TextNormalizer.fold(t.text()), CaseRule.ANY));
                default -> { }
            }
        }
        // a form never starts or ends with an optional hyphen
        while (!out.isEmpty() && out.get(0).kind == Token.Kind.HYPHEN) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).kind == Token.Kind.HYPHEN) {
            out.remove(out.size() - 1);
        }
        return List.copyOf(out);
    }

    private static boolean innerCapital(String w) {
        return w.length() > 1 && hasInnerCapital(w);
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = w.offsetByCodePoints(0, 1); i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param prefixes the first two letters of every key of a form's first word: a text word whose
     *                 folded spelling starts otherwise cannot start a form (lemmas and stems keep the
     *                 first two letters of the word), so it is not looked up in the dictionary
     */
    private record LangIndex(WordAnalyzer analyzer, Map<String, List<CompiledForm>> first, Set<String> prefixes) {
    }

    private static String prefix(String folded) {
        return folded.length() <= 2 ? folded : folded.substring(0, 2);
    }

    private enum CaseRule {
        ANY, CAPITALISED, NOT_LOWER;

        boolean accepts(Token t) {
            return switch (this) {
                case ANY -> true;
                case CAPITALISED -> t.capitalised();
                case NOT_LOWER -> innerCapital(t.text());
            };
        }
    }

    /**
     * True for an abbreviation: one word (dots allowed: "U.S.") with at least two capitals, and at
     * least as many capitals as other letters (UN, NATO, BelTA, U.S.).
     */
    public static boolean isAbbreviation(String form) {
        if (form.isBlank() || form.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int upper = 0;
        int other = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return upper >= 2 && upper >= other;
    }

    /** One element of a compiled form. */
    private record Element(Token.Kind kind, Set<String> keys, String literal, CaseRule rule) {
        Set<String> indexKeys() {
            return switch (kind) {
                case WORD -> keys;
                case NUMBER -> Set.of("#n:" + literal);
                case YEAR -> Set.of("#year");
                default -> Set.of("#p:" + literal);
            };
        }

        boolean matches(Token t, TokenKeys keys, int i) {
            return switch (kind) {
                case WORD -> t.kind() == Token.Kind.WORD && rule.accepts(t) && !Collections.disjoint(this.keys, keys.keys(i));
                case NUMBER -> t.kind() == Token.Kind.NUMBER && t.text().equals(literal);
                case YEAR -> t.kind() == Token.Kind.NUMBER && t.text().length() == 4;
                case HYPHEN -> t.kind() == Token.Kind.HYPHEN;
                case PUNCT -> t.kind() == Token.Kind.PUNCT && TextNormalizer.fold(t.text()).equals(literal);
            };
        }
    }

    private record CompiledForm(Concept concept, Term term, List<Element> elements, boolean partial) {
        /** The index after the last matched token, or -1. */
        int match(List<Token> tokens, TokenKeys keys, int from) {
            int j = from;
            for (Element e : elements) {
                if (j < tokens.size() && e.matches(tokens.get(j), keys, j)) {
                    j++;
                } else if (e.kind != Token.Kind.HYPHEN) {
                    return -1;
                }
            }
            return j;
        }
    }

    /** Keys of the tokens of one sentence, computed on demand. */
    private static final class TokenKeys {
        private final List<Token> tokens;
        private final WordAnalyzer analyzer;
        private final Set<String> prefixes;
        private final Set<String>[] keys;

        @SuppressWarnings("unchecked")
        TokenKeys(List<Token> tokens, WordAnalyzer analyzer, Set<String> prefixes) {
            this.tokens = tokens;
            this.analyzer = analyzer;
            this.prefixes = prefixes;
            this.keys = new Set[tokens.size()];
        }

        Set<String> keys(int i) {
            Set<String> k = keys[i];
            if (k == null) {
                k = analyzer.keys(tokens.get(i).text());
                keys[i] = k;
            }
            return k;
        }

        Set<String> firstKeys(int i) {
            Token t = tokens.get(i);
            return switch (t.kind()) {
                case WORD -> keys[i] != null || prefixes.contains(prefix(TextNormalizer.fold(t.text()))) ? keys(i) : Set.of();
                case NUMBER -> t.text().length() == 4 ? Set.of("#n:" + t.text(), "#year") : Set.of("#n:" + t.text());
                case HYPHEN -> Set.of("#p:-");
                default -> Set.of("#p:" + TextNormalizer.fold(t.text()));
            };
        }
    }
}
