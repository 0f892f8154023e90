package dev.transcheck.model;

import java.util.List;

/**
 * A segmented text. {@code text} is the decoded input (without a byte-order mark), normalised to
 * composed Unicode (NFC), and every sentence's offsets point into it.
 *
 * @param path where it came from (for reports; may be a label such as {@code "<source>"})
 * @param lang ISO 639-1 code
 * @param origin how {@code text} maps back to the text as read when normalisation changed it;
 *     null when the text is as read
 */
public record Document(String path, String lang, String text, List<Sentence> sentences, OffsetMap origin) {
    public Document {
        sentences = List.copyOf(sentences);
        if (origin != null && origin.length() != text.length()) {
            throw new IllegalArgumentException("offset map does not fit the text");
        }
    }

    /** A document whose text is as read. */
    public Document(String path, String lang, String text, List<Sentence> sentences) {
        this(path, lang, text, sentences, null);
    }

    public Sentence sentence(int id) {
        return sentences.get(id);
    }

    public int size() {
        return sentences.size();
    }

    /** This document with the text as read and its sentences' offsets into it. */
    public Document asRead() {
        if (origin == null) {
            return this;
        }
        return new Document(path, lang, origin.original(), sentences.stream().map(origin::map).toList(), null);
    }

    /** {@code span} of this document as an offset into the text as read. */
    public Span asRead(Span span) {
        return origin == null || span == null ? span : origin.map(span);
    }
}
