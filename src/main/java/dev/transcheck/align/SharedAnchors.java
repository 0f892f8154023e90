package dev.transcheck.align;

// Longer than 400 lines: each anchor kind (numbers, names, acronyms, identical tokens,
// punctuation, cognates) is a short scan over one tokenisation of the sentence; one pass over one
// token stream keeps alignment linear, and a split would tokenise every sentence once per kind.

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.text.Lexicon;
import dev.transcheck.text.Morphology;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumericEntity;
import dev.transcheck.text.translit.AsciiLatin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors two languages share (all but the last without a dictionary):
 * <ul>
 * <li>numbers, read by the same reader as the number checks ({@link NumberExtractor}: "100 тисяч" =
 *     "100,000", «24 лютого 2022» = "February 24, 2022", "3 p.m." = «15:00»); spelled-out words are
 *     left out, digits in compounds ("45-year-old") kept (too often idiom to anchor a sentence);
 * <li>names: capitalised words reduced to a consonant skeleton of their Latin transliteration
 *     (ICU {@code Any-Latin; Latin-ASCII}), cut to three consonants so that case endings do not
 *     matter: Лукашенком and Lukashenko both give {@code lks}, Бєлоусовим and Belousov {@code bls};
 * <li>acronyms, compared transliterated (НАТО = NATO);
 * <li>identical tokens: words present in both documents (Latin words in a Cyrillic text, URLs,
 *     shared names in two Latin-script languages), unless frequent;
 * <li>punctuation: quotations, parentheses, question and exclamation marks, spaced dashes;
 * <li>between English and Ukrainian or Russian, ordinary words the bilingual word list
 *     ({@link Lexicon}) gives as translations of each other, through their base forms (заявив and
 *     said); the list loads on the first such pair, never for other pairs.
 * </ul>
 * Thread-safe: the one transliterator is used under its lock (once per distinct word of a call).
 */
public final class SharedAnchors implements AnchorSource {
    static final double NUMBER = 3.0;
    static final double SMALL_NUMBER = 1.5;
    static final double NAME = 2.0;
    static final double SHORT_NAME = 1.0;
    static final double ACRONYM = 2.5;
    static final double IDENTICAL = 2.5;
    static final double PUNCT = 0.7;
    static final double DASH = 0.4;
    /** Costs of an anchor left unmatched in a bead with both sides, by kind. */
    static final double NUMBER_MISS = 1.5;
    static final double SMALL_NUMBER_MISS = 0.5;
    static final double NAME_MISS = 0.5;
    static final double SHORT_NAME_MISS = 0.2;
    static final double ACRONYM_MISS = 1.0;
    static final double IDENTICAL_MISS = 1.0;
    static final double PUNCT_MISS = 0.3;
    static final double DASH_MISS = 0.1;
    /** A cognate: an ordinary word whose transliterated consonant skeleton starts like one on the other side. */
    static final double COGNATE = 1.0;
    static final double COGNATE_MISS = 0.2;
    /**
     * An ordinary word of one side and a word of the other that the bilingual word list gives as
     * its translation ({@link Lexicon}: заявив and said, both from the row say / заявити).
     */
    static final double LEXICAL = 1.0;
    /**
     * The cost of a word-list key left unmatched in a bead, when the other document has it
     * somewhere; a key whose translation the other document lacks costs nothing.
     */
    static final double LEXICAL_MISS = 0.1;
    /** Consonants of a cognate key. */
    static final int COGNATE_CONSONANTS = 4;

