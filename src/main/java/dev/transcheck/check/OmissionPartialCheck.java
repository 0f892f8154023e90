package dev.transcheck.check;

import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.names.NameTables;
import dev.transcheck.text.Lexicon;
import dev.transcheck.text.Morphology;
import dev.transcheck.text.TextFacts;
import dev.transcheck.text.numbers.NumberFacts;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clause dropped inside a kept sentence (or a sentence folded into its neighbour's bead). Both
 * are required: the bead's translation is shorter than the document's usual length ratio says it
 * should be, AND source anchors have no counterpart in or beside the translation (a number or
 * date, a capitalised name, a glossary term, a quotation). An error when the loss is proven: a
 * value gone and the translation below {@link #SHORT_ERROR} of the norm, or two names or terms
 * gone and the translation below {@link #SHORT} of it; or a whole clause gone (see {@link Piece});
 * a warning otherwise (docs/checks/omission.partial.md).
 *
 * <p>Longer than 400 lines: the assessment of one bead (values, months, names, terms, quotations)
 * and the word-list comparison of the piece that holds what is missing share its per-bead state.
 */
@CheckInfo(id = "omission.partial", severity = Severity.WARNING, category = Category.OMISSION,
        summary = "Part of a source sentence (a clause with a number, name or quotation) is missing from its translation.")
public final class OmissionPartialCheck implements Check {
    /** A bead is short when its length ratio is below this share of the document's median ratio. */
    static final double SHORT = 0.6;
    /** Source pieces shorter than this (letters and digits) are too short to judge. */
    static final int MIN_SOURCE = 40;

    /** A bead shorter than this share of the norm with a number or date of the source missing is an error. */
    static final double SHORT_ERROR = 0.9;

    /**
     * A bead shorter than this share of the norm that lacks a person's name the translation renders
     * elsewhere in the document is an error (ClauseProbe, seed 1: no original bead up to 0.8).
     */
    static final double LOST_PERSON = 0.8;

    /**
     * A bead shorter than this share of the norm that lacks a name the translation writes nowhere,
     * together with a piece of the sentence none of whose ordinary words is translated, is an error
     * (ClauseProbe, seed 1: one original bead up to 0.8, a unit after a number, now left out).
     */
    static final double LOST_NAME = 0.8;

    /**
     * A bead shorter than this share of the norm that lacks a place, organisation, person or event of
     * the glossary that the translation names in another part of the document is an error
     * (ClauseProbe, seed 3: no original bead up to 0.7; at 0.8 an adjective "Ukraine's" rendered as
     * «Український»).
     */
    static final double LOST_TERM = 0.7;

    /** Ordinary words the piece holding a name the translation writes nowhere must have, none translated. */
    static final int NAME_PIECE_WORDS = 2;

    /**
     * What one bead's source has that its translation lacks: numbers in digits and dates with a day
     * or a year ({@code hard}), bare months, capitalised names, glossary terms and quotations, each
     * absent from the bead's translation and from the translation sentences beside it. {@code ratio}
     * is the translation's length against the document's norm (1 is as long as usual);
     * {@code sentence} is the source sentence holding most of what is missing.
     */
    public record Assessment(Bead bead, int sourceLength, double ratio, List<String> hard, int pairedElsewhere,
                             List<String> months, List<String> names, List<String> terms, boolean quote,
                             boolean headline, int sentence, Piece piece, List<String> namesElsewhere, List<String> persons,
                             List<String> termsElsewhere, List<String> absent) {
        /** The old weight: a number counts twice, a bare month, name or quotation once. */
        int weight() {
            return 2 * hard.size() + months.size() + names.size() + terms.size() + (quote ? 1 : 0);
        }

        /** The severity this bead earns, or null when it is not reported. */
        public Severity severity() {
            if (sourceLength < MIN_SOURCE || headline && hard.isEmpty()) {
                return null;
            }
            // hard proof: a number or date of the source gone (one that number.mismatch cannot pair
            // with a changed value) from a translation short for the document's norm; or two
            // independent names or glossary terms gone from a translation far shorter than the norm
            if (!hard.isEmpty() && ratio < SHORT_ERROR || names.size() + terms.size() >= 2 && ratio < SHORT && !headline) {
                return Severity.ERROR;
            }
            // a whole clause gone: two missing things (names, terms, values) stand in one source
            // piece none of whose ordinary words has a translation in the bead, while the rest of
            // the sentence is mostly rendered, and the translation is short for the document; a
            // word capitalised for another reason (Tuesday, January: lower case in Ukrainian and
            // Russian) is no name here
            if (piece != null && piece.lost() && piece.properNames() + terms.size() + hard.size() >= 2 && ratio < SHORT_ERROR
                    && !headline) {
                return Severity.ERROR;
            }
            // a person's name gone that this translator renders in another part of the document (so
            // the name is not one the translation writes in other words, and it is not in the
            // sentences beside the bead): the clause that named the person is gone
            if (ratio < LOST_PERSON && !headline && namesElsewhere.stream().anyMatch(persons::contains)) {
                return Severity.ERROR;
            }
            // a proper name the translation writes nowhere in the document (not a word of the word
            // list, an abbreviation of the other script or a unit), in a piece of the sentence with
            // ordinary words none of which is translated in the bead: the piece is gone with the name,
            // not rendered in other words
            if (piece != null && piece.strangers() >= 1 && piece.known() >= NAME_PIECE_WORDS && piece.uncovered() == piece.known()
                    && ratio < LOST_NAME && !headline) {
                return Severity.ERROR;
            }
            // a place, organisation, person or event of the glossary gone that the translation names in
            // another part of the document (so its rendering is known), from a translation far shorter
            // than the norm: the clause that named it is gone
            if (ratio < LOST_TERM && !headline && !termsElsewhere.isEmpty()) {
                return Severity.ERROR;
            }
            if (ratio < SHORT && weight() >= 2) {
                return Severity.WARNING;
            }
            return null;
        }
    }

    /**
     * The source piece (between commas, semicolons, colons, brackets or spaced dashes) that holds a
     * missing name, term or value and whose ordinary words have the fewest translations in the
     * bead: {@code known} words of the bilingual word list in it, {@code uncovered} of them with no
     * word of the same row in the bead's translation, {@code anchors} missing things in it;
     * {@code restKnown} and {@code restUncovered} the same counts over the rest of the bead's source;
     * {@code properNames} the bead's missing names that are not only words capitalised for another
     * reason (names/&lt;lang&gt;-capitalised-words.txt: weekdays, months, titles); {@code length} the
     * piece's letters and digits; {@code strangers} the proper names in the piece that the
     * translation writes nowhere (not words of the word list, abbreviations or units). Null
     * when the languages have no word list or no piece holds a missing thing.
     */
    public record Piece(String text, int known, int uncovered, int anchors, int restKnown, int restUncovered,
                        int properNames, int length, int strangers) {
        /**
         * Whether the piece reads as dropped: at least {@link #LOST_WORDS} ordinary words, none of
         * them translated in the bead, while at most half of the rest of the source's are untranslated
         * (a free rendering of the whole sentence leaves words untranslated everywhere).
         */
        public boolean lost() {
            return uncovered >= LOST_WORDS && uncovered == known && 2 * restUncovered <= restKnown;
        }
    }

    /** Ordinary words of a source piece that must all lack a translation for the piece to read as dropped. */
    static final int LOST_WORDS = 3;

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Assessment a : assess(ctx)) {
            Severity sev = a.severity();
            if (sev == null) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            missing.addAll(a.hard());
            missing.addAll(a.months());
            missing.addAll(a.names());
            missing.addAll(a.terms());
            if (a.quote()) {
                missing.add("a quotation");
            }
            List<Sentence> tgt = ctx.translationSentences(a.bead());
            out.add(finding(sev,
                    String.format("The translation is %.0f%% of the expected length and lacks %s.", 100.0 * a.ratio(),
                            String.join(", ", missing)),
                    Span.ofSentence(ctx.source().sentence(a.sentence())), Span.ofSentence(tgt.get(0)), List.copyOf(missing), null));
        }
        return out;
    }

    /** Every aligned bead with a long enough source that may be reported, assessed; none when the document has no norm. */
    public static List<Assessment> assess(CheckContext ctx) {
        return assess(ctx, SHORT_ERROR);
    }

    /** Every aligned bead with a long enough source whose length ratio is below {@code below}, assessed. */
    public static List<Assessment> assess(CheckContext ctx, double below) {
        List<NumberFacts.BeadNumbers> beads = ctx.numbers().beads();
        double norm = medianRatio(ctx, beads);
        List<Assessment> out = new ArrayList<>();
        if (Double.isNaN(norm)) {
            return out;
        }
        List<Bead> all = ctx.alignment().beads();
        TermAnalysis terms = null;
        for (int bi = 0; bi < beads.size(); bi++) {
            NumberFacts.BeadNumbers bn = beads.get(bi);
            Bead b = bn.bead();
            if (b.isOmission() || b.isAddition()) {
                continue;
            }
            List<Sentence> src = ctx.sourceSentences(b);
            List<Sentence> tgt = ctx.translationSentences(b);
            int sl = TextFacts.contentLength(src);
            int tl = TextFacts.contentLength(tgt);
            if (sl < MIN_SOURCE) {
                continue;
            }
            double ratio = (double) tl / (sl * norm);
            if (ratio >= below) {
                continue;
            }
            // where each missing thing stands, to point at the source sentence that holds most of it
            Map<Integer, Integer> at = new HashMap<>();
            // document offsets of the missing things in the source, for the piece that holds them
            List<Integer> places = new ArrayList<>();
            Set<String> hard = new LinkedHashSet<>();
            List<NumericEntity> values = new ArrayList<>();
            for (NumericEntity e : bn.match().sourceOnly()) {
                if (!e.spelled()) {
                    values.add(e);
                }
            }
            // a value of the translation left unmatched too stands in the place of a source value:
            // number.mismatch reports that pair as a changed number, not a loss
            long changed = bn.match().translationOnly().stream().filter(e -> !e.spelled()).count();
            int pairedElsewhere = (int) Math.min(changed, values.size());
            String tgtText = join(tgt);
            List<Sentence> beside = neighbours(ctx, all, bi);
            // a value is proven lost only when its digits are nowhere in the translation around it
            // ("under-12s" keeps the 12 of «до 12 років» though no number is read there), and no
            // translation sentence beside the bead has a value its own source lacks (a value moved
            // there in other units: 2.9 lb as 1,3 кг)
            Set<String> digitsAround = digitRuns(tgtText + " " + join(beside));
            boolean movedBeside = unmatchedBeside(beads, bi);
            List<String> soft = new ArrayList<>();
            for (NumericEntity e : values.subList(0, values.size() - pairedElsewhere)) {
                if (movedBeside || digitsAround.containsAll(digitRuns(e.text()))) {
                    if (!soft.contains(e.text())) {
                        soft.add(e.text());
                    }
                } else if (hard.add(e.text())) {
                    at.merge(NumberFacts.sentenceAt(ctx.source(), e.start()), 1, Integer::sum);
                    places.add(e.start());
                }
            }
            // a bare month ("in June") is a weak anchor: the other language often turns it into an
            // adjective («червневе падіння», «июньское») that is not read as a date
            List<String> months = new ArrayList<>();
            for (NumericEntity e : bn.match().sourceDates()) {
                if (e.day() == 0 && e.year() == 0) {
                    if (!months.contains(e.text()) && !hard.contains(e.text())) {
                        months.add(e.text());
                    }
                } else if (movedBeside || digitsAround.containsAll(digitRuns(e.text()))) {
                    if (!soft.contains(e.text())) {
                        soft.add(e.text());
                    }
                } else if (hard.add(e.text())) {
                    at.merge(NumberFacts.sentenceAt(ctx.source(), e.start()), 1, Integer::sum);
                    places.add(e.start());
                }
            }
            List<Written> near = nearby(ctx, all, bi);
            Written inTarget = written(tgtText);
            List<String> names = new ArrayList<>();
            Set<String> nameKeys = new HashSet<>();
            if (terms == null) {
                terms = ctx.terms();
            }
            // a name inside a longer glossary term the bead's translation renders is rendered with it:
            // «імені Джона Кеннеді» of an airport the translation calls JFK
            List<Span> renderedTerms = renderedTermSpans(terms, all, bi);
            for (Sentence s : src) {
                for (String g : missingNameGroups(s.text(), inTarget, near)) {
                    int gi = s.text().indexOf(g);
                    if (gi >= 0 && within(renderedTerms, s.start() + gi, s.start() + gi + g.length())) {
                        continue;
                    }
                    if (nameKeys.add(g)) {
                        names.add(g);
                        at.merge(s.id(), 1, Integer::sum);
                        int i = s.text().indexOf(g);
                        if (i >= 0) {
                            places.add(s.start() + i);
                        }
                    }
                }
            }
            if (terms == null) {
                terms = ctx.terms();
            }
            List<String> glossed = missingTerms(ctx, terms, all, bi, names);
            List<String> termTexts = new ArrayList<>();
            List<String> termsElsewhere = new ArrayList<>();
            List<String> namesElsewhere = new ArrayList<>();
            List<String> persons = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            NameEvidence evidence = names.isEmpty() && glossed.isEmpty() ? null : NameEvidence.of(ctx);
            for (String t : glossed) {
                String[] f = t.split("\t", 5);
                at.merge(Integer.parseInt(f[0]), 1, Integer::sum);
                places.add(Integer.parseInt(f[1]));
                termTexts.add(f[4]);
                // a place, organisation, person or event the translation names in another part of the
                // document; not a title or common term (left out by habit: "President Trump" as "Trump")
                if (evidence.conceptElsewhere(f[2], bi) && !f[3].equals("TITLE") && !f[3].equals("TERM")) {
                    termsElsewhere.add(f[4]);
                }
            }
            for (String g : names) {
                if (evidence.renderedElsewhere(g, bi)) {
                    namesElsewhere.add(g);
                }
                if (evidence.person(g)) {
                    persons.add(g);
                }
                if (evidence.absentEverywhere(g)) {
                    absent.add(g);
                }
            }
            // a person the translation names elsewhere and here refers to by a pronoun that opens the
            // bead's translation ("He volunteered" for «До лав ЗСУ Мельничук добровольцем вступив»),
            // while the source opens with no pronoun: one such person is rendered, not lost
            if (opensWithPronoun(tgtText, ctx.translation().lang()) && !opensWithPronoun(join(src), ctx.source().lang())) {
                for (String g : namesElsewhere) {
                    if (persons.contains(g)) {
                        namesElsewhere.remove(g);
                        break;
                    }
                }
            }
            String srcText = join(src);
            boolean quote = TextFacts.quotes(srcText) > TextFacts.quotes(tgtText);
            int sentence = src.get(0).id();
            int best = 0;
            for (Sentence s : src) {
                int n = at.getOrDefault(s.id(), 0);
                if (n > best) {
                    best = n;
                    sentence = s.id();
                }
            }
            months.addAll(soft);
            Piece piece = places.isEmpty() ? null : piece(ctx, src, tgt, places, names, absent);
            out.add(new Assessment(b, sl, ratio, List.copyOf(hard), pairedElsewhere, List.copyOf(months), List.copyOf(names),
                    List.copyOf(termTexts), quote, isHeadline(srcText), sentence, piece, List.copyOf(namesElsewhere), List.copyOf(persons),
                    List.copyOf(termsElsewhere), List.copyOf(absent)));
        }
        return out;
    }

    /**
     * What ends a piece of a sentence: a comma, semicolon or colon before a space (also with a
     * closing quotation mark between: the English '"...," said X'), a bracket, a spaced dash.
     */
    private static final java.util.regex.Pattern PIECE_END = java.util.regex.Pattern.compile("[,;:][\"”»’']?(?=\\s)|[()]|\\s[—–-](?=\\s)");
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("\\p{L}+(?:['’ʼ-]\\p{L}+)*");

    /**
     * Of the source pieces that hold a missing thing (document offsets {@code places}), the one
     * with the most ordinary words that have no translation in the bead (see {@link Piece}).
     */
    static Piece piece(CheckContext ctx, List<Sentence> src, List<Sentence> tgt, List<Integer> places, List<String> names,
                       List<String> absent) {
        String sl = ctx.source().lang();
        String tl = ctx.translation().lang();
        if (!Lexicon.covers(sl, tl)) {
            return null;
        }
        Lexicon lex = Lexicon.get();
        Lexicon.Words sw = lex.words(sl, "en".equals(sl) ? null : Morphology.shared(sl));
        Lexicon.Words tw = lex.words(tl, "en".equals(tl) ? null : Morphology.shared(tl));
        Set<Integer> rendered = new HashSet<>();
        for (Sentence t : tgt) {
            java.util.regex.Matcher m = PLAIN_WORD.matcher(t.text());
            while (m.find()) {
                for (int r : tw.rows(m.group())) {
                    rendered.add(r);
                }
            }
        }
        int properNames = properNames(ctx, names, sw, rendered);
        List<Integer> strangers = strangers(ctx, absent, sw, src);
        // per source piece: its offsets, missing things, word-list words and those with no translation
        List<int[]> pieces = new ArrayList<>();
        int allKnown = 0;
        int allUncovered = 0;
        for (Sentence s : src) {
            String text = s.text();
            List<Integer> cuts = new ArrayList<>();
            cuts.add(0);
            java.util.regex.Matcher c = PIECE_END.matcher(text);
            while (c.find()) {
                cuts.add(c.start());
                cuts.add(c.end());
            }
            cuts.add(text.length());
            for (int i = 0; i + 1 < cuts.size(); i += 2) {
                int a = cuts.get(i);
                int e = cuts.get(i + 1);
                int anchors = 0;
                for (int p : places) {
                    anchors += p >= s.start() + a && p < s.start() + e ? 1 : 0;
                }
                int known = 0;
                int uncovered = 0;
                java.util.regex.Matcher m = PLAIN_WORD.matcher(text.substring(a, e));
                while (m.find()) {
                    String w = m.group();
                    // ordinary words only: a capitalised word inside the sentence is a name
                    if (w.length() < 3 || Character.isUpperCase(w.charAt(0)) && a + m.start() > 0) {
                        continue;
                    }
                    int[] rows = sw.rows(w);
                    if (rows.length == 0) {
                        continue;
                    }
                    known++;
                    boolean found = false;
                    for (int r : rows) {
                        found |= rendered.contains(r);
                    }
                    uncovered += found ? 0 : 1;
                }
                allKnown += known;
                allUncovered += uncovered;
                int foreign = 0;
                for (int p : strangers) {
                    foreign += p >= s.start() + a && p < s.start() + e ? 1 : 0;
                }
                pieces.add(new int[] {s.start() + a, s.start() + e, anchors, known, uncovered, foreign});
            }
        }
        Piece best = null;
        for (int[] p : pieces) {
            if (p[2] == 0) {
                continue;
            }
            if (best == null || p[4] > best.uncovered() || p[4] == best.uncovered() && p[3] < best.known()) {
                String text = ctx.source().text().substring(p[0], p[1]).strip();
                best = new Piece(text, p[3], p[4], p[2], allKnown - p[3], allUncovered - p[4], properNames, letters(text), p[5]);
            }
        }
        return best;
    }

    /**
     * The missing name groups with a word that is not capitalised for another reason in the source
     * language, nor an ordinary word of the word list whose translation stands in the bead's
     * translation ({@code rendered} rows): a title-case institution ("Ministry for Communities")
     * rendered in lower case words (Міністерство розвитку громад) lost no name.
     */
    private static int properNames(CheckContext ctx, List<String> names, Lexicon.Words sw, Set<Integer> rendered) {
        NameTables tables = NameTables.of(ctx.resources());
        String lang = ctx.source().lang();
        int n = 0;
        for (String g : names) {
            boolean other = true;
            for (String w : g.split(" ")) {
                boolean translated = false;
                for (int r : sw.rows(w)) {
                    translated |= rendered.contains(r);
                }
                other &= tables.isCapitalisedWord(lang, w) || translated;
            }
            n += other ? 0 : 1;
        }
        return n;
    }

    /**
     * Where (document offsets) the name groups of {@code absent} (names the translation renders
     * nowhere) stand that have a word neither in the word list nor capitalised for another reason (a weekday, a title): a
     * proper name proper, not a title-case phrase of ordinary words (National Science Foundation,
     * which a translation may abbreviate) that the skeletons cannot follow. Nor is a word a proper
     * name here when it is an abbreviation in the other script than the translation's (ФБР, FBI: a
     * translation writes its own abbreviation), a unit after a number (5 ГГц) or two ordinary words
     * written as one (Southwest).
     */
    private static List<Integer> strangers(CheckContext ctx, List<String> absent, Lexicon.Words sw, List<Sentence> src) {
        NameTables tables = NameTables.of(ctx.resources());
        String lang = ctx.source().lang();
        boolean cyrillicTarget = !"en".equals(ctx.translation().lang());
        List<Integer> out = new ArrayList<>();
        for (String g : absent) {
            boolean proper = false;
            for (String w : g.split(" ")) {
                boolean acronym = w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        && (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) != cyrillicTarget;
                proper |= sw.rows(w).length == 0 && !tables.isCapitalisedWord(lang, w) && !acronym && !afterNumber(src, w)
                        && !compound(sw, w);
            }
            for (Sentence s : src) {
                int i = s.text().indexOf(g);
                if (proper && i >= 0) {
                    out.add(s.start() + i);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code word} is two words of the word list written as one (Southwest, Northeast): a
     * translation renders such a name by its parts (Юго-Запад).
     */
    private static boolean compound(Lexicon.Words sw, String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int i = 3; i + 3 <= w.length(); i++) {
            if (sw.rows(w.substring(0, i)).length > 0 && sw.rows(w.substring(i)).length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} stands right after a number in one of the sentences (a unit: 574 Мбіт/с). */
    private static boolean afterNumber(List<Sentence> src, String word) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\d[\\s\\u00a0]*" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})");
        for (Sentence s : src) {
            if (p.matcher(s.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The letters and digits of {@code text}. */
    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** The runs of digits in {@code text}. */
    static Set<String> digitRuns(String text) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether a bead beside bead {@code bi} has a value in digits in its translation that its source lacks. */
    private static boolean unmatchedBeside(List<NumberFacts.BeadNumbers> beads, int bi) {
        for (int n = Math.max(0, bi - 1); n <= Math.min(beads.size() - 1, bi + 1); n++) {
            if (n != bi && beads.get(n).match().translationOnly().stream().anyMatch(e -> !e.spelled())) {
                return true;
            }
        }
        return false;
    }

    /** The first three consonants of a name's skeleton: a name and its inflected forms share them. */
    static String key(String w) {
        String k = TextFacts.skeleton(w);
        return k.substring(0, Math.min(3, k.length()));
    }

    /** The translation sentences of the beads on either side of bead {@code bi}. */
    private static List<Sentence> neighbours(CheckContext ctx, List<Bead> all, int bi) {
        List<Sentence> out = new ArrayList<>();
        for (int n = Math.max(0, bi - 1); n <= Math.min(all.size() - 1, bi + 1); n++) {
            if (n != bi) {
                out.addAll(ctx.translationSentences(all.get(n)));
            }
        }
        return out;
    }

    /**
     * Source spans of the bead's glossary terms whose concept the bead's own translation mentions
     * (a neighbour's mention does not count here: the same place named in the next sentence says
     * nothing of this one).
     */
    private static List<Span> renderedTermSpans(TermAnalysis terms, List<Bead> all, int bi) {
        Set<String> rendered = renderedConcepts(terms, all.subList(bi, bi + 1), 0);
        List<Span> out = new ArrayList<>();
        for (int s : all.get(bi).source()) {
            if (s < terms.sourceHits.size()) {
                for (TermHit h : terms.sourceHits.get(s)) {
                    if (rendered.contains(h.concept().id())) {
                        out.add(h.span());
                    }
                }
            }
        }
        return out;
    }

    private static boolean within(List<Span> spans, int start, int end) {
        for (Span sp : spans) {
            // a name that is the whole term (Києва for place.kyiv) stays a name of its own
            if (sp.start() <= start && end <= sp.end() && sp.end() - sp.start() > end - start) {
                return true;
            }
        }
        return false;
    }

    /**
     * The glossary concepts mentioned in the translation of bead {@code bi}, and in the translation
     * of a bead beside it whose own source does not mention them (moved there; a concept both
     * sentences mention, kept in the neighbour's translation, is that sentence's own).
     */
    private static Set<String> renderedConcepts(TermAnalysis terms, List<Bead> all, int bi) {
        Set<String> rendered = new HashSet<>();
        for (int n = Math.max(0, bi - 1); n <= Math.min(all.size() - 1, bi + 1); n++) {
            Set<String> own = new HashSet<>();
            if (n != bi) {
                for (int s : all.get(n).source()) {
                    if (s < terms.sourceHits.size()) {
                        for (TermHit h : terms.sourceHits.get(s)) {
                            own.add(h.concept().id());
                        }
                    }
                }
            }
            for (int t : all.get(n).translation()) {
                if (t < terms.translationMentions.size()) {
                    for (TermHit h : terms.translationMentions.get(t)) {
                        if (!own.contains(h.concept().id())) {
                            rendered.add(h.concept().id());
                        }
                    }
                }
            }
        }
        return rendered;
    }

    /**
     * Glossary concepts of the bead's source with no rendering in its translation nor moved to the
     * translation sentences beside it (see {@link #renderedConcepts}), as "sentence, offset, concept,
     * concept type, form" (tab-separated); a concept whose source words are already counted as a
     * missing name is not counted twice.
     */
    private static List<String> missingTerms(CheckContext ctx, TermAnalysis terms, List<Bead> all, int bi, List<String> names) {
        Bead b = all.get(bi);
        Set<String> rendered = renderedConcepts(terms, all, bi);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int s : b.source()) {
            if (s >= terms.sourceHits.size()) {
                continue;
            }
            for (TermHit h : terms.sourceHits.get(s)) {
                String id = h.concept().id();
                if (rendered.contains(id) || !seen.add(id) || !TermAnalysis.checked(h.concept())
                        || TermAnalysis.accepted(h.concept(), ctx.translation().lang(), h.year(), false).isEmpty()) {
                    continue;
                }
                String text = h.span().text();
                boolean named = false;
                for (String g : names) {
                    for (String w : g.split(" ")) {
                        named |= text.contains(w);
                    }
                }
                if (!named) {
                    out.add(s + "\t" + h.span().start() + "\t" + id + "\t" + h.concept().type() + "\t" + text);
                }
            }
        }
        return out;
    }

    /** The document's usual translation/source length ratio (median over 1-1 beads). */
    static double medianRatio(CheckContext ctx, List<NumberFacts.BeadNumbers> beads) {
        List<Double> r = new ArrayList<>();
        for (NumberFacts.BeadNumbers bn : beads) {
            Bead b = bn.bead();
            if (b.isOmission() || b.isAddition()) {
                continue;
            }
            int sl = TextFacts.contentLength(ctx.sourceSentences(b));
            int tl = TextFacts.contentLength(ctx.translationSentences(b));
            if (sl >= 20 && tl > 0) {
                r.add((double) tl / sl);
            }
        }
        if (r.isEmpty()) {
            return Double.NaN;
        }
        double[] a = r.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'’ʼ]*");

    /** Third-person pronouns of one person (subject and possessive) that may open a sentence, per language. */
    private static final Map<String, Set<String>> PERSON_PRONOUNS = Map.of(
            "en", Set.of("he", "she", "his", "her"),
            "uk", Set.of("він", "вона", "його", "її"),
            "ru", Set.of("он", "она", "его", "ее", "её"));

    /** Whether the first word of {@code text} is a third-person pronoun of one person in {@code lang}. */
    static boolean opensWithPronoun(String text, String lang) {
        Set<String> pronouns = PERSON_PRONOUNS.get(lang);
        if (pronouns == null) {
            return false;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        return m.find() && pronouns.contains(m.group().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The names of a source sentence that the translation lacks, a name of several capitalised
     * words in a row (Public Prosecution Service, Західній Вірджинії) counting as one: a name is
     * present when any of its words is written in {@code target} or in a neighbour's translation
     * {@code near} (see {@link #present}), or is a word of one consonant (UEFA, Jon: too short to
     * tell). Words at the start of the sentence or of a quotation are not names.
     */
    static List<String> missingNameGroups(String sentence, Written target, List<Written> near) {
        Set<String> capitalised = new HashSet<>(TextFacts.capitalised(sentence));
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(sentence);
        List<String> group = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            String w = m.group();
            boolean cap = Character.isUpperCase(w.charAt(0)) && capitalised.contains(w);
            boolean joined = lastEnd >= 0 && sentence.substring(lastEnd, m.start()).matches("[ \\u00a0-]");
            if (!group.isEmpty() && !(cap && joined)) {
                addIfMissing(group, target, near, out);
                group.clear();
            }
            if (cap) {
                group.add(w);
            }
            lastEnd = m.end();
        }
        addIfMissing(group, target, near, out);
        return out;
    }

    private static void addIfMissing(List<String> group, Written target, List<Written> near, List<String> out) {
        if (group.isEmpty()) {
            return;
        }
        for (String w : group) {
            if (TextFacts.skeleton(w).length() < 2 || present(w, target)) {
                return;
            }
            for (Written n : near) {
                if (present(w, n)) {
                    return;
                }
            }
        }
        out.add(String.join(" ", group));
    }

    /**
     * The words of a translation text, for telling a source name present in it: the first one,
     * two and three consonants of every word's skeleton ({@code all}) and of its capitalised words
     * ({@code capitals}).
     */
    record Written(Set<String> all, Set<String> capitals) {
    }

    /**
     * Whether the source name word {@code w} is written in {@code text}: a word there begins with
     * its skeleton key (the first three consonants, Бєлоусова and Belousov); a name of two
     * consonants only (Кіма, Прії, Наду) by a capitalised word, or any word beginning with those two
     * consonants would do (Kim in "kimono", Nad in "understanding").
     */
    static boolean present(String w, Written text) {
        if (presentWord(w, text)) {
            return true;
        }
        // a place adjective (Київській, Сумской) is written by its place's name in English (the Kyiv
        // and Sumy regions): the suffix adds consonants the name lacks, so the stem is tried too
        java.util.regex.Matcher m = PLACE_ADJECTIVE.matcher(w);
        return m.matches() && presentWord(m.group(1), text);
    }

    private static boolean presentWord(String w, Written text) {
        String k = key(w);
        return TextFacts.skeleton(w).length() >= 3 ? text.all().contains(k) : text.capitals().contains(k);
    }

    /**
     * A capitalised Ukrainian or Russian adjective of a place: a stem of at least three letters, the
     * suffix -ськ-/-цьк-/-зьк- (Ukrainian) or -ск-/-цк- (Russian) and an adjective ending.
     */
    private static final java.util.regex.Pattern PLACE_ADJECTIVE = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{L}{2,}?)(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|а|ої|ою|ого|ому|ім|их|ими|і|е|у|ая|ой|ую|ое|ом|ых|ыми|ые|ие|им|ее|ей|ого|ому)");

    /** The words of {@code text} (see {@link Written}). */
    static Written written(String text) {
        Set<String> all = new HashSet<>();
        Set<String> caps = new HashSet<>();
        for (String w : text.split("[^\\p{L}'’ʼ]+")) {
            String k = TextFacts.skeleton(w);
            boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            for (int n = 1; n <= Math.min(3, k.length()); n++) {
                all.add(k.substring(0, n));
                if (cap) {
                    caps.add(k.substring(0, n));
                }
            }
        }
        return new Written(all, caps);
    }

    /** The words of the translation of each bead on either side of bead {@code bi}. */
    private static List<Written> nearby(CheckContext ctx, List<Bead> all, int bi) {
        List<Written> out = new ArrayList<>();
        for (int n = Math.max(0, bi - 1); n <= Math.min(all.size() - 1, bi + 1); n++) {
            if (n != bi) {
                out.add(written(join(ctx.translationSentences(all.get(n)))));
            }
        }
        return out;
    }

    /** A line without sentence-final punctuation: a headline or a caption. */
    static boolean isHeadline(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?…»\"”'’)".indexOf(c) < 0;
    }

    private static String join(List<Sentence> ss) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : ss) {
            sb.append(s.text()).append(' ');
        }
        return sb.toString();
    }
}
