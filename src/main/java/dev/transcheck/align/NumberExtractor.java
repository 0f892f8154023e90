package dev.transcheck.align;

import java.util.List;

/**
 * Finds the numbers of a sentence as language-independent keys ({@code "1500"}, {@code "1.5"}), so
 * that "100 тисяч" and "100,000" give the same key. Thread-safe. The aligner takes any
 * implementation (a richer extractor can be plugged in through {@link SharedAnchors}).
 */
public interface NumberExtractor {
    List<String> numbers(String sentence, String lang);
}
