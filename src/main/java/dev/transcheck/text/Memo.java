package dev.transcheck.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values computed at most once per key, safe under concurrency: the first caller computes, callers
 * that arrive meanwhile wait for that result instead of repeating the work. A computation that
 * fails is forgotten, so a later call tries again. Computations may ask for other keys.
 */
public final class Memo {
    private final Map<Object, FutureTask<Object>> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        FutureTask<Object> task = new FutureTask<>(compute::get);
        FutureTask<Object> existing = values.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing " + key, e);
        } catch (ExecutionException e) {
            values.remove(key, existing);
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
