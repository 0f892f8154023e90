package dev.transcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures its exit status and output. */
public final class Run {
    public record Result(int status, String out, String err) {
    }

    private Run() {
    }

    /**
     * Asserts the run was refused the way bad input must be: exit 2 and one line on standard error,
     * holding each of {@code expected}, with no exception or stack trace.
     */
    public static void assertRefused(Result r, String... expected) {
        org.junit.jupiter.api.Assertions.assertEquals(2, r.status(), r.err());
        java.util.List<String> lines = r.err().lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, lines.size(), r.err());
        for (String e : expected) {
            org.junit.jupiter.api.Assertions.assertTrue(lines.get(0).contains(e), lines.get(0) + " should contain " + e);
        }
        org.junit.jupiter.api.Assertions.assertFalse(r.err().contains("Exception"), r.err());
    }

    public static Result main(String... args) {
        return withStdin(null, args);
    }

    public static synchronized Result withStdin(String stdin, String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int status = Main.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }
}
