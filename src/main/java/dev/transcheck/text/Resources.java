package dev.transcheck.text;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Heavy, immutable language resources (dictionaries, analyzers, transliterators, tables), loaded
 * lazily on first use and shared by every run of one {@link Transcheck}. Thread-safe.
 */
public final class Resources {
    private final Map<String, Optional<Morphology>> morphology = new ConcurrentHashMap<>();
    private final Memo shared = new Memo();

    /** The morphology dictionary of {@code lang}, or null when there is none. */
    public Morphology morphology(String lang) {
        return morphology.computeIfAbsent(lang, l -> Optional.ofNullable(Morphology.shared(l))).orElse(null);
    }

    /**
     * A resource built once and shared by all runs, keyed by {@code key} (a class literal or a
     * record). The value must be immutable or thread-safe.
     */
    public <T> T shared(Object key, Supplier<T> build) {
        return shared.get(key, build);
    }
}
