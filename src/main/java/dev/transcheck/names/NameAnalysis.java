package dev.transcheck.names;

import dev.transcheck.Resources;
import dev.transcheck.check.CheckContext;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.glossary.TermIndex;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.Morphology;
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
 * Names of one run: every proper name of a Ukrainian or Russian source, the English word that
 * renders it in the aligned translation and how good that rendering is, and the names that
 * stand in the place of a source name. Computed once per run ({@link CheckContext#memo}) and
 * shared by the name checks. Immutable.
 */
public final class NameAnalysis {
    /** One source name word and what the translation made of it. */
    private static final java.util.regex.Pattern CASE_ENDING =
            java.util.regex.Pattern.compile("(ові|еві|ом|ем|ою|ею|ів|ам|ах|ям|ях|а|я|у|ю|і|и|е|ы)$");

    public record Result(NamePart part, Expectation expectation, int bead, Expectation.Verdict verdict,
                         Span target, String personKey, boolean reversed) {
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
    public record Replacement(Result result, Span replacing, List<String> expected) {
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

    private record Token(int sentence, int start, int end, String text, boolean initial) {
    }

    /** From this bead confidence on, a name found only in a neighbouring bead may still be reported as replaced. */
    static final double CONFIDENT = 0.8;
    /** Endings of English common words that names rarely have. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(ly|ing|ed|tion|sion|ment|ness|ity|ous|ive|ful|less|able|ible|ance|ence|ism|ship|hood|ward|wise|ary|ian|al|ds|one)$");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final NameAnalysis EMPTY = new NameAnalysis(List.of(), List.of());

    private final List<Result> results;
    private final List<Replacement> replacements;

    private NameAnalysis(List<Result> results, List<Replacement> replacements) {
        this.results = List.copyOf(results);
        this.replacements = List.copyOf(replacements);
    }

    /** The analysis of the run, computed on first use. */
    public static NameAnalysis of(CheckContext ctx) {
        return ctx.memo(NameAnalysis.class, NameAnalysis::compute);
    }

    public List<Result> results() {
        return results;
    }

    public List<Replacement> replacements() {
        return replacements;
    }

    private static boolean cyrillicSource(String lang) {
        return "uk".equals(lang) || "ru".equals(lang);
    }

    static NameAnalysis compute(CheckContext ctx) {
        // src: the Cyrillic side whose names are found; tgt: the Latin side whose words render them.
        // Normally the source is Cyrillic; for an English source and a uk/ru translation the roles swap.
        boolean reversed = !cyrillicSource(ctx.source().lang()) && cyrillicSource(ctx.translation().lang());
        Document src = reversed ? ctx.translation() : ctx.source();
        Document tgt = reversed ? ctx.source() : ctx.translation();
        if (!cyrillicSource(src.lang()) || cyrillicSource(tgt.lang()) || "be".equals(tgt.lang())) {
            return EMPTY;
        }
        Resources res = ctx.resources();
        Morphology morph = res.morphology(src.lang());
        Romanizer rz = Romanizer.of(res);
        NameTables tables = NameTables.of(res);
        NameGlossary ng = NameGlossary.of(ctx.glossary(), res);
        TermIndex termIndex = TermIndex.of(ctx.glossary(), res);
        List<NamePart> parts = new NameFinder(morph, src.lang(), tables, "ru".equals(src.lang()) ? res.morphology("uk") : null).find(src);

        // glossary concepts found by the term index, by source span start
        Map<Integer, Concept> hinted = new HashMap<>();
        if (ctx.glossary().size() > 0) {
            for (Sentence s : src.sentences()) {
                for (TermHit h : termIndex.find(src, s)) {
                    if (h.concept().type() == ConceptType.PERSON || h.concept().type() == ConceptType.PLACE) {
                        for (NamePart p : parts) {
                            if (p.span().start() >= h.span().start() && p.span().end() <= h.span().end()) {
                                hinted.put(p.span().start(), h.concept());
                            }
                        }
                    }
                }
            }
        }
        Map<Integer, List<String>> groupLemmas = new HashMap<>();
        for (NamePart p : parts) {
            groupLemmas.computeIfAbsent(p.group(), g -> new ArrayList<>()).addAll(p.lemmas());
        }
        List<Expectation> expectations = new ArrayList<>();
        for (NamePart p : parts) {
            NameGlossary.View view = ng.view(p, src.lang(), groupLemmas.get(p.group()), hinted.get(p.span().start()));
            expectations.add(Expectation.of(p, src.lang(), rz, tables, view));
        }

        List<List<Token>> tokens = new ArrayList<>();
        Set<String> lowerWords = new HashSet<>();
        for (Sentence s : tgt.sentences()) {
            List<Token> list = new ArrayList<>();
            Matcher m = LATIN_WORD.matcher(s.text());
            boolean first = true;
            while (m.find()) {
                boolean initial = first || opener(s.text(), m.start());
                first = false;
                list.add(new Token(s.id(), s.start() + m.start(), s.start() + m.end(), m.group(), initial));
                if (Character.isLowerCase(m.group().charAt(0))) {
                    lowerWords.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            tokens.add(list);
        }

        List<Result> results = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        List<Bead> beads = ctx.alignment().beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOmission() || bead.isAddition()) {
                continue;
            }
            List<Integer> cyrIds = reversed ? bead.translation() : bead.source();
            Set<Integer> srcIds = new HashSet<>(cyrIds);
            List<Token> here = new ArrayList<>();
            for (int t : reversed ? bead.source() : bead.translation()) {
                here.addAll(tokens.get(t));
            }
            List<Token> near = new ArrayList<>();
            for (int nb = Math.max(0, b - 1); nb <= Math.min(beads.size() - 1, b + 1); nb++) {
                if (nb != b) {
                    for (int t : reversed ? beads.get(nb).source() : beads.get(nb).translation()) {
                        near.addAll(tokens.get(t));
                    }
                }
            }
            Set<Token> used = new HashSet<>();
            List<Result> beadResults = new ArrayList<>();
            List<Integer> unmatched = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                NamePart p = parts.get(i);
                if (!srcIds.contains(p.span().sentence())) {
                    continue;
                }
                Expectation e = expectations.get(i);
                Token best = null;
                Expectation.Verdict bestV = Expectation.Verdict.NONE;
                for (Token t : here) {
                    Expectation.Verdict v = e.judge(t.text());
                    if (v.ordinal() < bestV.ordinal() || (v == bestV && best != null && used.contains(best) && !used.contains(t))) {
                        best = t;
                        bestV = v;
                    }
                }
                boolean nearOnly = false;
                if (bestV == Expectation.Verdict.NONE) {
                    for (Token t : near) {
                        if (e.judge(t.text()) == Expectation.Verdict.ACCEPTED) {
                            best = t;
                            bestV = Expectation.Verdict.ACCEPTED;
                            nearOnly = true;
                            break;
                        }
                    }
                }
                if (nearOnly && bead.confidence() >= CONFIDENT) {
                    // found only in a neighbouring bead of a confident alignment: still look for a replacement here
                    unmatched.add(i);
                }
                if (best != null && bestV != Expectation.Verdict.NONE) {
                    used.add(best);
                    Span ts = Span.of(tgt, best.sentence(), best.start(), best.end());
                    String key = reversed ? (p.kind().isPerson() ? "EN:" + LatinKeys.normal(best.text()) : null) : personKey(e, parts);
                    Result r = new Result(p, e, b, bestV, ts, key, reversed);
                    beadResults.add(r);
                } else {
                    unmatched.add(i);
                    beadResults.add(new Result(p, e, b, Expectation.Verdict.NONE, null, personKey(e, parts), reversed));
                }
            }
            results.addAll(beadResults);
            if (unmatched.isEmpty() || !tables.knowsCapitalisation(tgt.lang())) {
                continue;
            }
            // words of the bead explained by some other capitalised source word (acronyms, titles, quotes)
            Set<Token> explained = new HashSet<>(used);
            List<Pattern> otherWords = new ArrayList<>();
            for (int s : cyrIds) {
                Matcher m = NameFinder.WORD.matcher(src.sentence(s).text());
                while (m.find()) {
                    String w = m.group();
                    if (Character.isUpperCase(w.charAt(0))) {
                        otherWords.add(rz.variants(w, "uk"));
                        otherWords.add(rz.variants(w, "ru"));
                    }
                }
            }
            for (Token t : here) {
                String n = LatinKeys.normal(t.text());
                for (Pattern pt : otherWords) {
                    if (pt.matcher(n).matches()) {
                        explained.add(t);
                        break;
                    }
                }
                if (src.text().contains(t.text())) {
                    explained.add(t); // the same Latin word stands in the source
                }
            }
            boolean big = bead.source().size() > 2 || bead.translation().size() > 2;
            for (int i : unmatched) {
                NamePart p = parts.get(i);
                boolean place = p.kind() == NameKind.PLACE
                        || p.kind() == NameKind.OTHER && !p.guessed() && !tables.exonym(p.lemma()).isEmpty()
                        && tables.isPlaceWord(tables.exonym(p.lemma()).get(0));
                if (!place && (!p.kind().isPerson() || p.kind() == NameKind.PATRONYMIC)) {
                    continue;
                }
                Token anchor = null;
                String basis = null;
                for (Result r : beadResults) {
                    if (r.part().group() == p.group() && r.target() != null && r.part() != p
                            && (r.part().kind() == NameKind.FIRST || r.part().kind() == NameKind.SURNAME)) {
                        anchor = here.stream().filter(t -> t.start() == r.target().start()).findFirst().orElse(null);
                        if (basis == null) {
                            basis = r.expectation().basis(r.target().text());
                        }
                    }
                }
                List<Token> candidates = new ArrayList<>();
                if (titleCase(here, explained, tables, tgt.lang())) {
                    continue; // In A Title-Case Headline every word looks like a name
                }
                if (anchor != null) {
                    int k = here.indexOf(anchor);
                    int j = p.kind() == NameKind.FIRST ? k - 1 : k + 1;
                    if (j >= 0 && j < here.size() && here.get(j).sentence() == anchor.sentence()) {
                        candidates.add(here.get(j));
                    }
                } else if (big) {
                    continue; // in a bead of many sentences an unexplained word may belong anywhere: only anchored replacements
                } else if (p.kind() == NameKind.SURNAME) {
                    candidates.addAll(here);
                } else if (place) {
                    // a place stands in for a place only when it is a known one: unknown words may be a conventional English name
                    candidates.addAll(here.stream().filter(t -> tables.isPlaceWord(t.text())).toList());
                }
                Token chosen = null;
                double bestSim = -1;
                for (Token t : candidates) {
                    if (explained.contains(t) || !nameLike(t, tables, tgt.lang(), lowerWords, place)
                            || explainedElsewhere(t, expectations, i)) {
                        continue;
                    }
                    double sim = expectations.get(i).closeness(LatinKeys.normal(t.text()));
                    if (sim > bestSim) {
                        bestSim = sim;
                        chosen = t;
                    }
                }
                if (chosen != null) {
                    explained.add(chosen);
                    Result r = beadResults.stream().filter(x -> x.part() == p).findFirst().orElseThrow();
                    List<String> expected = reversed ? List.of(toCyrillic(chosen.text()))
                            : r.expectation().expected(basis);
                    replacements.add(new Replacement(r, Span.of(tgt, chosen.sentence(), chosen.start(), chosen.end()), expected));
                }
            }
        }
        return new NameAnalysis(results, withRenderingsFromElsewhere(results, replacements));
    }

    /** A replaced name rendered correctly elsewhere in the translation: that rendering is the best suggestion (Rutte). */
    private static List<Replacement> withRenderingsFromElsewhere(List<Result> results, List<Replacement> replacements) {
        List<Replacement> out = new ArrayList<>();
        for (Replacement rep : replacements) {
            String key = rep.result().personKey();
            String seen = null;
            if (key != null && !rep.result().reversed()) {
                for (Result r : results) {
                    if (key.equals(r.personKey()) && r.verdict() == Expectation.Verdict.ACCEPTED && r.target() != null) {
                        seen = r.renderingShown();
                        break;
                    }
                }
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
            out.add(new Replacement(rep.result(), rep.replacing(), List.copyOf(expected)));
        }
        return out;
    }

    private static final ThreadLocal<com.ibm.icu.text.Transliterator> TO_CYRILLIC =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Latin-Cyrillic"));

    /** A rough Cyrillic spelling of an English name, as a hint when the translation has another name. */
    private static String toCyrillic(String latin) {
        String w = latin.replaceAll("['’]s$", "");
        String l = w.toLowerCase(Locale.ROOT).replace("shch", "щ").replace("sh", "ш").replace("ch", "ч").replace("zh", "ж")
                .replace("kh", "х").replace("ts", "ц").replace("yu", "ю").replace("ya", "я").replace("yo", "ё");
        String c = TO_CYRILLIC.get().transliterate(l).replace("ʹ", "").replace("ʺ", "");
        return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }

    /**
     * True when the bead's translation looks like a title-case headline: at least three and half of
     * its words are capitalised without being explained (not a rendering of a source word, not a
     * title, function word or known place).
     */
    private static boolean titleCase(List<Token> tokens, Set<Token> explained, NameTables tables, String lang) {
        int capitalised = 0;
        for (Token t : tokens) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(t.text().charAt(0)) && !explained.contains(t)
                    && !tables.isCapitalisedWord(lang, lower) && !tables.isExonymWord(lower)) {
                capitalised++;
            }
        }
        return capitalised >= 3 && capitalised * 2 >= tokens.size();
    }

    private static boolean explainedElsewhere(Token t, List<Expectation> expectations, int self) {
        for (int i = 0; i < expectations.size(); i++) {
            if (i != self && expectations.get(i).judge(t.text()) == Expectation.Verdict.ACCEPTED) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised English word that looks like a name: not a function word, title, month, place or acronym. */
    private static boolean nameLike(Token t, NameTables tables, String lang, Set<String> lowerWords, boolean place) {
        String w = t.text().replaceAll("['’]s$", "");
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (w.chars().allMatch(Character::isUpperCase) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if ("en".equals(lang) && ENGLISH_WORD.matcher(lower).find()) {
            return false; // Hundreds, Historically, Metropolitan: English word endings names rarely have
        }
        if (tables.isCapitalisedWord(lang, lower) || tables.isExonymWord(lower) && !(place && tables.isPlaceWord(lower))) {
            return false;
        }
        return !lowerWords.contains(lower); // written in lower case elsewhere: a common word (Assures in a title-case headline)
    }

    /**
     * Who a name word belongs to: the glossary concept, else the surname of its multi-word name
     * (a first name alone says too little to tell two people apart: null).
     */
    private static String personKey(Expectation e, List<NamePart> parts) {
        if (e.glossary() != null) {
            return e.glossary().concept().id() + ":" + e.part().kind();
        }
        NamePart p = e.part();
        if (p.kind() == NameKind.SURNAME) {
            return "SURNAME:" + NameTables.key(p.lemma());
        }
        if (p.kind() == NameKind.OTHER && p.guessed()) {
            return "SURNAME:" + NameTables.key(p.lemma()); // a name no dictionary knows (Сибиги), alone or as a surname
        }
        for (NamePart q : parts) {
            if (q.group() == p.group() && q.kind() == NameKind.SURNAME) {
                return p.kind() + ":" + NameTables.key(p.lemma()) + "|" + NameTables.key(q.lemma());
            }
        }
        return null;
    }

    private static boolean opener(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            return "\"“„«(—–:'‘".indexOf(c) >= 0;
        }
        return true;
    }
}
