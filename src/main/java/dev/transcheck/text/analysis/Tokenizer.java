package dev.transcheck.text.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers, hyphens and punctuation; spaces separate tokens and are
 * dropped. An apostrophe (' ’ ʼ) between two letters belongs to the word; a dotted abbreviation
 * of single capitals ("U.S.") is one word. Stateless.
 */
public final class Tokenizer {
    private static final String YEAR = "{year}";

    private Tokenizer() {
    }

    /** The tokens of running text. */
    public static List<Token> tokens(String text) {
        return tokens(text, false);
    }

    /** The tokens of a glossary form, where {@code {year}} is one {@link Token.Kind#YEAR} token. */
    public static List<Token> formTokens(String form) {
        return tokens(form, true);
    }

    private static List<Token> tokens(String text, boolean form) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (form && text.startsWith(YEAR, i)) {
                out.add(new Token(Token.Kind.YEAR, i, i + YEAR.length(), YEAR));
                i += YEAR.length();
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u00AD' || cp == '\u200B') {
                i += len;
            } else if (isLetter(cp) && dottedAbbreviationEnd(text, i) > i) {
                int j = dottedAbbreviationEnd(text, i);
                out.add(new Token(Token.Kind.WORD, i, j, text.substring(i, j)));
                i = j;
            } else if (isLetter(cp)) {
                int j = i + len;
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (isLetter(c)) {
                        j += Character.charCount(c);
                    } else if (TextNormalizer.isApostrophe(c) && j + 1 < n && isLetter(text.codePointAt(j + 1))) {
                        j += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                out.add(new Token(Token.Kind.WORD, i, j, text.substring(i, j)));
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = i + len;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                out.add(new Token(Token.Kind.NUMBER, i, j, text.substring(i, j)));
                i = j;
            } else if (TextNormalizer.isHyphen(cp)) {
                out.add(new Token(Token.Kind.HYPHEN, i, i + len, text.substring(i, i + len)));
                i += len;
            } else {
                out.add(new Token(Token.Kind.PUNCT, i, i + len, text.substring(i, i + len)));
                i += len;
            }
        }
        return out;
    }

    /**
     * The end of a dotted abbreviation of single capitals starting at {@code i} ("U.S.", "U.N.",
     * "E.U."), or -1. It is one word so that it matches "US", "UN".
     */
    private static int dottedAbbreviationEnd(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j == i || text.charAt(j - 1) == '.')) {
            letters++;
            j += 2;
        }
        if (letters < 2 || (j < text.length() && Character.isLetter(text.charAt(j)))) {
            return -1;
        }
        return j;
    }

    private static boolean isLetter(int cp) {
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
