package dev.transcheck.model;

import java.util.Arrays;
import java.util.List;

/** A monotone sentence alignment: beads in document order covering every sentence of both sides once. */
public final class Alignment {
    private final List<Bead> beads;
    private final int[] beadOfSource;
    private final int[] beadOfTranslation;

    public Alignment(List<Bead> beads, int sourceSize, int translationSize) {
        this.beads = List.copyOf(beads);
        this.beadOfSource = new int[sourceSize];
        this.beadOfTranslation = new int[translationSize];
        Arrays.fill(beadOfSource, -1);
        Arrays.fill(beadOfTranslation, -1);
        for (int b = 0; b < this.beads.size(); b++) {
            for (int s : this.beads.get(b).source()) {
                mark(beadOfSource, s, b, "source");
            }
            for (int t : this.beads.get(b).translation()) {
                mark(beadOfTranslation, t, b, "translation");
            }
        }
        check(beadOfSource, "source");
        check(beadOfTranslation, "translation");
    }

    private static void mark(int[] index, int sentence, int bead, String side) {
        if (sentence < 0 || sentence >= index.length || index[sentence] != -1) {
            throw new IllegalArgumentException(side + " sentence " + sentence + " is not in exactly one bead");
        }
        index[sentence] = bead;
    }

    private static void check(int[] index, String side) {
        for (int i = 0; i < index.length; i++) {
            if (index[i] == -1) {
                throw new IllegalArgumentException(side + " sentence " + i + " is in no bead");
            }
        }
    }

    public List<Bead> beads() {
        return beads;
    }

    /** The bead that holds source sentence {@code id}. */
    public Bead beadOfSource(int id) {
        return beads.get(beadOfSource[id]);
    }

    /** The bead that holds translation sentence {@code id}. */
    public Bead beadOfTranslation(int id) {
        return beads.get(beadOfTranslation[id]);
    }

    public int indexOfSourceBead(int id) {
        return beadOfSource[id];
    }

    public int indexOfTranslationBead(int id) {
        return beadOfTranslation[id];
    }
}
