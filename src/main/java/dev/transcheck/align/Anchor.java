package dev.transcheck.align;

/**
 * A piece of evidence that a source sentence and a translation sentence translate each other:
 * a source anchor and a translation anchor match when their keys are equal. {@code weight} is the
 * cost bonus (in nats) one match is worth.
 *
 * @param key a normalised key, prefixed by its kind ({@code "n:1500"}, {@code "name:blsv"})
 * @param weight the bonus of one match, &gt; 0
 */
public record Anchor(String key, double weight) {
    public Anchor {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("anchor weight must be positive: " + weight);
        }
    }
}
