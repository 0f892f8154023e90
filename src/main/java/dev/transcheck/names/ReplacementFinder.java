package dev.transcheck.names;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Span;
import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last stage of the name analysis: for the persons and places of a bead that have no
 * rendering there, the unexplained name-like word that stands in their place (Lavrov for
 * Лукашенко). A word is explained when it renders some other word of the bead's Cyrillic side
 * (acronyms, titles, Latin words quoted in the source) or is an accepted rendering of another name
 * of the document.
 *
 * <p>Longer than 400 lines: the per-bead look-ups ({@code Bead1}) that keep a long bead linear sit
 * beside the rules they serve (candidates, choice, how sure a replacement is, what explains a word).
 */
final class ReplacementFinder {
    private static final ThreadLocal<com.ibm.icu.text.Transliterator> TO_CYRILLIC =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Latin-Cyrillic"));

    /** Titles of address: the word after one is a surname (Mr. Trump, пан Трамп, господин Трамп). */
    static final Pattern ADDRESS = Pattern.compile("(?iu)mr|mrs|ms|dr|sir|lord|lady|пан(?:а|у|ові|ом|е)?|пані"
            + "|господин(?:а|у|ом|е)?|госпож(?:а|и|е|у|ой)|(?:містер|мистер)(?:а|у|ові|ом|е)?|міс|мисс");

    private final NameInput in;
    private final List<NamePart> parts;
    private final List<Expectation> expectations;
    private final LatinTokens tokens;
    private final NameTables tables;
    private final Romanizer rz;

    ReplacementFinder(NameInput in, List<NamePart> parts, List<Expectation> expectations, LatinTokens tokens, NameTables tables,
                      Romanizer rz) {
        this.in = in;
        this.parts = parts;
        this.expectations = expectations;
        this.tokens = tokens;
        this.tables = tables;
        this.rz = rz;
    }

    /** The replacements of bead {@code b}, given its matches. */
    List<NameAnalysis.Replacement> find(Bead bead, int b, NameAnalysis.BeadMatch m) {
        List<NameAnalysis.Replacement> out = new ArrayList<>();
        Document tgt = in.latinSide();
        if (!tables.knowsCapitalisation(tgt.lang()) || m.unmatched().isEmpty() && !displacedPossible(m)) {
            return out;
        }
        List<LatinTokens.Token> here = m.here();
        // the bead's words, results and verdicts indexed once: a long bead (a list without full stops) has
        // thousands of words and names, and a walk over all of them per name made it cubic
        Bead1 b1 = new Bead1(here, m);
        Set<LatinTokens.Token> explained = explained(m);
        b1.explain(explained);
        displaced(bead, b, m, b1, explained, out);
        boolean big = bead.source().size() > 2 || bead.translation().size() > 2;
        // In A Title-Case Headline every word looks like a name: only a person of the glossary counts there
        boolean headline = tokens.titleCase(here, explained, tables);
        for (int i : m.unmatched()) {
            NamePart p = parts.get(i);
            // the glossary's word decides: Путина is a person, though the dictionary also reads a town and a fishing season
            boolean known = glossaryPerson(i);
            // a word after a title of address is a person's name whatever the dictionary reads (містера Гарта: a village)
            // (not an adjective: «містер Злий Президент» is a nickname, Mr Evil President)
            boolean addressed = afterAddress(p) && p.kind() != NameKind.FIRST && !adjective(p);
            boolean place = !known && !addressed && p.kind() == NameKind.PLACE
                    || p.kind() == NameKind.OTHER && !p.guessed() && !tables.exonym(p.lemma()).isEmpty()
                    && tables.isPlaceWord(tables.exonym(p.lemma()).get(0));
            // a word the dictionary reads as a common noun (Трамп: a tramp steamer) is still a person when the glossary says so
            // (and a first name alone, Каллас, or a word the name finder took for one, when the glossary knows the person by it)
            boolean person = p.kind() == NameKind.SURNAME || known || addressed && !place;
            // a word no dictionary knows (Альбанезе), standing alone, may be a surname too: it is taken as one
            // only where a person of the glossary or a word after a title of address stands in its place; so is a
            // word standing alone that the dictionary reads as a first name or a common word as well as a surname
            // (Харрис, Грэм, Вебер: a foreign surname is often a first name or a unit elsewhere)
            boolean unknown = !place && !person && (p.kind() == NameKind.OTHER && p.guessed() || weakSurname(p));
            if (!place && !person && !unknown && (!p.kind().isPerson() || p.kind() == NameKind.PATRONYMIC)) {
                continue;
            }
            if (p.span().text().length() <= 3) {
                continue; // a name syllable (Кім Чен Ин: East-Asian names follow other romanisations) anchors no replacement
            }
            if (epithet(p, here)) {
                continue; // Катерина Велика, Ярослав Мудрий: the epithet is translated ("Catherine the Great"), not romanised
            }
            LatinTokens.Token anchor = null;
            String basis = null;
            List<NameAnalysis.Result> group = b1.resultsOfGroup.getOrDefault(p.group(), List.of());
            for (NameAnalysis.Result r : group) {
                if (r.target() != null && r.part() != p
                        && (r.part().kind() == NameKind.FIRST || r.part().kind() == NameKind.SURNAME)) {
                    anchor = b1.byStart.get(r.target().start());
                    if (basis == null) {
                        basis = r.expectation().basis(r.target().text());
                    }
                }
            }
            boolean before = p.kind() == NameKind.FIRST;
            // a rendered word of the same name right next to this one (Климов for Блэр in Блэр Климов, Бакулева
            // for Жириновского in Александра Жириновского Бакулева): the replacement stands on the same side of it.
            // Only for the one unrendered word of its name: two of them may share one word (Абдель Рахман, Abdulrahman)
            long unrendered = group.stream().filter(r -> r.target() == null).count();
            for (NameAnalysis.Result r : unrendered == 1 ? group : List.<NameAnalysis.Result>of()) {
                if (r.target() != null && r.part() != p && (r.part().kind() == NameKind.FIRST || r.part().kind() == NameKind.SURNAME)
                        && adjacentInName(p, r.part(), group)) {
                    anchor = b1.byStart.get(r.target().start());
                    before = p.span().start() < r.part().span().start();
                }
            }
            int[] candidates = candidates(p, person || unknown, place, anchor, before, big, here, b1);
            // in a headline only a person of the glossary counts (choose skips the others)
            LatinTokens.Token chosen = choose(i, place, candidates, headline || unknown && anchor == null, bead, m,
                    anchor != null, b, b1);
            if (chosen != null) {
                explained.add(chosen);
                b1.explain(Set.of(chosen));
                NameAnalysis.Result r = b1.resultOfPart.get(p);
                List<String> expected = in.reversed() ? List.of(toCyrillic(chosen.text())) : r.expectation().expected(basis);
                boolean sure = sure(i, chosen, here, anchor != null, m.secondMentions().contains(i), b1);
                out.add(new NameAnalysis.Replacement(r, Span.of(tgt, chosen.sentence(), chosen.start(), chosen.end()), expected, sure));
            }
        }
        return out;
    }

