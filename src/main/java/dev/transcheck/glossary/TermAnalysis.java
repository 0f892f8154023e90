package dev.transcheck.glossary;

// Longer than 400 lines: one analysis of an aligned pair shared by four checks (term.mismatch,
// title.mismatch, term.forbidden, term.inconsistent); the search for what replaced a missing term
// (similar spelling, a sibling office, another glossary name) reads the same per-bead hit tables
// that a split would have to pass around.

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.Resources;
import dev.transcheck.text.analysis.TextNormalizer;
import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The glossary work shared by the term checks of one run (computed once through
 * CheckContext.terms()): the glossary hits of both documents, and for every source term the
 * verdict on its rendering in the aligned translation sentences.
 *
 * <p>A source term counts as rendered when its concept is mentioned (in any form, any status) in
 * the translation sentences of its bead; when a neighbouring bead (two away below confidence
 * {@value #NEIGHBOURS}) has more renderings of it than its own source has mentions, since the
 * aligner may have shifted a sentence; or when every content word of an accepted target form is
 * loosely there (a shared beginning of all but one letter: "Russia" in "Russian", "Ukraine" in
 * "Ukrainian"). Otherwise the term is missing, and the analysis looks for what replaced it in the
 * bead (see {@link #replacement}). Persons are left to the {@code name.*} checks.
 */
public final class TermAnalysis {
    /** What the analysis reads: the glossary, the shared resources and the aligned pair. */
    public record Input(Glossary glossary, Resources resources, Document source, Document translation,
                        Alignment alignment) {
    }

    /** Below this similarity a target word is not taken as a misspelt rendering of the expected form. */
    public static final double SIMILAR = 0.80;
    /** Below this bead confidence the translation sentences of the neighbouring beads count too (the aligner may have shifted a sentence). */
    public static final double NEIGHBOURS = dev.transcheck.model.Confidence.NEIGHBOURS;
    /** Another glossary name stands "where the name should be" within this difference of relative position. */
    public static final double OTHER_PLACE = 0.35;
    /** Findings with no pointer into the translation need at least this bead confidence. */
    public static final double CONFIDENT = dev.transcheck.model.Confidence.DOUBTFUL;
    /**
     * How many letters longer than the form's word a loosely matched office word may be: a case
     * ending (міністр-ами) where the language declines nouns (its profile has case endings), a
     * plural ending (minister-s) elsewhere. A longer word is derived ("presidential"), no office.
     */
    static int inflection(String lang) {
        return dev.transcheck.lang.LanguageProfiles.of(lang).data(dev.transcheck.lang.LanguageProfile.DataFile.ENDINGS).isPresent() ? 3 : 2;
    }

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** One source term whose concept is not rendered in the aligned translation. */
    public record Missing(TermHit source, Bead bead, List<String> expected, String suggestion, Span replacement,
                   TermHit otherTitle) {
    }

    /**
     * A source title whose office the translation renders with other rank modifiers: "Deputy
     * Defence Minister" for «міністр оборони», "defence minister" for «заступник міністра оборони».
     */
    public record RankChange(TermHit source, Bead bead, Span translation, Set<String> sourceKinds,
                             Set<String> translationKinds, List<String> expected) {
    }

    /**
     * An office of the translation with a rank modifier of a kind that no sentence of the source
     * document has, although the source names the office ("заступник міністра" where the source
     * names the minister and no deputy anywhere).
     */
    public record UnexplainedTitle(TermHit translation, Span span, Bead bead, Set<String> kinds) {
    }

    /**
     * An office of the translation that the source document never names, where the source names
     * only a rival office (glossary relation {@code rival}: «премьер-министр» where the source
     * says "President" and never "prime minister"). {@code sourceOffice} is the source's rival
     * mention, in the bead when there is one.
     */
    public record RivalTitle(TermHit translation, Bead bead, TermHit sourceOffice) {
    }

    public final List<List<TermHit>> sourceHits;
    /** Per source sentence: also the hits inside longer ones. */
    private final List<List<TermHit>> sourceMentions;
    /** Per translation sentence: the longest-match hits, what the checks report on. */
    public final List<List<TermHit>> translationHits;
    /** Per translation sentence: also the hits inside longer ones, what counts as mentioned. */
    public final List<List<TermHit>> translationMentions;
    public final List<Missing> missing;
    /**
     * Per sentence: places named through an adjective made from them (харківського → Kharkiv,
     * Russian → Russia) outside any glossary hit (see {@link TermIndex#placeAdjectives}). They count
     * as mentions and renderings of their place.
     */
    private final List<List<TermHit>> sourceDerived;
    private final List<List<TermHit>> translationDerived;
    /** Source titles rendered with other rank modifiers (deputy, acting, former) in their bead. */
    private final List<RankChange> rankChanges = new ArrayList<>();
    /** Offices of the translation that the source document does not account for. */
    public final List<UnexplainedTitle> unexplainedTitles;
    /** Offices of the translation that contradict the only office of that order the source names. */
    public final List<RivalTitle> rivalTitles;
    private final Glossary glossary;
    /** Folded words of the glossary's target-language forms (and each without its last letter), to the concepts that have them. */
    private final Map<String, Set<String>> glossaryStems;

    private TermAnalysis(Input ctx) {
        this.glossary = ctx.glossary();
        TermIndex index = TermIndex.of(ctx.glossary(), ctx.resources());
        Set<String> keptTags = dev.transcheck.text.TextFacts.keptHashtags(ctx.source().text(), ctx.translation().text());
        this.sourceMentions = withForeignWords(index, ctx.source(), ctx.translation().lang(), keptTags,
                hits(index, ctx.source(), keptTags));
        this.sourceHits = longest(sourceMentions);
        this.translationMentions = hits(index, ctx.translation(), keptTags);
        this.translationHits = longest(translationMentions);
        this.sourceDerived = derived(index, ctx.source(), sourceMentions);
        this.translationDerived = derived(index, ctx.translation(), translationMentions);
        String lang = ctx.translation().lang();
        this.glossaryStems = ctx.resources().shared(new StemsKey(ctx.glossary(), lang),
                () -> GlossaryCache.stringSets(ctx.glossary().slot(), "stems-" + lang, () -> glossaryStems(ctx)));
        this.missing = List.copyOf(findMissing(ctx));
        this.unexplainedTitles = List.copyOf(findUnexplainedTitles(ctx));
        this.rivalTitles = List.copyOf(findRivalTitles(ctx));
    }

    /** Equals and hashCode spelled out, as {@code TermIndex.Key}'s (no method handles linked at start-up). */
    private record StemsKey(Glossary glossary, String lang) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StemsKey k && k.glossary == glossary && java.util.Objects.equals(k.lang, lang);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(glossary) + java.util.Objects.hashCode(lang);
        }
    }

    /** Source titles rendered with other rank modifiers (deputy, acting, former) in their bead. */
    public List<RankChange> rankChanges() {
        return java.util.Collections.unmodifiableList(rankChanges);
    }

    public static TermAnalysis of(Input ctx) {
        return new TermAnalysis(ctx);
    }

    private static List<List<TermHit>> hits(TermIndex index, Document doc, Set<String> keptTags) {
        List<List<TermHit>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<TermHit> found = index.findNested(doc, s);
            // identifiers and kept hashtags, as the characters they cover: one look-up per hit
            java.util.BitSet ids = dev.transcheck.text.TextFacts.keptHashtagChars(s.text(), keptTags);
            for (int[] r : identifiers(s.text())) {
                ids.set(r[0], r[1]);
            }
            for (int[] r : clockMarkers(s.text())) {
                ids.set(r[0], r[1]);
            }
            if (!ids.isEmpty()) {
                found = found.stream().filter(h -> !ids.get(h.span().start() - s.start())).toList();
            }
            out.add(found);
        }
        return List.copyOf(out);
    }

    /**
     * {@code hits} of the source with the glossary names it writes in the translation's language:
     * names quoted as they are in a text of another script ("South China Morning Post" in a
     * Ukrainian article for English readers) and a post's tags kept from its original («#Житомир» in
     * an English post). The translation keeps such words or changes them; a tag it keeps letter for
     * letter is an identifier and stays out, and a name it changes is a replacement like any other.
     * Only names written in the translation's script count (a form of both languages' letters is
     * found by the source's own forms), not inside an address or a handle, and any glossary form
     * inside a hashtag; a sentence without either is not searched.
     */
    private static List<List<TermHit>> withForeignWords(TermIndex index, Document doc, String lang, Set<String> keptTags,
                                                        List<List<TermHit>> hits) {
        if (lang.equals(doc.lang())) {
            return hits;
        }
        dev.transcheck.lang.LanguageProfile.Script script = dev.transcheck.lang.LanguageProfiles.of(lang).script();
        boolean otherScript = script != dev.transcheck.lang.LanguageProfile.Script.OTHER
                && script != dev.transcheck.lang.LanguageProfiles.of(doc.lang()).script();
        List<List<TermHit>> out = null;
        for (Sentence s : doc.sentences()) {
            boolean tagged = s.text().indexOf('#') >= 0;
            boolean foreign = otherScript && s.text().codePoints().anyMatch(cp -> inScript(cp, script));
            if (!tagged && !foreign) {
                continue;
            }
            List<int[]> tags = new ArrayList<>();
            if (tagged) {
                java.util.regex.Matcher m = dev.transcheck.text.TextFacts.HASHTAG.matcher(s.text());
                while (m.find()) {
                    if (!keptTags.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                        tags.add(new int[] {s.start() + m.start(), s.start() + m.end()});
                    }
                }
            }
            if (tags.isEmpty() && !foreign) {
                continue;
            }
            List<TermHit> own = hits.get(s.id());
            List<TermHit> added = new ArrayList<>();
            java.util.BitSet ids = new java.util.BitSet();
            for (int[] r : identifiers(s.text())) {
                ids.set(r[0], r[1]);
            }
            for (TermHit h : index.findNested(doc, s, lang)) {
                if (ids.get(h.span().start() - s.start())) {
                    continue; // an address or a handle: part of an account's name
                }
                String text = h.span().text();
                boolean inTag = tags.stream().anyMatch(r -> h.span().start() > r[0] && h.span().end() <= r[1]);
                boolean written = foreign && isName(h.concept().type()) && text.codePoints().filter(Character::isLetter).allMatch(cp -> inScript(cp, script));
                boolean overlaps = own.stream().anyMatch(o -> o.span().start() < h.span().end() && h.span().start() < o.span().end());
                if ((inTag || written) && !overlaps) {
                    added.add(h);
                }
            }
            if (!added.isEmpty()) {
                if (out == null) {
                    out = new ArrayList<>(hits);
                }
                List<TermHit> all = new ArrayList<>(own);
                all.addAll(added);
                out.set(s.id(), List.copyOf(all));
            }
        }
        return out == null ? hits : List.copyOf(out);
    }

    private static boolean inScript(int cp, dev.transcheck.lang.LanguageProfile.Script script) {
        Character.UnicodeScript us = Character.UnicodeScript.of(cp);
        return script == dev.transcheck.lang.LanguageProfile.Script.LATIN ? us == Character.UnicodeScript.LATIN
                : script == dev.transcheck.lang.LanguageProfile.Script.CYRILLIC && us == Character.UnicodeScript.CYRILLIC;
    }

    private static List<List<TermHit>> derived(TermIndex index, Document doc, List<List<TermHit>> mentions) {
        List<List<TermHit>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<TermHit> found = index.placeAdjectives(doc, s);
            if (!found.isEmpty()) {
                List<TermHit> direct = mentions.get(s.id());
                found = found.stream().filter(h -> direct.stream().noneMatch(
                        d -> d.span().start() < h.span().end() && h.span().start() < d.span().end())).toList();
            }
            out.add(found);
        }
        return List.copyOf(out);
    }

    /**
     * Identifiers kept as they are in any language: web and mail addresses and @handles. A name
     * inside one (@kyiv_roasters) is part of an account's name, neither a mention nor a rendering.
     * Hashtags are words of the text and are translated (#Київ, #Kyiv), so they stay.
     */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile(
            "(?:https?|ftp)://\\S+|www\\.\\S+"
                    // a mail address starts where its run of address characters starts, and no part gives
                    // back characters: tried from inside a long run (a-a-a-..., no @ after it) the match
                    // would rescan the rest of the run at every position, quadratic in the run's length
                    + "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)+"
                    + "|" + dev.transcheck.text.TextFacts.BARE_ADDRESS
                    + "|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.]*");

    /**
     * The half-day markers of a clock time: "AM"/"PM" (a.m., p.m.) written right after its digits
     * ("8 PM", "7:30PM", "11 a.m."). They say which half of the day the time is in, not the
     * abbreviation they spell elsewhere ("PM" for prime minister, "AM" for an amplitude band).
     */
    private static final java.util.regex.Pattern CLOCK_MARKER = java.util.regex.Pattern.compile(
            "(?<=\\d)\\s?(?:[AaPp]\\.?[Mm]\\.?)(?![\\p{L}\\p{N}])");

    static List<int[]> clockMarkers(String text) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = CLOCK_MARKER.matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            out.add(new int[] {start, m.end()});
        }
        return out;
    }

    static List<int[]> identifiers(String text) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<List<TermHit>> longest(List<List<TermHit>> hits) {
        return hits.stream().map(TermIndex::longest).toList();
    }

    /** Built once per glossary and language (cached in Resources); immutable. */
    private static Map<String, Set<String>> glossaryStems(Input ctx) {
        Map<String, Set<String>> out = new HashMap<>();
        String lang = ctx.translation().lang();
        for (Concept c : ctx.glossary().concepts()) {
            for (Term t : c.terms(lang)) {
                for (Token tok : Tokenizer.formTokens(t.form())) {
                    String w = TextNormalizer.fold(tok.text());
                    if (tok.isWord() && w.length() >= 4) {
                        out.computeIfAbsent(w, k -> new HashSet<>()).add(c.id());
                        if (w.length() >= 5) {
                            out.computeIfAbsent(w.substring(0, w.length() - 1), k -> new HashSet<>()).add(c.id());
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /**
     * True when the word begins with a word (all but its last letter) of a glossary form of a concept
     * other than {@code own}: "Belarusian", "Russian".
     */
    private boolean derivedFromGlossary(String word, String own) {
        String w = TextNormalizer.fold(word);
        for (int k = 4; k <= w.length(); k++) {
            Set<String> ids = glossaryStems.get(w.substring(0, k));
            if (ids != null && (ids.size() > 1 || !ids.contains(own))) {
                return true;
            }
        }
        return false;
    }

    /** The accepted (preferred, then admitted) forms of {@code c} in {@code lang}, with the year filled in. */
    public static List<String> accepted(Concept c, String lang, String year, boolean surnameOnly) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Term p = c.preferred(lang);
        if (p != null) {
            out.add(shape(p.form(), year, surnameOnly));
        }
        for (Term t : c.terms(lang)) {
            if (t.status() == TermStatus.ADMITTED) {
                out.add(shape(t.form(), year, surnameOnly));
            }
        }
        return List.copyOf(out);
    }

    private static String shape(String form, String year, boolean surnameOnly) {
        String f = TermIndex.fill(form, year);
        if (surnameOnly) {
            List<Token> words = Tokenizer.tokens(f).stream().filter(Token::isWord).toList();
            if (!words.isEmpty()) {
                return words.get(words.size() - 1).text();
            }
        }
        return f;
    }

    /**
     * True for the concepts the term checks look at: every type but persons, whose names the
     * {@code name.*} checks handle (glossary and transliteration together).
     */
    public static boolean checked(Concept c) {
        return c.type() != ConceptType.PERSON;
    }

    /**
     * True when {@code form} is a shorter way to refer to what {@code full} names: an abbreviation
     * of a longer name (UN for United Nations) or some of its words (Rada for Verkhovna Rada).
     */
    public static boolean shorterReference(String form, String full) {
        if (TermIndex.isAbbreviation(form) && !TermIndex.isAbbreviation(full)) {
            return true;
        }
        List<String> a = words(form);
        List<String> b = words(full);
        return a.size() < b.size() && b.containsAll(a) || a.size() == 1 && b.size() >= 2 && clipped(a.get(0), 0, b, 0, 0);
    }

    /** Case endings of one or two letters (Ukrainian and Russian nouns and adjectives), and none. */
    private static final java.util.Set<String> CASE_ENDINGS = java.util.Set.of("", "а", "у", "ю", "і", "и", "е", "я",
            "ы", "о", "ом", "ем", "ою", "ею", "ах", "ях", "ам", "ям", "ів", "ов", "ой", "ей", "ий", "ый", "ої", "ї");

    /**
     * True when {@code w} from {@code p} is made of the starts of the words of {@code full} from
     * {@code k} on, in order (some may be skipped): a compound clipping such as «Нацбанк» for
     * «Національний банк України», «Мінфін» for «Міністерство фінансів», «Госдума» for
     * «Государственная дума». Each piece is at least two letters of its word; the last may carry
     * a case ending of up to two letters («Нацбанку», «Мінфіну»). {@code pieces} counts the pieces
     * so far; two at least make a clipping.
     */
    static boolean clipped(String w, int p, List<String> full, int k, int pieces) {
        if (p == w.length()) {
            return pieces >= 2;
        }
        for (int j = k; j < full.size(); j++) {
            String f = full.get(j);
            int common = 0;
            while (common < f.length() && p + common < w.length() && f.charAt(common) == w.charAt(p + common)) {
                common++;
            }
            int rest = w.length() - p - common;
            if (pieces >= 1 && common >= 3 && rest <= 2 && CASE_ENDINGS.contains(w.substring(p + common))) {
                return true; // the last piece, with a case ending of up to two letters
            }
            for (int len = common; len >= 2; len--) {
                if (p + len < w.length() && clipped(w, p + len, full, j + 1, pieces + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.formTokens(form)) {
            if (t.isWord()) {
                out.add(TextNormalizer.fold(t.text()));
            }
        }
        return out;
    }

    public static boolean isName(ConceptType t) {
        return t == ConceptType.PERSON || t == ConceptType.PLACE || t == ConceptType.ORGANISATION || t == ConceptType.EVENT;
    }

    private List<Missing> findMissing(Input ctx) {
        List<Missing> out = new ArrayList<>();
        Alignment a = ctx.alignment();
        String tlang = ctx.translation().lang();
        List<Bead> beads = a.beads();
        List<Map<String, Integer>> srcCount = new ArrayList<>();
        List<Map<String, Integer>> tgtCount = new ArrayList<>();
        for (Bead bead : beads) {
            Map<String, Integer> sc = count(bead.source(), sourceHits);
            count(bead.source(), sourceDerived).forEach((k, v) -> sc.merge(k, v, Integer::sum));
            srcCount.add(sc);
            Map<String, Integer> tc = count(bead.translation(), translationMentions);
            count(bead.translation(), translationDerived).forEach((k, v) -> tc.merge(k, v, Integer::sum));
            tgtCount.add(tc);
        }
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOmission() || bead.isAddition()) {
                continue;
            }
            Set<String> inSource = srcCount.get(b).keySet();
            Set<String> done = new HashSet<>();
            boolean doubtful = bead.confidence() < NEIGHBOURS;
            int reach = doubtful ? 2 : 1;
            final int bb = b;
            // the translation sentences where a loose rendering counts: the bead's own and, in a
            // doubtful bead, its neighbours' -- but only a neighbour whose own source does not name
            // the concept: there the rendering answers that mention ("Iran and Russia" for
            // «Ірану й Росії» next to "Russia and Konotop" for «з Росією та Іраном»)
            java.util.function.Function<String, List<Integer>> near = concept -> {
                List<Integer> sentences = new ArrayList<>(bead.translation());
                if (doubtful) {
                    for (int n = Math.max(0, bb - 1); n <= Math.min(beads.size() - 1, bb + 1); n++) {
                        if (n != bb && srcCount.get(n).getOrDefault(concept, 0) == 0) {
                            sentences.addAll(beads.get(n).translation());
                        }
                    }
                }
                return sentences;
            };
            for (int s : bead.source()) {
                for (TermHit h : sourceHits.get(s)) {
                    Concept c = h.concept();
                    if (!checked(c)) {
                        continue;
                    }
                    List<String> expected = accepted(c, tlang, h.year(), false);
                    if (expected.isEmpty() || !done.add(c.id())) {
                        continue;
                    }
                    Set<String> nearSrc = nearSource(b, reach, srcCount);
                    int rendered = tgtCount.get(b).getOrDefault(c.id(), 0);
                    if (rendered > 0) {
                        if (c.type() == ConceptType.TITLE) {
                            rankByMention(ctx, h, bead, expected);
                        }
                        // fewer renderings than mentions, and in the bead a name or office of the
                        // same type that no source sentence near it has: one mention was replaced
                        // ("North Korea's diplomat ... to North Korea's moves" -> "... to Warsaw's moves")
                        int mentioned = srcCount.get(b).getOrDefault(c.id(), 0);
                        if (rendered < mentioned && (isName(c.type()) || c.type() == ConceptType.TITLE)
                                && !surplusNearby(c.id(), b, reach, srcCount, tgtCount)) {
                            TermHit swap = soleUnaccounted(ctx, c, bead, nearSrc, expected);
                            if (swap != null) {
                                TermHit title = c.type() == ConceptType.TITLE && swap.concept().type() == ConceptType.TITLE ? swap : null;
                                out.add(new Missing(h, bead, expected, expected.get(0), swap.span(), title));
                            }
                        }
                        continue;
                    }
                    if (surplusNearby(c.id(), b, reach, srcCount, tgtCount)) {
                        // a rendering one bead off explains the gap, unless this confident 1-1 bead
                        // has the one glossary name of the type that stands for nothing in the
                        // source: "Часів Яр каже" for "North Korea says" although the next sentence
                        // renders "North Korean" as «Північної Кореї»
                        TermHit swap = isName(c.type()) && bead.confidence() >= NEIGHBOURS && bead.source().size() == 1
                                && bead.translation().size() == 1 ? soleUnaccounted(ctx, c, bead, nearSrc, expected) : null;
                        if (swap != null) {
                            out.add(new Missing(h, bead, expected, expected.get(0), swap.span(), null));
                        }
                        // nor does it excuse a sibling office standing in the bead (a headline's "foreign
                        // minister" the source headline lacks, then "Japanese Defence minister" for
                        // «Міністр закордонних справ Японії»): the office words are there, the office is not
                        TermHit sibling = c.type() == ConceptType.TITLE && bead.confidence() >= NEIGHBOURS
                                ? otherTitle(ctx, h, bead, inSource, nearSrc, expected, srcCount.get(b), tgtCount.get(b)) : null;
                        if (sibling != null && sharesOfficeWord(sibling, expected)) {
                            out.add(new Missing(h, bead, expected, expected.get(0), sibling.span(), sibling));
                        }
                        continue;
                    }
                    // a sibling office in the bead ("Foreign Minister" for "defence minister") is a
                    // wrong title even when the expected words occur loosely elsewhere in the
                    // sentence ("defense capabilities")
                    TermHit otherTitle = c.type() == ConceptType.TITLE ? otherTitle(ctx, h, bead, inSource, nearSrc, expected,
                            srcCount.get(b), tgtCount.get(b)) : null;
                    if (otherTitle == null && looselyPresent(ctx, expected, near.apply(c.id()))) {
                        if (c.type() == ConceptType.TITLE) {
                            rankByLooseWords(ctx, h, bead, expected);
                        }
                        continue;
                    }
                    List<String> shown = h.partial() ? accepted(c, tlang, h.year(), true) : expected;
                    Pointer p = otherTitle != null ? null : replacement(ctx, h, shown, bead, inSource, nearSrc);
                    if (p != null && p.similar() && c.type() != ConceptType.EVENT) {
                        continue; // a word like the place or term ("French" for France) is more likely a derived form than an error
                    }
                    Span repl = otherTitle != null ? otherTitle.span() : p == null ? null : p.span();
                    if (repl == null) {
                        // a longer name with nothing in its place: a name inside it may have been
                        // replaced ("National Bank of Mogilev" for «Національний банк України»)
                        Missing inner = innerReplaced(ctx, h, bead, inSource, nearSrc, tgtCount.get(b));
                        if (inner != null) {
                            out.add(inner);
                            continue;
                        }
                    }
                    if (repl == null && bead.confidence() < CONFIDENT) {
                        continue;
                    }
                    out.add(new Missing(h, bead, shown, shown.get(0), repl, otherTitle));
                }
            }
            // a place named only through its adjective (харківського будинку): the translation may
            // say it with an adjective of its own or leave it out ("Polish", "local"; «французский»
            // is also the French language), so only the one place of the translation that stands
            // for nothing in the source, at about the adjective's place in its sentence, is taken
            // as its replacement ("Munich's" for «харківського»)
            for (int s : bead.source()) {
                for (TermHit h : sourceDerived.get(s)) {
                    Concept c = h.concept();
                    List<String> expected = accepted(c, tlang, null, false);
                    if (expected.isEmpty() || !done.add(c.id()) || tgtCount.get(b).getOrDefault(c.id(), 0) > 0
                            || surplusNearby(c.id(), b, reach, srcCount, tgtCount) || looselyPresent(ctx, expected, near.apply(c.id()))) {
                        continue;
                    }
                    TermHit swap = soleUnaccounted(ctx, c, bead, nearSource(b, reach, srcCount), expected);
                    if (swap != null && Math.abs(relativePosition(ctx.translation().sentence(swap.span().sentence()), swap.span().start())
                            - relativePosition(ctx.source().sentence(s), h.span().start())) <= OTHER_PLACE) {
                        out.add(new Missing(h, bead, expected, expected.get(0), swap.span(), null));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Offices of the translation given a rank that nothing in the source document carries: the
     * source names the office (that concept, a related one, or the same office named more or less
     * fully), but no source sentence has a modifier of that kind at all ("заступник міністра
     * Кларк" for "Mr Clark said" in an article whose source calls him Business Secretary and
     * names no deputy anywhere). A translator adds a title the article gives elsewhere ("he said"
     * as «заявил министр»), so a title added where the source has none is no error in itself; a
     * rank that the whole source never gives is. Only in a confident bead (at least {@value
     * #NEIGHBOURS}); a translation title already reported as replacing a source title is left to
     * that finding, and so is a rank change found within the bead.
     */
    private List<UnexplainedTitle> findUnexplainedTitles(Input ctx) {
        String slang = ctx.source().lang();
        String tlang = ctx.translation().lang();
        TitleModifiers smods = TitleModifiers.of(slang);
        if (smods.isEmpty() || TitleModifiers.of(tlang).isEmpty()) {
            return List.of();
        }
        Set<String> sourceKinds = new HashSet<>();
        List<TermHit> srcTitles = new ArrayList<>();
        for (Sentence s : ctx.source().sentences()) {
            List<String> words = new ArrayList<>();
            for (Token t : Tokenizer.tokens(s.text())) {
                if (t.isWord()) {
                    words.add(TextNormalizer.fold(t.text()));
                }
            }
            sourceKinds.addAll(smods.kinds(words));
            for (TermHit h : sourceMentions.get(s.id())) {
                if (h.concept().type() == ConceptType.TITLE && h.term().status() != TermStatus.FORBIDDEN) {
                    srcTitles.add(h);
                }
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (Missing m : missing) {
            if (m.otherTitle() != null) {
                reported.add(m.otherTitle().span().start());
            }
        }
        Set<Integer> rankChanged = new HashSet<>();
        for (RankChange r : rankChanges) {
            rankChanged.add(r.translation().sentence());
        }
        List<UnexplainedTitle> out = new ArrayList<>();
        for (BeadTitle bt : titlesOfConfidentBeads(ctx, translationHits, rankChanged, reported)) {
            Bead bead = bt.bead();
            TermHit h = bt.hit();
            Concept c = h.concept();
            Set<String> novel = new java.util.TreeSet<>(rank(ctx.translation(), h.span()).strict());
            novel.removeAll(sourceKinds);
            if (novel.isEmpty()) {
                continue;
            }
            boolean named = false;
            for (int i = 0; i < srcTitles.size() && !named; i++) {
                Concept o = srcTitles.get(i).concept();
                List<String> theirs = accepted(o, tlang, srcTitles.get(i).year(), false);
                named = o.id().equals(c.id()) || glossary.related(o.id(), c.id())
                        || !theirs.isEmpty() && (sameOffice(c, tlang, theirs) || sameOfficeInText(ctx.translation(), h, theirs)
                        || sameOfficeApart(c, tlang, theirs));
            }
            if (named) {
                out.add(new UnexplainedTitle(h, withModifiers(ctx.translation(), h.span()), bead, novel));
            }
        }
        return out;
    }

    /**
     * Offices of the translation (in a bead of confidence at least {@value #NEIGHBOURS}) that no
     * source sentence names, neither by that concept nor a related one nor the same office named
     * more or less fully, while the source document names a rival office (two distinct posts of one
     * order, glossary relation {@code rival}): the translation gives the office holder a post the
     * document contradicts («заявил премьер-министр» for "he said" where the source calls him
     * President). A translator who adds an office the source leaves out adds the one the article
     * gives; an office that the article never gives, in place of one it does, is a swap. When the
     * office stands before a name in the translation ("Premier Lopez"), that person must be one the
     * source calls by the rival office (a name word within {@value #TIED} words of a rival mention):
     * else the added office may be the right one for somebody the source gives no office at all.
     * Translation offices already reported otherwise are left out.
     */
    private List<RivalTitle> findRivalTitles(Input ctx) {
        String tlang = ctx.translation().lang();
        List<TermHit> srcTitles = new ArrayList<>();
        for (Sentence s : ctx.source().sentences()) {
            for (TermHit h : sourceMentions.get(s.id())) {
                if (h.concept().type() == ConceptType.TITLE && h.term().status() != TermStatus.FORBIDDEN) {
                    srcTitles.add(h);
                }
            }
        }
        if (srcTitles.isEmpty()) {
            return List.of();
        }
        Set<Integer> reported = new HashSet<>();
        Set<Integer> reportedSentences = new HashSet<>();
        for (Missing m : missing) {
            if (m.replacement() != null) {
                reported.add(m.replacement().start());
            }
        }
        for (RankChange r : rankChanges) {
            reportedSentences.add(r.translation().sentence());
        }
        for (UnexplainedTitle u : unexplainedTitles) {
            reported.add(u.translation().span().start());
        }
        List<RivalTitle> out = new ArrayList<>();
        Map<String, Boolean> namedCache = new HashMap<>();
        Set<String> tied = null;
        for (BeadTitle bt : titlesOfConfidentBeads(ctx, translationHits, reportedSentences, reported)) {
            Bead bead = bt.bead();
            TermHit h = bt.hit();
            Concept c = h.concept();
            boolean named = namedCache.computeIfAbsent(c.id(), id -> {
                for (TermHit o : srcTitles) {
                    Concept oc = o.concept();
                    List<String> theirs = accepted(oc, tlang, o.year(), false);
                    if (oc.id().equals(id) || glossary.related(oc.id(), id)
                            || !theirs.isEmpty() && (sameOffice(c, tlang, theirs) || sameOfficeApart(c, tlang, theirs))) {
                        return true;
                    }
                }
                return false;
            });
            if (named || inCompound(ctx.translation(), h.span()) || sameOfficeInTextAny(ctx, h, srcTitles)) {
                continue;
            }
            TermHit rival = null;
            for (TermHit o : srcTitles) {
                if (glossary.rivals(o.concept().id(), c.id())
                        && (rival == null || bead.source().contains(o.span().sentence()))) {
                    rival = o;
                }
            }
            if (rival == null) {
                continue;
            }
            List<String> person = nameAfter(ctx.translation(), h.span());
            if (!person.isEmpty()) {
                if (tied == null) {
                    tied = tiedNames(ctx, srcTitles, c.id());
                }
                if (!anyTied(ctx, person, tied)) {
                    continue;
                }
            }
            out.add(new RivalTitle(h, bead, rival));
        }
        return out;
    }

    /** An office named in a translation sentence of a bead. */
    private record BeadTitle(Bead bead, TermHit hit) {
    }

    /**
     * The offices (whole glossary title hits, not forbidden forms) named in the translation sentences
     * of the confident two-sided beads, in order, leaving out the sentences {@code skipSentences} and
     * the hits starting at {@code skipStarts} (already reported).
     */
    private static List<BeadTitle> titlesOfConfidentBeads(Input ctx, List<List<TermHit>> translationHits,
            Set<Integer> skipSentences, Set<Integer> skipStarts) {
        List<BeadTitle> out = new ArrayList<>();
        for (Bead bead : ctx.alignment().beads()) {
            if (bead.isOmission() || bead.isAddition() || bead.confidence() < NEIGHBOURS) {
                continue;
            }
            for (int t : bead.translation()) {
                if (skipSentences.contains(t)) {
                    continue;
                }
                for (TermHit h : translationHits.get(t)) {
                    if (h.concept().type() != ConceptType.TITLE || h.partial() || h.term().status() == TermStatus.FORBIDDEN
                            || skipStarts.contains(h.span().start())) {
                        continue;
                    }
                    out.add(new BeadTitle(bead, h));
                }
            }
        }
        return out;
    }

    /** True when the office {@code h} of the translation, with its modifiers in the text, is a source office. */
    private static boolean sameOfficeInTextAny(Input ctx, TermHit h, List<TermHit> srcTitles) {
        String tlang = ctx.translation().lang();
        for (TermHit o : srcTitles) {
            List<String> theirs = accepted(o.concept(), tlang, o.year(), false);
            if (!theirs.isEmpty() && sameOfficeInText(ctx.translation(), h, theirs)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the office's words are joined by a hyphen to a word outside it: part of a compound
     * («Прем'єр-ліга», "premier-league"), not the office.
     */
    static boolean inCompound(Document doc, Span span) {
        String text = doc.text();
        int a = span.start();
        int b = span.end();
        return b + 1 < text.length() && isHyphen(text.charAt(b)) && Character.isLetter(text.charAt(b + 1))
                || a >= 2 && isHyphen(text.charAt(a - 1)) && Character.isLetter(text.charAt(a - 2));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A name word this close (in words) to a source office is taken as the office holder's name. */
    static final int TIED = 4;

    /**
     * The words of a name written right after {@code span} in its sentence: up to three capitalised
     * words, the first one directly after the office ("Lopez Obrador" of "Prime Minister Lopez
     * Obrador"). Empty when the office does not stand before a name.
     */
    static List<String> nameAfter(Document doc, Span span) {
        Sentence s = doc.sentence(span.sentence());
        List<Token> toks = Tokenizer.tokens(s.text());
        List<String> out = new ArrayList<>();
        for (Token tok : toks) {
            if (s.start() + tok.start() < span.end()) {
                continue;
            }
            if (!tok.isWord() || !tok.capitalised() || out.size() == 3) {
                break;
            }
            out.add(tok.text());
        }
        return out;
    }

    /**
     * The Latin keys of the capitalised words within {@value #TIED} words of a source mention of an
     * office that is a rival of {@code office}: the names of the people the source gives that office.
     */
    private static Set<String> tiedNames(Input ctx, List<TermHit> srcTitles, String office) {
        Set<String> out = new HashSet<>();
        Glossary g = ctx.glossary();
        for (TermHit o : srcTitles) {
            if (!g.rivals(o.concept().id(), office)) {
                continue;
            }
            Sentence s = ctx.source().sentence(o.span().sentence());
            List<Token> toks = Tokenizer.tokens(s.text());
            int[] r = tokenRange(s, toks, o.span());
            if (r == null) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).isWord()) {
                    words.add(i);
                }
            }
            int first = words.indexOf(r[0]);
            int last = words.indexOf(r[1]);
            if (first < 0 || last < 0) {
                continue;
            }
            for (int k = Math.max(0, first - TIED); k <= Math.min(words.size() - 1, last + TIED); k++) {
                Token tok = toks.get(words.get(k));
                if ((k < first || k > last) && tok.capitalised() && tok.text().length() >= 3) {
                    out.add(latinKey(ctx, tok.text(), ctx.source().lang()));
                }
            }
        }
        return out;
    }

    private static boolean anyTied(Input ctx, List<String> person, Set<String> tied) {
        for (String w : person) {
            if (w.length() < 3) {
                continue;
            }
            String k = latinKey(ctx, w, ctx.translation().lang());
            for (String x : tied) {
                if (JW.apply(k, x) >= TIED_SIMILAR) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two name words whose Latin keys are this similar (Jaro-Winkler) are taken as one name ("Lopez", «Лопес»). */
    static final double TIED_SIMILAR = 0.85;

    /** A name word as folded Latin letters: romanised (BGN/PCGN) when Cyrillic. */
    private static String latinKey(Input ctx, String word, String lang) {
        String w = word;
        if (w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
            w = dev.transcheck.text.translit.Romanizer.of(ctx.resources()).bgn(w, "uk".equals(lang) ? "uk" : "ru");
        }
        return dev.transcheck.text.translit.LatinKeys.fold(dev.transcheck.text.translit.LatinKeys.normal(w));
    }

    /**
     * True when a form of {@code other} and an expected form name one office with their rank
     * modifiers set aside: the office words of one are all among the other's ("віце-прем'єр-міністр"
     * and "прем'єр-міністр").
     */
    private static boolean sameOfficeApart(Concept other, String lang, List<String> expected) {
        TitleModifiers mods = TitleModifiers.of(lang);
        for (Term t : other.terms(lang)) {
            List<String> a = words(t.form()).stream().filter(w -> !mods.isModifierWord(w)).toList();
            for (String e : expected) {
                List<String> b = words(e).stream().filter(w -> !mods.isModifierWord(w)).toList();
                if (!a.isEmpty() && !b.isEmpty() && (b.containsAll(a) || a.containsAll(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Concepts of the source sentences of the beads within {@code reach} of bead {@code b}. */
    private static Set<String> nearSource(int b, int reach, List<Map<String, Integer>> src) {
        Set<String> out = new HashSet<>();
        for (int n = Math.max(0, b - reach); n <= Math.min(src.size() - 1, b + reach); n++) {
            out.addAll(src.get(n).keySet());
        }
        return out;
    }

    private static Map<String, Integer> count(List<Integer> sentences, List<List<TermHit>> hits) {
        Map<String, Integer> out = new HashMap<>();
        for (int s : sentences) {
            for (TermHit h : hits.get(s)) {
                out.merge(h.concept().id(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * True when a bead within {@code reach} of bead {@code b} has more renderings of the concept in
     * its translation than mentions in its source: a rendering the aligner put one bead off. A
     * rendering that its own bead's source accounts for is not borrowed.
     */
    private static boolean surplusNearby(String concept, int b, int reach, List<Map<String, Integer>> src,
                                         List<Map<String, Integer>> tgt) {
        for (int n = Math.max(0, b - reach); n <= Math.min(src.size() - 1, b + reach); n++) {
            if (n != b && tgt.get(n).getOrDefault(concept, 0) > src.get(n).getOrDefault(concept, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looselyPresent(Input ctx, List<String> expected, List<Integer> sentences) {
        Set<String> words = new HashSet<>();
        for (int t : sentences) {
            String text = ctx.translation().sentence(t).text();
            List<int[]> ids = identifiers(text);
            for (Token tok : Tokenizer.tokens(text)) {
                if (tok.isWord() && ids.stream().noneMatch(r -> tok.start() >= r[0] && tok.start() < r[1])) {
                    words.add(TextNormalizer.fold(tok.text()));
                }
            }
        }
        for (String form : expected) {
            List<String> content = new ArrayList<>();
            for (Token tok : Tokenizer.tokens(form)) {
                if (tok.isWord() && tok.text().length() >= 4) {
                    content.add(TextNormalizer.fold(tok.text()));
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            boolean all = true;
            for (String w : content) {
                boolean found = false;
                for (String x : words) {
                    if (commonPrefix(w, x) >= Math.max(4, w.length() - 1)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    public static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * A hit of another title concept, absent from the source bead (or a rival office, glossary
     * relation {@code rival}, that the translation names more often than the source bead), in the bead's translation, that
     * stands where the source title should be: it shares a word with an expected form ("foreign
     * minister" for "defence minister"), or, in a confident bead, it is at about the same relative
     * place in its sentence as the source title in its own (within {@value #OTHER_PLACE}: "President"
     * for «Прем'єр-міністр»). Not a concept the glossary declares related (a near-synonym: "head of
     * state" for «президент», "spokesman" for «прес-секретар»), nor a shorter or longer way to name
     * the same office ("minister" for «міністр оборони»; rank modifiers are compared separately).
     */
    private TermHit otherTitle(Input ctx, TermHit source, Bead bead, Set<String> inSource, Set<String> nearSource,
                               List<String> expected, Map<String, Integer> srcCount, Map<String, Integer> tgtCount) {
        Set<String> words = new HashSet<>();
        for (String e : expected) {
            words.addAll(words(e));
        }
        Sentence srcSentence = ctx.source().sentence(source.span().sentence());
        double srcPos = relativePosition(srcSentence, source.span().start());
        TermHit best = null;
        double bestDist = Double.MAX_VALUE;
        for (int t : bead.translation()) {
            Sentence s = ctx.translation().sentence(t);
            for (TermHit h : translationHits.get(t)) {
                Concept other = h.concept();
                // an office the source bead also names is no replacement, unless it is a rival
                // office that the translation names more often than the source ("the president
                // met the President of France" for «премьер-министр встретился с президентом Франции»)
                boolean surplusRival = glossary.rivals(source.concept().id(), other.id())
                        && tgtCount.getOrDefault(other.id(), 0) > srcCount.getOrDefault(other.id(), 0);
                if (other.type() != ConceptType.TITLE || inSource.contains(other.id()) && !surplusRival
                        || h.term().status() == TermStatus.FORBIDDEN
                        || glossary.related(source.concept().id(), other.id())
                        || !surplusRival && relatedToAny(inSource, other.id())
                        || sameOffice(other, ctx.translation().lang(), expected)
                        || sameOfficeInText(ctx.translation(), h, expected)) {
                    continue;
                }
                List<String> ow = words(h.term().form());
                if (ow.stream().anyMatch(words::contains)) {
                    return h;
                }
                double dist = Math.abs(relativePosition(s, h.span().start()) - srcPos);
                if (bead.confidence() >= NEIGHBOURS && bead.source().size() == 1 && bead.translation().size() == 1
                        && dist <= OTHER_PLACE && dist < bestDist) {
                    best = h;
                    bestDist = dist;
                }
            }
        }
        return best != null ? best : soleUnaccounted(ctx, source.concept(), bead, nearSource, expected);
    }

    /**
     * The one glossary name or office in the bead's translation that stands for nothing in the
     * source: of the type of {@code concept} (a name of the same type, an office for an office),
     * whose concept no source sentence of the bead or its neighbours has, which the glossary can
     * write in the source language, and not related to {@code concept} nor the same office named
     * more or less fully. Null when there is none, more than one such concept, or the bead is
     * doubtful (confidence below {@value #CONFIDENT}). With a source term left without rendering it
     * is what replaced it, wherever it stands in the sentence ("Prime Minister Joko Widodo" for
     * «Президент Джоко Уідодо» in a bead of two sentences).
     */
    private TermHit soleUnaccounted(Input ctx, Concept concept, Bead bead, Set<String> nearSource, List<String> expected) {
        if (bead.confidence() < CONFIDENT) {
            return null;
        }
        for (int t : bead.translation()) {
            for (TermHit h : translationHits.get(t)) {
                if (!h.partial() && glossary.related(concept.id(), h.concept().id()) && !nearSource.contains(h.concept().id())) {
                    // a related place or office the source does not name itself stands for it («з Курщини» for
                    // "from Kursk"): nothing replaced it; one the source names is that mention's rendering
                    return null;
                }
            }
        }
        TermHit found = null;
        for (int t : bead.translation()) {
            for (TermHit h : translationHits.get(t)) {
                Concept other = h.concept();
                if (other.type() != concept.type() || other.id().equals(concept.id()) || nearSource.contains(other.id())
                        || h.term().status() == TermStatus.FORBIDDEN || other.terms(ctx.source().lang()).isEmpty()
                        || h.partial() || glossary.related(concept.id(), other.id()) || relatedToAny(nearSource, other.id())) {
                    continue;
                }
                if (isName(concept.type()) && !Character.isUpperCase(h.span().text().codePointAt(0))) {
                    continue;
                }
                if (other.type() == ConceptType.PLACE && quotedWhole(ctx.translation(), h.span())) {
                    continue; // «Сибір», «Карпати»: a club or firm named after a place, not the place
                }
                if (concept.type() == ConceptType.TITLE && (glossary.related(concept.id(), other.id())
                        || sameOffice(other, ctx.translation().lang(), expected)
                        || sameOfficeInText(ctx.translation(), h, expected))) {
                    continue;
                }
                if (found != null && !found.concept().id().equals(other.id())) {
                    return null;
                }
                if (found == null) {
                    found = h;
                }
            }
        }
        return found;
    }

    /** True when the office {@code h} shares a word with one of the {@code expected} forms ("defence minister", "foreign minister"). */
    private static boolean sharesOfficeWord(TermHit h, List<String> expected) {
        List<String> own = words(h.term().form());
        for (String e : expected) {
            for (String w : words(e)) {
                if (own.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the glossary relates {@code id} to one of the concepts {@code ids}: such a term renders
     * one of them ("Kremlin spokesman" for «пресс-секретарь»), so it replaced nothing.
     */
    private boolean relatedToAny(Set<String> ids, String id) {
        for (String near : ids) {
            if (glossary.related(near, id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the office {@code h} found in the text, with the rank modifiers written before it,
     * is an expected office: "заступником прем'єр-міністра" (a deputy as a separate noun) for
     * "deputy prime minister" (віце-прем'єр-міністр).
     */
    private static boolean sameOfficeInText(Document doc, TermHit h, List<String> expected) {
        TitleModifiers mods = TitleModifiers.of(doc.lang());
        if (mods.isEmpty()) {
            return false;
        }
        List<String> own = new ArrayList<>();
        for (String w : words(h.term().form())) {
            if (!mods.isModifierWord(w)) {
                own.add(w);
            }
        }
        Rank inText = rank(doc, h.span());
        for (String e : expected) {
            List<String> ew = words(e);
            List<String> office = new ArrayList<>();
            for (String w : ew) {
                if (!mods.isModifierWord(w)) {
                    office.add(w);
                }
            }
            Set<String> ek = mods.kinds(ew);
            if (!office.isEmpty() && office.equals(own) && TitleModifiers.compatible(ek, ek, inText.strict(), inText.loose())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name inside the missing source name {@code outer} ("України" in «Національного банку
     * України») that its bead does not render either, with another glossary name of its type
     * standing for it: reported on its own, since what replaced it is clear. Null otherwise.
     */
    private Missing innerReplaced(Input ctx, TermHit outer, Bead bead, Set<String> inSource, Set<String> nearSource,
                                  Map<String, Integer> rendered) {
        if (!isName(outer.concept().type())) {
            return null;
        }
        String tlang = ctx.translation().lang();
        for (TermHit n : sourceMentions.get(outer.span().sentence())) {
            Concept c = n.concept();
            if (n == outer || c.id().equals(outer.concept().id()) || !isName(c.type()) || !checked(c)
                    || n.span().start() < outer.span().start() || n.span().end() > outer.span().end()
                    || rendered.containsKey(c.id())) {
                continue;
            }
            List<String> expected = accepted(c, tlang, n.year(), false);
            if (expected.isEmpty()) {
                continue;
            }
            Pointer p = replacement(ctx, n, expected, bead, inSource, nearSource);
            if (p != null && !p.similar()) {
                return new Missing(n, bead, expected, expected.get(0), p.span(), null);
            }
        }
        return null;
    }

    /**
     * True when a form of {@code other} in {@code lang} and an expected form name one office more or
     * less fully: the words of one are all among the other's, rank modifiers aside ("minister" and
     * "defence minister", but not "deputy prime minister" and "prime minister").
     */
    private static boolean sameOffice(Concept other, String lang, List<String> expected) {
        TitleModifiers mods = TitleModifiers.of(lang);
        for (Term t : other.terms(lang)) {
            List<String> a = words(t.form());
            for (String e : expected) {
                List<String> b = words(e);
                if ((b.containsAll(a) || a.containsAll(b)) && mods.kinds(a).equals(mods.kinds(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The token indexes covering {@code span} in {@code toks} of sentence {@code s}: {first, last}, or null. */
    private static int[] tokenRange(Sentence s, List<Token> toks, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            int st = s.start() + toks.get(i).start();
            if (st >= span.start() && st < span.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static Set<String> kinds(Document doc, Span span) {
        Sentence s = doc.sentence(span.sentence());
        List<Token> toks = Tokenizer.tokens(s.text());
        int[] r = tokenRange(s, toks, span);
        return r == null ? Set.of() : TitleModifiers.of(doc.lang()).kindsAt(toks, r[0], r[1]);
    }

    /** The rank of one mention of an office: its certain modifier kinds and its possible ones. */
    private record Rank(Set<String> strict, Set<String> loose) {
        boolean compatible(Rank o) {
            return TitleModifiers.compatible(strict, loose, o.strict, o.loose);
        }
    }

    private static Rank rank(Document doc, Span span) {
        Sentence s = doc.sentence(span.sentence());
        List<Token> toks = Tokenizer.tokens(s.text());
        int[] r = tokenRange(s, toks, span);
        return rank(doc.lang(), toks, r == null ? -1 : r[0], r == null ? -1 : r[1]);
    }

    private static Rank rank(String lang, List<Token> toks, int first, int last) {
        if (first < 0) {
            return new Rank(Set.of(), Set.of());
        }
        TitleModifiers mods = TitleModifiers.of(lang);
        return new Rank(mods.kindsAt(toks, first, last), mods.kindsAtLoose(toks, first, last));
    }

    /** {@code span} with the modifier words just before it ("Deputy" of "Deputy Defence Minister"). */
    private static Span withModifiers(Document doc, Span span) {
        Sentence s = doc.sentence(span.sentence());
        List<Token> toks = Tokenizer.tokens(s.text());
        int[] r = tokenRange(s, toks, span);
        if (r == null) {
            return span;
        }
        TitleModifiers mods = TitleModifiers.of(doc.lang());
        int from = r[0];
        for (int j = r[0] - 1; j >= 0; j--) {
            Token t = toks.get(j);
            if (t.isWord() && mods.isModifierWord(TextNormalizer.fold(t.text()))) {
                from = j;
            } else if (t.kind() != Token.Kind.HYPHEN && !(t.kind() == Token.Kind.PUNCT && t.text().equals("."))) {
                break;
            }
        }
        return from == r[0] ? span : Span.of(doc, span.sentence(), s.start() + toks.get(from).start(), span.end());
    }

    /** The rank of every source mention of {@code concept} in the bead. */
    private List<Rank> sourceRanks(Input ctx, Bead bead, String concept) {
        List<Rank> out = new ArrayList<>();
        for (int s : bead.source()) {
            for (TermHit h : sourceHits.get(s)) {
                if (h.concept().id().equals(concept)) {
                    out.add(rank(ctx.source(), h.span()));
                }
            }
        }
        return out;
    }

    private static boolean anyCompatible(List<Rank> ranks, Rank r) {
        return ranks.stream().anyMatch(r::compatible);
    }

    /**
     * The source title is rendered in the bead: a rank change when fewer renderings have the source's
     * modifiers than source mentions have them (none, for one mention) and one has modifiers no source
     * mention of the office has. A rendering's modifiers
     * are those of the longest glossary title holding it ("Deputy Prime Minister" holds "Prime Minister").
     */
    private void rankByMention(Input ctx, TermHit source, Bead bead, List<String> expected) {
        if (TitleModifiers.of(ctx.source().lang()).isEmpty() || TitleModifiers.of(ctx.translation().lang()).isEmpty()) {
            return;
        }
        String id = source.concept().id();
        Rank ks = rank(ctx.source(), source.span());
        List<Rank> all = sourceRanks(ctx, bead, id);
        Span odd = null;
        Set<String> oddKinds = null;
        // as many renderings with the source's modifiers as source mentions with them: no change. Fewer, and
        // another rendering with modifiers no source mention has, is a changed mention ("The president ... any
        // vice president before him" for «Президент ... будь-який президент до нього»)
        long mentions = all.stream().filter(ks::compatible).count();
        int same = 0;
        for (int t : bead.translation()) {
            for (TermHit m : translationMentions.get(t)) {
                if (!m.concept().id().equals(id)) {
                    continue;
                }
                TermHit holder = covering(translationHits.get(t), m.span().start());
                Span span = holder == null ? m.span() : holder.span();
                Rank kt = rank(ctx.translation(), span);
                if (kt.compatible(ks)) {
                    same++;
                    continue;
                }
                if (!anyCompatible(all, kt) && odd == null) {
                    odd = withModifiers(ctx.translation(), span);
                    oddKinds = kt.strict();
                }
            }
        }
        if (odd != null && same < Math.max(1, mentions)) {
            rankChanges.add(new RankChange(source, bead, odd, ks.strict(), oddKinds, expected));
        }
    }

    /**
     * The source title is rendered only loosely (its words in the bead, not a glossary form): a rank
     * change when a sentence has all its words close together with other modifiers among or just
     * before them ("Foreign Deputy Minister" for «міністр закордонних справ»).
     */
    private void rankByLooseWords(Input ctx, TermHit source, Bead bead, List<String> expected) {
        TitleModifiers mods = TitleModifiers.of(ctx.translation().lang());
        if (mods.isEmpty() || TitleModifiers.of(ctx.source().lang()).isEmpty()) {
            return;
        }
        Rank ks = rank(ctx.source(), source.span());
        List<Rank> all = sourceRanks(ctx, bead, source.concept().id());
        for (int t : bead.translation()) {
            Sentence s = ctx.translation().sentence(t);
            List<Token> toks = Tokenizer.tokens(s.text());
            for (String form : expected) {
                List<String> content = new ArrayList<>();
                for (Token tok : Tokenizer.tokens(form)) {
                    if (tok.isWord() && tok.text().length() >= 4) {
                        content.add(TextNormalizer.fold(tok.text()));
                    }
                }
                if (content.isEmpty()) {
                    continue;
                }
                int first = Integer.MAX_VALUE;
                int last = -1;
                boolean allFound = true;
                for (String w : content) {
                    int at = -1;
                    for (int i = 0; i < toks.size() && at < 0; i++) {
                        String x = TextNormalizer.fold(toks.get(i).text());
                        // an inflection, not a derived word ("presidential" is no office)
                        if (toks.get(i).isWord() && x.length() <= w.length() + inflection(ctx.translation().lang())
                                && commonPrefix(w, x) >= Math.max(4, w.length() - 1)) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        allFound = false;
                        break;
                    }
                    first = Math.min(first, at);
                    last = Math.max(last, at);
                }
                if (!allFound || last - first > 2 * content.size()) {
                    continue;
                }
                Rank kt = rank(ctx.translation().lang(), toks, first, last);
                if (kt.compatible(ks)) {
                    return;
                }
                if (!anyCompatible(all, kt)) {
                    int from = first;
                    while (from > 0 && (toks.get(from - 1).kind() == Token.Kind.HYPHEN
                            || (toks.get(from - 1).isWord() && mods.isModifierWord(TextNormalizer.fold(toks.get(from - 1).text()))))) {
                        from--;
                    }
                    Span span = Span.of(ctx.translation(), t, s.start() + toks.get(from).start(), s.start() + toks.get(last).end());
                    rankChanges.add(new RankChange(source, bead, span, ks.strict(), kt.strict(), expected));
                    return;
                }
            }
        }
    }

    /**
     * What stands in the bead's translation where the missing term should be, or null. In order of
     * preference:
     * <ol>
     * <li>for a {@code {year}} form, a word joined to the same year ("Zahod-2025" for "Zapad-2025");</li>
     * <li>a run of as many words as the expected form, none of them part of a glossary hit,
     * similar to it (Jaro-Winkler ≥ {@value #SIMILAR}: "Andrei Belyayev" for "Andrei Belousov");</li>
     * <li>for a name, a glossary name of the same type that neither the source bead nor its
     * neighbours have (else it is more likely a rendering the aligner shifted) although the glossary
     * knows its source-language forms, at about the same relative place in its sentence (within {@value #OTHER_PLACE});</li>
     * </ol>
     */
    /** What replaced a term; {@code similar} when found by spelling similarity. */
    private record Pointer(Span span, boolean similar) {
    }

    private Pointer replacement(Input ctx, TermHit source, List<String> expected, Bead bead, Set<String> inSource,
                             Set<String> nearSource) {
        Document tr = ctx.translation();
        ConceptType type = source.concept().type();
        String year = source.year();
        Span best = null;
        double bestSim = 0;
        Span other = null;
        double otherDist = Double.MAX_VALUE;
        Sentence srcSentence = ctx.source().sentence(source.span().sentence());
        double srcPos = relativePosition(srcSentence, source.span().start());
        int words = (int) Tokenizer.tokens(expected.get(0)).stream().filter(Token::isWord).count();
        for (int t : bead.translation()) {
            Sentence s = tr.sentence(t);
            List<Token> toks = Tokenizer.tokens(s.text());
            List<TermHit> hits = translationHits.get(t);
            for (int i = 0; i < toks.size(); i++) {
                Token first = toks.get(i);
                if (!first.isWord() || (isName(type) && !first.capitalised())) {
                    continue;
                }
                int absStart = s.start() + first.start();
                double dist = Math.abs(relativePosition(s, absStart) - srcPos);
                TermHit covering = covering(hits, absStart);
                if (covering != null) {
                    if (isName(type) && covering.concept().type() == type && !nearSource.contains(covering.concept().id())
                            && !(type == ConceptType.PLACE && quotedWhole(tr, covering.span()))
                            && !glossary.related(source.concept().id(), covering.concept().id())
                            && !covering.concept().terms(ctx.source().lang()).isEmpty()
                            && covering.span().start() == absStart && dist <= OTHER_PLACE && dist < otherDist) {
                        other = covering.span();
                        otherDist = dist;
                    }
                    continue;
                }
                if (year != null) {
                    int j = i + 1;
                    if (j < toks.size() && toks.get(j).kind() == Token.Kind.HYPHEN) {
                        j++;
                    }
                    if (j < toks.size() && toks.get(j).kind() == Token.Kind.NUMBER && toks.get(j).text().equals(year)) {
                        Span span = Span.of(tr, t, absStart, s.start() + toks.get(j).end());
                        double sim = similarity(span.text(), expected);
                        if (best == null || sim > bestSim) {
                            best = span;
                            bestSim = sim;
                        }
                    }
                    continue;
                }
                int end = wordRunEnd(toks, i, words);
                if (end >= 0 && !anyCovered(hits, s, toks, i, end)
                        && !derivedFromGlossary(toks.get(end).text(), source.concept().id())) {
                    Span span = Span.of(tr, t, absStart, s.start() + toks.get(end).end());
                    double sim = similarity(span.text(), expected);
                    if (sim >= SIMILAR && sim > bestSim) {
                        best = span;
                        bestSim = sim;
                    }
                }
            }
        }
        if (best != null) {
            return new Pointer(best, year == null);
        }
        // where a word stands means little in a doubtful bead of several sentences; in a doubtful
        // bead of one sentence a side (still at least CONFIDENT), whose neighbours' source names
        // were set aside above, it still points at the word that took the name's place
        if (other != null && (bead.confidence() >= NEIGHBOURS || bead.confidence() >= CONFIDENT
                && bead.source().size() == 1 && bead.translation().size() == 1)) {
            return new Pointer(other, false);
        }
        if (isName(type)) {
            TermHit sole = soleUnaccounted(ctx, source.concept(), bead, nearSource, expected);
            if (sole != null) {
                return new Pointer(sole.span(), false);
            }
        }
        return null;
    }

    /**
     * True when {@code span} is the whole of a quotation: «Сибір», "Dynamo". Ukrainian and Russian
     * put the names of clubs, firms, brands and works in quotation marks; a place name that is the
     * whole quoted name names such a thing (the hockey club «Сибір», the football club «Карпати»),
     * not the place, so it stands in for no other place of the source.
     */
    static boolean quotedWhole(Document doc, Span span) {
        String text = doc.text();
        int a = span.start() - 1;
        int b = span.end();
        return a >= 0 && b < text.length() && "«„“\"".indexOf(text.charAt(a)) >= 0 && "»“”\"".indexOf(text.charAt(b)) >= 0;
    }

    private static boolean anyCovered(List<TermHit> hits, Sentence s, List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (covering(hits, s.start() + toks.get(k).start()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean allUpper(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** The index of the last token of a run of {@code n} words from {@code i} (hyphens allowed between), or -1. */
    private static int wordRunEnd(List<Token> toks, int i, int n) {
        int count = 0;
        int j = i;
        int last = -1;
        while (j < toks.size() && count < n) {
            Token t = toks.get(j);
            if (t.isWord()) {
                count++;
                last = j;
            } else if (t.kind() != Token.Kind.HYPHEN) {
                return -1;
            }
            j++;
        }
        return count == n ? last : -1;
    }

    private static TermHit covering(List<TermHit> hits, int absStart) {
        for (TermHit h : hits) {
            if (h.span().start() <= absStart && absStart < h.span().end()) {
                return h;
            }
        }
        return null;
    }

    private static double relativePosition(Sentence s, int absOffset) {
        return s.text().isEmpty() ? 0 : (double) (absOffset - s.start()) / s.text().length();
    }

    /**
     * The best Jaro-Winkler similarity of {@code text} to an expected form that is also close in
     * edit distance (at most half the longer length): Jaro-Winkler alone rates short strings with
     * a shared first letter too high ("USA by" and "United States").
     */
    public static double similarity(String text, List<String> expected) {
        double best = 0;
        String a = TextNormalizer.fold(text);
        for (String e : expected) {
            String b = TextNormalizer.fold(e);
            int dist = LEVENSHTEIN.apply(a, b);
            if (dist * 2 <= Math.max(a.length(), b.length())) {
                best = Math.max(best, JW.apply(a, b));
            }
        }
        return best;
    }
}
