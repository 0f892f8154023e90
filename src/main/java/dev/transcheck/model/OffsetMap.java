package dev.transcheck.model;

import java.util.Arrays;

/**
 * Where the characters of a normalised text came from in the text as it was read. Reading
 * normalises decomposed input (NFD) to composed form (NFC) so that dictionaries and
 * transliteration see one spelling of each letter; reports map their offsets back through this
 * so that they index the input. Immutable.
 */
public final class OffsetMap {
    private final String original;
    private final int[] toOriginal;

    /**
     * @param original the text as read
     * @param toOriginal for each character of the normalised text, and one past its end, the offset
     *     in {@code original} where it came from; non-decreasing
     */
    public OffsetMap(String original, int[] toOriginal) {
        this.original = original;
        this.toOriginal = toOriginal.clone();
        for (int i = 1; i < this.toOriginal.length; i++) {
            if (this.toOriginal[i] < this.toOriginal[i - 1]) {
                throw new IllegalArgumentException("offset map must not decrease");
            }
        }
        if (this.toOriginal[this.toOriginal.length - 1] != original.length()) {
            throw new IllegalArgumentException("offset map must end at the end of the original");
        }
    }

    public String original() {
        return original;
    }

    /** The length of the normalised text this map was made for. */
    public int length() {
        return toOriginal.length - 1;
    }

    /** The offset in the original of the normalised offset {@code offset} (0..length). */
    public int offset(int offset) {
        return toOriginal[offset];
    }

    /** The original span of the normalised span {@code s}. */
    public Span map(Span s) {
        if (s == null) {
            return null;
        }
        int start = offset(s.start());
        int end = offset(s.end());
        return new Span(s.sentence(), start, end, original.substring(start, end));
    }

    /** The original sentence of the normalised sentence {@code s}. */
    public Sentence map(Sentence s) {
        int start = offset(s.start());
        int end = offset(s.end());
        return new Sentence(s.id(), s.paragraph(), start, end, original.substring(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && m.original.equals(original) && Arrays.equals(m.toOriginal, toOriginal);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + Arrays.hashCode(toOriginal);
    }
}