    /**
     * One bead's look-ups: its words by place and by start, its results by name group and by part,
     * and the answers that depend only on a word's text (name-like, a glossary person, explained by
     * another name), each asked once per distinct word.
     */
    private final class Bead1 {
        final Map<LatinTokens.Token, Integer> place = new HashMap<>();
        final Map<Integer, LatinTokens.Token> byStart = new HashMap<>();
        final Map<Integer, List<NameAnalysis.Result>> resultsOfGroup = new HashMap<>();
        final Map<NamePart, NameAnalysis.Result> resultOfPart = new java.util.IdentityHashMap<>();
        final Set<Integer> targetStarts = new HashSet<>();
        final Map<String, Boolean> known = new HashMap<>();
        /** By the two flags of {@link LatinTokens#nameLike} (place, anchored), by word. */
        @SuppressWarnings("unchecked")
        final Map<String, Boolean>[] nameLike = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>()};
        /** By word: the first two names (indexes of parts) that explain it in this bead, -1 for none. */
        final Map<String, int[]> explainers = new HashMap<>();
        /** Every word of the bead, by index; the words that are place words (built on first use). */
        final int[] all;
        int[] places;
        /** Whether the word at an index is explained, follows a title of address, and where it stands in its sentence. */
        final boolean[] explainedAt;
        final boolean[] addressed;
        final double[] relative;
        final List<LatinTokens.Token> here;

        Bead1(List<LatinTokens.Token> here, NameAnalysis.BeadMatch m) {
            this.here = here;
            int n = here.size();
            all = new int[n];
            explainedAt = new boolean[n];
            addressed = new boolean[n];
            relative = new double[n];
            for (int k = 0; k < n; k++) {
                LatinTokens.Token t = here.get(k);
                place.put(t, k);
                byStart.putIfAbsent(t.start(), t);
                all[k] = k;
                addressed[k] = k > 0 && ADDRESS.matcher(here.get(k - 1).text()).matches();
                relative[k] = relative(in.latinSide(), Span.of(in.latinSide(), t.sentence(), t.start(), t.end()));
            }
            for (NameAnalysis.Result r : m.results()) {
                resultsOfGroup.computeIfAbsent(r.part().group(), g -> new ArrayList<>()).add(r);
                resultOfPart.putIfAbsent(r.part(), r);
                if (r.target() != null) {
                    targetStarts.add(r.target().start());
                }
            }
        }

