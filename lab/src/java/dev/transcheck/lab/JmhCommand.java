package dev.transcheck.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lab/run jmh [JMH options]}: the JMH benchmarks of dev.transcheck.lab.jmh (docs/performance.md). */
@Command(name = "jmh", mixinStandardHelpOptions = true,
        description = "JMH benchmarks of the readers, segmentation, alignment and the full check on the zapad-2025 "
                + "sample (uk->en, ru->en). Without options: one fork, 3 warm-up and 5 measured iterations of 1 s. "
                + "Any JMH option may follow (e.g. -- -f 2 -i 10 'StageBenchmarks.check').")
final class JmhCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "JMH-OPTION", description = "options passed to JMH")
    List<String> jmhArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(jmhArgs);
        if (args.isEmpty()) {
            args.addAll(List.of("-f", "1", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s", "dev.transcheck.lab.jmh"));
        }
        new Runner(new CommandLineOptions(args.toArray(String[]::new))).run();
        return LabMain.OK;
    }
}
