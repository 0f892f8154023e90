package dev.transcheck.lab;

import dev.transcheck.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lab: evaluations and benchmarks of transcheck, kept out of the product jar (these classes
 * are compiled as test sources). Run through {@code lab/run COMMAND ...}.
 */
@Command(name = "lab/run", mixinStandardHelpOptions = true, version = "transcheck lab 0.1.0",
        description = "Evaluations and benchmarks of transcheck (not part of the product).",
        subcommands = {EvalTrustCommand.class, EvalMqmCommand.class, EvalAlignCommand.class, BenchAlignCommand.class,
                BenchCommands.Segment.class, BenchCommands.Encoding.class, BenchCommands.TermIndex.class,
                ScaleCommand.class, ShapeCommand.class, NamesCommand.class, JmhCommand.class})
public final class LabMain implements Runnable {
    /** Exit status of a finished run. */
    public static final int OK = 0;
    /** Exit status of a usage or input error. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new LabMain());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("lab: " + ex.getMessage());
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (System.getenv("TRANSCHECK_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            if (ex instanceof InputException || ex instanceof UsageError) {
                commandLine.getErr().println("lab: " + msg);
            } else {
                commandLine.getErr().println("lab: internal error: " + msg.lines().findFirst().orElse(""));
            }
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** A usage problem found after parsing. */
    public static final class UsageError extends RuntimeException {
        public UsageError(String message) {
            super(message);
        }
    }
}
