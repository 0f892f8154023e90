package dev.transcheck.cli;

import java.util.Locale;

/**
 * A wall-clock trace of a command's phases on standard error, for start-up work (issue 15,
 * docs/performance.md): {@code -Dtranscheck.trace} (through the launcher,
 * {@code JAVA_TOOL_OPTIONS=-Dtranscheck.trace}). Each line gives the phase, the thread, the time
 * since the JVM started, the process's CPU time so far and the thread's own. Off, a phase costs one field read.
 */
final class Trace {
    static final boolean ON = System.getProperty("transcheck.trace") != null;

    private Trace() {
    }

    /** Marks the end of {@code phase}. */
    static void mark(String phase) {
        if (ON) {
            Clock.print(phase);
        }
    }

    /**
     * With the trace on, lists the jars the process has open (Linux: {@code /proc/self/fd}) on one
     * line, {@code transcheck: jars open: a.jar b.jar}: the class loader opens and indexes a jar the
     * first time it searches it, so this shows how far resource look-ups went down the class path.
     */
    static void openJars() {
        java.nio.file.Path fds = java.nio.file.Path.of("/proc/self/fd");
        if (!ON || !java.nio.file.Files.isDirectory(fds)) {
            return;
        }
        java.util.Set<String> jars = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(fds)) {
            for (java.nio.file.Path fd : s.toList()) {
                try {
                    java.nio.file.Path target = java.nio.file.Files.readSymbolicLink(fd);
                    if (target.toString().endsWith(".jar")) {
                        jars.add(target.getFileName().toString());
                    }
                } catch (java.io.IOException | UnsupportedOperationException e) {
                    // closed meanwhile, or not a link
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        System.err.println("transcheck: jars open: " + String.join(" ", jars));
    }

    /** Loaded only when tracing: the management classes cost start-up time of their own. */
    private static final class Clock {
        private static final long START = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        private static final java.lang.management.OperatingSystemMXBean OS =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

        static synchronized void print(String phase) {
            long wall = System.currentTimeMillis() - START;
            long cpu = OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            long own = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() / 1_000_000 : -1;
            System.err.println(String.format(Locale.ROOT, "transcheck: trace %6d ms wall %6d ms cpu %5d ms thread  %-14s %s",
                    wall, cpu, own, Thread.currentThread().getName(), phase));
        }
    }
}
