package dev.transcheck.text.analysis;

import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.text.Morphology;
import dev.transcheck.text.Resources;

/**
 * The word analyzer of a language, as its profile names it ({@code analyzer} in
 * {@code lang/<code>/profile.properties}): {@code morphology} (dictionary and case-ending rules),
 * {@code stemmer:<class>} or {@code lucene:<class>} (see {@link LatinAnalyzer}), or none (words
 * compared folded).
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** Equals and hashCode spelled out: a record's own are linked through method handles at start-up. */
    private record Key(String lang) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.lang, lang);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(lang);
        }
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
