package dev.transcheck.text.analysis;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.de.GermanMinimalStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemmer;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemmer;

/**
 * Keys of a language without a morphology dictionary (English and any other language): the
 * folded word without an English possessive ("Lukashenko's"), reduced by Lucene's minimal
 * (plural) stemmer of the language when Lucene has one. One key per word.
 */
public final class LatinAnalyzer implements WordAnalyzer {
    private final boolean possessive;
    private final UnaryOperator<String> stemmer;

    private LatinAnalyzer(boolean possessive, UnaryOperator<String> stemmer) {
        this.possessive = possessive;
        this.stemmer = stemmer;
    }

    /** The analyzer of {@code lang}; any language code works (no stemming when Lucene has no minimal stemmer for it). */
    public static LatinAnalyzer of(String lang) {
        return switch (lang) {
            case "en" -> new LatinAnalyzer(true, w -> stem(w, new EnglishMinimalStemmer()::stem));
            case "de" -> new LatinAnalyzer(false, w -> stem(w, new GermanMinimalStemmer()::stem));
            case "fr" -> new LatinAnalyzer(false, w -> stem(w, new FrenchMinimalStemmer()::stem));
            case "es" -> new LatinAnalyzer(false, w -> stem(w, new SpanishMinimalStemmer()::stem));
            case "pt" -> new LatinAnalyzer(false, w -> stem(w, new PortugueseMinimalStemmer()::stem));
            default -> new LatinAnalyzer(false, UnaryOperator.identity());
        };
    }

    private interface CharStemmer {
        int stem(char[] s, int len);
    }

    private static String stem(String w, CharStemmer s) {
        char[] buf = w.toCharArray();
        int len = s.stem(buf, buf.length);
        return new String(buf, 0, len);
    }

    @Override
    public Set<String> keys(String word) {
        String w = TextNormalizer.fold(word);
        if (possessive) {
            if (w.endsWith("'s") && w.length() > 2) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
        }
        Set<String> keys = new HashSet<>(2);
        keys.add(stemmer.apply(w));
        return keys;
    }

    @Override
    public Set<String> formKeys(String word) {
        return keys(word);
    }
}
