package dev.transcheck.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A long fuzzing run by the clock (jqwik counts tries, not minutes): for each target of
 * {@link FuzzTargets}, inputs drawn from the same generators as {@link ReaderFuzzTest} go through
 * the same invariants for the given minutes. A failing input is kept under the save folder
 * ({@code crash-<hash><ext>}, to be fixed and added to the corpus) and the run goes on; at the
 * end one line per target gives the inputs tried, how many were read and refused, the failures
 * and the slowest input. Exit status 1 when anything failed.
 *
 * <pre>lab/fuzz [--minutes 10] [--save DIR] [TARGET...]   (targets: glossary-csv glossary-desk tbx
 *     xliff12 xliff2 tmx po docx manifest; default all)</pre>
 */
public final class LongRun {
    private LongRun() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = 10;
        String save = "target/fuzz-found";
        List<String> targets = new ArrayList<>();
        boolean refusals = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(args[++i]);
                case "--save" -> save = args[++i];
                case "--refusals" -> refusals = true;
                case "-h", "--help" -> {
                    System.out.println("lab/fuzz [--minutes 10] [--save DIR] [TARGET...]; targets: "
                            + FuzzTargets.ALL.stream().map(FuzzTargets.Target::name).toList());
                    return;
                }
                default -> targets.add(args[i]);
            }
        }
        if (targets.isEmpty()) {
            FuzzTargets.ALL.forEach(t -> targets.add(t.name()));
        }
        System.setProperty("transcheck.fuzz.save", save);
        Path dir = Files.createTempDirectory("transcheck-longrun");
        FuzzTargets.manifestFiles(dir);
        // anything a reader prints (a library writing to the console) is a defect: the CLI's output is a report
        java.io.PrintStream realOut = System.out;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        java.io.PrintStream catcher = new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8);
        int failedTargets = 0;
        List<String> summary = new ArrayList<>();
        for (String name : targets) {
            FuzzTargets.Target t = FuzzTargets.named(name);
            Iterator<byte[]> inputs = ReaderInputs.forTarget(name).sampleStream().iterator();
            long start = System.nanoTime();
            long end = start + (long) (minutes * 60e9);
            long n = 0;
            long read = 0;
            long refused = 0;
            long failed = 0;
            long slowest = 0;
            long bytes = 0;
            Map<String, Integer> kinds = new LinkedHashMap<>();
            FuzzTargets.REFUSALS.clear();
            while (System.nanoTime() < end) {
                byte[] in = inputs.next();
                n++;
                bytes += in.length;
                long t0 = System.nanoTime();
                java.io.PrintStream realErr = System.err;
                System.setOut(catcher);
                System.setErr(catcher);
                String kind = null;
                try {
                    if (FuzzTargets.run(t, dir, in, ReaderFuzzTest.SECONDS)) {
                        read++;
                    } else {
                        refused++;
                    }
                } catch (Exception | Error e) {
                    kind = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + where(e);
                } finally {
                    System.setOut(realOut);
                    System.setErr(realErr);
                }
                if (kind == null && stray.size() > 0) {
                    kind = "printed to the console: " + firstLine(stray.toString(java.nio.charset.StandardCharsets.UTF_8));
                    save(save, t, "stray", in);
                }
                stray.reset();
                long took = System.nanoTime() - t0;
                if (kind == null && took > SLOW_NANOS) {
                    save(save, t, "slow", in);
                    System.out.printf("[%s] slow input: %.2f s (kept)%n", name, took / 1e9);
                }
                if (kind != null) {
                    failed++;
                    if (kinds.merge(kind, 1, Integer::sum) == 1) {
                        System.out.println("[" + name + "] FAILED " + kind);
                    }
                }
                slowest = Math.max(slowest, took);
            }
            double secs = (System.nanoTime() - start) / 1e9;
            String line = String.format("%-14s %6.1f min  %8d inputs (%6.1f/s, %.1f KB avg)  read %d  refused %d  failed %d"
                    + "  slowest %.2f s", name, secs / 60, n, n / secs, bytes / 1024.0 / Math.max(1, n), read, refused, failed,
                    slowest / 1e9);
            System.out.println(line);
            summary.add(line);
            if (refusals) {
                FuzzTargets.REFUSALS.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                        .forEach(e -> System.out.println("    refused " + e.getValue() + " x " + e.getKey()));
            }
            if (failed > 0) {
                failedTargets++;
                kinds.forEach((k, v) -> summary.add("    " + v + " x " + k));
            }
        }
        System.out.println("---- summary");
        summary.forEach(System.out::println);
        System.exit(failedTargets > 0 ? 1 : 0);
    }

    /** An input slower than this is kept for a look (a super-linear case shows first as a slow one). */
    static final long SLOW_NANOS = 5_000_000_000L;

    private static void save(String dir, FuzzTargets.Target t, String kind, byte[] input) {
        try {
            Path d = Files.createDirectories(Path.of(dir, t.name()));
            String f = t.fileName();
            Files.write(d.resolve(kind + "-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + f.substring(f.indexOf('.'))), input);
        } catch (java.io.IOException e) {
            // keeping it is a convenience
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String l = s.lines().findFirst().orElse("");
        return l.length() > 160 ? l.substring(0, 160) + "..." : l;
    }

    private static String where(Throwable e) {
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("dev.transcheck") && !el.getClassName().startsWith("dev.transcheck.fuzz")) {
                return " at " + el.getClassName() + "." + el.getMethodName() + ":" + el.getLineNumber();
            }
        }
        return "";
    }
}
