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

    // spelled out: a record's generated equals and hashCode are linked through method handles on
    // first use (ObjectMethods), which spins classes at every start (docs/performance.md, "Start-up");
    // the same comparisons and the same hash as the generated ones (31 * h + each component's hash, from 0)
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Span o)) {
            return false;
        }
        return sentence == o.sentence
                && start == o.start
                && end == o.end
                && java.util.Objects.equals(text, o.text);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Integer.hashCode(sentence);
        h = 31 * h + Integer.hashCode(start);
        h = 31 * h + Integer.hashCode(end);
        h = 31 * h + java.util.Objects.hashCode(text);
        return h;
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
