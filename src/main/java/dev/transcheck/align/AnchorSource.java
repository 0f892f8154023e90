package dev.transcheck.align;

import dev.transcheck.model.Document;

/**
 * Finds anchors shared by a source document and its translation (numbers, names, identical
 * tokens, punctuation; later glossary terms). Implementations must be thread-safe.
 */
public interface AnchorSource {
    AnchorSet anchors(Document source, Document translation);

    /** This source followed by {@code other}: the anchors of both, sentence by sentence. */
    default AnchorSource and(AnchorSource other) {
        AnchorSource self = this;
        return (s, t) -> self.anchors(s, t).plus(other.anchors(s, t));
    }
}
