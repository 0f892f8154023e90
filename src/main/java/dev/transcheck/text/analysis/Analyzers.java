package dev.transcheck.text.analysis;

import dev.transcheck.text.Resources;
import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.text.Morphology;

/**
 * The word analyzer of a language, as its profile names it ({@code analyzer} in
 * {@code lang/<code>/profile.properties}): {@code morphology} (dictionary and case-ending rules),
 * {@code stemmer:<class>} or {@code lucene:<class>} (see {@link LatinAnalyzer}), or none (words
 * compared folded).
 */
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
        LanguageProfile profile = LanguageProfiles.of(lang);
        String spec = profile.analyzer();
        Morphology m = resources.morphology(lang);
        Declension d = Declension.of(lang);
        if (spec.equals("morphology") || spec.isEmpty() && (m != null || !d.isEmpty())) {
            return new MorphologyAnalyzer(m, d, profile.locale(), profile.functionTags());
        }
        return LatinAnalyzer.of(profile);
    }
}
