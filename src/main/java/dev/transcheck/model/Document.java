package dev.transcheck.model;

import java.util.List;

/**
 * A segmented text. {@code text} is the decoded input (without a byte-order mark) and
 * every sentence's offsets point into it.
 *
 * @param path where it came from (for reports; may be a label such as {@code "<source>"})
 * @param lang ISO 639-1 code
 */
public record Document(String path, String lang, String text, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public Sentence sentence(int id) {
        return sentences.get(id);
    }

    public int size() {
        return sentences.size();
    }
}
