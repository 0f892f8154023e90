package dev.transcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once on loopback: every request answered 200 with its own report. Each request
 * carries a unique story number in both texts and must get back a report whose first sentences
 * hold that number and whose last sentences are those of the article it sent.
 *
 * <p>The unit suite sends 400 requests; the documented load run (docs/performance.md) is
 * {@code mvn -q -o test -Dtest=ServerLoadTest -Dtranscheck.load.requests=5000}.
 */
class ServerLoadTest {
    static final int CLIENTS = Integer.getInteger("transcheck.load.clients", 16);
    static final int REQUESTS = Integer.getInteger("transcheck.load.requests", 400);

    record Article(String name, String from, String to, String source, String translation, String lastSource, String lastTranslation) {
    }

    /** The zapad sample in three pairs and the lab corpus's articles (uk-en, ru-en, en-uk), of mixed sizes. */
    static List<Article> articles(ServerFixture s) throws Exception {
        List<String[]> candidates = new ArrayList<>();
        Path z = ServerFixture.SAMPLE;
        candidates.add(new String[] {"zapad uk-en", "uk", "en", z.resolve("source.uk.txt").toString(), z.resolve("translation.en.txt").toString()});
        candidates.add(new String[] {"zapad ru-en", "ru", "en", z.resolve("source.ru.txt").toString(), z.resolve("translation.en.txt").toString()});
        candidates.add(new String[] {"zapad uk-en corrected", "uk", "en", z.resolve("source.uk.txt").toString(),
                z.resolve("translation-corrected.en.txt").toString()});
        Path corpus = Path.of("lab/corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                List<Path> en = files.filter(p -> p.getFileName().toString().endsWith(".en.txt")).sorted().toList();
                String[][] dirs = {{"uk", "en"}, {"ru", "en"}, {"en", "uk"}};
                for (int i = 0; i < en.size() && candidates.size() < 24; i += 3) {
                    String[] d = dirs[candidates.size() % 3];
                    Path base = en.get(i).resolveSibling(en.get(i).getFileName().toString().replace(".en.txt", ""));
                    Path a = Path.of(base + "." + d[0] + ".txt");
                    Path b = Path.of(base + "." + d[1] + ".txt");
                    if (Files.exists(a) && Files.exists(b)) {
                        candidates.add(new String[] {base.getFileName() + " " + d[0] + "-" + d[1], d[0], d[1], a.toString(), b.toString()});
                    }
                }
            }
        }
        List<Article> out = new ArrayList<>();
        for (String[] c : candidates) {
            String src = Files.readString(Path.of(c[3]), StandardCharsets.UTF_8);
            String tgt = Files.readString(Path.of(c[4]), StandardCharsets.UTF_8);
            ObjectNode req = ServerFixture.pair(src, tgt).put("from", c[1]).put("to", c[2]);
            HttpResponse<String> r = s.postJson("/api/v1/check", req);
            if (r.statusCode() != 200) {
                continue; // a pair the gate refuses is not a load article
            }
            JsonNode rep = ServerFixture.parse(r);
            out.add(new Article(c[0], c[1], c[2], src, tgt, last(rep.get("source")), last(rep.get("translation"))));
        }
        return out;
    }

    static String last(JsonNode doc) {
        JsonNode s = doc.get("sentences");
        return s.get(s.size() - 1).get("text").asText();
    }

    static String marker(String lang, int n) {
        return switch (lang) {
            case "uk" -> "Матеріал номер " + n + ".";
            case "ru" -> "Материал номер " + n + ".";
            default -> "Story number " + n + ".";
        };
    }

    @Test
    void sixteenClientsEachGetTheirOwnReport() throws Exception {
        try (ServerFixture s = new ServerFixture(List.of(Path.of("glossaries")), null,
                ServerFixture.limits(null, 2048, 120, Math.max(1, Runtime.getRuntime().availableProcessors()), 64))) {
            List<Article> pool = articles(s);
            assertTrue(pool.size() >= 3, "articles: " + pool.size());
            long[] nanos = new long[REQUESTS];
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                        Article a = pool.get(i % pool.size());
                        int n = 100_000 + i;
                        ObjectNode req = ServerFixture.pair(marker(a.from(), n) + "\n\n" + a.source(),
                                marker(a.to(), n) + "\n\n" + a.translation()).put("from", a.from()).put("to", a.to());
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = s.postJson("/api/v1/check", req);
                            nanos[i] = System.nanoTime() - start;
                            if (r.statusCode() != 200) {
                                failures.add(i + ": status " + r.statusCode() + " " + r.body());
                                continue;
                            }
                            JsonNode rep = ServerFixture.parse(r);
                            String first = rep.get("source").get("sentences").get(0).get("text").asText();
                            String firstT = rep.get("translation").get("sentences").get(0).get("text").asText();
                            if (!first.contains(String.valueOf(n)) || !firstT.contains(String.valueOf(n))
                                    || !last(rep.get("source")).equals(a.lastSource())
                                    || !last(rep.get("translation")).equals(a.lastTranslation())) {
                                failures.add(i + ": another request's report (" + a.name() + ", " + first + ")");
                            }
                        } catch (Exception e) {
                            nanos[i] = System.nanoTime() - start;
                            failures.add(i + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            clients.shutdown();
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            String line = String.format(Locale.ROOT,
                    "load: %d requests, %d clients, %d articles (%d to %d characters), %d workers: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms, %.1f requests/s, %d failed",
                    REQUESTS, CLIENTS, pool.size(), pool.stream().mapToInt(a -> a.source().length()).min().orElse(0),
                    pool.stream().mapToInt(a -> a.source().length()).max().orElse(0), Runtime.getRuntime().availableProcessors(),
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6, REQUESTS / seconds, failures.size());
            System.out.println(line);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/serve-load.txt"), line + "\n");
            assertEquals(List.of(), failures.size() > 20 ? failures.subList(0, 20) : failures);
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("transcheck_overload_rejections_total 0"), "no request refused");
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
