package dev.transcheck.names;

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the Latin-script side, per sentence, and what tells a name-like word from a common
 * one (the words written in lower case somewhere in the document, English word endings, the
 * capitalised-word tables). Immutable.
 */
final class LatinTokens {

    /** An English possessive ending (compiled once: it is taken off every name word compared). */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");
    /**
     * One word of the Latin side; {@code initial} when it opens its sentence (or follows an opening
     * quote or dash); {@code compound} when it is joined by a hyphen to another word (Taliban-like,
     * Cold War-era, Nimzo-Indian).
     */
    record Token(int sentence, int start, int end, String text, boolean initial, boolean compound) {
        // spelled out: a record's generated equals and hashCode are linked through method handles on
        // first use (ObjectMethods), which spins classes at every start (docs/performance.md, "Start-up");
        // the same comparisons and the same hash as the generated ones (31 * h + each component's hash, from 0)
        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Token o)) {
                return false;
            }
            return sentence == o.sentence
                    && start == o.start
                    && end == o.end
                    && java.util.Objects.equals(text, o.text)
                    && initial == o.initial
                    && compound == o.compound;
        }

        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + Integer.hashCode(sentence);
            h = 31 * h + Integer.hashCode(start);
            h = 31 * h + Integer.hashCode(end);
            h = 31 * h + java.util.Objects.hashCode(text);
            h = 31 * h + Boolean.hashCode(initial);
            h = 31 * h + Boolean.hashCode(compound);
            return h;
        }
    }

    /** Endings of English common words that names rarely have. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(ly|ing|ed|tion|sion|ment|ness|ity|ous|ive|ful|less|able|ible|ance|ence|ism|ship|hood|ward|wise|ary|ian|al|ds|one)$");
    /** Two or more capitals and a plural s: an acronym, not a name. */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

    private final List<List<Token>> bySentence;
    private final Set<String> lowerWords;
    private final String lang;

    private LatinTokens(List<List<Token>> bySentence, Set<String> lowerWords, String lang) {
        this.bySentence = bySentence;
        this.lowerWords = lowerWords;
        this.lang = lang;
    }

    static LatinTokens of(Document doc) {
        List<List<Token>> tokens = new ArrayList<>();
        Set<String> lower = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> list = new ArrayList<>();
            Matcher m = LATIN_WORD.matcher(s.text());
            boolean first = true;
            while (m.find()) {
                boolean initial = first || opener(s.text(), m.start());
                first = false;
                list.add(new Token(s.id(), s.start() + m.start(), s.start() + m.end(), m.group(), initial,
                        hyphenated(s.text(), m.start(), m.end())));
                if (Character.isLowerCase(m.group().charAt(0))) {
                    lower.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            tokens.add(List.copyOf(list));
        }
        return new LatinTokens(List.copyOf(tokens), Set.copyOf(lower), doc.lang());
    }

    /** The words of the given sentences, in order. */
    List<Token> of(List<Integer> sentences) {
        List<Token> out = new ArrayList<>();
        for (int t : sentences) {
            out.addAll(bySentence.get(t));
        }
        return out;
    }

    /**
     * A capitalised word that looks like a name: not a function word, title, month, place, acronym
     * or common word. English word endings (Vance, Jinping) count against a word only when it is not
     * {@code anchored} next to a rendered first name or surname of the same person.
     */
    boolean nameLike(Token t, NameTables tables, boolean place, boolean anchored) {
        String w = POSSESSIVE.matcher(t.text()).replaceAll("");
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (w.chars().allMatch(Character::isUpperCase) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (ACRONYM_PLURAL.matcher(w).matches() || Character.isUpperCase(w.charAt(w.length() - 1))) {
            return false; // an acronym in the plural (MPs, AMs, CEOs) or of mixed case (PhD)
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if ("en".equals(lang) && !anchored && ENGLISH_WORD.matcher(lower).find()) {
            return false; // Hundreds, Historically, Metropolitan: English word endings names rarely have
        }
        if (tables.isCapitalisedWord(lang, lower) || tables.isExonymWord(lower) && !(place && tables.isPlaceWord(lower))
                || tables.isNationalityPlural(lower)) {
            return false;
        }
        return !lowerWords.contains(lower); // written in lower case elsewhere: a common word (Assures in a title-case headline)
    }

    /**
     * True when the words look like a title-case headline: at least three and half of them are
     * capitalised without being explained (not a rendering of a source word, not a title, function
     * word or known place).
     */
    boolean titleCase(List<Token> tokens, Set<Token> explained, NameTables tables) {
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

    /** True when the word at {@code start..end} is joined by a hyphen to a letter on either side. */
    private static boolean hyphenated(String text, int start, int end) {
        boolean before = start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetter(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && isHyphen(text.charAt(end)) && Character.isLetter(text.charAt(end + 1));
        return before || after;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
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
