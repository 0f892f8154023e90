package dev.transcheck.server;

// Longer than 400 lines: the routes of the page and the API share the request limits, the worker
// queue, authentication and metrics; it should be split into the API, the page and the limits
// next.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.config.ServeSettings;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.Term;
import dev.transcheck.io.Excerpt;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.report.CsvRenderer;
import dev.transcheck.report.HtmlRenderer;
import dev.transcheck.report.Renderer;
import dev.transcheck.report.JsonRenderer;
import dev.transcheck.text.Languages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code transcheck serve}: the web page and the HTTP API on one Javalin (Jetty) server. One
 * {@link Engine} holds the loaded glossary and language resources for every request; checks run on
 * a fixed pool of workers behind a bounded queue, each under a time limit. See docs/SERVER.md.
 */
public final class Server implements AutoCloseable {
    /** Everything the server needs, resolved by the command line from its options and the desk config. */
    public record Options(String host, int port, List<Path> glossaries, Settings settings, Path acceptFile,
                          ServeSettings limits) {
    }

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEB = "/dev/transcheck/server/web/";
    /** The API's paths, the only route labels of the metrics besides "unmatched". */
    private static final Set<String> ROUTES = Set.of("/api/v1/check", "/api/v1/batch", "/api/v1/accept", "/api/v1/checks",
            "/api/v1/glossary", "/ui/check", "/ui/detect", "/ui/config");
    /** The most pairs one batch request may hold. */
    static final int MAX_BATCH = 50;

    private final Options options;
    private final Engine engine;
    private final Map<String, String> tokens;
    private final Metrics metrics = new Metrics();
    private final ThreadPoolExecutor workers;
    private final AtomicInteger running = new AtomicInteger();
    private final AcceptIds acceptIds;
    private final Javalin app;

