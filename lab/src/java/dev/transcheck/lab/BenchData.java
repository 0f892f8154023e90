package dev.transcheck.lab;

import dev.transcheck.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the lab finds benchmark data that is not part of the repository (NTREX-128, Bio-MQM,
 * textberg): an option of the command, else the folder named by {@code $TRANSCHECK_BENCH}
 * (holding {@code ntrex128/}, {@code bio-mqm/}, ...). There is no default outside the repository.
 */
public final class BenchData {
    /** The environment variable naming the benchmark folder. */
    public static final String ENV = "TRANSCHECK_BENCH";

    private BenchData() {
    }

    /** The benchmark root from the environment, or null. */
    public static Path root() {
        String v = System.getenv(ENV);
        return v == null || v.isBlank() ? null : Path.of(v);
    }

    /**
     * {@code option} when given, else {@code $TRANSCHECK_BENCH/sub}; a usage error naming both
     * ways when neither is there, an input error when the folder is missing.
     */
    public static Path require(Path option, String sub, String optionName) throws InputException {
        Path p = option;
        if (p == null) {
            Path root = root();
            if (root == null) {
                throw new LabMain.UsageError("no data folder: give " + optionName + " DIR or set " + ENV
                        + " to the folder holding " + sub + "/");
            }
            p = root.resolve(sub);
        }
        if (!Files.isDirectory(p)) {
            throw new InputException(p.toString(), "no such folder");
        }
        return p;
    }

    /**
     * For tests that need the data: {@code $TRANSCHECK_BENCH}, else the project's read-only
     * {@code ../shared/bench} beside the checkout when it is there; null when neither exists
     * (the test then skips through a JUnit assumption).
     */
    public static Path forTests() {
        Path root = root();
        if (root != null && Files.isDirectory(root)) {
            return root;
        }
        Path beside = Path.of("..", "shared", "bench");
        return Files.isDirectory(beside) ? beside : null;
    }
}
