package dev.transcheck.names;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.glossary.TermIndex;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.Resources;
import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of one run: every proper name of a Ukrainian or Russian source, the English word that
 * renders it in the aligned translation and how good that rendering is, and the names that
 * stand in the place of a source name. Computed once per run (the checks memoise it) and
 * shared by the name checks. Immutable.
 *
 * <p>Longer than 400 lines: the steps of one run's analysis (the glossary's persons added, the
 * expectations, the match bead by bead, the replacements) share the part index that keeps it linear.
 */
public final class NameAnalysis {
    /** One source name word and what the translation made of it. */
    private static final java.util.regex.Pattern CASE_ENDING =
            java.util.regex.Pattern.compile("(ові|еві|ом|ем|ою|ею|ів|ам|ах|ям|ях|а|я|у|ю|і|и|е|ы)$");

    public record Result(NamePart part, Expectation expectation, int bead, Expectation.Verdict verdict,
                         Span target, String personKey, boolean reversed) {
        // spelled out: a record's generated equals and hashCode are linked through method handles on
        // first use (ObjectMethods), which spins classes at every start (docs/performance.md, "Start-up");
        // the same comparisons and the same hash as the generated ones (31 * h + each component's hash, from 0)
        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Result o)) {
                return false;
            }
            return java.util.Objects.equals(part, o.part)
                    && java.util.Objects.equals(expectation, o.expectation)
                    && bead == o.bead
                    && java.util.Objects.equals(verdict, o.verdict)
                    && java.util.Objects.equals(target, o.target)
                    && java.util.Objects.equals(personKey, o.personKey)
                    && reversed == o.reversed;
        }

        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + java.util.Objects.hashCode(part);
            h = 31 * h + java.util.Objects.hashCode(expectation);
            h = 31 * h + Integer.hashCode(bead);
            h = 31 * h + java.util.Objects.hashCode(verdict);
            h = 31 * h + java.util.Objects.hashCode(target);
            h = 31 * h + java.util.Objects.hashCode(personKey);
            h = 31 * h + Boolean.hashCode(reversed);
            return h;
        }

        /** The span in the source document: the Cyrillic name, or the English word when the source is English. */
        public Span sourceSpan() {
            return reversed ? target : part.span();
        }

        /** The span in the translation. */
        public Span translationSpan() {
            return reversed ? part.span() : target;
        }

        /** How the translation writes this name, as a comparison key. */
        public String rendering() {
            return reversed ? NameTables.key(part.lemma()) : LatinKeys.normal(target.text());
        }

        /** True when the translation writes this name as {@code other} does (any shared nominative counts). */
        public boolean sameRendering(Result other) {
            if (!reversed) {
                String a = rendering();
                String b = other.rendering();
                // a family in the plural is the same rendering (the Clintons, Clinton)
                return a.equals(b) || a.equals(b + "s") || b.equals(a + "s");
            }
            for (String a : part.lemmas()) {
                for (String b : other.part.lemmas()) {
                    if (NameTables.key(a).equals(NameTables.key(b)) || stem(a).equals(stem(b))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A Cyrillic name without a case ending (Веста, Вест): guessed nominatives may keep one. */
        private static String stem(String name) {
            String k = NameTables.key(name);
            String s = CASE_ENDING.matcher(k).replaceAll("");
            return s.length() >= 3 ? s : k;
        }

        /** How the translation writes this name, for messages. */
        public String renderingShown() {
            return reversed ? part.lemma() : target.text().replaceAll("['’]s$", "");
        }
    }

    /** A source person's name missing from its bead, with the unexplained name that stands in its place. */
    /**
     * @param sure true when the evidence is strong enough for an error (see ReplacementFinder#sure);
     *             otherwise the finding is a warning
     */
    public record Replacement(Result result, Span replacing, List<String> expected, boolean sure) {
        public String suggestion() {
            return expected.isEmpty() ? null : expected.get(0);
        }

        /** The source span: the Cyrillic name, or the English name when the source is English. */
        public Span sourceSpan() {
            return result.reversed() ? replacing : result.part().span();
        }

        /** The translation span: the replacing word, or the Cyrillic name that replaced the English one. */
        public Span translationSpan() {
            return result.reversed() ? result.part().span() : replacing;
        }
    }

    /** From this bead confidence on, a name found only in a neighbouring bead may still be reported as replaced. */
    static final double CONFIDENT = dev.transcheck.model.Confidence.NAMES;
    private static final NameAnalysis EMPTY = new NameAnalysis(List.of(), List.of(), List.of());

    /**
     * A glossary person the Cyrillic translation names without a rendering in its bead and with no
     * word standing in its place, whom the source document names nowhere (Туск where the source
     * says Trump twice and the translation Трамп once besides): another person, not a repetition.
     */
    public record Added(Result result, Concept concept) {
    }

    private final List<Result> results;
    private final List<Replacement> replacements;
    private final List<Added> added;

    private NameAnalysis(List<Result> results, List<Replacement> replacements, List<Added> added) {
        this.results = List.copyOf(results);
        this.replacements = List.copyOf(replacements);
        this.added = List.copyOf(added);
    }

    /** Glossary persons of the translation whom the source never names (runs into Ukrainian or Russian only). */
    public List<Added> added() {
        return added;
    }

    public List<Result> results() {
        return results;
    }

    public List<Replacement> replacements() {
        return replacements;
    }

    /**
     * The analysis of one run, in stages: the names of the Cyrillic side ({@link NameFinder}), what
     * each may look like in the Latin side ({@link #expectations}), the best word of its bead for
     * each ({@link #match}), and the names that stand in the place of a missing one
     * ({@link ReplacementFinder}).
     */
    public static NameAnalysis of(NameInput in) {
        if (!in.covered()) {
            return EMPTY;
        }
        Document src = in.cyrillicSide();
        Resources res = in.resources();
        NameTables tables = NameTables.of(res);
        NameFinder nameFinder = new NameFinder(res.morphology(src.lang()), src.lang(), tables,
                "ru".equals(src.lang()) ? res.morphology("uk") : null);
        List<NamePart> parts = laterMentions(outsideKeptHashtags(in, withGlossaryPersons(in, nameFinder.find(src), nameFinder)));
        PartIndex index = new PartIndex(parts);
        List<Expectation> expectations = expectations(in, parts, glossaryHints(in, parts, index));
        LatinTokens tokens = LatinTokens.of(in.latinSide());
        ReplacementFinder finder = new ReplacementFinder(in, parts, expectations, tokens, tables, Romanizer.of(res));
        List<Result> results = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        List<Bead> beads = in.alignment().beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOmission() || bead.isAddition()) {
                continue;
            }
            BeadMatch m = match(in, parts, index, expectations, tokens, b);
            results.addAll(m.results());
            replacements.addAll(finder.find(bead, b, m));
        }
        return new NameAnalysis(results, withRenderingsFromElsewhere(results, replacements),
                in.reversed() ? added(in, results, replacements, expectations, parts, tokens, Romanizer.of(res)) : List.of());
    }

    /**
     * The name parts with each later mention of a person by the surname alone read as that surname:
     * a word that stands alone (a group of one part) and is written as the surname of a name of two
     * or more words earlier in the document (Майи Санду ... Санду назвала), which the dictionary read
     * as a first name or some other word (Санда), is the same person's surname. Its lemmas are the
     * surname's; without this the later mention had no person to compare, and another surname in its
     * place went unnoticed. A word written otherwise (another case form) keeps its reading.
     */
    static List<NamePart> laterMentions(List<NamePart> parts) {
        Map<Integer, Integer> groupSize = new HashMap<>();
        for (NamePart p : parts) {
            groupSize.merge(p.group(), 1, Integer::sum);
        }
        Map<String, NamePart> surnames = new HashMap<>();
        List<NamePart> out = null;
        for (int i = 0; i < parts.size(); i++) {
            NamePart p = parts.get(i);
            String text = p.span().text();
            NamePart earlier = surnames.get(text);
            if (earlier != null && groupSize.get(p.group()) == 1 && p.kind() != NameKind.SURNAME && p.kind() != NameKind.PLACE
                    && p.span().start() > earlier.span().start()) {
                if (out == null) {
                    out = new ArrayList<>(parts);
                }
                out.set(i, new NamePart(p.span(), earlier.lemmas(), NameKind.SURNAME, p.group(), earlier.guessed()));
                continue;
            }
            if (p.kind() == NameKind.SURNAME && groupSize.get(p.group()) >= 2) {
                surnames.putIfAbsent(text, p);
            }
        }
        return out == null ? parts : out;
    }

    /**
     * The name parts not inside a hashtag that the other side keeps letter for letter (#Житомир in an
     * English post): such a tag is an identifier, like a handle, and is neither a mention to render
     * nor a rendering (TextFacts.keptHashtags).
     */
    static List<NamePart> outsideKeptHashtags(NameInput in, List<NamePart> parts) {
        Set<String> kept = dev.transcheck.text.TextFacts.keptHashtags(in.cyrillicSide().text(), in.latinSide().text());
        if (kept.isEmpty()) {
            return parts;
        }
        java.util.BitSet tags = dev.transcheck.text.TextFacts.keptHashtagChars(in.cyrillicSide().text(), kept);
        return parts.stream().filter(p -> !tags.get(p.span().start())).toList();
    }

    /**
     * The name parts with the capitalised words of glossary persons that the name finder left out:
     * a sentence's first word the dictionary reads as a common word (Трамп продолжил: a tramp
     * steamer) or does not know (Гутерриш), which the finder does not take on its capital alone.
     * The glossary says they are persons. The last word of such a name is its surname, the words
     * before it first names; each word's nominative is the glossary form's word at its place. A
     * word that heads a phrase of agreeing common words stays out (the finder's rule): a title of a
     * work or a geographic name whose first word a surname shares («Тиха вода», Тихий океан).
     */
    static List<NamePart> withGlossaryPersons(NameInput in, List<NamePart> parts, NameFinder finder) {
        if (in.glossary().size() == 0) {
            return parts;
        }
        Document src = in.cyrillicSide();
        TermIndex termIndex = TermIndex.of(in.glossary(), in.resources());
        List<NamePart> added = new ArrayList<>();
        int group = parts.stream().mapToInt(NamePart::group).max().orElse(0) + 1;
        PartIndex index = new PartIndex(parts);
        for (Sentence s : src.sentences()) {
            for (TermHit h : termIndex.find(src, s)) {
                if (h.concept().type() != ConceptType.PERSON) {
                    continue;
                }
                List<int[]> words = new ArrayList<>();
                java.util.regex.Matcher w = NameFinder.WORD.matcher(h.span().text());
                while (w.find()) {
                    words.add(new int[] {h.span().start() + w.start(), h.span().start() + w.end()});
                }
                String[] form = h.term().form().trim().split("\\s+");
                for (int k = 0; k < words.size(); k++) {
                    int a = words.get(k)[0];
                    int b = words.get(k)[1];
                    String text = src.text().substring(a, b);
                    if (!Character.isUpperCase(text.charAt(0)) || text.length() < 2
                            || !index.overlapping(s.id(), a, b).isEmpty()
                            || finder != null && finder.headsCommonPhrase(s, a - s.start(), b - s.start())) {
                        continue;
                    }
                    boolean last = k == words.size() - 1;
                    // the form's word at the same place: the whole form, or its surname for a surname alone
                    String lemma = words.size() == form.length ? form[k] : last ? form[form.length - 1] : null;
                    List<String> lemmas = new ArrayList<>();
                    if (lemma != null) {
                        lemmas.add(lemma);
                    }
                    for (String g : NameFinder.guesses(text)) {
                        if (!lemmas.contains(g)) {
                            lemmas.add(g);
                        }
                    }
                    added.add(new NamePart(Span.of(src, s.id(), a, b), lemmas, last ? NameKind.SURNAME : NameKind.FIRST, group, false));
                }
                group++;
            }
        }
        if (added.isEmpty()) {
            return parts;
        }
        List<NamePart> all = new ArrayList<>(parts);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt((NamePart p) -> p.span().start()));
        return all;
    }

    /**
     * The glossary persons of the Cyrillic translation whose surname has no rendering in its bead
     * and no replacement, and whom the Latin source names nowhere: not by any English form of the
     * glossary (its surname word) and not by any romanisation of the Cyrillic word. A translator
     * repeats a name the source gives once (Trump ... he: Трамп ... Трамп), but does not bring in a
     * person the source never mentions; a surname of the source's person is no such addition.
     */
    static List<Added> added(NameInput in, List<Result> results, List<Replacement> replacements, List<Expectation> expectations,
                             List<NamePart> parts, LatinTokens tokens, Romanizer rz) {
        List<Added> out = new ArrayList<>();
        Set<NamePart> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Replacement r : replacements) {
            replaced.add(r.result().part());
        }
        Document latin = in.latinSide();
        Set<String> latinWords = null;
        Set<String> seen = new HashSet<>();
        for (Result r : results) {
            NamePart p = r.part();
            NameGlossary.View v = r.expectation().glossary();
            if (r.target() != null || r.verdict() != Expectation.Verdict.NONE || p.kind() != NameKind.SURNAME
                    || p.lemma().length() < 4 || replaced.contains(p) || v == null || v.concept() == null
                    || v.concept().type() != ConceptType.PERSON) {
                continue;
            }
            if (latinWords == null) {
                latinWords = new HashSet<>();
                for (int s = 0; s < latin.size(); s++) {
                    for (LatinTokens.Token t : tokens.of(List.of(s))) {
                        latinWords.add(LatinKeys.normal(t.text()));
                    }
                }
            }
            if (seen.contains(v.concept().id()) || namedIn(v.concept(), p, latinWords, rz)) {
                seen.add(v.concept().id());
                continue;
            }
            out.add(new Added(r, v.concept()));
        }
        return out;
    }

    /** Whether a Latin text with these words (in {@link LatinKeys#normal} form) names the person. */
    private static boolean namedIn(Concept c, NamePart p, Set<String> latinWords, Romanizer rz) {
        for (dev.transcheck.glossary.Term t : c.terms()) {
            if (t.form().codePoints().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN)) {
                continue;
            }
            for (String w : t.form().trim().split("[\\s-]+")) {
                if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && latinWords.contains(LatinKeys.normal(w))) {
                    return true;
                }
            }
        }
        for (String lemma : p.lemmas()) {
            for (String basis : List.of("uk", "ru")) {
                java.util.regex.Pattern pt = rz.variants(lemma, basis);
                for (String w : latinWords) {
                    if (pt.matcher(w).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Where the name parts are, so that a bead or a term hit looks only at the parts of its own
     * sentences: scanning every part of the document for each bead (and each hit) made the names
     * quadratic in the document's length (a 1M-word check spent a quarter of its time there).
     */
    static final class PartIndex {
        /** Sentence id to the indexes of its parts, ascending. */
        private final Map<Integer, List<Integer>> bySentence = new HashMap<>();
        /** Name group to its first surname part (in the order of the parts). */
        private final Map<Integer, NamePart> surnameOfGroup = new HashMap<>();

        private final List<NamePart> parts;
        /** The longest part, in characters: a part overlapping a span starts at most that far before it. */
        private int longest;

        PartIndex(List<NamePart> parts) {
            this.parts = parts;
            for (int i = 0; i < parts.size(); i++) {
                NamePart p = parts.get(i);
                bySentence.computeIfAbsent(p.span().sentence(), k -> new ArrayList<>()).add(i);
                if (p.kind() == NameKind.SURNAME) {
                    surnameOfGroup.putIfAbsent(p.group(), p);
                }
                longest = Math.max(longest, p.span().end() - p.span().start());
            }
            for (List<Integer> own : bySentence.values()) { // by start within a sentence (the parts come in text order already)
                own.sort(java.util.Comparator.comparingInt((Integer i) -> parts.get(i).span().start()).thenComparingInt(i -> i));
            }
        }

        /**
         * The indexes of the parts of {@code sentence} that overlap [start, end), by start: found by
         * a binary search, so that a sentence with many names and many glossary hits (a long list
         * without full stops) is not scanned once per hit.
         */
        List<Integer> overlapping(int sentence, int start, int end) {
            List<Integer> own = inSentence(sentence);
            int lo = 0;
            int hi = own.size();
            int from = start - longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (parts.get(own.get(mid)).span().start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<Integer> out = new ArrayList<>();
            for (int k = lo; k < own.size(); k++) {
                Span sp = parts.get(own.get(k)).span();
                if (sp.start() >= end) {
                    break;
                }
                if (sp.end() > start) {
                    out.add(own.get(k));
                }
            }
            return out;
        }

        /** The indexes of the parts in {@code sentence}, ascending. */
        List<Integer> inSentence(int sentence) {
            return bySentence.getOrDefault(sentence, List.of());
        }

        /** The indexes of the parts in any of {@code sentences}, ascending. */
        List<Integer> inSentences(java.util.Collection<Integer> sentences) {
            List<Integer> out = new ArrayList<>();
            for (int id : new java.util.TreeSet<>(sentences)) {
                out.addAll(inSentence(id));
            }
            out.sort(null);
            return out;
        }
    }

    /** Persons and places of the glossary that the term index finds around a name part, by the part's start. */
    static Map<Integer, Concept> glossaryHints(NameInput in, List<NamePart> parts) {
        return glossaryHints(in, parts, new PartIndex(parts));
    }

    private static Map<Integer, Concept> glossaryHints(NameInput in, List<NamePart> parts, PartIndex index) {
        Map<Integer, Concept> hinted = new HashMap<>();
        if (in.glossary().size() == 0) {
            return hinted;
        }
        Document src = in.cyrillicSide();
        TermIndex termIndex = TermIndex.of(in.glossary(), in.resources());
        for (Sentence s : src.sentences()) {
            for (TermHit h : termIndex.find(src, s)) {
                if (h.concept().type() == ConceptType.PERSON || h.concept().type() == ConceptType.PLACE) {
                    for (int i : index.overlapping(s.id(), h.span().start(), h.span().end())) { // a hit lies inside its sentence
                        NamePart p = parts.get(i);
                        if (p.span().start() >= h.span().start() && p.span().end() <= h.span().end()) {
                            hinted.put(p.span().start(), h.concept());
                        }
                    }
                }
            }
        }
        return hinted;
    }

    /** What each name part may look like on the Latin side, in the order of {@code parts}. */
    static List<Expectation> expectations(NameInput in, List<NamePart> parts, Map<Integer, Concept> hinted) {
        String lang = in.cyrillicSide().lang();
        NameGlossary ng = NameGlossary.of(in.glossary(), in.resources());
        Romanizer rz = Romanizer.of(in.resources());
        NameTables tables = NameTables.of(in.resources());
        Map<Integer, List<String>> groupLemmas = new HashMap<>();
        for (NamePart p : parts) {
            groupLemmas.computeIfAbsent(p.group(), g -> new ArrayList<>()).addAll(p.lemmas());
        }
        List<Expectation> out = new ArrayList<>();
        // a name repeated through a document is judged once per word: its expectations share their verdicts
        Map<Object, Expectation> alike = new HashMap<>();
        for (NamePart p : parts) {
            NameGlossary.View view = ng.view(p, lang, groupLemmas.get(p.group()), hinted.get(p.span().start()));
            if (view == null && !p.guessed() && p.kind() != NameKind.FIRST && p.kind() != NameKind.PATRONYMIC) {
                // the dictionary's lemma may hide a glossary surname in a case form (Лаврова read as
                // the village Лаврів): the surname with its case ending taken off names the person
                NamePart bare = new NamePart(p.span(), NameFinder.guesses(p.span().text()), p.kind(), p.group(), true);
                NameGlossary.View person = ng.view(bare, lang, groupLemmas.get(p.group()), hinted.get(p.span().start()));
                if (person != null && person.concept().type() == ConceptType.PERSON) {
                    view = person;
                }
            }
            Expectation e = Expectation.of(p, lang, rz, tables, view);
            Expectation first = alike.putIfAbsent(e.judgeKey(), e);
            if (first != null) {
                e.shareVerdicts(first);
            }
            out.add(e);
        }
        return out;
    }

    /**
     * The matches of one bead: for each name part of its Cyrillic sentences, the best word of its
     * Latin sentences (else an accepted word of a neighbouring bead), and the parts left unmatched.
     *
     * @param here      the Latin words of the bead
     * @param used      the words taken as renderings
     * @param unmatched indexes into the parts of those without a rendering in the bead
     */
    record BeadMatch(List<Result> results, List<LatinTokens.Token> here, Set<LatinTokens.Token> used, List<Integer> unmatched,
                     List<Integer> cyrillicSentences, Set<Integer> secondMentions) {
    }

    static BeadMatch match(NameInput in, List<NamePart> parts, PartIndex index, List<Expectation> expectations,
                           LatinTokens tokens, int b) {
        boolean reversed = in.reversed();
        List<Bead> beads = in.alignment().beads();
        Bead bead = beads.get(b);
        List<Integer> cyrIds = reversed ? bead.translation() : bead.source();
        Set<Integer> srcIds = new HashSet<>(cyrIds);
        List<Integer> latIds = reversed ? bead.source() : bead.translation();
        List<LatinTokens.Token> here = tokens.of(latIds);
        List<LatinTokens.Token> near = new ArrayList<>();
        for (int nb = Math.max(0, b - 1); nb <= Math.min(beads.size() - 1, b + 1); nb++) {
            if (nb != b) {
                near.addAll(tokens.of(reversed ? beads.get(nb).source() : beads.get(nb).translation()));
            }
        }
        Set<LatinTokens.Token> claimed = null;
        Set<LatinTokens.Token> used = new HashSet<>();
        List<Result> results = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        Set<Integer> second = new HashSet<>();
        Map<LatinTokens.Token, Integer> owner = new HashMap<>();
        // a title of address before a name (Mr. Trump) renders no name itself (Мерц)
        List<LatinTokens.Token> renderers = new ArrayList<>(here.size());
        for (int k = 0; k < here.size(); k++) {
            LatinTokens.Token t = here.get(k);
            if (!(k + 1 < here.size() && here.get(k + 1).sentence() == t.sentence()
                    && ReplacementFinder.ADDRESS.matcher(t.text()).matches())) {
                renderers.add(t);
            }
        }
        double[] places = new double[renderers.size()];
        for (int k = 0; k < renderers.size(); k++) {
            places[k] = inBead(in.latinSide(), latIds, renderers.get(k).start());
        }
        // the bead's words by text: each name is compared with each distinct word once (per group of alike names)
        BeadWords hereWords = new BeadWords(renderers, places);
        BeadWords nearWords = null;
        // In A Title-Case Headline every word is capitalised, so the loose keys of foreign names (sound,
        // skeleton) would take a common word for a glossary person (Win for Вэнс): there only a sure
        // rendering or a word of a glossary person's name counts for a person the glossary knows
        boolean headline = tokens.titleCase(here, Set.of(), NameTables.of(in.resources()));
        NameGlossary personWords = NameGlossary.of(in.glossary(), in.resources());
        for (int i : index.inSentences(srcIds)) {
            NamePart p = parts.get(i);
            Expectation e = expectations.get(i);
            double at = inBead(in.cyrillicSide(), cyrIds, p.span().start());
            // of the best verdict's words, a free one, then the one nearest to the name's place (Trump ... Trump's
            // for Трамп ... Трампа: the second mention takes the second word)
            boolean strict = headline && e.glossary() != null && e.glossary().concept() != null
                    && e.glossary().concept().type() == ConceptType.PERSON;
            BeadWords.Judged judged = strict
                    ? hereWords.judge(e, w -> e.rendersStrictly(w) || personWords.isPersonWord(in.latinSide().lang(), LatinKeys.normal(w)))
                    : hereWords.judge(e);
            Expectation.Verdict bestV = judged.best();
            LatinTokens.Token best = bestV == Expectation.Verdict.NONE ? null : hereWords.nearest(judged.bestTexts(), at);
            boolean nearOnly = false;
            boolean taken = false;
            if (bestV == Expectation.Verdict.NONE) {
                if (claimed == null) {
                    claimed = claimed(in, index, expectations, tokens, b);
                    nearWords = new BeadWords(near, null);
                    nearWords.takeAll(claimed);
                    nearWords.takeAll(used);
                }
                // the first accepted word of the neighbouring beads not taken there or here, else the last one taken
                LatinTokens.Token t = nearWords.firstFreeElseLast(nearWords.judge(e).accepted());
                if (t != null) {
                    best = t;
                    bestV = Expectation.Verdict.ACCEPTED;
                    nearOnly = true;
                    taken = used.contains(t) || claimed.contains(t);
                }
            }
            if (nearOnly && bead.confidence() >= CONFIDENT) {
                // found only in a neighbouring bead of a confident alignment: still look for a replacement here
                unmatched.add(i);
            } else if (nearOnly && taken) {
                // the word of a neighbouring bead renders a mention there (or another one here): one word, one mention
                unmatched.add(i);
                second.add(i);
            }
            if (best != null && bestV != Expectation.Verdict.NONE && !nearOnly && used.contains(best)) {
                // a second mention whose only rendering is taken by the first: still look for a name in its place.
                // The mention nearer to the word keeps it (Дональда Трампа ... кампанії Трампа for Donald
                // Stoltenberg ... Trump's campaign: the second one is rendered, the first is looked at)
                Integer first = owner.get(best);
                double tAt = inBead(in.latinSide(), latIds, best.start());
                // a surname whose first name is rendered with another word after it (Девід Джонсон ... отця
                // Джонсона for David Albanese, Father Johnson's) does not own a word standing elsewhere:
                // the mention by the surname alone does; else the mention nearer to the word keeps it
                boolean firstAway = first != null && awayFromFirstName(parts.get(first), best, results, here);
                boolean selfAway = awayFromFirstName(p, best, results, here);
                if (first != null && (firstAway && !selfAway || firstAway == selfAway
                        && Math.abs(tAt - at) < Math.abs(tAt - inBead(in.cyrillicSide(), cyrIds, parts.get(first).span().start())))) {
                    unmatched.add(first);
                    second.add(first);
                    owner.put(best, i);
                } else {
                    unmatched.add(i);
                    second.add(i);
                }
            } else if (best != null && bestV != Expectation.Verdict.NONE && !nearOnly) {
                owner.put(best, i);
            }
            if (best != null && bestV != Expectation.Verdict.NONE) {
                used.add(best);
                hereWords.take(best);
                if (nearWords != null) {
                    nearWords.take(best);
                }
                Span ts = Span.of(in.latinSide(), best.sentence(), best.start(), best.end());
                String key = reversed ? (p.kind().isPerson() ? "EN:" + LatinKeys.normal(best.text()) : null) : personKey(e, index);
                results.add(new Result(p, e, b, bestV, ts, key, reversed));
            } else {
                unmatched.add(i);
                results.add(new Result(p, e, b, Expectation.Verdict.NONE, null, personKey(e, index), reversed));
            }
        }
        return new BeadMatch(results, here, used, unmatched, cyrIds, second);
    }

    /**
     * True when {@code p} is a surname whose first name (of the same name group) is rendered in the
     * bead by a word that {@code word} does not follow: the surname's rendering would stand right
     * after its first name's (David Johnson), so {@code word} elsewhere belongs to another mention.
     */
    static boolean awayFromFirstName(NamePart p, LatinTokens.Token word, List<Result> results, List<LatinTokens.Token> here) {
        if (p.kind() != NameKind.SURNAME) {
            return false;
        }
        for (Result r : results) {
            if (r.part().group() != p.group() || r.part().kind() != NameKind.FIRST || r.target() == null
                    || r.part().span().end() > p.span().start()) {
                continue;
            }
            for (int k = 0; k + 1 < here.size(); k++) {
                if (here.get(k).start() == r.target().start()) {
                    LatinTokens.Token next = here.get(k + 1);
                    return next.sentence() == here.get(k).sentence() && next.start() != word.start();
                }
            }
        }
        return false;
    }

    /** The words of the beads next to bead {@code b} that render a name of their own bead. */
    private static Set<LatinTokens.Token> claimed(NameInput in, PartIndex index, List<Expectation> expectations, LatinTokens tokens,
                                                  int b) {
        Set<LatinTokens.Token> claimed = new HashSet<>();
        List<Bead> beads = in.alignment().beads();
        for (int nb = Math.max(0, b - 1); nb <= Math.min(beads.size() - 1, b + 1); nb++) {
            if (nb == b) {
                continue;
            }
            List<LatinTokens.Token> theirs = tokens.of(in.reversed() ? beads.get(nb).source() : beads.get(nb).translation());
            // each distinct capitalised word once per group of alike names (a long neighbour repeats both)
            Set<String> capitalised = new java.util.LinkedHashSet<>();
            for (LatinTokens.Token t : theirs) {
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitalised.add(t.text());
                }
            }
            Set<String> accepted = new HashSet<>();
            Set<Object> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int q : index.inSentences(in.reversed() ? beads.get(nb).translation() : beads.get(nb).source())) {
                Expectation e = expectations.get(q);
                if (!asked.add(e.verdictMemo())) {
                    continue;
                }
                for (String w : capitalised) {
                    if (e.judge(w) == Expectation.Verdict.ACCEPTED) {
                        accepted.add(w);
                    }
                }
            }
            for (LatinTokens.Token t : theirs) {
                if (accepted.contains(t.text())) {
                    claimed.add(t);
                }
            }
        }
        return claimed;
    }

    /** Where {@code offset} lies in the text of the given sentences (a bead's side), from 0 (start) to 1 (end). */
    static double inBead(Document doc, List<Integer> sentences, int offset) {
        if (sentences.isEmpty()) {
            return 0;
        }
        int a = doc.sentence(sentences.get(0)).start();
        int b = doc.sentence(sentences.get(sentences.size() - 1)).end();
        return (double) (offset - a) / Math.max(1, b - a);
    }

    /** A replaced name rendered correctly elsewhere in the translation: that rendering is the best suggestion (Rutte). */
    private static List<Replacement> withRenderingsFromElsewhere(List<Result> results, List<Replacement> replacements) {
        List<Replacement> out = new ArrayList<>();
        // the first accepted rendering of each person, looked up once instead of a scan of every result per replacement
        Map<String, String> firstRendering = new HashMap<>();
        for (Result r : results) {
            if (r.personKey() != null && r.verdict() == Expectation.Verdict.ACCEPTED && r.target() != null) {
                firstRendering.putIfAbsent(r.personKey(), r.renderingShown());
            }
        }
        for (Replacement rep : replacements) {
            String key = rep.result().personKey();
            String seen = null;
            if (key != null && !rep.result().reversed()) {
                seen = firstRendering.get(key);
            }
            if (seen == null || rep.result().expectation().glossary() != null) {
                out.add(rep);
                continue;
            }
            List<String> expected = new ArrayList<>();
            expected.add(seen);
            for (String e : rep.expected()) {
                if (!e.equalsIgnoreCase(seen)) {
                    expected.add(e);
                }
            }
            out.add(new Replacement(rep.result(), rep.replacing(), List.copyOf(expected), rep.sure()));
        }
        return out;
    }

    /**
     * Who a name word belongs to: the glossary concept, else the surname of its multi-word name
     * (a first name alone says too little to tell two people apart: null).
     */
    private static String personKey(Expectation e, PartIndex index) {
        if (e.glossary() != null) {
            // the word too: a person with two given names (Реджеп Таїп Ердоган) has two given-name
            // parts, each with its own rendering, not one part spelt two ways
            return e.glossary().concept().id() + ":" + e.part().kind() + ":" + NameTables.key(e.part().lemma());
        }
        NamePart p = e.part();
        if (p.kind() == NameKind.SURNAME) {
            return "SURNAME:" + NameTables.key(p.lemma());
        }
        if (p.kind() == NameKind.OTHER && p.guessed()) {
            return "SURNAME:" + NameTables.key(p.lemma()); // a name no dictionary knows (Сибиги), alone or as a surname
        }
        NamePart q = index.surnameOfGroup.get(p.group());
        return q == null ? null : p.kind() + ":" + NameTables.key(p.lemma()) + "|" + NameTables.key(q.lemma());
    }
}