    private Server(Options options, Engine engine, Map<String, String> tokens) {
        this.options = options;
        this.engine = engine;
        this.tokens = tokens;
        this.acceptIds = new AcceptIds(options.acceptFile());
        ServeSettings lim = options.limits();
        BlockingQueue<Runnable> queue = lim.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(lim.queue());
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(lim.workers(), lim.workers(), 0, TimeUnit.SECONDS, queue, r -> {
            Thread t = new Thread(r, "transcheck-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        long maxBytes = lim.maxRequestKb() * 1024L;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = maxBytes;
            cfg.http.generateEtags = false;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.multipartConfig.maxTotalRequestSize(maxBytes, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(maxBytes, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes), io.javalin.config.SizeUnit.BYTES);
            // request threads wait for the workers; the queue, not Jetty, refuses the excess
            QueuedThreadPool pool = new QueuedThreadPool(Math.max(32, lim.workers() + lim.queue() + 16), 4);
            pool.setName("transcheck-http");
            pool.setDaemon(true);
            cfg.jetty.threadPool = pool;
            cfg.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(), ms / 1000.0));
        });
        routes();
    }

    /** Loads the glossaries and starts listening; an unreadable glossary or token file is an {@link InputException}. */
    public static Server start(Options options) throws InputException {
        Map<String, String> tokens = options.limits().tokenFile() == null ? Map.of() : readTokens(options.limits().tokenFile());
        Engine engine = new Engine(options.glossaries(), options.settings());
        Server s = new Server(options, engine, tokens);
        try {
            s.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            s.close();
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new InputException(options.host() + ":" + options.port(), "cannot listen there (" + why + ")");
        }
        engine.watch(options.limits().reloadSeconds());
        return s;
    }

    /** Starts the server for {@code transcheck serve}, says where it listens, and returns when the process is stopped. */
    public static void serveUntilStopped(String host, int port, List<Path> glossaries, Settings settings, Path acceptFile,
                                         ServeSettings limits) throws InputException, InterruptedException {
        Server server = start(new Options(host, port, glossaries, settings, acceptFile, limits));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.println("transcheck serve: listening on http://" + shown + ":" + server.port() + "/ ("
                + server.engine().current().glossary().size() + " glossary concepts"
                + (limits.tokenFile() != null ? ", bearer tokens required for /api/" : "")
                + (acceptFile != null ? ", accepting into " + acceptFile.getFileName() : "") + "); Ctrl-C stops it");
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "transcheck-serve-stop"));
        stopped.await();
    }

    /** The port listened on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    public Engine engine() {
        return engine;
    }

    /** The check workers (tests fill them to see the overload answers). */
    ThreadPoolExecutor workers() {
        return workers;
    }

    @Override
    public void close() {
        app.stop();
        workers.shutdownNow();
        engine.close();
    }

    private static String route(Context ctx) {
        String p;
        try {
            p = ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            // refused before an endpoint was matched (size, authentication, no such path)
            return ROUTES.contains(ctx.path()) ? ctx.path() : "unmatched";
        }
        return p == null || p.isEmpty() || "*".equals(p) ? "unmatched" : p;
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
        });
        app.before(ctx -> {
            String path = ctx.path();
            boolean guarded = (path.startsWith("/api/") && !path.equals("/api/v1/openapi.json")) || path.startsWith("/ui/");
            if (guarded && !tokens.isEmpty()) {
                ctx.attribute("who", identity(ctx));
            }
            if (("POST".equals(ctx.method().name()) || "PUT".equals(ctx.method().name())) && ctx.contentLength() > options.limits().maxRequestKb() * 1024L) {
                throw new ApiError(413, "the request is larger than " + options.limits().maxRequestKb() + " KiB (serve: max-request-kb)");
            }
        });
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), httpMessage(e)));
        app.exception(Exception.class, (e, ctx) -> {
            if (System.getenv("TRANSCHECK_DEBUG") != null) {
                e.printStackTrace();
            }
            error(ctx, 500, "internal error: " + Excerpt.of(String.valueOf(e.getMessage()), 200));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such page or endpoint: " + Excerpt.of(ctx.method().name() + " " + ctx.path(), 120));
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 405, "method not allowed");
            }
        });

        app.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"));
        app.get("/glossary", ctx -> resource(ctx, "glossary.html", "text/html; charset=utf-8"));
        app.get("/static/app.js", ctx -> resource(ctx, "app.js", "text/javascript; charset=utf-8"));
        app.get("/static/glossary.js", ctx -> resource(ctx, "glossary.js", "text/javascript; charset=utf-8"));
        app.get("/static/app.css", ctx -> resource(ctx, "app.css", "text/css; charset=utf-8"));
        app.get("/static/report.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(HtmlRenderer.css()));
        app.get("/static/report.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(HtmlRenderer.script()));
        app.get("/favicon.ico", ctx -> ctx.status(204));

        app.get("/healthz", this::health);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(
                running.get(), workers.getQueue().size(), engine.current().glossary().size(), engine.current().number())));
        app.get("/api/v1/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
        app.get("/api/v1/checks", this::checks);
        app.get("/api/v1/glossary", this::glossary);
        app.post("/api/v1/check", ctx -> check(ctx, false));
        app.post("/api/v1/batch", this::batch);
        app.post("/api/v1/accept", this::accept);
        app.get("/ui/config", this::uiConfig);
        app.post("/ui/check", ctx -> check(ctx, true));
        app.post("/ui/detect", this::detect);
    }

    // ---- pages and small endpoints ------------------------------------------------------------

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = Server.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new ApiError(404, "no such page: " + name);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private void health(Context ctx) {
        Engine.Generation g = engine.current();
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("glossaryConcepts", g.glossary().size());
        o.put("glossaryGeneration", g.number());
        o.put("glossaryLoaded", g.loaded().truncatedTo(ChronoUnit.SECONDS).toString());
        String err = engine.lastReloadError();
        if (err != null) {
            o.put("glossaryReloadError", Excerpt.of(err, 300));
        }
        o.put("running", running.get());
        o.put("queued", workers.getQueue().size());
        json(ctx, o);
    }

    private void checks(Context ctx) {
        ArrayNode arr = JSON.createArrayNode();
        Set<String> disabled = options.settings().disabledChecks();
        for (Check c : CheckRegistry.standard().checks()) {
            ObjectNode o = arr.addObject();
            o.put("id", c.id());
            Severity override = options.settings().severityOverrides().get(c.id());
            o.put("severity", (override != null ? override : c.severity()).word());
            o.put("category", c.category().path());
            o.put("summary", c.summary());
            o.put("enabled", !disabled.contains(c.id()));
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("checks", arr);
        json(ctx, root);
    }

    private void glossary(Context ctx) {
        String q = ctx.queryParam("q");
        int limit = 50;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Math.max(1, Math.min(500, Integer.parseInt(l.trim())));
            } catch (NumberFormatException e) {
                throw new ApiError(400, "limit: expected a whole number");
            }
        }
        Engine.Generation g = engine.current();
        String needle = q == null ? "" : fold(q.strip());
        if (needle.length() > 200) {
            throw new ApiError(400, "q: at most 200 characters");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("generation", g.number());
        root.put("loaded", g.loaded().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("concepts", g.glossary().size());
        ArrayNode files = root.putArray("files");
        for (Engine.GlossaryFile f : g.files()) {
            files.addObject().put("name", f.name()).put("concepts", f.concepts());
        }
        root.put("query", q == null ? "" : q.strip());
        ArrayNode matches = root.putArray("matches");
        int found = 0;
        for (Concept c : g.glossary().concepts()) {
            if (!needle.isEmpty() && !matches(c, needle)) {
                continue;
            }
            found++;
            if (matches.size() >= limit) {
                continue;
            }
            ObjectNode o = matches.addObject();
            o.put("id", c.id());
            o.put("type", c.type().name().toLowerCase(Locale.ROOT));
            ArrayNode terms = o.putArray("terms");
            for (Term t : c.terms()) {
                ObjectNode to = terms.addObject();
                to.put("lang", t.lang());
                to.put("form", t.form());
                to.put("status", t.status().name().toLowerCase(Locale.ROOT));
                if (t.note() != null && !t.note().isBlank()) {
                    to.put("note", t.note());
                }
                if (t.origin() != null) {
                    String origin = t.origin();
                    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
                    to.put("file", origin.substring(slash + 1));
                }
            }
        }
        root.put("found", found);
        root.put("truncated", found > matches.size());
        json(ctx, root);
    }

    private static boolean matches(Concept c, String needle) {
        if (fold(c.id()).contains(needle)) {
            return true;
        }
        for (Term t : c.terms()) {
            if (fold(t.form()).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case with the apostrophe variants made one, for search. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'');
    }

    private void uiConfig(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("auth", !tokens.isEmpty());
        o.put("accept", options.acceptFile() != null);
        o.put("acceptFile", options.acceptFile() == null ? null : options.acceptFile().getFileName().toString());
        o.put("who", (String) ctx.attribute("who"));
        ArrayNode langs = o.putArray("languages");
        for (String code : List.of("uk", "ru", "en", "be", "pl", "de", "fr", "es", "it", "pt", "cs", "sk", "bg", "sr", "hr",
                "lt", "lv", "et", "ro", "hu", "tr", "ka", "kk", "nl", "sv", "fi", "da", "no")) {
            if (Languages.isKnownCode(code)) {
                langs.add(code);
            }
        }
        json(ctx, o);
    }

    private void detect(Context ctx) {
        JsonNode body = readJson(ctx);
        ObjectNode o = JSON.createObjectNode();
        for (String side : List.of("source", "translation")) {
            JsonNode n = body.get(side);
            String text = n != null && n.isTextual() ? n.asText() : "";
            String name = body.path(side + "Name").isTextual() ? CheckRequest.label(body.get(side + "Name").asText(), "") : "";
            String lang = Languages.fromFileName(name);
            if (lang == null && !text.isBlank()) {
                lang = Languages.guess(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            }
            o.put(side, lang);
        }
        json(ctx, o);
    }

    // ---- checking -----------------------------------------------------------------------------

    private void check(Context ctx, boolean page) throws Exception {
        CheckRequest req;
        JsonNode opts;
        if (isMultipart(ctx)) {
            try {
                req = fromMultipart(ctx);
            } catch (IllegalStateException e) {
                // Jetty's multipart parser refuses a part or a request above the configured size
                throw new ApiError(413, "the upload is larger than " + options.limits().maxRequestKb() + " KiB (serve: max-request-kb)");
            }
            String o = ctx.formParam("options");
            opts = o == null || o.isBlank() ? null : parse(o.getBytes(StandardCharsets.UTF_8));
        } else {
            JsonNode body = readJson(ctx);
            req = CheckRequest.fromJson(body, "request");
            opts = body.get("options");
        }
        Settings settings = settings(opts);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").trim().toLowerCase(Locale.ROOT);
        if (!page && !Renderer.FORMATS.contains(format)) {
            throw new ApiError(400, "format: expected one of " + String.join(", ", Renderer.FORMATS));
        }
        Report report = run(() -> check(req, settings), 1);
        count(report);
        ctx.header("X-Transcheck-Passed", String.valueOf(report.summary().passed()));
        if (!page) {
            ctx.contentType(contentType(format)).result(Renderer.forFormat(format).render(report));
            return;
        }
        ObjectNode o = JSON.createObjectNode();
        o.set("report", new JsonRenderer().tree(report));
        o.put("fragment", new HtmlRenderer().fragment(report));
        o.put("html", new HtmlRenderer().render(report));
        o.put("csv", new CsvRenderer().render(report));
        json(ctx, o);
    }

    private static String contentType(String format) {
        return switch (format) {
            case "json", "sarif" -> "application/json; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "junit" -> "application/xml; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    private void batch(Context ctx) throws Exception {
        JsonNode body = readJson(ctx);
        JsonNode pairs = body.get("pairs");
        if (pairs == null || !pairs.isArray() || pairs.isEmpty()) {
            throw new ApiError(400, "expected {\"pairs\": [{\"source\": ..., \"translation\": ...}, ...]}");
        }
        if (pairs.size() > MAX_BATCH) {
            throw new ApiError(413, "a batch holds at most " + MAX_BATCH + " pairs, this one has " + pairs.size());
        }
        Settings settings = settings(body.get("options"));
        List<Object> parsed = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            try {
                parsed.add(CheckRequest.fromJson(pairs.get(i), "pairs[" + i + "]"));
            } catch (ApiError e) {
                parsed.add(e);
            }
        }
        List<Object> results = run(() -> {
            List<Object> out = new ArrayList<>();
            for (Object p : parsed) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                if (p instanceof ApiError e) {
                    out.add(e);
                    continue;
                }
                try {
                    out.add(check((CheckRequest) p, settings));
                } catch (ApiError e) {
                    out.add(e);
                }
            }
            return out;
        }, pairs.size());
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "transcheck-batch/1");
        ArrayNode arr = root.putArray("results");
        boolean passed = true;
        JsonRenderer renderer = new JsonRenderer();
        for (int i = 0; i < results.size(); i++) {
            ObjectNode o = arr.addObject();
            o.put("index", i);
            JsonNode id = pairs.get(i).get("id");
            if (id != null && (id.isTextual() || id.isNumber())) {
                o.set("id", id);
            }
            if (results.get(i) instanceof Report r) {
                count(r);
                o.put("status", 200);
                o.set("report", renderer.tree(r));
                passed &= r.summary().passed();
            } else {
                ApiError e = (ApiError) results.get(i);
                o.put("status", e.status);
                o.put("error", e.getMessage());
                passed = false;
            }
        }
        root.put("passed", passed);
        json(ctx, root);
    }

    private void count(Report r) {
        metrics.checked();
        for (Finding f : r.findings()) {
            metrics.finding(f.check());
        }
    }

    /** One pair through the current glossary generation (taken once: a reload never splits a request). */
    private Report check(CheckRequest req, Settings settings) {
        Engine.Generation g = engine.current();
        Transcheck tc = engine.with(g, settings);
        String sl = CheckRequest.resolve(req.sourceLang(), req.sourceName(), req.sourceText(), "source");
        String tl = CheckRequest.resolve(req.translationLang(), req.translationName(), req.translationText(), "translation");
        Document src = tc.document(req.sourceName(), sl, req.sourceText());
        Document tgt = tc.document(req.translationName(), tl, req.translationText());
        try {
            tc.validate(src, tgt);
        } catch (InputException e) {
            throw new ApiError(400, e.getMessage());
        }
        return tc.check(src, tgt);
    }

    /**
     * Runs {@code task} on a worker: 429 when every worker is busy and the queue is full, 503 when
     * it takes longer than the time limit ({@code units} times it for a batch).
     */
    private <T> T run(Callable<T> task, int units) throws Exception {
        Future<T> f;
        try {
            f = workers.submit(() -> {
                running.incrementAndGet();
                try {
                    return task.call();
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            metrics.rejected();
            throw new ApiError(429, "overloaded: " + options.limits().workers() + " checks running and "
                    + options.limits().queue() + " waiting; retry later");
        }
        long limit = (long) options.limits().timeoutSeconds() * Math.max(1, units);
        try {
            return f.get(limit, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            // a check still waiting gives its place in the queue back at once
            workers.remove((Runnable) f);
            metrics.timedOut();
            throw new ApiError(503, "the check took longer than " + limit + " s (serve: timeout-seconds) and was stopped");
        } catch (InterruptedException e) {
            f.cancel(true);
            workers.remove((Runnable) f);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ApiError ae) {
                throw ae;
            }
            if (c instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(c);
        }
    }

    /** The desk's settings with a request's {@code options}: disable, severity, failOn, maxScore. */
    private Settings settings(JsonNode opts) throws InputException {
        Settings s = options.settings().withAcceptedIds(acceptIds.current());
        if (opts == null || opts.isNull()) {
            return s;
        }
        if (!opts.isObject()) {
            throw new ApiError(400, "options: expected an object");
        }
        Set<String> known = new LinkedHashSet<>();
        CheckRegistry.standard().checks().forEach(c -> known.add(c.id()));
        for (var it = opts.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("disable", "severity", "failOn", "maxScore").contains(k)) {
                throw new ApiError(400, "options: unknown key '" + Excerpt.of(k) + "' (known: disable, severity, failOn, maxScore)");
            }
        }
        JsonNode d = opts.get("disable");
        if (d != null && !d.isNull()) {
            if (!d.isArray()) {
                throw new ApiError(400, "options.disable: expected a list of check ids");
            }
            Set<String> disabled = new LinkedHashSet<>(s.disabledChecks());
            for (JsonNode n : d) {
                disabled.add(knownCheck(n, known, "options.disable"));
            }
            s = s.withDisabledChecks(disabled);
        }
        JsonNode sev = opts.get("severity");
        if (sev != null && !sev.isNull()) {
            if (!sev.isObject()) {
                throw new ApiError(400, "options.severity: expected an object of check id to error, warning or info");
            }
            Map<String, Severity> over = new LinkedHashMap<>(s.severityOverrides());
            for (var it = sev.fields(); it.hasNext(); ) {
                var e = it.next();
                String id = knownCheck(JSON.getNodeFactory().textNode(e.getKey()), known, "options.severity");
                try {
                    over.put(id, Severity.parse(e.getValue().asText()));
                } catch (IllegalArgumentException ex) {
                    throw new ApiError(400, "options.severity." + id + ": " + ex.getMessage());
                }
            }
            s = s.withSeverityOverrides(over);
        }
        JsonNode fo = opts.get("failOn");
        if (fo != null && !fo.isNull()) {
            String w = fo.asText().trim().toLowerCase(Locale.ROOT);
            if ("never".equals(w)) {
                s = s.withFailOn(null);
            } else {
                try {
                    s = s.withFailOn(Severity.parse(w));
                } catch (IllegalArgumentException ex) {
                    throw new ApiError(400, "options.failOn: expected error, warning or never, not '" + Excerpt.of(fo.asText()) + "'");
                }
            }
        }
        JsonNode ms = opts.get("maxScore");
        if (ms != null && !ms.isNull()) {
            if (!ms.isNumber() || ms.asDouble() < 0 || Double.isNaN(ms.asDouble())) {
                throw new ApiError(400, "options.maxScore: expected a number of at least 0");
            }
            s = s.withMaxScore(ms.asDouble());
        }
        return s;
    }

    private static String knownCheck(JsonNode n, Set<String> known, String where) {
        String id = n.isTextual() ? n.asText().trim() : "";
        if (!known.contains(id)) {
            throw new ApiError(400, where + ": unknown check '" + Excerpt.of(n.isTextual() ? n.asText() : n.toString())
                    + "' (see GET /api/v1/checks)");
        }
        return id;
    }

    // ---- accepting ----------------------------------------------------------------------------

    private void accept(Context ctx) {
        if (options.acceptFile() == null) {
            throw new ApiError(409, "this server has no accept file: set accept: in transcheck.yaml");
        }
        JsonNode body = readJson(ctx);
        JsonNode ids = body.get("ids");
        if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > 1000) {
            throw new ApiError(400, "expected {\"ids\": [\"check:hex\", ...], \"who\": \"name\"} with 1 to 1000 ids");
        }
        String who = (String) ctx.attribute("who");
        if (who == null) {
            JsonNode w = body.get("who");
            who = w != null && w.isTextual() ? CheckRequest.oneLine(w.asText(), 80) : "";
            if (who.isBlank()) {
                throw new ApiError(400, "who: the name of the person accepting is required");
            }
        }
        String comment = "accepted by " + who + " at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (transcheck serve)";
        JsonNode note = body.get("note");
        if (note != null && note.isTextual() && !note.asText().isBlank()) {
            comment += ": " + CheckRequest.oneLine(note.asText(), 200);
        }
        List<String[]> lines = new ArrayList<>();
        for (JsonNode n : ids) {
            if (!n.isTextual()) {
                throw new ApiError(400, "ids: expected finding ids (strings such as name.mismatch:0123456789ab)");
            }
            lines.add(new String[] {n.asText().trim(), comment});
        }
        int added;
        try {
            added = AcceptFile.append(options.acceptFile(), lines);
        } catch (InputException e) {
            throw new ApiError(e.getMessage().contains("is not a finding id") ? 400 : 500,
                    e.getMessage().replace(options.acceptFile().toString(), options.acceptFile().getFileName().toString()));
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("added", added);
        o.put("who", who);
        o.put("file", options.acceptFile().getFileName().toString());
        json(ctx, o);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String identity(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"transcheck\"");
            throw new ApiError(401, "authentication required: send Authorization: Bearer TOKEN");
        }
        byte[] given = h.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        String who = null;
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            // compare every token in constant time, and all of them, so timing tells nothing
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                who = e.getValue();
            }
        }
        if (who == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"transcheck\", error=\"invalid_token\"");
            throw new ApiError(401, "the bearer token is not valid");
        }
        return who;
    }

    /** {@code TOKEN NAME} per line; {@code #} starts a comment. A token has at least 16 characters. */
    static Map<String, String> readTokens(Path file) throws InputException {
        String text;
        try {
            text = dev.transcheck.io.TextReader.readSettings(file, "UTF-8");
        } catch (UncheckedIOException e) {
            throw new InputException(file.toString(), "cannot be read");
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("\\s+", 2);
            if (parts[0].length() < 16) {
                // never quote the line: it holds a secret
                throw new InputException(file.toString(), i + 1, "a token must have at least 16 characters");
            }
            String name = parts.length > 1 ? CheckRequest.oneLine(parts[1], 80) : "";
            out.put(parts[0], name.isEmpty() ? "token " + (out.size() + 1) : name);
        }
        if (out.isEmpty()) {
            throw new InputException(file.toString(), "holds no token (one TOKEN NAME per line)");
        }
        return out;
    }

    private static boolean isMultipart(Context ctx) {
        String t = ctx.contentType();
        return t != null && t.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private CheckRequest fromMultipart(Context ctx) {
        String[] names = new String[2];
        String[] texts = new String[2];
        String[] sides = {"source", "translation"};
        for (int i = 0; i < 2; i++) {
            UploadedFile f = ctx.uploadedFile(sides[i]);
            if (f != null) {
                names[i] = CheckRequest.label(f.filename(), sides[i]);
                byte[] bytes;
                try (InputStream in = f.content()) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new ApiError(400, sides[i] + ": the upload could not be read");
                }
                texts[i] = CheckRequest.article(names[i], CheckRequest.decode(names[i], bytes));
            } else {
                String v = ctx.formParam(sides[i]);
                if (v == null || v.isBlank()) {
                    throw new ApiError(400, "multipart: a file or field named '" + sides[i] + "' is required");
                }
                names[i] = CheckRequest.label(ctx.formParam(sides[i] + "Name"), sides[i]);
                texts[i] = CheckRequest.article(names[i], v);
            }
            if (texts[i].isBlank()) {
                throw new ApiError(400, names[i] + ": is empty");
            }
        }
        return new CheckRequest(names[0], texts[0], CheckRequest.lang(ctx.formParam("from"), "from"),
                names[1], texts[1], CheckRequest.lang(ctx.formParam("to"), "to"));
    }

    private JsonNode readJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "expected Content-Type: application/json" + (ctx.path().endsWith("/check")
                    ? " (or multipart/form-data with files named source and translation)" : ""));
        }
        return parse(body(ctx));
    }

    /** The body, read to at most max-request-kb (a body sent without a length cannot pass it either). */
    private byte[] body(Context ctx) {
        long max = options.limits().maxRequestKb() * 1024L;
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ApiError(413, "the request is larger than " + max / 1024 + " KiB (serve: max-request-kb)");
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, "the request body could not be read");
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new ApiError(400, "expected a JSON object");
            }
            return n;
        } catch (IOException e) {
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage();
            throw new ApiError(400, "not valid JSON: " + Excerpt.of(String.valueOf(m).lines().findFirst().orElse(""), 160));
        }
    }

    private static String httpMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request is too large";
            case 400 -> "bad request: " + Excerpt.of(String.valueOf(e.getMessage()), 160);
            default -> Excerpt.of(String.valueOf(e.getMessage()), 160);
        };
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        ctx.status(status);
        if (status == 429 || status == 503) {
            ctx.header("Retry-After", "1");
        }
        json(ctx, o);
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(node) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The desk's accepted ids, re-read when the accept file changes. */
    private static final class AcceptIds {
        private final Path file;
        private volatile String stamp = "";
        private volatile Set<String> ids = Set.of();

        AcceptIds(Path file) {
            this.file = file;
        }

        Set<String> current() throws InputException {
            if (file == null) {
                return Set.of();
            }
            String now;
            try {
                now = Files.exists(file) ? Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis() : "none";
            } catch (IOException e) {
                now = "error";
            }
            if (!now.equals(stamp)) {
                synchronized (this) {
                    if (!now.equals(stamp)) {
                        ids = Set.copyOf(AcceptFile.readIfExists(file));
                        stamp = now;
                    }
                }
            }
            return ids;
        }
    }
}
