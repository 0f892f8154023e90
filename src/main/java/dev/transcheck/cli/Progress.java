package dev.transcheck.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for a terminal: {@code [#####.....] 12/40 3.1 docs/s}.
 * Redrawn at most ten times a second; silent when standard error is not a terminal (a CI log gets
 * no carriage returns). Thread-safe. Written here rather than taken from a library: it is forty
 * lines and the batch command needs nothing a library adds (multi-line bars, ETA models).
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean on;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private long lastDraw;

    Progress(PrintStream out, boolean on, int total) {
        this.out = out;
        this.on = on && total > 0;
        this.total = total;
    }

    /** Whether a bar belongs on the terminal: {@code always}, {@code never}, or {@code auto} (a console and TERM not dumb). */
    static boolean wanted(String when) {
        return switch (when.trim().toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && !"dumb".equals(System.getenv("TERM"));
            default -> throw new Main.UsageError("--progress: expected auto, always or never, not '" + when + "'");
        };
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (on && (done == total || now - lastDraw > 100_000_000L)) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        int filled = (int) ((long) done * WIDTH / total);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %.1f docs/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, done / seconds));
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (on) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            out.flush();
        }
    }
}
