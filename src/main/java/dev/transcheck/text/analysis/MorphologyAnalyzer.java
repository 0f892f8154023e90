package dev.transcheck.text.analysis;

import dev.transcheck.text.Morphology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private final List<String> functionTags;

    /**
     * @param morphology   the dictionary, or null to use the declension rules alone
     * @param functionTags tag prefixes of function words (prepositions, conjunctions, particles): a
     *                     word with such a reading as written keeps only its spelling as key
     */
    public MorphologyAnalyzer(Morphology morphology, Declension declension, Locale locale, List<String> functionTags) {
        this.morphology = morphology;
        this.declension = declension;
        this.locale = locale;
        this.functionTags = List.copyOf(functionTags);
    }

    @Override
    public Set<String> keys(String word) {
        Set<String> keys = new HashSet<>(4);
        String folded = TextNormalizer.fold(word);
        keys.add(folded);
        boolean known = false;
        if (morphology != null) {
            String w = TextNormalizer.apostrophes(word);
            List<Morphology.Reading> readings = new ArrayList<>(morphology.lookup(w));
            if (readings.stream().anyMatch(this::isFunctionWord)) {
                return keys; // as written, a function word ("после", "при"); "Ради" is not "ради"
            }
            String lower = w.toLowerCase(locale);
            if (!lower.equals(w)) {
                readings.addAll(morphology.lookup(lower));
            }
            String cap = TextNormalizer.capitalise(w, locale);
            if (!cap.equals(w) && !cap.equals(lower)) {
                readings.addAll(morphology.lookup(cap));
            }
            known = !readings.isEmpty();
            for (Morphology.Reading r : readings) {
                keys.add(TextNormalizer.fold(r.lemma()));
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

    private boolean isFunctionWord(Morphology.Reading r) {
        for (String t : functionTags) {
            if (r.tag().startsWith(t)) {
                return true;
            }
        }
        return false;
    }
}
