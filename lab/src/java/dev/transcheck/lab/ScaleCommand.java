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

/** {@code lab/run bench-shape}: the aligner's CPU time per word by the shape of the input (docs/performance.md). */
@Command(name = "bench-shape", mixinStandardHelpOptions = true,
        description = "CPU time per word of the aligner on prose (NTREX-128), one-word sentences, a periodic text, "
                + "list items and table rows, with a digest of each alignment (to compare two builds).")
final class ShapeCommand implements Callable<Integer> {
    @Option(names = "--ntrex", paramLabel = "DIR", description = "the NTREX-128 folder (default: $TRANSCHECK_BENCH/ntrex128)")
    Path ntrex;

    @Option(names = "--shapes", split = ",", paramLabel = "S,...", description = "shapes (default all: prose, gap, words, periodic, list, table, stop, hole, merged)")
    List<String> shapes = new ArrayList<>(dev.transcheck.lab.bench.ShapeBench.SHAPES);

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", description = "sizes in source words (default 2000,8000,32000)")
    List<Integer> sizes = new ArrayList<>(List.of(2000, 8000, 32000));

    @Option(names = "--repeats", defaultValue = "3", description = "runs of each size, the smallest CPU time kept (default ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "stop growing a shape once one run took more CPU seconds than this (default ${DEFAULT-VALUE})")
    double limit;

    @Override
    public Integer call() throws Exception {
        Path root = BenchData.require(ntrex, "ntrex128", "--ntrex");
        var prose = new ScaleBench(root.resolve("en-uk"), null, System.out);
        System.out.printf("bench-shape: uk->en, %d cores, load %.1f, Java %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        new dev.transcheck.lab.bench.ShapeBench(prose).run(dev.transcheck.Transcheck.builder().build(), shapes, sizes, repeats,
                limit, System.out);
        return LabMain.OK;
    }
}

/** {@code lab/run bench-names}: one sentence of N different names (docs/performance.md). */
@Command(name = "bench-names", mixinStandardHelpOptions = true,
        description = "CPU time of a check of one sentence listing N different surnames against their romanisations.")
final class NamesCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N,...", description = "numbers of names (default 250,1000,2000)")
    List<Integer> sizes = new ArrayList<>(List.of(250, 1000, 2000));

    @Override
    public Integer call() {
        dev.transcheck.lab.bench.ManyNamesBench.run(dev.transcheck.Transcheck.builder().build(), sizes, System.out);
        return LabMain.OK;
    }
}
