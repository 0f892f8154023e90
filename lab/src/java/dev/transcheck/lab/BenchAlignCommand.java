package dev.transcheck.lab;

import dev.transcheck.align.AnchorAligner;
import dev.transcheck.io.InputException;
import dev.transcheck.lab.align.AlignScorer;
import dev.transcheck.lab.align.SyntheticPairs;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.segment.LineSegmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speed and memory of the sentence aligner on synthetic long documents made from line-aligned
 * sentence pairs (NTREX by default): sentences per second, peak heap and strict F1 per size.
 */
@Command(name = "bench-align", mixinStandardHelpOptions = true,
        description = "Benchmark the sentence aligner on synthetic documents of 1k, 10k and 100k sentences.")
final class BenchAlignCommand implements Callable<Integer> {
    @Option(names = "--pairs", paramLabel = "DIR",
            description = "NNN_<id>.<lang>.txt files, line-aligned (default: $TRANSCHECK_BENCH/ntrex128/en-<src>/docs)")
    Path pairs;

    @Option(names = "--src-lang", defaultValue = "uk")
    String srcLang;

    @Option(names = "--tgt-lang", defaultValue = "en")
    String tgtLang;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = BenchData.require(pairs, "ntrex128/en-" + srcLang + "/docs", "--pairs");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "is not a folder of sentence pairs (give --pairs DIR)");
        }
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith("." + srcLang + ".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list the folder");
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path t = f.resolveSibling(name.substring(0, name.length() - (srcLang.length() + 4)) + tgtLang + ".txt");
            if (!Files.isRegularFile(t)) {
                continue;
            }
            List<String> a = nonBlank(LabIo.read(f));
            List<String> b = nonBlank(LabIo.read(t));
            if (a.size() == b.size()) {
                src.addAll(a);
                tgt.addAll(b);
            }
        }
        if (src.isEmpty()) {
            throw new InputException(dir.toString(), "holds no line-aligned " + srcLang + "/" + tgtLang + " pairs");
        }
        AnchorAligner aligner = new AnchorAligner();
        // warm up the JIT on a small pair
        SyntheticPairs.Pair warm = SyntheticPairs.generate(src, tgt, 500, seed + 99);
        aligner.align(doc(warm.source(), srcLang), doc(warm.target(), tgtLang));
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%10s %10s %10s %12s %12s %10s%n",
                "sentences", "target", "seconds", "sent/s", "peak MB", "strict F1");
        for (int size : sizes) {
            SyntheticPairs.Pair p = SyntheticPairs.generate(src, tgt, size, seed);
            Document sd = doc(p.source(), srcLang);
            Document td = doc(p.target(), tgtLang);
            System.gc();
            long base = heapUsed();
            resetPeaks();
            long t0 = System.nanoTime();
            Alignment a = aligner.align(sd, td);
            double secs = (System.nanoTime() - t0) / 1e9;
            long peak = Math.max(0, peakHeap() - base);
            List<AlignScorer.Link> test = new ArrayList<>();
            for (Bead b : a.beads()) {
                test.add(new AlignScorer.Link(b.source(), b.translation()));
            }
            AlignScorer sc = new AlignScorer();
            sc.add(p.gold(), test);
            out.printf(Locale.ROOT, "%10d %10d %10.2f %12.0f %12.1f %10.3f%n", size, p.target().size(),
                    secs, (size + p.target().size()) / secs, peak / 1e6, sc.result().f1Strict());
        }
        return LabMain.OK;
    }

    private static List<String> nonBlank(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static Document doc(List<String> lines, String lang) {
        return LineSegmenter.lines("<synthetic>", lang, String.join("\n", lines) + "\n");
    }

    private static long heapUsed() {
        long u = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                u += b.getUsage().getUsed();
            }
        }
        return u;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                b.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long u = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                u += b.getPeakUsage().getUsed();
            }
        }
        return u;
    }
}
