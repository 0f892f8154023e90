package dev.transcheck.lab.trust;

/**
 * One document and its professional translation: {@code set} names where it comes from (ntrex,
 * corpus/product, bio-mqm), {@code id} the document within the set.
 */
public record Pair(String set, String id, String from, String to, String source, String translation) {
    /** The direction, e.g. {@code uk->en}. */
    public String direction() {
        return from + "->" + to;
    }
}
