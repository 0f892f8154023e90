package dev.transcheck.text.analysis;

import java.util.Set;

/**
 * Turns one word into the keys it is compared by: two words denote the same glossary word when
 * their key sets intersect. Keys of running text come from {@link #keys}; keys of a glossary form's
 * word from {@link #formKeys} (a superset, so that an inflected text form also meets the
 * dictionary form through rules). Implementations are immutable and thread-safe.
 */
public interface WordAnalyzer {
    /** Keys of a word of running text. */
    Set<String> keys(String word);

    /** Keys of a word of a glossary form (written in its dictionary form). */
    Set<String> formKeys(String word);
}
