package dev.transcheck.model;

import java.util.List;

/**
 * One link of a sentence alignment: consecutive source sentence ids linked to consecutive
 * translation sentence ids. An empty translation list is an omission, an empty source list an
 * addition. {@code confidence} is in [0, 1].
 */
public record Bead(List<Integer> source, List<Integer> translation, double confidence) {
    public Bead {
        source = List.copyOf(source);
        translation = List.copyOf(translation);
        if (source.isEmpty() && translation.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
    }

    public boolean isOmission() {
        return translation.isEmpty();
    }

    public boolean isAddition() {
        return source.isEmpty();
    }

    /** The bead in the benchmark "beads" format: {@code [0]:[0, 1]}. */
    public String toBeadString() {
        return source + ":" + translation;
    }
}
