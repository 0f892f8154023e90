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
 *     xliff12 xliff2 tmx po docx manifest, and FuzzTest's properties text markdown html segmenter
 *     aligner check config accept; default all)</pre>
 *
 * <p>For the property targets ({@link PropertyTargets}) every tenth input is also probed for
 * super-linear cost: the input with its texts repeated must not cost much more than that many
 * times as much ({@link #probe}); a confirmed case counts as a failure and is kept as
 * {@code superlinear-<hash>.case}.
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
            Iterator<byte[]> inputs = t.inputs().sampleStream().iterator();
            if (t instanceof PropertyTargets.Prop) {
                PropertyTargets.tc(); // the glossaries load once, before the clock starts
            }
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
                if (kind == null && t instanceof PropertyTargets.Prop p && n % PROBE_EVERY == 0) {
                    String grows;
                    try {
                        grows = probe(p, dir, in, took);
                    } catch (Exception | Error e) {
                        grows = "the input repeated failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                                + where(e);
                    }
                    if (grows != null) {
                        failed++;
                        save(save, t, "superlinear", in);
                        kinds.merge("super-linear cost", 1, Integer::sum);
                        System.out.println("[" + name + "] SUPER-LINEAR " + grows + " (kept)");
                    }
                }
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

    /** Every so many inputs of a property target, the cost of the input repeated is compared with its own. */
    static final int PROBE_EVERY = 10;

    /**
     * A probe of how the cost grows: the case with every text repeated {@code k} times (the target's
     * {@link PropertyTargets.Prop#probeFactor}) should cost about k times as much. When it costs more
     * than 3k times the single input and over half a second (noise on a loaded machine is far
     * below), both are timed again and the smaller times compared, and the case repeated 2k times
     * must cost over 2.6 times the k-fold one; a confirmed excess is reported.
     * Returns a description of a super-linear case, or null.
     */
    private static String probe(PropertyTargets.Prop p, Path dir, byte[] in, long took) throws Exception {
        PropertyTargets.Case c = PropertyTargets.Case.parse(in);
        int k = p.probeFactor();
        byte[] big = c.repeated(k).format(p.name());
        long tBig = timed(p, dir, big);
        if (tBig < 500_000_000L || tBig < 3L * k * Math.max(took, 1_000_000L)) {
            return null;
        }
        long tSmall = timed(p, dir, in);
        tBig = Math.min(tBig, timed(p, dir, big));
        if (tBig < 500_000_000L || tBig < 3L * k * Math.max(tSmall, 1_000_000L)) {
            return null;
        }
        // a cost that jumps once and then grows linearly (a fixed cost past a limit, a dynamic programme
        // that is exact up to a bounded size and banded beyond) is no super-linear case: the growth
        // must go on from k to 2k repetitions (about 4 times the time when quadratic, 2 when linear)
        long tDouble = timed(p, dir, c.repeated(2 * k).format(p.name()));
        if (tDouble < 2.6 * tBig) {
            return null;
        }
        return String.format("%d chars: %.3f CPU-s, repeated %d times: %.3f CPU-s (%.0f times), %d times: %.3f CPU-s", in.length,
                tSmall / 1e9, k, tBig / 1e9, (double) tBig / Math.max(tSmall, 1), 2 * k, tDouble / 1e9);
    }

    /**
     * The CPU time (of the whole process, nanoseconds) one input takes; a failure, or more than three
     * times the usual bound of the work's CPU time (see {@link Inputs#within}), is thrown. CPU time,
     * not wall time: at the lowest priority on a machine loaded by others a run is starved for
     * seconds at a time, and wall times made linear inputs look super-linear (a 40 KB text and a 4 KB HTML page, session 12: linear when re-timed alone).
     */
    private static long timed(PropertyTargets.Prop p, Path dir, byte[] in) throws Exception {
        long t0 = cpuNow();
        java.io.PrintStream realOut = System.out;
        java.io.PrintStream realErr = System.err;
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        try {
            System.setOut(sink);
            System.setErr(sink);
            FuzzTargets.run(p, dir, in, ReaderFuzzTest.SECONDS * 3);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return cpuNow() - t0;
    }

    private static long cpuNow() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
