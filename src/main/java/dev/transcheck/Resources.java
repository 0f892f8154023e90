package dev.transcheck;

import dev.transcheck.text.Morphology;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Heavy, immutable language resources (dictionaries, analyzers, transliterators, tables), loaded
 * lazily on first use and shared by every run of one {@link Transcheck}. Thread-safe.
 */
public final class Resources {
    private final Map<String, Optional<Morphology>> morphology = new ConcurrentHashMap<>();
    private final Map<Object, FutureTask<Object>> shared = new ConcurrentHashMap<>();

    /** The morphology dictionary of {@code lang}, or null when there is none. */
    public Morphology morphology(String lang) {
        return morphology.computeIfAbsent(lang, l -> Optional.ofNullable(Morphology.load(l))).orElse(null);
    }

    /**
     * A resource built once and shared by all runs, keyed by {@code key} (a class literal or a
     * record). The value must be immutable or thread-safe.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> build) {
        // The first caller builds; concurrent callers wait for that one build instead of repeating it.
        FutureTask<Object> task = new FutureTask<>(build::get);
        FutureTask<Object> existing = shared.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + key, e);
        } catch (ExecutionException e) {
            shared.remove(key, existing);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
