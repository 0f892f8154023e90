package dev.transcheck.lab;

import dev.transcheck.Transcheck;
import dev.transcheck.io.InputException;
import dev.transcheck.lab.eval.MqmEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-mqm", mixinStandardHelpOptions = true, description = "Score the checks against Bio-MQM expert annotations (segment level).")
final class EvalMqmCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "folder with bio-mqm_round2.<lp>.tsv (default: $TRANSCHECK_BENCH/bio-mqm)")
    Path data;

    @Option(names = "--lp", paramLabel = "PAIR", split = ",", description = "language pairs (default: en-ru,ru-en)")
    List<String> pairs = List.of("en-ru", "ru-en");

    @Option(names = "--every", paramLabel = "N", defaultValue = "1", description = "use every N-th document only")
    int every;

    @Option(names = "--ntrex", paramLabel = "DIR", description = "also scan NTREX-128 (en-uk, en-ru, both directions) "
            + "for false alarms")
    Path ntrex;

    @Override
    public Integer call() throws Exception {
        Path dir = BenchData.require(data, "bio-mqm", "--data");
        if (every < 1) {
            throw new LabMain.UsageError("--every must be at least 1");
        }
        Transcheck tc = Transcheck.builder().build();
        MqmEval eval = new MqmEval(tc);
        StringBuilder out = new StringBuilder();
        for (String lp : pairs) {
            Path tsv = dir.resolve("bio-mqm_round2." + lp + ".tsv");
            if (!Files.isRegularFile(tsv)) {
                throw new InputException(tsv.toString(), "no such file");
            }
            out.append(MqmEval.table(eval.run(tsv, lp, every))).append(System.lineSeparator());
        }
        if (ntrex != null) {
            BenchData.require(ntrex, "ntrex128", "--ntrex");
            dev.transcheck.lab.eval.ParallelScan scan = new dev.transcheck.lab.eval.ParallelScan(tc);
            for (String other : List.of("uk", "ru")) {
                Path docs = ntrex.resolve("en-" + other).resolve("docs");
                if (!Files.isDirectory(docs)) {
                    throw new InputException(docs.toString(), "no such folder");
                }
                out.append("NTREX en->").append(other).append(" segments flagged: ").append(scan.run(docs, "en", other))
                        .append(System.lineSeparator());
                out.append("NTREX ").append(other).append("->en segments flagged: ").append(scan.run(docs, other, "en"))
                        .append(System.lineSeparator());
            }
        }
        LabIo.write(null, out.toString());
        return LabMain.OK;
    }
}