        /** The place of {@code t} among the bead's words (as {@code here.indexOf(t)}). */
        int indexOf(LatinTokens.Token t) {
            return place.getOrDefault(t, -1);
        }

        boolean knownPerson(String word) {
            return known.computeIfAbsent(word, ReplacementFinder.this::knownPerson);
        }

        boolean nameLike(LatinTokens.Token t, boolean place, boolean anchored) {
            // the answer depends on the word's text only (and the two flags)
            return nameLike[(place ? 2 : 0) + (anchored ? 1 : 0)].computeIfAbsent(t.text(), k -> tokens.nameLike(t, tables, place, anchored));
        }

        /** Marks the words of {@code words} that stand in this bead as explained. */
        void explain(Set<LatinTokens.Token> words) {
            for (LatinTokens.Token t : words) {
                int k = indexOf(t);
                if (k >= 0) {
                    explainedAt[k] = true;
                }
            }
        }

        /** The indexes of the bead's place words. */
        int[] placeWords() {
            if (places == null) {
                places = java.util.stream.IntStream.range(0, here.size()).filter(k -> tables.isPlaceWord(here.get(k).text())).toArray();
            }
            return places;
        }
    }

    /** Whether part {@code i} is the word of a person the glossary knows (its hint, by the term index). */
    private boolean glossaryPerson(int i) {
        NameGlossary.View v = expectations.get(i).glossary();
        return v != null && v.concept() != null && v.concept().type() == dev.transcheck.glossary.ConceptType.PERSON;
    }

    /** The source's distinct runs of non-space characters holding a Latin letter, built on first use. */
    private List<String> latinRuns;
    /** Answers of {@link #inSource} so far, by word. */
    private final java.util.Map<String, Boolean> inSource = new java.util.HashMap<>();

    /**
     * Whether {@code word} stands anywhere in the source text, as {@code String.contains} would say.
     * A word without spaces and with a Latin letter can only stand inside one of the source's runs
     * of non-space characters that hold a Latin letter, which a Cyrillic source has few of: looking
     * only there (and once per word) keeps a long document from being scanned once per word.
     */
    private boolean inSource(String word) {
        String text = in.cyrillicSide().text();
        if (word.isEmpty() || word.codePoints().anyMatch(Character::isWhitespace) || word.codePoints().noneMatch(ReplacementFinder::latin)) {
            return text.contains(word);
        }
        Boolean known = inSource.get(word);
        if (known != null) {
            return known;
        }
        if (latinRuns == null) {
            java.util.LinkedHashSet<String> runs = new java.util.LinkedHashSet<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                int start = i;
                boolean hasLatin = false;
                while (i < n && !Character.isWhitespace(text.codePointAt(i))) {
                    hasLatin |= latin(text.codePointAt(i));
                    i += Character.charCount(text.codePointAt(i));
                }
                if (hasLatin) {
                    runs.add(text.substring(start, i));
                }
            }
            latinRuns = List.copyOf(runs);
        }
        boolean found = false;
        for (String run : latinRuns) {
            if (run.contains(word)) {
                found = true;
                break;
            }
        }
        inSource.put(word, found);
        return found;
    }

    private static boolean latin(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Words of the bead that some source word explains: renderings, other capitalised source words, Latin words of the source. */
    private Set<LatinTokens.Token> explained(NameAnalysis.BeadMatch m) {
        Document src = in.cyrillicSide();
        Set<LatinTokens.Token> explained = new HashSet<>(m.used());
        List<Pattern> otherWords = new ArrayList<>();
        // a name with a rendering of its own has explained that word: it does not explain a second one
        // (Дональда Столтенберга ... Трампа for Donald Trump ... Trump's: one Trump is unexplained)
        Set<Integer> rendered = new HashSet<>();
        for (NameAnalysis.Result r : m.results()) {
            if (r.target() != null) {
                rendered.add(r.part().span().start());
            }
        }
        Set<String> capitalised = new java.util.LinkedHashSet<>(); // each distinct word once: a long bead repeats them
        for (int s : m.cyrillicSentences()) {
            var sentence = src.sentence(s);
            Matcher w = NameFinder.WORD.matcher(sentence.text());
            while (w.find()) {
                if (Character.isUpperCase(w.group().charAt(0)) && !rendered.contains(sentence.start() + w.start())
                        && capitalised.add(w.group())) {
                    otherWords.add(rz.variants(w.group(), "uk"));
                    otherWords.add(rz.variants(w.group(), "ru"));
                }
            }
        }
        Map<String, Boolean> rendersOther = new HashMap<>();
        for (LatinTokens.Token t : m.here()) {
            String n = LatinKeys.normal(t.text());
            if (rendersOther.computeIfAbsent(n, x -> otherWords.stream().anyMatch(pt -> pt.matcher(x).matches()))) {
                explained.add(t);
            }
            if (inSource(t.text())) {
                explained.add(t); // the same Latin word stands in the source
            }
        }
        return explained;
    }

    /**
     * Where a replacement may stand: next to a rendered word of the same name (the surname after
     * the first name); else, in a bead of one or two sentences, any word for a surname and a known
     * place for a place (an unknown word may be a conventional English place name).
     */
    private int[] candidates(NamePart p, boolean person, boolean place, LatinTokens.Token anchor, boolean before, boolean big,
                             List<LatinTokens.Token> here, Bead1 b1) {
        // indexes into the bead's words; the lists of all words and of place words are made once per bead
        if (anchor != null) {
            int k = b1.indexOf(anchor);
            // the word on the same side of the rendered word as the name word stands of its own (Pavel Klimov for
            // Блэр Климов: the word before Klimov; a first name before its surname, a surname after its first name)
            int j = before ? k - 1 : k + 1;
            if (j >= 0 && j < here.size() && here.get(j).sentence() == anchor.sentence()) {
                return new int[] {j};
            }
        } else if (big) {
            return new int[0]; // in a bead of many sentences an unexplained word may belong anywhere: only anchored replacements
        } else if (person || p.kind() == NameKind.OTHER && afterAddress(p)) {
            return b1.all;
        } else if (place) {
            return b1.placeWords();
        }
        return new int[0];
    }

    /**
     * The candidate that replaced part {@code i}: a name-like word no other name explains. Among
     * several, the one most like the missing name, then the one nearest to its place in the
     * sentence (relative positions), so that the finding names the right pair.
     */
    private LatinTokens.Token choose(int i, boolean place, int[] candidates, boolean headline,
                                     Bead bead, NameAnalysis.BeadMatch m, boolean anchored, int b, Bead1 b1) {
        NamePart p = parts.get(i);
        List<LatinTokens.Token> here = m.here();
        double at = relative(in.cyrillicSide(), p.span());
        LatinTokens.Token chosen = null;
        double bestScore = -Double.MAX_VALUE;
        Map<String, Double> closeness = new HashMap<>();
        for (int k : candidates) {
            LatinTokens.Token t = here.get(k);
            if (b1.explainedAt[k] || abbreviatedTitle(t, here, k)) {
                continue;
            }
            // a person of the glossary is a name whatever its ending (Vance, Lawrence)
            boolean known = b1.knownPerson(t.text());
            if (headline && !known && !(strictAddressed(i) && b1.addressed[k]) || !b1.nameLike(t, place, anchored || b1.addressed[k] || known)
                    || explainedElsewhere(t, i, bead, m, b, b1, anchored)) {
                continue;
            }
            double sim = closeness.computeIfAbsent(t.text(), w -> expectations.get(i).closeness(LatinKeys.normal(w)));
            // a person of the glossary is the likelier word in the name's place than another unexplained
            // capitalised word next to it (Trump's Republican Party: Trump's, not Republican)
            double score = (sim >= 0.8 ? sim : 0) - Math.abs(b1.relative[k] - at) + (known ? KNOWN_BONUS : 0);
            if (score > bestScore) {
                bestScore = score;
                chosen = t;
            }
        }
        return chosen;
    }

    /** True when the dictionary reads the word, in lower case, as an adjective (Злий, Белый). */
    private boolean adjective(NamePart p) {
        return readAs(p, "adj", "ADJ");
    }

    /**
     * True when the dictionary of the Cyrillic side reads the word, in lower case, with a tag that
     * starts with {@code ukTag} (Ukrainian) or {@code ruTag} (Russian).
     */
    private boolean readAs(NamePart p, String ukTag, String ruTag) {
        String lang = in.cyrillicSide().lang();
        var morphology = in.resources().morphology(lang);
        if (morphology == null) {
            return false;
        }
        for (var r : morphology.lookup(p.span().text().toLowerCase(Locale.ROOT))) {
            if (r.tag().startsWith("uk".equals(lang) ? ukTag : ruTag)) {
                return true;
            }
        }
        return false;
    }

    /** True when no other word of the name stands between {@code p} and {@code q}. */
    private static boolean adjacentInName(NamePart p, NamePart q, List<NameAnalysis.Result> group) {
        int a = Math.min(p.span().start(), q.span().start());
        int z = Math.max(p.span().start(), q.span().start());
        for (NameAnalysis.Result r : group) {
            int s = r.part().span().start();
            if (s > a && s < z) {
                return false;
            }
        }
        return true;
    }

    /** True when the bead has a rendered surname whose first name is rendered too: {@link #displaced} may find something. */
    private static boolean displacedPossible(NameAnalysis.BeadMatch m) {
        boolean first = false;
        boolean surname = false;
        for (NameAnalysis.Result r : m.results()) {
            if (r.target() != null) {
                first |= r.part().kind() == NameKind.FIRST;
                surname |= r.part().kind() == NameKind.SURNAME;
            }
        }
        return first && surname;
    }

    /** The index of each part, by identity, built on first use. */
    private Map<NamePart, Integer> partIndex;

    /**
     * Surnames whose rendering stands away from the rendered first name while another name-like word
     * follows that first name: the translation has Michael Weber for Майклом Сенфордом and writes
     * Sanford further on, where the source has "the latter". A name's words stay together, so the word
     * after the first name stands in the surname's place. A word that the surname's rendering itself
     * follows is a middle name the translator added (Hillary Rodham Clinton) and stays silent, as does a
     * word that another name of the bead explains.
     */
    private void displaced(Bead bead, int b, NameAnalysis.BeadMatch m, Bead1 b1, Set<LatinTokens.Token> explained,
                           List<NameAnalysis.Replacement> out) {
        List<LatinTokens.Token> here = m.here();
        for (NameAnalysis.Result r : m.results()) {
            NamePart p = r.part();
            if (r.target() == null || p.kind() != NameKind.SURNAME || r.verdict() == Expectation.Verdict.NONE) {
                continue;
            }
            NameAnalysis.Result first = null;
            for (NameAnalysis.Result q : b1.resultsOfGroup.getOrDefault(p.group(), List.of())) {
                if (q.part().kind() == NameKind.FIRST && q.target() != null && q.part().span().end() <= p.span().start()
                        && (first == null || q.part().span().start() > first.part().span().start())) {
                    first = q;
                }
            }
            if (first == null) {
                continue;
            }
            LatinTokens.Token f = b1.byStart.get(first.target().start());
            int k = f == null ? -1 : b1.indexOf(f);
            if (k < 0 || k + 1 >= here.size()) {
                continue;
            }
            LatinTokens.Token t = here.get(k + 1);
            int own = r.target().start();
            if (t.sentence() != f.sentence() || t.start() == own || k + 2 < here.size() && here.get(k + 2).start() == own
                    || b1.explainedAt[k + 1] || abbreviatedTitle(t, here, k + 1) || !b1.nameLike(t, false, true)) {
                continue;
            }
            if (partIndex == null) {
                partIndex = new java.util.IdentityHashMap<>();
                for (int j = 0; j < parts.size(); j++) {
                    partIndex.put(parts.get(j), j);
                }
            }
            int i = partIndex.getOrDefault(p, -1);
            // a word the surname itself accepts is another rendering of it (the mention took a word further on)
            if (i < 0 || expectations.get(i).judge(t.text()) != Expectation.Verdict.NONE || explainedElsewhere(t, i, bead, m, b, b1, true)) {
                continue;
            }
            explained.add(t);
            b1.explain(Set.of(t));
            List<String> expected = in.reversed() ? List.of(toCyrillic(t.text())) : List.of(r.target().text().replaceAll("['’]s$", ""));
            out.add(new NameAnalysis.Replacement(r, Span.of(in.latinSide(), t.sentence(), t.start(), t.end()), expected, true));
        }
    }

    /** True for a name word no dictionary knows, standing alone: a word after a title of address may stand in its place. */
    private boolean strictAddressed(int i) {
        NamePart p = parts.get(i);
        return (p.kind() == NameKind.OTHER && p.guessed() || weakSurname(p)) && !glossaryPerson(i);
    }

    /**
     * True when {@code p} stands alone (a name of one word) and the dictionary reads it as a surname
     * besides a first name or a common word, so that the name finder took the other reading: Харрис
     * (a man's first name and a surname), Вебер (a surname, and the unit weber). Alone it may be
     * either; it is compared as a surname only where a person of the glossary or a word after a title
     * of address stands in its place (a first name alone has no rendering to compare otherwise).
     */
    private boolean weakSurname(NamePart p) {
        if (!(p.kind() == NameKind.FIRST || p.kind() == NameKind.OTHER && !p.guessed()) || !aloneInGroup(p)) {
            return false;
        }
        String lang = in.cyrillicSide().lang();
        var morphology = in.resources().morphology(lang);
        if (morphology == null) {
            return false;
        }
        boolean uk = "uk".equals(lang);
        // the Ukrainian dictionary is asked with the word as written (its name tags need the capital), the Russian in lower case
        for (var r : morphology.lookup(uk ? p.span().text() : p.span().text().toLowerCase(Locale.ROOT))) {
            if (uk ? r.tag().contains("prop:lname") : r.tag().startsWith("NN:Fam")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the evidence that {@code t} replaced the name is strong enough for an error: the word
     * stands next to the rendered first name of the same person, after a title of address, or is
     * itself a person of the glossary; or nothing about its place speaks against a name. Against it
     * speak: the first word of a sentence where the source name is not first (Sources say... for a
     * name further on: any capitalised word may open a sentence), a word after the article (the
     * Ibrox side, the Northeast: persons take none), a part of a hyphenated compound (Taliban-like,
     * Nimzo-Indian), and a second mention of a person already rendered in the bead (a translator
     * often writes a pronoun for it, and the word is then some other capitalised word).
     */
    private boolean sure(int i, LatinTokens.Token t, List<LatinTokens.Token> here, boolean anchored, boolean second, Bead1 b1) {
        NamePart p = parts.get(i);
        int k = b1.indexOf(t);
        LatinTokens.Token before = k > 0 && here.get(k - 1).sentence() == t.sentence() ? here.get(k - 1) : null;
        if (anchored || before != null && ADDRESS.matcher(before.text()).matches() || b1.knownPerson(t.text())) {
            return true;
        }
        if (t.initial() && !opensSentence(p) && ordinaryWord(t)) {
            return false;
        }
        if (commonWordAtStart(p) && !glossaryPerson(i)) {
            return false;
        }
        // a person of the glossary used as a modifier (the Harris administration for адміністрації Трампа) takes
        // the article in English: after it, a word no word list holds still stands for the well-known person
        if (before != null && ARTICLE.matcher(before.text()).matches() && !(glossaryPerson(i) && !ordinaryWord(t))) {
            return false;
        }
        if (t.compound()) {
            return false;
        }
        // a person named by one word here (a surname alone, often a later mention of someone introduced
        // before, for which a translator may write "he"): an ordinary word in its place (Games, Republican's)
        // is weak evidence
        if (aloneInGroup(p) && ordinaryWord(t)) {
            return false;
        }
        // a second mention: sure only when the word is no ordinary word and stands about where the
        // missing mention stands in its sentence (a pronoun for it leaves no such word behind)
        return !second || !ordinaryWord(t) && Math.abs(b1.relative[k] - relative(in.cyrillicSide(), p.span())) <= SAME_PLACE;
    }

    /** Sizes of the name groups, built on first use. */
    private Map<Integer, Integer> groupSizes;

    /** True when {@code p} is the only word of its name (a surname alone). */
    private boolean aloneInGroup(NamePart p) {
        if (groupSizes == null) {
            groupSizes = new HashMap<>();
            for (NamePart q : parts) {
                groupSizes.merge(q.group(), 1, Integer::sum);
            }
        }
        return groupSizes.getOrDefault(p.group(), 1) == 1;
    }

    /**
     * True when the word is an abbreviation with its point before a capitalised word (Sen. Jeff
     * Flake, Gov. Newsom, Rep. Jones): a title of the name after it, not a name itself.
     */
    private boolean abbreviatedTitle(LatinTokens.Token t, List<LatinTokens.Token> here, int k) {
        String text = in.latinSide().text();
        return t.end() < text.length() && text.charAt(t.end()) == '.' && k + 1 < here.size()
                && here.get(k + 1).sentence() == t.sentence() && here.get(k + 1).start() == t.end() + 2
                && Character.isUpperCase(here.get(k + 1).text().charAt(0));
    }

    /** What being a person of the glossary adds to a candidate's score (a closeness in place of this much). */
    private static final double KNOWN_BONUS = 0.3;

    /** How far apart (in relative place in the sentence) a second mention and the word in its place may stand. */
    private static final double SAME_PLACE = 0.2;

    /** The word list's English words, looked up on first use. */
    private dev.transcheck.text.Lexicon.Words english;

    /**
     * True when {@code t} is an ordinary English word of the word list (Sources, Officials): at the
     * start of a sentence or for a second mention it may be any word, where a word the list does not
     * hold (Petersen, Albanese) is a name. Other Latin-script languages: always true (no list).
     */
    private boolean ordinaryWord(LatinTokens.Token t) {
        if (!"en".equals(in.latinSide().lang())) {
            return true;
        }
        if (english == null) {
            english = dev.transcheck.text.Lexicon.get().words("en", null);
        }
        return english.rows(t.text()).length > 0;
    }

    /**
     * True when the source name is the first word of its sentence and its lower-case form is also a
     * common word (Співак, Друзі, Членов): capitalised by its place, it may be no name at all.
     */
    private boolean commonWordAtStart(NamePart p) {
        var sentence = in.cyrillicSide().sentence(p.span().sentence());
        String before = sentence.text().substring(0, Math.max(0, p.span().start() - sentence.start()));
        if (before.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        var morphology = in.resources().morphology(in.cyrillicSide().lang());
        if (morphology == null) {
            return false;
        }
        for (var r : morphology.lookup(p.span().text().toLowerCase(Locale.ROOT))) {
            String tag = r.tag();
            if (!tag.contains("prop") && !tag.startsWith("NN:Fam") && !tag.startsWith("NN:Name") && !tag.startsWith("NN:Patr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code p} is the epithet of a ruler or saint: an adjective (by the dictionary) after
     * another word of the same name (Катерина Велика, Ярослав Мудрий, Иван Грозный), in a bead whose
     * translation writes a name with an epithet, a capitalised word, "the" and a capitalised word
     * (Catherine the Great, Yaroslav the Wise). English translates such epithets after the article
     * instead of romanising them, so the adjective has no rendering of its own and nothing replaced it.
     */
    private boolean epithet(NamePart p, List<LatinTokens.Token> here) {
        boolean after = false;
        for (NamePart q : partsOfSentence(p.span().sentence())) {
            after |= q != p && q.group() == p.group() && q.span().end() <= p.span().start();
        }
        if (!after) {
            return false;
        }
        boolean theEpithet = false;
        for (int k = 1; k + 1 < here.size() && !theEpithet; k++) {
            LatinTokens.Token prev = here.get(k - 1);
            LatinTokens.Token t = here.get(k);
            LatinTokens.Token next = here.get(k + 1);
            theEpithet = t.text().equals("the") && prev.sentence() == t.sentence() && next.sentence() == t.sentence()
                    && Character.isUpperCase(prev.text().charAt(0)) && Character.isUpperCase(next.text().charAt(0));
        }
        return theEpithet && readAs(p, "adj:", "ADJ:Posit");
    }

    /** The definite article: persons' names do not take it. */
    private static final Pattern ARTICLE = Pattern.compile("(?i)the");

    /** True when a glossary person has {@code word} as a word of a form in the Latin side's language. */
    private boolean knownPerson(String word) {
        return NameGlossary.of(in.glossary(), in.resources()).isPersonWord(in.latinSide().lang(), LatinKeys.normal(word));
    }

    /** True when the name {@code p} belongs to stands at the start of its sentence (after opening punctuation). */
    private boolean opensSentence(NamePart p) {
        int start = p.span().start();
        for (NamePart q : partsOfSentence(p.span().sentence())) {
            if (q.group() == p.group()) {
                start = Math.min(start, q.span().start());
            }
        }
        var sentence = in.cyrillicSide().sentence(p.span().sentence());
        String before = sentence.text().substring(0, Math.max(0, start - sentence.start()));
        return before.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The name parts by sentence, built on first use. */
    private Map<Integer, List<NamePart>> partsBySentence;

    private List<NamePart> partsOfSentence(int sentence) {
        if (partsBySentence == null) {
            partsBySentence = new HashMap<>();
            for (NamePart q : parts) {
                partsBySentence.computeIfAbsent(q.span().sentence(), x -> new ArrayList<>()).add(q);
            }
        }
        return partsBySentence.getOrDefault(sentence, List.of());
    }

    /** True when the word before the part in its Cyrillic sentence is a title of address (пан Венс). */
    private boolean afterAddress(NamePart p) {
        var sentence = in.cyrillicSide().sentence(p.span().sentence());
        String before = sentence.text().substring(0, Math.max(0, p.span().start() - sentence.start())).strip();
        Matcher w = Pattern.compile("(\\p{L}+)\\.?$").matcher(before);
        return w.find() && ADDRESS.matcher(w.group(1)).matches();
    }

    /** Where a span lies in its sentence, from 0 (start) to 1 (end). */
    private static double relative(Document doc, Span s) {
        var sentence = doc.sentence(s.sentence());
        int len = Math.max(1, sentence.end() - sentence.start());
        return (double) (s.start() - sentence.start()) / len;
    }

    /**
     * True when another name accepts the word as its rendering: a place or other name anywhere, a
     * person of the same bead that has no other rendering there, or, when the alignment is unsure,
     * a person of a neighbouring bead (the word may belong to it). In a confident bead, the same
     * person named in another sentence explains nothing here (Jones in the next sentence does not
     * make a Jones replaced by another name here correct); nor does a person of the bead whose own
     * rendering is another word (Father Johnson's for отця Джонсона leaves David Johnson unexplained).
     * A word anchored next to the rendered first name or surname of the same name is judged as in a
     * confident bead.
     */
    private boolean explainedElsewhere(LatinTokens.Token t, int self, Bead bead, NameAnalysis.BeadMatch m, int b, Bead1 b1,
            boolean anchored) {
        // a word next to the rendered first name of the same person belongs to that mention, however
        // unsure the alignment (Дональд Ердоган for Donald Trump): a neighbouring bead does not claim it
        boolean confident = anchored || bead.confidence() >= NameAnalysis.CONFIDENT;
        if (confident != bead.confidence() >= NameAnalysis.CONFIDENT || b1.targetStarts.contains(t.start())) {
            return explainedElsewhere(t, self, bead, m, b, -1, confident) >= 0; // asked as it is, not from the memo
        }
        // otherwise the answer depends on the word's text and on self only: the first two names that explain it
        int[] two = b1.explainers.computeIfAbsent(t.text(), w -> {
            int first = explainedElsewhere(t, -1, bead, m, b, -1, confident);
            return new int[] {first, first < 0 ? -1 : explainedElsewhere(t, -1, bead, m, b, first, confident)};
        });
        return two[0] >= 0 && two[0] != self || two[1] >= 0 && two[1] != self;
    }

    /**
     * The first name after {@code after} (an index of the parts, -1 for from the start), other than
     * {@code self}, that explains {@code t} (see above), or -1.
     */
    private int explainedElsewhere(LatinTokens.Token t, int self, Bead bead, NameAnalysis.BeadMatch m, int b, int after,
            boolean confident) {
        List<Integer> cyrillicSentences = m.cyrillicSentences();
        Set<Integer> nearby = new HashSet<>(cyrillicSentences);
        List<Bead> beads = in.alignment().beads();
        for (int nb = Math.max(0, b - 1); nb <= Math.min(beads.size() - 1, b + 1); nb++) {
            nearby.addAll(in.reversed() ? beads.get(nb).translation() : beads.get(nb).source());
        }
        Set<Integer> renderedElsewhere = new HashSet<>();
        for (NameAnalysis.Result r : m.results()) {
            if (r.target() != null && r.target().start() != t.start()) {
                renderedElsewhere.add(r.part().span().start());
            }
        }
        for (int i = after + 1; i < expectations.size(); i++) {
            NamePart q = parts.get(i);
            boolean person = q.kind().isPerson() || glossaryPerson(i);
            if (person && !(confident ? cyrillicSentences : nearby).contains(q.span().sentence())) {
                continue;
            }
            if (i == self || person && renderedElsewhere.contains(q.span().start())) {
                continue;
            }
            // a name of another bead explains the word only by a sure rendering: the sound keys of
            // foreign names would let any common word (Сената) excuse a replaced person (Sandu)
            boolean sameBead = cyrillicSentences.contains(parts.get(i).span().sentence());
            if (sameBead ? expectations.get(i).judge(t.text()) == Expectation.Verdict.ACCEPTED
                    : expectations.get(i).rendersStrictly(t.text())) {
                return i;
            }
        }
        return -1;
    }

    /** A rough Cyrillic spelling of an English name, as a hint when the translation has another name. */
    static String toCyrillic(String latin) {
        String w = latin.replaceAll("['’]s$", "");
        String l = w.toLowerCase(Locale.ROOT).replace("shch", "щ").replace("sh", "ш").replace("ch", "ч").replace("zh", "ж")
                .replace("kh", "х").replace("ts", "ц").replace("yu", "ю").replace("ya", "я").replace("yo", "ё");
        String c = TO_CYRILLIC.get().transliterate(l).replace("ʹ", "").replace("ʺ", "");
        return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }
}
