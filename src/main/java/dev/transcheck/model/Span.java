package dev.transcheck.model;

/**
 * A piece of one side of the text: {@code start}/{@code end} are UTF-16 offsets into the whole
 * document text (end exclusive), {@code sentence} the id of the sentence that holds it.
 */
public record Span(int sentence, int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The span of {@code [start, end)} in {@code doc}, with its text taken from the document. */
    public static Span of(Document doc, int sentence, int start, int end) {
        return new Span(sentence, start, end, doc.text().substring(start, end));
    }

    /** The span of a whole sentence. */
    public static Span ofSentence(Sentence s) {
        return new Span(s.id(), s.start(), s.end(), s.text());
    }
}
