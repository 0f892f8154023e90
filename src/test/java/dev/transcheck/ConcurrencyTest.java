package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.report.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Transcheck used from several threads at once gives the same report as a single thread. */
class ConcurrencyTest {
    @Test
    void concurrentChecksAgreeWithSequentialOnes() throws Exception {
        Path dir = Path.of("samples/zapad-2025");
        List<String[]> pairs = List.of(
                new String[] {"source.uk.txt", "uk", "translation.en.txt"},
                new String[] {"source.ru.txt", "ru", "translation.en.txt"},
                new String[] {"source.uk.txt", "uk", "translation-corrected.en.txt"},
                new String[] {"source.ru.txt", "ru", "translation-corrected.en.txt"});
        // a fresh instance per run so that the concurrent runs also race on lazy loading
        Transcheck sequential = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        List<String> expected = new ArrayList<>();
        for (String[] p : pairs) {
            expected.add(render(sequential, dir, p));
        }
        Transcheck shared = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String[] p : pairs) {
                    futures.add(pool.submit(() -> render(shared, dir, p)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % pairs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(Transcheck tc, Path dir, String[] p) throws Exception {
        String s = Files.readString(dir.resolve(p[0]));
        String t = Files.readString(dir.resolve(p[2]));
        return new JsonRenderer().render(tc.check(tc.document(p[0], p[1], s), tc.document(p[2], "en", t)));
    }
}
