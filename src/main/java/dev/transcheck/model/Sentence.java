package dev.transcheck.model;

/**
 * One sentence of a document. {@code start}/{@code end} are UTF-16 offsets into
 * {@link Document#text()} (end exclusive) and {@code text} equals that slice.
 */
public record Sentence(int id, int paragraph, int start, int end, String text) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("sentence text does not fit its span");
        }
    }
}
