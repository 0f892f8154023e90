package dev.transcheck;

import dev.transcheck.text.Memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void computesOnceUnderConcurrency() throws Exception {
        Memo memo = new Memo();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> {
                    start.await();
                    return memo.get("k", () -> {
                        runs.incrementAndGet();
                        return 42;
                    });
                }));
            }
            start.countDown();
            for (Future<Integer> f : fs) {
                assertEquals(42, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, runs.get());
    }

    @Test
    void aFailureIsForgottenAndNestedKeysWork() {
        Memo memo = new Memo();
        assertThrows(IllegalArgumentException.class, () -> memo.get("bad", () -> {
            throw new IllegalArgumentException("no");
        }));
        assertEquals("ok", memo.get("bad", () -> "ok"));
        assertEquals(3, (int) memo.get("outer", () -> memo.<Integer>get("inner", () -> 1) + 2));
    }
}
