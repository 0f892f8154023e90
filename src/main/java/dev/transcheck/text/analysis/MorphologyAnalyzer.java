package dev.transcheck.text.analysis;

import dev.transcheck.text.Morphology;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Keys of an inflecting language (Ukrainian, Russian): the folded word, the folded lemmas of its
 * dictionary readings (looked up as written, lower-cased and capitalised, since the Ukrainian
 * dictionary is case-sensitive), and, for a word the dictionary lacks, a declension stem marked
 * with {@code ~}. Glossary words always get their stem too, so an unknown inflected form still
 * meets its dictionary form.
 */
public final class MorphologyAnalyzer implements WordAnalyzer {
    static final String STEM = "~";

    private final Morphology morphology;
    private final Declension declension;
    private final Locale locale;

    /** @param morphology the dictionary, or null to use the declension rules alone */
    public MorphologyAnalyzer(Morphology morphology, Declension declension, Locale locale) {
        this.morphology = morphology;
        this.declension = declension;
        this.locale = locale;
    }

    @Override
    public Set<String> keys(String word) {
        Set<String> keys = new HashSet<>(4);
        String folded = TextNormalizer.fold(word);
        keys.add(folded);
        boolean known = false;
        if (morphology != null) {
            String w = TextNormalizer.apostrophes(word);
            known = addLemmas(w, keys);
            String lower = w.toLowerCase(locale);
            if (!lower.equals(w)) {
                known |= addLemmas(lower, keys);
            }
            String cap = TextNormalizer.capitalise(w, locale);
            if (!cap.equals(w) && !cap.equals(lower)) {
                known |= addLemmas(cap, keys);
            }
        }
        if (!known) {
            addStems(folded, keys);
        }
        return keys;
    }

    @Override
    public Set<String> formKeys(String word) {
        Set<String> keys = keys(word);
        addStems(TextNormalizer.fold(word), keys);
        return keys;
    }

    private void addStems(String folded, Set<String> keys) {
        for (String s : declension.stems(folded)) {
            keys.add(STEM + s);
        }
    }

    private boolean addLemmas(String w, Set<String> keys) {
        boolean any = false;
        for (Morphology.Reading r : morphology.lookup(w)) {
            keys.add(TextNormalizer.fold(r.lemma()));
            any = true;
        }
        return any;
    }
}
