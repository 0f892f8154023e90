package dev.transcheck.lab;

import dev.transcheck.lab.bench.EncodingBench;
import dev.transcheck.lab.bench.SegmentationBench;
import dev.transcheck.lab.bench.TermIndexBench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The small benchmarks of the product's stages (segmentation, encoding detection, term lookup). */
final class BenchCommands {
    private BenchCommands() {
    }

    @Command(name = "bench-segment", mixinStandardHelpOptions = true,
            description = "Sentence-boundary precision/recall of the segmenter on one-sentence-per-line documents "
                    + "(default: NTREX-128 en-uk and en-ru under --ntrex or $TRANSCHECK_BENCH/ntrex128).")
    static final class Segment implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..*", description = "folders of NNN_id.<lang>.txt files")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "--ntrex", paramLabel = "DIR", description = "the NTREX-128 folder")
        Path ntrex;

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>();
            if (dirs.isEmpty()) {
                Path root = BenchData.require(ntrex, "ntrex128", "--ntrex");
                args.add(root.resolve("en-uk/docs").toString());
                args.add(root.resolve("en-ru/docs").toString());
            } else {
                dirs.forEach(d -> args.add(d.toString()));
            }
            SegmentationBench.main(args.toArray(String[]::new));
            return LabMain.OK;
        }
    }

    @Command(name = "bench-encoding", mixinStandardHelpOptions = true,
            description = "Legacy-encoding detection on NTREX-128 documents and lines.")
    static final class Encoding implements Callable<Integer> {
        @Option(names = "--ntrex", paramLabel = "DIR", description = "the NTREX-128 folder (default: $TRANSCHECK_BENCH/ntrex128)")
        Path ntrex;

        @Override
        public Integer call() throws Exception {
            EncodingBench.main(new String[] {BenchData.require(ntrex, "ntrex128", "--ntrex").toString()});
            return LabMain.OK;
        }
    }

    @Command(name = "bench-term-index", mixinStandardHelpOptions = true,
            description = "Speed of glossary term lookup: the zapad-2025 sample against a glossary of N concepts.")
    static final class TermIndex implements Callable<Integer> {
        @Parameters(paramLabel = "N", defaultValue = "1000", arity = "0..1")
        int concepts;

        @Override
        public Integer call() throws Exception {
            TermIndexBench.main(new String[] {Integer.toString(concepts)});
            return LabMain.OK;
        }
    }
}
