package dev.transcheck.text.analysis;

import dev.transcheck.lang.LanguageProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keys of a language without a morphology dictionary: the folded word without the suffixes its
 * profile drops (English possessive "Lukashenko's"), reduced by the stemmer or Lucene analyzer its
 * profile names. One key per word. Thread-safe (a Lucene {@link Analyzer} reuses its components
 * per thread; a minimal stemmer is stateless).
 *
 * <p>Profile analyzer values: {@code stemmer:<class>} a class with a no-argument constructor and
 * {@code int stem(char[] s, int len)} (Lucene's minimal and light stemmers);
 * {@code lucene:<class>} a Lucene {@code Analyzer} with a no-argument constructor (GermanAnalyzer,
 * PolishAnalyzer): the first token it makes of the word is the key, the folded word when it makes
 * none (a stop word); a glossary form also keeps its folded word as a key.
 */
public final class LatinAnalyzer implements WordAnalyzer {
    private final List<String> dropSuffixes;
    private final UnaryOperator<String> stemmer;
    private final boolean formKeepsWord;

    private LatinAnalyzer(List<String> dropSuffixes, UnaryOperator<String> stemmer, boolean formKeepsWord) {
        this.dropSuffixes = dropSuffixes;
        this.stemmer = stemmer;
        this.formKeepsWord = formKeepsWord;
    }

    /** The analyzer the profile names; words are only folded when it names none. */
    public static LatinAnalyzer of(LanguageProfile profile) {
        String spec = profile.analyzer();
        UnaryOperator<String> stemmer;
        if (spec.startsWith("stemmer:")) {
            stemmer = minimalStemmer(profile, spec.substring("stemmer:".length()).strip());
        } else if (spec.startsWith("lucene:")) {
            stemmer = lucene(profile, spec.substring("lucene:".length()).strip());
        } else if (spec.isEmpty() || spec.equals("morphology")) {
            stemmer = UnaryOperator.identity();
        } else {
            throw new IllegalStateException(profile.code() + " profile: unknown analyzer '" + spec + "'");
        }
        return new LatinAnalyzer(profile.dropSuffixes(), stemmer, spec.startsWith("lucene:"));
    }

    private static UnaryOperator<String> minimalStemmer(LanguageProfile profile, String className) {
        try {
            Class<?> c = Class.forName(className);
            Object stemmer = c.getConstructor().newInstance();
            MethodHandle stem = MethodHandles.publicLookup()
                    .findVirtual(c, "stem", MethodType.methodType(int.class, char[].class, int.class)).bindTo(stemmer);
            return w -> {
                char[] buf = w.toCharArray();
                try {
                    int len = (int) stem.invokeExact(buf, buf.length);
                    return new String(buf, 0, len);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(profile.code() + " profile: analyzer stemmer '" + className
                    + "' is not a class with a no-argument constructor and int stem(char[], int)", e);
        }
    }

    private static UnaryOperator<String> lucene(LanguageProfile profile, String className) {
        Analyzer analyzer;
        try {
            analyzer = (Analyzer) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(profile.code() + " profile: analyzer '" + className
                    + "' is not a Lucene Analyzer with a no-argument constructor", e);
        }
        return w -> {
            try (TokenStream ts = analyzer.tokenStream("w", w)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                String key = ts.incrementToken() ? term.toString() : w;
                while (ts.incrementToken()) {
                    // drain: the stream must be consumed before end()
                }
                ts.end();
                return key;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Set<String> keys(String word) {
        String w = TextNormalizer.fold(word);
        for (String suffix : dropSuffixes) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        Set<String> keys = new HashSet<>(2);
        keys.add(stemmer.apply(w));
        return keys;
    }

    /**
     * The keys of {@link #keys}; for a Lucene analyzer also the folded word itself, because a
     * statistical stemmer may stem the dictionary form and an inflected form differently (Stempel:
     * "obrona" to "obron", "obrony" to "obrona").
     */
    @Override
    public Set<String> formKeys(String word) {
        Set<String> keys = keys(word);
        if (formKeepsWord) {
            keys.add(TextNormalizer.fold(word));
        }
        return keys;
    }
}
