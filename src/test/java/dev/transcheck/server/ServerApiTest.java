package dev.transcheck.server;

import static dev.transcheck.server.ServerFixture.JSON;
import static dev.transcheck.server.ServerFixture.en;
import static dev.transcheck.server.ServerFixture.limits;
import static dev.transcheck.server.ServerFixture.pair;
import static dev.transcheck.server.ServerFixture.parse;
import static dev.transcheck.server.ServerFixture.uk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.cli.Main;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API against the real server on an ephemeral loopback port. */
class ServerApiTest {
    static ServerFixture s;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("transcheck-serve");
        s = new ServerFixture(List.of(Path.of("glossaries")), dir.resolve("desk.accept"), limits(null, 256, 60, 2, 8));
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    static JsonNode lavrov(JsonNode report) {
        for (JsonNode f : report.get("findings")) {
            if (f.path("translation").path("text").asText().contains("Lavrov") && f.get("check").asText().startsWith("name.")) {
                return f;
            }
        }
        return null;
    }

    @Test
    void checkAnswersTheReportOfTheCommandLineExactly() throws Exception {
        ObjectNode req = pair(uk(), en());
        req.put("sourceName", "source.uk.txt");
        req.put("translationName", "translation.en.txt");
        HttpResponse<String> r = s.postJson("/api/v1/check", req);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("false", r.headers().firstValue("X-Transcheck-Passed").orElse(""));

        Path out = dir.resolve("cli.json");
        int status = Main.run("check", "samples/zapad-2025/source.uk.txt", "samples/zapad-2025/translation.en.txt",
                "--no-config", "--format", "json", "-o", out.toString());
        assertEquals(1, status);
        ObjectNode cli = (ObjectNode) JSON.readTree(Files.readString(out));
        ((ObjectNode) cli.get("source")).put("path", "source.uk.txt");
        ((ObjectNode) cli.get("translation")).put("path", "translation.en.txt");
        assertEquals(cli, parse(r));
        assertEquals("transcheck-report/1", parse(r).get("schema").asText());
        assertNotNull(lavrov(parse(r)), "the Lavrov finding");

        HttpResponse<String> csv = s.postJson("/api/v1/check?format=csv", req);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,check,severity"), csv.body());
        assertTrue(csv.body().contains("Lavrov"));
        assertEquals(400, s.postJson("/api/v1/check?format=pdf", req).statusCode());
    }

    @Test
    void languagesComeFromTheRequestTheNameOrTheText() throws Exception {
        JsonNode detected = parse(s.postJson("/api/v1/check", pair(uk(), en())));
        assertEquals("uk", detected.get("source").get("lang").asText());
        assertEquals("en", detected.get("translation").get("lang").asText());
        assertEquals("source", detected.get("source").get("path").asText());

        ObjectNode wrong = pair(uk(), en());
        wrong.put("from", "ru");
        HttpResponse<String> r = s.postJson("/api/v1/check", wrong);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(parse(r).get("error").asText().contains("source"), r.body());

        ObjectNode unknown = pair(uk(), en());
        unknown.put("to", "xx-klingon");
        r = s.postJson("/api/v1/check", unknown);
        assertEquals(400, r.statusCode());
        assertTrue(parse(r).get("error").asText().contains("unknown language"), r.body());
    }

