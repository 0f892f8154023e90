package dev.transcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code transcheck} command: a thin layer over {@link dev.transcheck.Transcheck}. */
@Command(name = "transcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks a translation against its source: names, terms, numbers, omissions.",
        subcommands = {CheckCommand.class, AlignCommand.class, SegmentCommand.class, ChecksCommand.class,
                AcceptCommand.class, BatchCommand.class, ServeCommand.class, EditionsCommand.class})
public final class Main implements Runnable {
    /** Exit status: no finding at or above the threshold. */
    public static final int OK = 0;
    /** Exit status: at least one finding at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Exit status: usage or input error. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, batch, align, segment, checks, accept)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("transcheck: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (System.getenv("TRANSCHECK_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            if (ex instanceof dev.transcheck.io.InputException || ex instanceof UsageError) {
                commandLine.getErr().println("transcheck: " + oneLine(msg));
            } else {
                commandLine.getErr().println("transcheck: internal error: " + oneLine(msg.lines().findFirst().orElse("")));
            }
            return BAD_INPUT;
        });
        return cl;
    }

    /**
     * The clock that stamps reports: the system's, or a fixed one for tests ({@link #useClock}).
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds convention) fixes it
     * from outside, so that two runs over the same input give byte-identical reports.
     */
    private static volatile java.time.Clock clock = java.time.Clock.systemUTC();

    /** Fixes the time reports carry (tests); null restores the system clock. */
    static void useClock(java.time.Clock c) {
        clock = c == null ? java.time.Clock.systemUTC() : c;
    }

    /** Now, by {@link #clock} or {@code SOURCE_DATE_EPOCH}. */
    static java.time.Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.trim().matches("\\d{1,12}")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
        }
        return clock.instant();
    }

    /** A message as one line: control characters escaped, at most 400 characters (never a file's contents). */
    static String oneLine(String message) {
        return dev.transcheck.io.Excerpt.of(message == null ? "" : message, 400);
    }

    /** The version from the build ({@link dev.transcheck.Version}). */
    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"transcheck " + dev.transcheck.Version.VERSION};
        }
    }

    /** A usage problem found after parsing (an unknown language code, an unreadable option value). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
