package dev.transcheck.lab;

import dev.transcheck.lab.bench.ScaleBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lab/run bench-scale}: cost per word of each stage from 1k to 1M words (docs/performance.md). */
@Command(name = "bench-scale", mixinStandardHelpOptions = true,
        description = "CPU time per word of the readers, segmentation, alignment and the full check on documents "
                + "of 1k, 10k, 100k (and with --sizes, 1M) words built from NTREX-128 sentence pairs.")
final class ScaleCommand implements Callable<Integer> {
    @Option(names = "--ntrex", paramLabel = "DIR", description = "the NTREX-128 folder (default: $TRANSCHECK_BENCH/ntrex128)")
    Path ntrex;

    @Option(names = "--pair", defaultValue = "uk", description = "the source language: uk or ru (translation en; default ${DEFAULT-VALUE})")
    String pair;

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", description = "document sizes in source words (default 1000,10000,100000)")
    List<Integer> sizes = new ArrayList<>(List.of(1000, 10000, 100000));

    @Option(names = "--stages", split = ",", paramLabel = "S,...",
            description = "stages to time (default read-text,read-md,read-html,segment,align,check)")
    List<String> stages = new ArrayList<>(List.of("read-text", "read-md", "read-html", "segment", "align", "check"));

    @Option(names = "--limit", defaultValue = "120", paramLabel = "SECONDS",
            description = "stop growing a stage once one size took more CPU seconds than this (default ${DEFAULT-VALUE})")
    double limit;

    @Option(names = "--glossary", paramLabel = "DIR", description = "glossary folder (default: the shipped glossaries/)")
    Path glossary;

    @Override
    public Integer call() throws Exception {
        Path root = BenchData.require(ntrex, "ntrex128", "--ntrex");
        if (!pair.equals("uk") && !pair.equals("ru")) {
            throw new LabMain.UsageError("--pair must be uk or ru");
        }
        Path g = glossary;
        if (g == null) {
            Path shipped = Path.of(System.getProperty("transcheck.home", "."), "glossaries");
            g = Files.isDirectory(shipped) ? shipped : null;
        }
        var bench = new ScaleBench(root.resolve("en-" + pair), g, System.out);
        System.out.printf("bench-scale: %s->en, %d cores, load %.1f, Java %s%n", pair,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        bench.run(sizes, stages, limit, pair, "en");
        return LabMain.OK;
    }
}
