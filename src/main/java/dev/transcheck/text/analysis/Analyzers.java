package dev.transcheck.text.analysis;

import dev.transcheck.Resources;
import dev.transcheck.text.Morphology;
import java.util.Locale;

/** The word analyzer of a language: morphology and declension rules where we have them, else Latin-style folding and stemming. */
public final class Analyzers {
    private Analyzers() {
    }

    private record Key(String lang) {
    }

    /** The analyzer of {@code lang}, built once per {@link Resources}. */
    public static WordAnalyzer of(String lang, Resources resources) {
        return resources.shared(new Key(lang), () -> build(lang, resources));
    }

    private static WordAnalyzer build(String lang, Resources resources) {
        Morphology m = resources.morphology(lang);
        Declension d = Declension.of(lang);
        if (m != null || !d.isEmpty()) {
            return new MorphologyAnalyzer(m, d, Locale.forLanguageTag(lang));
        }
        return LatinAnalyzer.of(lang);
    }
}
