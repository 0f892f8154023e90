package dev.transcheck.model;

/**
 * The bead confidences the stages act on, in one place. A bead's confidence is the aligner's
 * calibrated probability that its pairing is right (docs/ALIGNMENT.md); each threshold says what a
 * stage dares to conclude from a bead that sure.
 */
public final class Confidence {
    /** A 1-0 or 0-1 bead at least this sure is a dropped or added sentence at error/warning level. */
    public static final double GAP = 0.85;
    /** A 1-1 bead at least this sure pins a name: a replaced word there is no shifted rendering. */
    public static final double NAMES = 0.8;
    /** Below this a bead's pairing is doubtful: term checks also look in the neighbouring beads. */
    public static final double NEIGHBOURS = 0.8;
    /** Below this a bead is shown as doubtful, and a missing term with no replacement is only info. */
    public static final double DOUBTFUL = 0.5;
    /** The aligner's second pass learns the document's length ratio from 1-1 beads this sure. */
    public static final double LEARN_LENGTHS = 0.9;

    private Confidence() {
    }
}
