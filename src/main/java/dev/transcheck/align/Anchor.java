package dev.transcheck.align;

/**
 * A piece of evidence that a source sentence and a translation sentence translate each other:
 * a source anchor and a translation anchor match when their keys are equal. {@code weight} is the
 * cost bonus (in nats) one match is worth.
 *
 * @param key a normalised key, prefixed by its kind ({@code "n:1500"}, {@code "name:blsv"})
 * @param weight the bonus of one match, &gt; 0
 * @param miss the cost of this anchor finding no partner inside a bead that has both sides
 *     (a translated sentence usually keeps its numbers), &ge; 0
 */
public record Anchor(String key, double weight, double miss) {
    public Anchor {
        if (!(weight > 0) || !(miss >= 0)) {
            throw new IllegalArgumentException("anchor weights must be positive: " + weight + ", " + miss);
        }
    }

    /** An anchor that costs nothing when unmatched. */
    public Anchor(String key, double weight) {
        this(key, weight, 0);
    }
}
