package dev.transcheck.names;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Span;
import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last stage of the name analysis: for the persons and places of a bead that have no
 * rendering there, the unexplained name-like word that stands in their place (Lavrov for
 * Лукашенко). A word is explained when it renders some other word of the bead's Cyrillic side
 * (acronyms, titles, Latin words quoted in the source) or is an accepted rendering of another name
 * of the document.
 */
final class ReplacementFinder {
    private static final ThreadLocal<com.ibm.icu.text.Transliterator> TO_CYRILLIC =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Latin-Cyrillic"));

    /** Titles of address: the word after one is a surname (Mr. Trump, пан Трамп, господин Трамп). */
    static final Pattern ADDRESS = Pattern.compile("(?iu)mr|mrs|ms|dr|sir|lord|lady|пан|пані|пана|пані|панові|господин|госпожа|господина|містер|мистер|міс|мисс");

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
        if (m.unmatched().isEmpty() || !tables.knowsCapitalisation(tgt.lang())) {
            return out;
        }
        List<LatinTokens.Token> here = m.here();
        Set<LatinTokens.Token> explained = explained(m);
        boolean big = bead.source().size() > 2 || bead.translation().size() > 2;
        // In A Title-Case Headline every word looks like a name: only a person of the glossary counts there
        boolean headline = tokens.titleCase(here, explained, tables);
        for (int i : m.unmatched()) {
            NamePart p = parts.get(i);
            // the glossary's word decides: Путина is a person, though the dictionary also reads a town and a fishing season
            boolean known = glossaryPerson(i);
            boolean place = !known && p.kind() == NameKind.PLACE
                    || p.kind() == NameKind.OTHER && !p.guessed() && !tables.exonym(p.lemma()).isEmpty()
                    && tables.isPlaceWord(tables.exonym(p.lemma()).get(0));
            // a word the dictionary reads as a common noun (Трамп: a tramp steamer) is still a person when the glossary says so
            // (and a first name alone, Каллас, or a word the name finder took for one, when the glossary knows the person by it)
            boolean person = p.kind() == NameKind.SURNAME || known;
            if (!place && !person && (!p.kind().isPerson() || p.kind() == NameKind.PATRONYMIC)) {
                continue;
            }
            if (p.lemma().length() <= 3) {
                continue; // a name syllable (Кім Чен Ин: East-Asian names follow other romanisations) anchors no replacement
            }
            LatinTokens.Token anchor = null;
            String basis = null;
            for (NameAnalysis.Result r : m.results()) {
                if (r.part().group() == p.group() && r.target() != null && r.part() != p
                        && (r.part().kind() == NameKind.FIRST || r.part().kind() == NameKind.SURNAME)) {
                    anchor = here.stream().filter(t -> t.start() == r.target().start()).findFirst().orElse(null);
                    if (basis == null) {
                        basis = r.expectation().basis(r.target().text());
                    }
                }
            }
            List<LatinTokens.Token> candidates = candidates(p, person, place, anchor, big, here);
            if (headline) {
                candidates.removeIf(t -> !knownPerson(t.text()));
            }
            LatinTokens.Token chosen = choose(i, place, candidates, explained, bead, m, anchor != null, b);
            if (chosen != null) {
                explained.add(chosen);
                NameAnalysis.Result r = m.results().stream().filter(x -> x.part() == p).findFirst().orElseThrow();
                List<String> expected = in.reversed() ? List.of(toCyrillic(chosen.text())) : r.expectation().expected(basis);
                boolean sure = sure(i, chosen, here, anchor != null, m.secondMentions().contains(i));
                out.add(new NameAnalysis.Replacement(r, Span.of(tgt, chosen.sentence(), chosen.start(), chosen.end()), expected, sure));
            }
        }
        return out;
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
        for (int s : m.cyrillicSentences()) {
            var sentence = src.sentence(s);
            Matcher w = NameFinder.WORD.matcher(sentence.text());
            while (w.find()) {
                if (Character.isUpperCase(w.group().charAt(0)) && !rendered.contains(sentence.start() + w.start())) {
                    otherWords.add(rz.variants(w.group(), "uk"));
                    otherWords.add(rz.variants(w.group(), "ru"));
                }
            }
        }
        for (LatinTokens.Token t : m.here()) {
            String n = LatinKeys.normal(t.text());
            for (Pattern pt : otherWords) {
                if (pt.matcher(n).matches()) {
                    explained.add(t);
                    break;
                }
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
    private List<LatinTokens.Token> candidates(NamePart p, boolean person, boolean place, LatinTokens.Token anchor, boolean big,
                                               List<LatinTokens.Token> here) {
        List<LatinTokens.Token> candidates = new ArrayList<>();
        if (anchor != null) {
            int k = here.indexOf(anchor);
            int j = p.kind() == NameKind.FIRST ? k - 1 : k + 1;
            if (j >= 0 && j < here.size() && here.get(j).sentence() == anchor.sentence()) {
                candidates.add(here.get(j));
            }
        } else if (big) {
            return candidates; // in a bead of many sentences an unexplained word may belong anywhere: only anchored replacements
        } else if (person || p.kind() == NameKind.OTHER && afterAddress(p)) {
            candidates.addAll(here);
        } else if (place) {
            candidates.addAll(here.stream().filter(t -> tables.isPlaceWord(t.text())).toList());
        }
        return candidates;
    }

    /**
     * The candidate that replaced part {@code i}: a name-like word no other name explains. Among
     * several, the one most like the missing name, then the one nearest to its place in the
     * sentence (relative positions), so that the finding names the right pair.
     */
    private LatinTokens.Token choose(int i, boolean place, List<LatinTokens.Token> candidates, Set<LatinTokens.Token> explained,
                                     Bead bead, NameAnalysis.BeadMatch m, boolean anchored, int b) {
        NamePart p = parts.get(i);
        List<LatinTokens.Token> here = m.here();
        double at = relative(in.cyrillicSide(), p.span());
        LatinTokens.Token chosen = null;
        double bestScore = -Double.MAX_VALUE;
        for (LatinTokens.Token t : candidates) {
            int k = here.indexOf(t);
            boolean addressed = k > 0 && ADDRESS.matcher(here.get(k - 1).text()).matches();
            // a person of the glossary is a name whatever its ending (Vance, Lawrence)
            boolean known = knownPerson(t.text());
            if (explained.contains(t) || !tokens.nameLike(t, tables, place, anchored || addressed || known)
                    || explainedElsewhere(t, i, bead, m, b, anchored)) {
                continue;
            }
            double sim = expectations.get(i).closeness(LatinKeys.normal(t.text()));
            Span ts = Span.of(in.latinSide(), t.sentence(), t.start(), t.end());
            double score = (sim >= 0.8 ? sim : 0) - Math.abs(relative(in.latinSide(), ts) - at);
            if (score > bestScore) {
                bestScore = score;
                chosen = t;
            }
        }
        return chosen;
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
    private boolean sure(int i, LatinTokens.Token t, List<LatinTokens.Token> here, boolean anchored, boolean second) {
        NamePart p = parts.get(i);
        int k = here.indexOf(t);
        LatinTokens.Token before = k > 0 && here.get(k - 1).sentence() == t.sentence() ? here.get(k - 1) : null;
        if (anchored || before != null && ADDRESS.matcher(before.text()).matches() || knownPerson(t.text())) {
            return true;
        }
        if (t.initial() && !opensSentence(p)) {
            return false;
        }
        if (commonWordAtStart(p) && !glossaryPerson(i)) {
            return false;
        }
        if (before != null && ARTICLE.matcher(before.text()).matches()) {
            return false;
        }
        return !t.compound() && !second;
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

    /** The definite article: persons' names do not take it. */
    private static final Pattern ARTICLE = Pattern.compile("(?i)the");

    /** True when a glossary person has {@code word} as a word of a form in the Latin side's language. */
    private boolean knownPerson(String word) {
        return NameGlossary.of(in.glossary(), in.resources()).isPersonWord(in.latinSide().lang(), LatinKeys.normal(word));
    }

    /** True when the name {@code p} belongs to stands at the start of its sentence (after opening punctuation). */
    private boolean opensSentence(NamePart p) {
        int start = p.span().start();
        for (NamePart q : parts) {
            if (q.group() == p.group() && q.span().sentence() == p.span().sentence()) {
                start = Math.min(start, q.span().start());
            }
        }
        var sentence = in.cyrillicSide().sentence(p.span().sentence());
        String before = sentence.text().substring(0, Math.max(0, start - sentence.start()));
        return before.codePoints().noneMatch(Character::isLetterOrDigit);
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
    private boolean explainedElsewhere(LatinTokens.Token t, int self, Bead bead, NameAnalysis.BeadMatch m, int b, boolean anchored) {
        // a word next to the rendered first name of the same person belongs to that mention, however
        // unsure the alignment (Дональд Ердоган for Donald Trump): a neighbouring bead does not claim it
        boolean confident = anchored || bead.confidence() >= NameAnalysis.CONFIDENT;
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
        for (int i = 0; i < expectations.size(); i++) {
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
                return true;
            }
        }
        return false;
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
