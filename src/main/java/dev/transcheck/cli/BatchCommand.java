package dev.transcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Audit;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.report.Renderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks many pairs in one run: the files of a folder paired by name, or the rows of a manifest.
 * One {@link Transcheck} (glossaries and analysers loaded once) serves every pair from a pool of
 * worker threads, one per core. Each pair gets its reports in the output folder; the run gets a
 * summary (a table on standard output, {@code summary.json}, {@code index.html}) and one exit
 * status.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Check many pairs in one run: a folder of story.uk.txt + story.en.txt files, or a manifest CSV "
                + "(columns source, translation, from, to).",
                "Writes one report per pair into the output folder plus summary.json and index.html."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER|MANIFEST.csv")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the folder for the reports (created if missing)")
    Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "each pair's report: text, json, html, csv, sarif, junit or github (default html; JSON and HTML are always written)")
    String format;

    @Mixin
    GateOptions opts = new GateOptions();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "pairs checked at once (default: the number of cores)")
    Integer jobs;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", description = "auto (on a terminal), always or never")
    String progress;

    @Option(names = {"-q", "--quiet"}, description = "print the totals line alone, not the table")
    boolean quiet;

    /** The outcome of one pair. */
    record Result(BatchPairs.Pair pair, String status, String problem, int errors, int warnings, int infos,
                  int words, double score, Map<String, String> files, Audit.Language from, Audit.Language to) {
        boolean readable() {
            return problem == null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!Renderer.FORMATS.contains(fmt)) {
            throw new Main.UsageError("unknown format '" + format + "' (expected " + String.join(", ", Renderer.FORMATS) + ")");
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 1024) {
            throw new Main.UsageError("--jobs: expected a number from 1 to 1024");
        }
        boolean bar = Progress.wanted(progress);
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new Main.UsageError(outDir + ": is not a folder (-o names the folder for the reports)");
        }
        GateOptions.Run run = opts.resolve();
        String from = opts.from != null ? opts.from.trim().toLowerCase(Locale.ROOT) : run.desk().from();
        String to = opts.to != null ? opts.to.trim().toLowerCase(Locale.ROOT) : run.desk().to();
        List<BatchPairs.Pair> pairs = BatchPairs.forInput(input, from, to).pairs();
        if (pairs.isEmpty()) {
            throw new InputException(input.toString(), "no pairs found (files named like story." + (from == null ? "uk" : from)
                    + ".txt and story." + (to == null ? "en" : to) + ".txt, or manifest rows)");
        }
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(run.glossaryPaths(), CheckCommand.glossaryCache()))
                .settings(run.settings()).build();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new InputException(outDir.toString(), "cannot create the output folder (" + e.getMessage() + ")");
        }
        Instant time = Main.now();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "transcheck-batch");
            t.setDaemon(true);
            return t;
        });
        try (Progress p = new Progress(System.err, bar, pairs.size())) {
            List<Future<Result>> futures = new ArrayList<>();
            for (BatchPairs.Pair pair : pairs) {
                futures.add(pool.submit(() -> {
                    try {
                        return one(tc, run, pair, fmt, time);
                    } finally {
                        p.step();
                    }
                }));
            }
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = cpuNanos();
        double cpuSeconds = cpu < 0 || cpuStart < 0 ? -1 : (cpu - cpuStart) / 1e9;
        return summarise(results, run.audit(null, null, time), seconds, cpuSeconds, threads);
    }

    /** Checks one pair and writes its reports; a pair that cannot be read becomes a result with its problem. */
    private Result one(Transcheck tc, GateOptions.Run run, BatchPairs.Pair pair, String fmt, Instant time) {
        if (pair.problem() != null) {
            return unreadable(pair, pair.problem());
        }
        try {
            String srcText = Inputs.read(pair.source(), opts.encoding);
            String tgtText = Inputs.read(pair.translation(), opts.encoding);
            Audit.Language fromLang = pair.from() != null ? new Audit.Language(pair.from(), pair.decidedBy())
                    : GateOptions.language(opts.from, run.desk().from(), pair.source(), srcText);
            Audit.Language toLang = pair.to() != null ? new Audit.Language(pair.to(), pair.decidedBy())
                    : GateOptions.language(opts.to, run.desk().to(), pair.translation(), tgtText);
            Document src = tc.document(pair.source().toString(), fromLang.code(), srcText);
            Document tgt = tc.document(pair.translation().toString(), toLang.code(), tgtText);
            tc.validate(src, tgt);
            Report report = tc.check(src, tgt).withAudit(run.audit(fromLang, toLang, time));
            Map<String, String> files = new LinkedHashMap<>();
            files.put("json", pair.name() + ".json");
            files.put("html", pair.name() + ".html");
            if (!files.containsKey(fmt)) {
                files.put(fmt, pair.name() + "." + extension(fmt));
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path out = outDir.resolve(e.getValue());
                Inputs.guardOutput(out, pair.source(), pair.translation());
                AtomicFiles.write(out, opts.renderer(e.getKey(), false, false).render(report));
            }
            var sm = report.summary();
            return new Result(pair, sm.passed() ? "passed" : "failed", null, sm.errors(), sm.warnings(), sm.infos(),
                    sm.words(), sm.score(), files, fromLang, toLang);
        } catch (InputException | Main.UsageError e) {
            return unreadable(pair, Main.oneLine(e.getMessage()));
        } catch (IOException e) {
            return unreadable(pair, outDir + ": cannot write the report (" + Main.oneLine(e.getMessage()) + ")");
        } catch (RuntimeException e) {
            return unreadable(pair, "internal error: " + Main.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static Result unreadable(BatchPairs.Pair pair, String problem) {
        return new Result(pair, "unreadable", problem, 0, 0, 0, 0, 0, Map.of(), null, null);
    }

    /** CPU time used by this process so far, in nanoseconds, or -1 where the JVM does not tell. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The file extension of a format's report. */
    static String extension(String fmt) {
        return switch (fmt) {
            case "text" -> "txt";
            case "sarif" -> "sarif.json";
            case "junit" -> "junit.xml";
            case "github" -> "github.txt";
            default -> fmt;
        };
    }

    /**
     * Writes summary.json and index.html, prints the table and returns the run's exit status: 2 when
     * no pair could be read, 1 when a pair failed its gate or could not be read, else 0. An
     * unreadable pair fails the run: a gate must not pass a day's output it could not check.
     */
    private int summarise(List<Result> results, Audit audit, double seconds, double cpuSeconds, int threads) throws InputException {
        List<Result> sorted = new ArrayList<>(results);
        // the worst first: unreadable pairs, then by score, then by errors, then by name
        sorted.sort(Comparator.comparing((Result r) -> r.readable() ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(Result::score).reversed())
                .thenComparing(Comparator.comparingInt(Result::errors).reversed())
                .thenComparing(r -> r.pair().name()));
        int readable = 0;
        int passed = 0;
        long words = 0;
        for (Result r : results) {
            readable += r.readable() ? 1 : 0;
            passed += "passed".equals(r.status()) ? 1 : 0;
            words += r.words();
        }
        int failed = readable - passed;
        int unreadable = results.size() - readable;
        boolean ok = readable > 0 && passed == results.size();
        double docsPerSecond = seconds > 0 ? readable / seconds : 0;
        double wordsPerSecond = seconds > 0 ? words / seconds : 0;

        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "transcheck-batch/1");
        root.put("passed", ok);
        ObjectNode totals = root.putObject("totals");
        totals.put("pairs", results.size());
        totals.put("passed", passed);
        totals.put("failed", failed);
        totals.put("unreadable", unreadable);
        totals.put("words", words);
        totals.put("seconds", Math.round(seconds * 1000) / 1000.0);
        totals.put("documentsPerSecond", Math.round(docsPerSecond * 100) / 100.0);
        totals.put("wordsPerSecond", Math.round(wordsPerSecond));
        totals.put("threads", threads);
        // CPU time of the whole process while checking (all threads, GC and JIT included): on a
        // shared machine the wall-clock rate says more about the neighbours than about transcheck
        totals.put("cpuSeconds", cpuSeconds < 0 ? null : Math.round(cpuSeconds * 1000) / 1000.0);
        totals.put("documentsPerCpuSecond", cpuSeconds <= 0 ? null : Math.round(readable / cpuSeconds * 100) / 100.0);
        totals.put("wordsPerCpuSecond", cpuSeconds <= 0 ? null : Math.round(words / cpuSeconds));
        ObjectNode a = root.putObject("audit");
        a.put("version", audit.version());
        a.put("time", audit.timeText());
        a.put("gate", audit.gate().describe());
        a.put("glossariesSha256", audit.glossaryHash());
        ArrayNode gl = a.putArray("glossaries");
        audit.glossaries().forEach(g -> gl.addObject().put("path", g.path()).put("sha256", g.sha256()));
        a.put("config", audit.config());
        ArrayNode dis = a.putArray("disabled");
        audit.disabled().forEach(dis::add);
        ObjectNode sev = a.putObject("severity");
        audit.severities().forEach((k, v) -> sev.put(k, v.word()));
        ArrayNode arr = root.putArray("pairs");
        for (Result r : sorted) {
            ObjectNode o = arr.addObject();
            o.put("name", r.pair().name());
            o.put("source", r.pair().source() == null ? null : r.pair().source().toString());
            o.put("translation", r.pair().translation() == null ? null : r.pair().translation().toString());
            o.put("from", r.from() == null ? r.pair().from() : r.from().code());
            o.put("to", r.to() == null ? r.pair().to() : r.to().code());
            o.put("status", r.status());
            o.put("problem", r.problem());
            o.put("errors", r.errors());
            o.put("warnings", r.warnings());
            o.put("infos", r.infos());
            o.put("words", r.words());
            o.put("score", r.score());
            ObjectNode files = o.putObject("reports");
            r.files().forEach(files::put);
        }
        try {
            AtomicFiles.write(outDir.resolve("summary.json"), MAPPER.writeValueAsString(root) + "\n");
            AtomicFiles.write(outDir.resolve("index.html"), index(sorted, audit, root.get("totals")));
        } catch (IOException e) {
            throw new InputException(outDir.toString(), "cannot write the summary (" + Main.oneLine(e.getMessage()) + ")");
        }

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!quiet) {
            out.println(String.format(Locale.ROOT, "%-10s %6s %8s %6s %8s %7s  %s", "verdict", "errors", "warnings", "infos",
                    "score", "words", "pair"));
            for (Result r : sorted) {
                if (r.readable()) {
                    out.println(String.format(Locale.ROOT, "%-10s %6d %8d %6d %8.2f %7d  %s", r.status().toUpperCase(Locale.ROOT),
                            r.errors(), r.warnings(), r.infos(), r.score(), r.words(), r.pair().name()));
                } else {
                    out.println(String.format(Locale.ROOT, "%-10s %6s %8s %6s %8s %7s  %s: %s", "UNREADABLE", "-", "-", "-", "-", "-",
                            r.pair().name(), r.problem()));
                }
            }
        }
        out.println(String.format(Locale.ROOT, "%s: %d pairs, %d passed, %d failed, %d unreadable; %d words in %.1f s "
                        + "(%.2f documents/s, %.0f words/s, %d threads); gate: %s; reports in %s",
                ok ? "PASSED" : "FAILED", results.size(), passed, failed, unreadable, words, seconds, docsPerSecond,
                wordsPerSecond, threads, audit.gate().describe(), outDir));
        if (readable == 0) {
            System.err.println("transcheck: no pair could be read; see " + outDir.resolve("summary.json"));
            return Main.BAD_INPUT;
        }
        return ok ? Main.OK : Main.FINDINGS;
    }

    /** The summary page: every pair, worst first, linking its HTML report. */
    private static String index(List<Result> sorted, Audit audit, com.fasterxml.jackson.databind.JsonNode totals) {
        StringBuilder sb = new StringBuilder();
        boolean ok = totals.get("passed").asInt() == totals.get("pairs").asInt();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>transcheck batch: ").append(ok ? "PASSED" : "FAILED").append("</title>\n<style>\n")
                .append("body { margin: 0; padding: .8rem 1rem; font: 15px/1.5 system-ui, sans-serif; color: #1d1d1d; }\n")
                .append("table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }\n")
                .append("td.n { text-align: right; font-variant-numeric: tabular-nums; } .failed, .unreadable { color: #c62828; font-weight: 600; }\n")
                .append(".passed { color: #2e7d32; font-weight: 600; } .muted { color: #666; font-size: .9rem; }\n")
                .append("td.name { overflow-wrap: anywhere; } .wrap { overflow-x: auto; }\n")
                .append("@media (max-width: 600px) { th.opt, td.opt { display: none; } }\n</style>\n</head>\n<body>\n")
                .append("<h1>transcheck batch: <span class=\"").append(ok ? "passed" : "failed").append("\">")
                .append(ok ? "PASSED" : "FAILED").append("</span> <span class=\"muted\">(gate: ")
                .append(esc(audit.gate().describe())).append(")</span></h1>\n")
                .append("<p>").append(totals.get("pairs").asInt()).append(" pairs: ").append(totals.get("passed").asInt())
                .append(" passed, ").append(totals.get("failed").asInt()).append(" failed, ")
                .append(totals.get("unreadable").asInt()).append(" unreadable; ").append(totals.get("words").asLong())
                .append(" source words. Worst first (by score).</p>\n")
                .append("<p class=\"muted\">transcheck ").append(esc(audit.version())).append(", checked ")
                .append(esc(audit.timeText())).append("; glossaries sha256 <code>").append(esc(audit.glossaryHash()))
                .append("</code> (").append(audit.glossaries().size()).append(" files)</p>\n")
                .append("<div class=\"wrap\"><table>\n<thead><tr><th>verdict</th><th>pair</th><th class=\"n\">score</th>")
                .append("<th class=\"n\">errors</th><th class=\"n opt\">warnings</th><th class=\"n opt\">infos</th>")
                .append("<th class=\"n opt\">words</th></tr></thead>\n<tbody>\n");
        for (Result r : sorted) {
            sb.append("<tr class=\"").append(r.status()).append("\"><td class=\"").append(r.status()).append("\">")
                    .append(r.status()).append("</td><td class=\"name\">");
            if (r.readable()) {
                sb.append("<a href=\"").append(esc(urlPart(r.files().get("html")))).append("\">").append(esc(r.pair().name()))
                        .append("</a>");
                for (Map.Entry<String, String> e : r.files().entrySet()) {
                    if (!"html".equals(e.getKey())) {
                        sb.append(" <a class=\"muted\" href=\"").append(esc(urlPart(e.getValue()))).append("\">")
                                .append(esc(e.getKey())).append("</a>");
                    }
                }
            } else {
                sb.append(esc(r.pair().name())).append("<br><span class=\"muted\">").append(esc(r.problem())).append("</span>");
            }
            sb.append("</td>");
            if (r.readable()) {
                sb.append(String.format(Locale.ROOT, "<td class=\"n\">%.2f</td><td class=\"n\">%d</td><td class=\"n opt\">%d</td>"
                        + "<td class=\"n opt\">%d</td><td class=\"n opt\">%d</td>", r.score(), r.errors(), r.warnings(), r.infos(), r.words()));
            } else {
                sb.append("<td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n opt\">-</td><td class=\"n opt\">-</td><td class=\"n opt\">-</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** A file name as a relative URL: every character outside letters, digits and {@code .-_} percent-encoded. */
    private static String urlPart(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