    @Test
    void pairsTheGateRefusesAreBadInput() throws Exception {
        HttpResponse<String> same = s.postJson("/api/v1/check", pair(en(), en()));
        assertEquals(400, same.statusCode(), same.body());
        assertTrue(parse(same).has("error"));
        HttpResponse<String> missing = s.post("/api/v1/check", "application/json", "{\"source\": \"Текст.\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(parse(missing).get("error").asText().contains("translation"));
        HttpResponse<String> notJson = s.post("/api/v1/check", "application/json", "{\"source\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(parse(notJson).get("error").asText().startsWith("not valid JSON"));
        HttpResponse<String> text = s.post("/api/v1/check", "text/plain", "source and translation");
        assertEquals(415, text.statusCode());
        assertTrue(parse(text).get("error").asText().contains("application/json"));
    }

    @Test
    void tooLargeIs413AndNothingIsChecked() throws Exception {
        String big = "Слово. ".repeat(60_000);
        HttpResponse<String> r = s.postJson("/api/v1/check", pair(big, en()));
        assertEquals(413, r.statusCode(), r.body() + r.headers());
        assertTrue(parse(r).get("error").asText().contains("KiB"));
    }

    @Test
    void optionsDisableChecksAndMoveTheGate() throws Exception {
        ObjectNode req = pair(uk(), en());
        ObjectNode opts = req.putObject("options");
        opts.putArray("disable").add("name.mismatch");
        opts.put("failOn", "never");
        HttpResponse<String> r = s.postJson("/api/v1/check", req);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rep = parse(r);
        for (JsonNode f : rep.get("findings")) {
            assertFalse(f.get("check").asText().equals("name.mismatch"));
        }
        assertTrue(rep.get("summary").get("passed").asBoolean());

        ObjectNode bad = pair(uk(), en());
        bad.putObject("options").putArray("disable").add("name.mismatchh");
        r = s.postJson("/api/v1/check", bad);
        assertEquals(400, r.statusCode());
        assertTrue(parse(r).get("error").asText().contains("unknown check 'name.mismatchh'"), r.body());
        ObjectNode badKey = pair(uk(), en());
        badKey.putObject("options").put("fail_on", "never");
        assertEquals(400, s.postJson("/api/v1/check", badKey).statusCode());
    }

    @Test
    void multipartTakesFilesAndStripsMarkdown() throws Exception {
        String boundary = "----transcheck" + System.nanoTime();
        String md = "# " + uk().replaceFirst("\n\n", "\n\n**Важливо.** ");
        StringBuilder b = new StringBuilder();
        part(b, boundary, "source", "article.uk.md", md);
        part(b, boundary, "translation", "article.en.txt", en());
        b.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> r = s.post("/api/v1/check", "multipart/form-data; boundary=" + boundary, b.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rep = parse(r);
        assertEquals("article.uk.md", rep.get("source").get("path").asText());
        assertEquals("uk", rep.get("source").get("lang").asText());
        for (JsonNode sent : rep.get("source").get("sentences")) {
            assertFalse(sent.get("text").asText().contains("**"), "markup removed: " + sent);
            assertFalse(sent.get("text").asText().startsWith("#"), "markup removed: " + sent);
        }
        assertNotNull(lavrov(rep));
    }

    private static void part(StringBuilder b, String boundary, String name, String file, String content) {
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"; filename=\"").append(file).append("\"\r\nContent-Type: text/plain\r\n\r\n")
                .append(content).append("\r\n");
    }

    @Test
    void batchAnswersEveryPairInOrder() throws Exception {
        ObjectNode req = JSON.createObjectNode();
        var pairs = req.putArray("pairs");
        pairs.add(pair(uk(), en()).put("id", "a"));
        pairs.add(pair(en(), en()).put("id", "same"));
        String corrected = Files.readString(ServerFixture.SAMPLE.resolve("translation-corrected.en.txt"));
        pairs.add(pair(uk(), corrected).put("id", 3));
        HttpResponse<String> r = s.postJson("/api/v1/batch", req);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode res = parse(r).get("results");
        assertEquals(3, res.size());
        assertEquals("a", res.get(0).get("id").asText());
        assertEquals(200, res.get(0).get("status").asInt());
        assertNotNull(lavrov(res.get(0).get("report")));
        assertEquals(400, res.get(1).get("status").asInt());
        assertTrue(res.get(1).has("error"));
        assertEquals(3, res.get(2).get("id").asInt());
        assertEquals(null, lavrov(res.get(2).get("report")));
        assertFalse(parse(r).get("passed").asBoolean());
        assertEquals(400, s.postJson("/api/v1/batch", JSON.createObjectNode()).statusCode());
    }

    @Test
    void checksGlossaryHealthAndMetrics() throws Exception {
        JsonNode checks = parse(s.get("/api/v1/checks")).get("checks");
        assertTrue(checks.size() > 5);
        assertTrue(checks.toString().contains("\"name.mismatch\""));

        JsonNode g = parse(s.get("/api/v1/glossary?q=lukashenko"));
        assertTrue(g.get("concepts").asInt() > 50);
        assertTrue(g.get("files").size() > 1);
        assertTrue(g.get("found").asInt() >= 1, g.toString());
        assertTrue(g.get("matches").get(0).toString().contains("Лукашенко"), g.toString());
        JsonNode none = parse(s.get("/api/v1/glossary?q=zzqqxxnothing"));
        assertEquals(0, none.get("found").asInt());
        assertEquals(400, s.get("/api/v1/glossary?limit=many").statusCode());

        assertEquals("ok", parse(s.get("/healthz")).get("status").asText());
        s.postJson("/api/v1/check", pair(uk(), en()));
        HttpResponse<String> m = s.get("/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(m.body().contains("transcheck_http_requests_total{method=\"POST\",route=\"/api/v1/check\",status=\"200\"}"), m.body());
        assertTrue(m.body().contains("transcheck_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/check\",le=\"+Inf\"}"));
        assertTrue(m.body().contains("transcheck_findings_total{check=\"name.mismatch\"}"), m.body());
    }

    @Test
    void openApiDocumentIsJsonAndDescribesEveryRoute() throws Exception {
        HttpResponse<String> r = s.get("/api/v1/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = parse(r);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/v1/check", "/api/v1/batch", "/api/v1/accept", "/api/v1/checks", "/api/v1/glossary",
                "/healthz", "/metrics", "/api/v1/openapi.json")) {
            assertTrue(doc.get("paths").has(p), p);
        }
        // every $ref points at something that exists
        List<String> refs = doc.findValuesAsText("$ref");
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(doc.at(ref.substring(1)).isMissingNode(), ref);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/glossary", "/static/app.js", "/static/report.js", "/static/report.css", "/api/v1/checks",
                "/healthz", "/no/such/page")) {
            HttpResponse<String> r = s.get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
        }
        HttpResponse<String> missing = s.get("/no/such/page");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(parse(missing).has("error"));
        // the page has no inline script and loads nothing from elsewhere
        String page = s.get("/").body();
        assertFalse(page.matches("(?s).*<script>.*"), "no inline script");
        assertFalse(page.contains("http://") || page.contains("https://"), "no CDN");
        assertTrue(page.contains("<script src=\"/static/app.js\""));
    }

    @Test
    void acceptWritesWhoAndWhenAndLaterChecksHonourIt() throws Exception {
        JsonNode rep = parse(s.postJson("/api/v1/check", pair(uk(), en())));
        JsonNode f = lavrov(rep);
        ObjectNode req = JSON.createObjectNode();
        req.putArray("ids").add(f.get("id").asText());
        HttpResponse<String> noName = s.postJson("/api/v1/accept", req);
        assertEquals(400, noName.statusCode());
        req.put("who", "Olena K.\n# injected");
        HttpResponse<String> r = s.postJson("/api/v1/accept", req);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, parse(r).get("added").asInt());
        String file = Files.readString(dir.resolve("desk.accept"), StandardCharsets.UTF_8);
        assertTrue(file.startsWith(f.get("id").asText() + "  # accepted by Olena K."), file);
        assertTrue(file.matches("(?s).* at 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ.*"), file);
        assertEquals(1, file.lines().count(), "one line whatever the name holds");

        JsonNode again = parse(s.postJson("/api/v1/check", pair(uk(), en())));
        assertTrue(lavrov(again).get("accepted").asBoolean());
        assertEquals("info", lavrov(again).get("severity").asText());

        ObjectNode bad = JSON.createObjectNode();
        bad.putArray("ids").add("../../etc/passwd");
        bad.put("who", "x");
        assertEquals(400, s.postJson("/api/v1/accept", bad).statusCode());
    }

    @Test
    void overloadIs429AndTheTimeLimitIs503() throws Exception {
        try (ServerFixture one = new ServerFixture(List.of(), null, limits(null, 256, 1, 1, 1))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            Future<?> blocker = one.server.workers().submit(() -> {
                started.countDown();
                release.await();
                return null;
            });
            started.await();
            // the one worker is busy: this request waits in the queue past the time limit
            var waiting = one.http.sendAsync(one.request("/api/v1/check").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(pair(uk(), en())))).build(),
                    HttpResponse.BodyHandlers.ofString());
            while (one.server.workers().getQueue().isEmpty()) {
                Thread.sleep(5);
            }
            HttpResponse<String> refused = one.postJson("/api/v1/check", pair(uk(), en()));
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(parse(refused).get("error").asText().startsWith("overloaded"));
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
            HttpResponse<String> late = waiting.get();
            assertEquals(503, late.statusCode(), late.body());
            assertTrue(parse(late).get("error").asText().contains("longer than 1 s"));
            release.countDown();
            blocker.get();
            JsonNode health = parse(one.get("/healthz"));
            assertEquals(0, health.get("queued").asInt(), "the timed-out request left the queue");
            String metrics = one.get("/metrics").body();
            assertTrue(metrics.contains("transcheck_overload_rejections_total 1"), metrics);
            assertTrue(metrics.contains("transcheck_timeouts_total 1"), metrics);
        }
    }

    @Test
    void bearerTokensGuardTheApiButNotHealth(@TempDir Path tmp) throws Exception {
        Path tokens = tmp.resolve("tokens");
        Files.writeString(tokens, "# desk tokens\n0123456789abcdef0123 night-desk\n");
        try (ServerFixture a = new ServerFixture(List.of(), tmp.resolve("a.accept"), limits(tokens, 256, 30, 1, 4))) {
            HttpResponse<String> none = a.postJson("/api/v1/check", pair(uk(), en()));
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            a.token = "0123456789abcdef0124";
            assertEquals(401, a.get("/api/v1/checks").statusCode());
            a.token = "0123456789abcdef0123";
            HttpResponse<String> ok = a.postJson("/api/v1/check", pair(uk(), en()));
            assertEquals(200, ok.statusCode(), ok.body());
            // with a token, the token's name is who accepted
            ObjectNode req = JSON.createObjectNode();
            req.putArray("ids").add(lavrov(parse(ok)).get("id").asText());
            req.put("who", "someone else");
            HttpResponse<String> acc = a.postJson("/api/v1/accept", req);
            assertEquals("night-desk", parse(acc).get("who").asText());
            assertTrue(Files.readString(tmp.resolve("a.accept")).contains("accepted by night-desk at "));
            a.token = null;
            assertEquals(200, a.get("/healthz").statusCode());
            assertEquals(200, a.get("/api/v1/openapi.json").statusCode());
            assertEquals(200, a.get("/").statusCode());
        }
        Files.writeString(tokens, "short name\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.transcheck.io.InputException.class,
                () -> Server.readTokens(tokens));
        assertFalse(e.getMessage().contains("short"), "the secret is never quoted");
    }

    @Test
    void theWatcherReloadsByItself(@TempDir Path tmp) throws Exception {
        Path g = tmp.resolve("glossary");
        Files.createDirectories(g);
        String header = "concept,type,lang,form,status,romanised_from,note,source\n";
        Files.writeString(g.resolve("people.csv"), header + "person.kovalenko,person,uk,Олена Коваленко,preferred,,,test\n");
        try (ServerFixture f = new ServerFixture(List.of(g), null, new dev.transcheck.config.ServeSettings(null, 256, 30, 1, 4, 1))) {
            Files.writeString(g.resolve("people.csv"), header + "person.kovalenko,person,uk,Олена Коваленко,preferred,,,test\n"
                    + "person.kovalenko,person,en,Olena Kovalenko,preferred,uk,,test\n");
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until && parse(f.get("/healthz")).get("glossaryGeneration").asInt() < 2) {
                Thread.sleep(200);
            }
            assertEquals(2, parse(f.get("/healthz")).get("glossaryGeneration").asInt());
            assertTrue(parse(f.get("/api/v1/glossary?q=olena")).get("matches").toString().contains("Olena Kovalenko"));
        }
    }

    @Test
    void glossaryFolderReloadsAtomicallyAndABrokenEditKeepsTheOldOne(@TempDir Path tmp) throws Exception {
        Path g = tmp.resolve("glossary");
        Files.createDirectories(g);
        String header = "concept,type,lang,form,status,romanised_from,note,source\n";
        Files.writeString(g.resolve("people.csv"), header
                + "person.kovalenko,person,uk,Олена Коваленко,preferred,,,test\n"
                + "person.kovalenko,person,en,Olena Kovalenko,preferred,uk,,test\n");
        try (ServerFixture f = new ServerFixture(List.of(g), null, limits(null, 256, 30, 1, 4))) {
            assertEquals(1, parse(f.get("/api/v1/glossary?q=kovalenko")).get("found").asInt());
            assertEquals(0, parse(f.get("/api/v1/glossary?q=shevchuk")).get("found").asInt());
            Engine.Generation before = f.server.engine().current();
            Files.writeString(g.resolve("more.csv"), header
                    + "person.shevchuk,person,uk,Тарас Шевчук,preferred,,,test\n"
                    + "person.shevchuk,person,en,Taras Shevchuk,preferred,uk,,test\n");
            assertTrue(f.server.engine().reloadIfChanged());
            assertFalse(f.server.engine().reloadIfChanged(), "nothing changed since");
            JsonNode after = parse(f.get("/api/v1/glossary?q=shevchuk"));
            assertEquals(1, after.get("found").asInt());
            assertEquals(2, after.get("generation").asInt());
            assertEquals(2, after.get("files").size());
            assertTrue(before.glossary().concept("person.shevchuk") == null, "the old generation is unchanged");

            Files.writeString(g.resolve("more.csv"), header + "person.broken,person,uk\n");
            assertFalse(f.server.engine().reloadIfChanged());
            JsonNode health = parse(f.get("/healthz"));
            assertEquals(2, health.get("glossaryGeneration").asInt());
            assertTrue(health.has("glossaryReloadError"), health.toString());
            assertEquals(1, parse(f.get("/api/v1/glossary?q=shevchuk")).get("found").asInt());
        }
    }
}