    /**
     * Languages that capitalise every noun: there a capital letter does not mark a name, so name
     * anchors are not used for a pair involving one (identical tokens still catch shared names).
     */
    private static final Set<String> CAPITALISED_NOUNS = Set.of("de", "lb");

    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}]+");

    /** ICU's "Any-Latin; Latin-ASCII", by a table for Latin and Cyrillic letters (no transliterator to build). */
    private static final UnaryOperator<String> LATIN = AsciiLatin::of;

    public SharedAnchors() {
    }

    /**
     * The numbers of a sentence as language-independent keys: a value as a plain decimal
     * ({@code "1500"}, {@code "1.5"}), a date as its day (its year is a value of its own), a time
     * of day as {@code "t:"} and minutes after midnight.
     */
    static List<String> numberKeys(String sentence, String lang) {
        List<String> out = new ArrayList<>();
        for (NumericEntity e : NumberExtractor.extract(sentence, lang)) {
            if (e.spelled() && e.text().chars().noneMatch(Character::isDigit)) {
                continue; // a word, not digits in a compound such as "45-year-old" or 24/7
            }
            if (e.isDate()) {
                if (e.day() > 0) {
                    out.add(String.valueOf(e.day()));
                }
            } else if (e.kind() == NumericEntity.Kind.TIME) {
                out.add("t:" + (long) e.value());
            } else if (Double.isFinite(e.value())) {
                out.add(BigDecimal.valueOf(e.value()).stripTrailingZeros().toPlainString());
            }
        }
        return out;
    }

    @Override
    public AnchorSet anchors(Document source, Document translation) {
        UnaryOperator<String> latin = LATIN;
        Map<String, String> skeletons = new HashMap<>();
        List<List<String>> st = tokens(source);
        List<List<String>> tt = tokens(translation);
        Set<String> shared = sharedTokens(st, tt);
        Set<String> lowerS = lowerWords(st);
        Set<String> lowerT = lowerWords(tt);
        boolean names = !CAPITALISED_NOUNS.contains(source.lang()) && !CAPITALISED_NOUNS.contains(translation.lang());
        List<List<Anchor>> a = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            a.add(sentence(source.sentence(i).text(), source.lang(), st.get(i), shared, lowerS, latin, skeletons, names));
        }
        List<List<Anchor>> b = new ArrayList<>();
        for (int j = 0; j < translation.size(); j++) {
            b.add(sentence(translation.sentence(j).text(), translation.lang(), tt.get(j), shared, lowerT, latin,
                    skeletons, names));
        }
        if (COGNATE > 0 && cyrillicDominant(st) != cyrillicDominant(tt)) {
            cognates(st, tt, shared, latin, a, b);
        }
        if (LEXICAL > 0 && Lexicon.covers(source.lang(), translation.lang())) {
            lexical(source.lang(), translation.lang(), st, tt, shared, a, b);
        }
        return new AnchorSet(a, b);
    }

    private List<Anchor> sentence(String text, String lang, List<String> tokens, Set<String> shared,
            Set<String> lowerWords, UnaryOperator<String> latin, Map<String, String> skeletons, boolean names) {
        List<Anchor> out = new ArrayList<>();
        for (String n : numberKeys(text, lang)) {
            out.add(new Anchor("n:" + n, isSmall(n) ? SMALL_NUMBER : NUMBER,
                    isSmall(n) ? SMALL_NUMBER_MISS : NUMBER_MISS));
        }
        boolean mixedCase = mixedCase(text);
        for (int k = 0; k < tokens.size(); k++) {
            String tok = tokens.get(k);
            String low = tok.toLowerCase(Locale.ROOT);
            if (shared.contains(low)) {
                out.add(new Anchor("id:" + low, IDENTICAL, IDENTICAL_MISS));
                continue;
            }
            if (mixedCase && isAcronym(tok)) {
                out.add(new Anchor("ac:" + latin(latin, tok).toUpperCase(Locale.ROOT), ACRONYM, ACRONYM_MISS));
                continue;
            }
            Matcher pm = PART.matcher(tok);
            while (names && pm.find()) {
                String part = pm.group();
                if (part.length() < 2 || !Character.isUpperCase(part.codePointAt(0))) {
                    continue;
                }
                if (k == 0 && pm.start() == 0 && lowerWords.contains(part.toLowerCase(Locale.ROOT))) {
                    continue; // a common word that starts the sentence
                }
                String sk = skeletons.computeIfAbsent(part, p -> skeleton(latin(latin, p), isCyrillic(p)));
                if (sk.length() >= 3) {
                    out.add(new Anchor("nm:" + sk.substring(0, 3), NAME, NAME_MISS));
                } else if (sk.length() == 2) {
                    out.add(new Anchor("nm:" + sk, SHORT_NAME, SHORT_NAME_MISS));
                }
            }
        }
        punctuation(text, out);
        return out;
    }

    /**
     * Cognate anchors between a Cyrillic and a Latin text: lower-case words whose transliterated
     * consonant skeleton (s and z folded, as are k and c of a Latin word) has at least
     * {@link #COGNATE_CONSONANTS} consonants give the key of its first ones (президента and
     * president, стратегічний and strategic, інформація and information). A key is used only
     * when both documents have it, so a word with no cognate on the other side costs nothing.
     */
    private static void cognates(List<List<String>> st, List<List<String>> tt, Set<String> shared,
            UnaryOperator<String> latin, List<List<Anchor>> a, List<List<Anchor>> b) {
        Map<String, String> keys = new HashMap<>();
        List<List<String>> ks = cognateKeys(st, shared, latin, keys);
        List<List<String>> kt = cognateKeys(tt, shared, latin, keys);
        Set<String> inS = new HashSet<>();
        ks.forEach(inS::addAll);
        Set<String> both = new HashSet<>();
        kt.forEach(l -> l.stream().filter(inS::contains).forEach(both::add));
        addCognates(ks, both, a);
        addCognates(kt, both, b);
    }

    /**
     * Word-list anchors between English and Ukrainian or Russian: every ordinary word (lower case,
     * or the first word of the sentence; three letters or more; not a token both texts share) gives
     * the key of each row of {@link Lexicon} that holds one of its base forms. A key both documents
     * have is an anchor like any other; one only one document has (its translation is nowhere on
     * the other side) costs nothing unmatched, but the gap audit still sees it: the words of a
     * dropped sentence have no translation anywhere.
     */
    private static void lexical(String ls, String lt, List<List<String>> st, List<List<String>> tt, Set<String> shared,
            List<List<Anchor>> a, List<List<Anchor>> b) {
        Lexicon lex = Lexicon.get();
        List<int[]> rs = lexicalRows(st, shared, lex.words(ls, "en".equals(ls) ? null : Morphology.shared(ls)),
                "en".equals(ls) ? lex : null);
        List<int[]> rt = lexicalRows(tt, shared, lex.words(lt, "en".equals(lt) ? null : Morphology.shared(lt)),
                "en".equals(lt) ? lex : null);
        Set<Integer> inS = new HashSet<>();
        rs.forEach(r -> Arrays.stream(r).forEach(inS::add));
        Set<Integer> both = new HashSet<>();
        rt.forEach(r -> Arrays.stream(r).filter(inS::contains).forEach(both::add));
        addLexical(rs, both, a);
        addLexical(rt, both, b);
    }

    private static void addLexical(List<int[]> rows, Set<Integer> both, List<List<Anchor>> out) {
        for (int i = 0; i < rows.size(); i++) {
            for (int r : rows.get(i)) {
                out.get(i).add(new Anchor(LEXICAL_PREFIX + r, LEXICAL, both.contains(r) ? LEXICAL_MISS : 0));
            }
        }
    }

    static final String LEXICAL_PREFIX = "lx:";

    /**
     * The distinct word-list rows of each sentence's ordinary words. A capitalised word inside an
     * English sentence ({@code english} not null) counts only for the rows whose English word is
     * itself capitalised (Monday, September, German): elsewhere it is taken for a name; a lower-case
     * English word never counts for such a row.
     */
    private static List<int[]> lexicalRows(List<List<String>> doc, Set<String> shared, Lexicon.Words words,
            Lexicon english) {
        List<int[]> out = new ArrayList<>(doc.size());
        for (List<String> tokens : doc) {
            Set<Integer> rows = new java.util.LinkedHashSet<>();
            boolean headline = english != null && headlineCase(tokens);
            for (int k = 0; k < tokens.size(); k++) {
                String tok = tokens.get(k);
                if (tok.length() < 3 || !wordLetters(tok) || shared.contains(tok.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (k > 0 && !headline && !Character.isLowerCase(tok.codePointAt(0))) {
                    if (english != null && tok.length() > 1 && Character.isLowerCase(tok.codePointAt(1))) {
                        for (int r : words.rows(tok)) {
                            if (english.capitalisedInEnglish(r)) {
                                rows.add(r);
                            }
                        }
                    }
                    continue;
                }
                boolean lower = Character.isLowerCase(tok.codePointAt(0));
                for (int r : words.rows(tok)) {
                    if (english == null || !lower || !english.capitalisedInEnglish(r)) {
                        rows.add(r); // a lower-case "march" or "polish" is no month or nationality
                    }
                }
            }
            out.add(rows.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * Whether an English sentence is written in headline case: every word of four letters or more
     * (at least three of them) starts with a capital ("Hundreds of Migrant Children Moved to a Tent
     * Camp"), so its capitals mark no names and its words are looked up in the word list like
     * lower-case ones. An ordinary sentence has lower-case words of that length.
     */
    static boolean headlineCase(List<String> tokens) {
        int long4 = 0;
        for (String tok : tokens) {
            if (tok.length() < 4 || !wordLetters(tok)) {
                continue;
            }
            if (!Character.isUpperCase(tok.codePointAt(0))) {
                return false;
            }
            long4++;
        }
        return long4 >= 3;
    }

    /** Letters, with an apostrophe or a hyphen inside (пам’ять, well-known). */
    private static boolean wordLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && !((c == '\'' || c == '’' || c == '-') && i > 0)) {
                return false;
            }
        }
        return true;
    }

    private static void addCognates(List<List<String>> keys, Set<String> both, List<List<Anchor>> out) {
        for (int i = 0; i < keys.size(); i++) {
            for (String k : keys.get(i)) {
                if (both.contains(k)) {
                    out.get(i).add(new Anchor("cg:" + k, COGNATE, COGNATE_MISS));
                }
            }
        }
    }

    private static List<List<String>> cognateKeys(List<List<String>> doc, Set<String> shared, UnaryOperator<String> latin,
            Map<String, String> cache) {
        List<List<String>> out = new ArrayList<>(doc.size());
        for (List<String> tokens : doc) {
            List<String> l = new ArrayList<>();
            for (String tok : tokens) {
                if (tok.length() < 5 || !Character.isLowerCase(tok.codePointAt(0)) || !allLetters(tok)
                        || shared.contains(tok)) {
                    continue;
                }
                String key = cache.computeIfAbsent(tok, w -> cognateKey(w, latin));
                if (!key.isEmpty() && !l.contains(key)) {
                    l.add(key);
                }
            }
            out.add(l);
        }
        return out;
    }

    static String cognateKey(String word, UnaryOperator<String> latin) {
        boolean cyr = isCyrillic(word);
        String sk = skeleton(cyr ? latin(latin, word) : word, cyr).replace('z', 's').replace('k', 'c');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sk.length(); i++) {
            if (b.length() == 0 || b.charAt(b.length() - 1) != sk.charAt(i)) {
                b.append(sk.charAt(i));
            }
        }
        return b.length() >= COGNATE_CONSONANTS ? b.substring(0, COGNATE_CONSONANTS) : "";
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether most letters of a document's tokens are Cyrillic. */
    private static boolean cyrillicDominant(List<List<String>> doc) {
        int cyr = 0;
        int all = 0;
        for (List<String> l : doc) {
            for (String t : l) {
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (Character.isLetter(c)) {
                        all++;
                        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                            cyr++;
                        }
                    }
                }
            }
        }
        return cyr * 2 > all;
    }

    /**
     * The name key the first word of a sentence gets when it is capitalised ({@code "nm:lks"}), or
     * null: a capital letter there marks the sentence, not a name.
     */
    static String firstWordNameKey(String text) {
        Matcher m = PART.matcher(text);
        if (!m.find()) {
            return null;
        }
        String w = m.group();
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return null;
        }
        String sk = skeleton(latin(LATIN, w), isCyrillic(w));
        return sk.length() >= 3 ? "nm:" + sk.substring(0, 3) : sk.length() == 2 ? "nm:" + sk : null;
    }

    /**
     * The capitalised words of a sentence (three letters or more, the sentence's first word left
     * out), in lower-case Latin letters: the forms {@link #similarName} compares.
     */
    static List<String> capitalisedLatin(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PART.matcher(text);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean skip = first;
            first = false;
            if (skip || w.length() < 3 || !Character.isUpperCase(w.codePointAt(0)) || isAcronym(w)) {
                continue;
            }
            out.add((isCyrillic(w) ? latin(LATIN, w) : w).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Whether two names in Latin letters look like one name written two ways (Dodzhers and
     * Dodgers, Andzheles and Angeles): the Dice overlap of their letter pairs, over the first
     * seven letters of each (so that case endings weigh little), is at least 0.5.
     */
    static boolean similarName(String a, String b) {
        String x = a.length() > 7 ? a.substring(0, 7) : a;
        String y = b.length() > 7 ? b.substring(0, 7) : b;
        if (x.length() < 2 || y.length() < 2 || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        List<String> px = new ArrayList<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            px.add(x.substring(i, i + 2));
        }
        int common = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            if (px.remove(y.substring(i, i + 2))) {
                common++;
            }
        }
        return 2.0 * common / (x.length() - 1 + y.length() - 1) >= 0.5;
    }

    private static String latin(UnaryOperator<String> t, String word) {
        return t.apply(word);
    }

    private static void punctuation(String text, List<Anchor> out) {
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«', '„' -> out.add(new Anchor("p:q", PUNCT, PUNCT_MISS));
                case '“' -> {
                    if (text.indexOf('„') < 0) {
                        out.add(new Anchor("p:q", PUNCT, PUNCT_MISS)); // not the closing mark of „…“
                    }
                }
                case '»' -> {
                    if (text.indexOf('«') < 0) {
                        out.add(new Anchor("p:q", PUNCT, PUNCT_MISS)); // »…« quoting
                    }
                }
                case '"' -> straight++;
                case '(' -> out.add(new Anchor("p:(", PUNCT, PUNCT_MISS));
                case '?' -> out.add(new Anchor("p:?", PUNCT, PUNCT_MISS));
                case '!' -> out.add(new Anchor("p:!", PUNCT, PUNCT_MISS));
                case '—', '–' -> {
                    if (i > 0 && text.charAt(i - 1) == ' ') {
                        out.add(new Anchor("p:-", DASH, DASH_MISS));
                    }
                }
                default -> {
                }
            }
        }
        for (int q = 0; q < (straight + 1) / 2; q++) {
            out.add(new Anchor("p:q", PUNCT, PUNCT_MISS));
        }
    }

    /** Whether a fair share of the letters is lower case (in an all-capitals headline no word is an acronym). */
    private static boolean mixedCase(String text) {
        int letters = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return lower * 2 >= letters;
    }

    private static boolean isSmall(String n) {
        return n.length() == 1;
    }

    private static boolean isAcronym(String tok) {
        int letters = 0;
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * The consonant skeleton of an ASCII word: digraphs folded (sh, ch, zh, kh, ts, ph, th),
     * g and h merged, vowels (and y, j, w-as-vowel) dropped, doubled letters collapsed.
     * {@code fromCyrillic}: the word is a transliteration, where "c" stands for ц/ч (an English
     * "c" alone is read as k).
     */
    static String skeleton(String ascii, boolean fromCyrillic) {
        String s = ascii.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char mapped;
            int step = 1;
            if (s.startsWith("shch", i)) {
                mapped = 's';
                step = 4;
            } else if (s.startsWith("tch", i) || s.startsWith("sch", i)) {
                mapped = s.charAt(i) == 't' ? 'c' : 's';
                step = 3;
            } else if (next == 'h' && (c == 's' || c == 'c' || c == 'z' || c == 'k' || c == 'p' || c == 't')) {
                mapped = switch (c) {
                    case 's' -> 's';
                    case 'c' -> 'c';
                    case 'z' -> 'z';
                    case 'k' -> 'g';
                    case 'p' -> 'f';
                    default -> 't';
                };
                step = 2;
            } else if (c == 't' && (next == 's' || next == 'z')) {
                mapped = 'c';
                step = 2;
            } else if (c == 'c' && next == 'k') {
                mapped = 'k';
                step = 2;
            } else {
                mapped = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> '_';
                    case 'c' -> fromCyrillic ? 'c' : 'k';
                    case 'h' -> 'g';
                    case 'w' -> 'v';
                    case 'q' -> 'k';
                    case 'x' -> 'x';
                    default -> c >= 'a' && c <= 'z' ? c : '_';
                };
            }
            i += step;
            if (mapped == '_') {
                continue;
            }
            if (mapped == 'x') {
                out.append("ks");
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    private static List<List<String>> tokens(Document d) {
        List<List<String>> out = new ArrayList<>(d.size());
        for (Sentence s : d.sentences()) {
            List<String> l = new ArrayList<>();
            scan(s.text(), l);
            out.add(l);
        }
        return out;
    }

    /**
     * The tokens of a text: URLs (to the next space), and runs of letters, marks and digits joined
     * by single inner connectors ({@code - ' ’ . @ _ /}). A plain loop, not a regular expression
     * with a repeated group: Java's matcher recurses once per repetition, and a few KB of
     * {@code a-a-a-…} would overflow the stack.
     */
    static void scan(String text, List<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
                int e = i;
                while (e < n && !Character.isWhitespace(text.charAt(e))) {
                    e++;
                }
                int minEnd = text.startsWith("www.", i) ? i + 5 : text.indexOf("//", i) + 3;
                if (e >= minEnd) {
                    out.add(text.substring(i, e));
                    i = e;
                    continue;
                }
            }
            if (!isWordChar(text, i)) {
                i++;
                continue;
            }
            int e = i;
            while (true) {
                while (e < n && isWordChar(text, e)) {
                    e++;
                }
                if (e + 1 < n && "-'’.@_/".indexOf(text.charAt(e)) >= 0 && isWordChar(text, e + 1)) {
                    e++;
                    continue;
                }
                break;
            }
            out.add(text.substring(i, e));
            i = e;
        }
    }

    private static boolean isWordChar(String text, int i) {
        int type = Character.getType(text.charAt(i));
        return Character.isLetterOrDigit(text.charAt(i)) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Set<String> lowerWords(List<List<String>> doc) {
        Set<String> out = new HashSet<>();
        for (List<String> s : doc) {
            for (String t : s) {
                if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Tokens (lower case, with a letter, two or more characters) in both documents and rare in both. */
    private static Set<String> sharedTokens(List<List<String>> a, List<List<String>> b) {
        Map<String, Integer> da = docFreq(a);
        Map<String, Integer> db = docFreq(b);
        int capA = Math.max(3, a.size() / 20);
        int capB = Math.max(3, b.size() / 20);
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : da.entrySet()) {
            Integer fb = db.get(e.getKey());
            if (fb != null && e.getValue() <= capA && fb <= capB) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static Map<String, Integer> docFreq(List<List<String>> doc) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> s : doc) {
            Set<String> seen = new HashSet<>();
            for (String t : s) {
                String low = t.toLowerCase(Locale.ROOT);
                if (low.length() >= 2 && hasLetter(low) && seen.add(low)) {
                    df.merge(low, 1, Integer::sum);
                }
            }
        }
        return df;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
