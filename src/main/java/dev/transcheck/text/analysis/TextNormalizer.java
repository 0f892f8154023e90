package dev.transcheck.text.analysis;

import java.util.Locale;

/**
 * Folds the spelling variants that must compare equal: letter case, apostrophes (' ’ ʼ and the
 * modifier letter), ґ/г, ё/е, combining accent marks. Stateless.
 */
public final class TextNormalizer {
    /** The apostrophe every variant is folded to (the one the Ukrainian dictionary uses). */
    public static final char APOSTROPHE = '\'';

    private TextNormalizer() {
    }

    public static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018' || cp == '`' || cp == '\u00B4';
    }

    public static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013';
    }

    /** {@code word} with every apostrophe variant replaced by {@link #APOSTROPHE}, case kept. */
    public static String apostrophes(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != APOSTROPHE && isApostrophe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(word);
                }
                sb.setCharAt(i, APOSTROPHE);
            }
        }
        return sb == null ? word : sb.toString();
    }

    /** The comparison key of a word: lower case, one apostrophe, ґ→г, ё→е, no stress marks, no dots ("U.N." = "un"). */
    public static String fold(String word) {
        String s = apostrophes(word).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ґ' -> sb.append('г');
                case 'ё' -> sb.append('е');
                case '\u0301', '\u0300', '.' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code word} with its first letter upper case and the rest lower case. */
    public static String capitalise(String word, Locale locale) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(locale);
        int first = lower.offsetByCodePoints(0, 1);
        return lower.substring(0, first).toUpperCase(locale) + lower.substring(first);
    }
}
