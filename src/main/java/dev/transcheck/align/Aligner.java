package dev.transcheck.align;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;

/** Aligns the sentences of a source document with those of its translation. Thread-safe. */
public interface Aligner {
    Alignment align(Document source, Document translation);
}
