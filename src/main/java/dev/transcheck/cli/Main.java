package dev.transcheck.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code transcheck} command: a thin layer over {@link dev.transcheck.Transcheck}. */
@Command(name = "transcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks a translation against its source: names, terms, numbers, omissions.")
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
        Trace.mark("main");
        // picocli looks for Groovy and Jansi, neither of which is on the class path: a class that is
        // not there is looked for in every jar the launcher lists (about 60), which opens and indexes
        // each of them before the command line is even read (issue 15, docs/performance.md)
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("org.fusesource.jansi.Ansi.disable", "true");
        Early.start(args); // the glossary on the second core while picocli reads the command line
        int status = run(args);
        Trace.mark("exit");
        Trace.openJars();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        return cl.execute(args);
    }

    /**
     * The subcommands by name, in the order the usage lists them. Each is built when asked for:
     * picocli reads a command's annotations by reflection and instantiates it, which for all eight
     * (and the libraries their fields and static fields load) cost about a quarter of a one-article
     * check's start-up (issue 15, docs/performance.md).
     */
    static final List<String> SUBCOMMANDS = List.of("check", "align", "segment", "checks", "accept", "batch", "serve",
            "editions");

    /** A new instance of the subcommand {@code name}, or null (a switch: no lambda to link at start-up). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "align" -> new AlignCommand();
            case "segment" -> new SegmentCommand();
            case "checks" -> new ChecksCommand();
            case "accept" -> new AcceptCommand();
            case "batch" -> new BatchCommand();
            case "serve" -> new ServeCommand();
            case "editions" -> new EditionsCommand();
            default -> null;
        };
    }

    /** The command line with every subcommand (usage, tests). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, that one alone (its
     * parsing, help and errors are the same); otherwise all of them, for the usage and for picocli's
     * "did you mean" on a mistyped name.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Object only = args.length > 0 ? subcommand(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(args[0], only);
        } else {
            for (String name : SUBCOMMANDS) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        cl.setParameterExceptionHandler(new ParameterErrors());
        cl.setExecutionExceptionHandler(new ExecutionErrors());
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

    /*
     * The two handlers are classes, not lambdas: picocli's interfaces are Java 5 class files, and
     * a lambda implementing one makes the JVM link it in a way the class-data archive then refuses
     * ("Old class has been linked"), so picocli would be loaded from the jar at every start.
     */

    /** A bad command line: one line, exit 2. */
    private static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            ex.getCommandLine().getErr().println("transcheck: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
    }

    /** A failed command: its input error in one line (or "internal error" and the first line), exit 2. */
    private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
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
        }
    }

    /** A usage problem found after parsing (an unknown language code, an unreadable option value). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
