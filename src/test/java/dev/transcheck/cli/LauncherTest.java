package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher {@code ./transcheck} itself (issue 15, docs/performance.md, start-up): run from a
 * copy in a folder of its own, with a jar made from the compiled classes, it makes the class-data
 * archive on first use, the JVM maps it on the next start (its class-loading log says so), an
 * archive cut short is made again, one the JVM refuses costs speed and nothing else, and the
 * report is the same byte for byte in every case.
 */
class LauncherTest {
    private static final List<String> CHECK = List.of("check", "samples/zapad-2025/source.uk.txt",
            "samples/zapad-2025/translation.en.txt", "--no-config", "--format", "json", "--fail-on", "never");

    @Test
    void theArchiveIsMadeMappedAndMadeAgainWhenDamaged() throws Exception {
        Path launcher = Path.of("transcheck").toAbsolutePath();
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(launcher), "a POSIX shell");
        // not a @TempDir: it holds links to the libraries, which are removed here and never followed
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "launcher-").toAbsolutePath();
        try {
            install(home, launcher);
            archiveIsMadeMappedAndMadeAgain(home);
        } finally {
            try (Stream<Path> s = Files.walk(home)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void archiveIsMadeMappedAndMadeAgain(Path home) throws Exception {
        Path archive = home.resolve("target/transcheck.jsa");
        Path size = home.resolve("target/transcheck.jsa.size");

        String first = run(home, Map.of(), home.resolve("first.json"));
        assertTrue(Files.isRegularFile(archive), "the first run makes the archive");
        assertEquals(String.valueOf(Files.size(archive)), Files.readString(size).strip(), "its size is kept beside it");
        try (Stream<Path> s = Files.list(home.resolve("target"))) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.jsa\\.\\d+.*")).toList(),
                    "nothing left of the files written aside");
        }

        List<String> mapped = loads(home, Map.of());
        assertTrue(shared(mapped, "dev.transcheck.cli.Main"), "our classes come from the archive");
        assertTrue(shared(mapped, "picocli.CommandLine"), "the libraries' classes come from the archive");
        assertTrue(shared(mapped, "dev.transcheck.report.JsonRenderer"), "the JSON report's classes are in the class list");
        long fromArchive = mapped.stream().filter(l -> l.contains("shared objects file")).count();
        assertTrue(fromArchive * 100 >= mapped.size() * 90, fromArchive + " of " + mapped.size() + " classes from the archive");

        List<String> off = loads(home, Map.of("TRANSCHECK_CDS", "off"));
        assertFalse(shared(off, "dev.transcheck.cli.Main"), "TRANSCHECK_CDS=off maps no archive of ours");

        // cut short (a full disk, a copy broken off): made again, and the run is the same
        long whole = Files.size(archive);
        archive.toFile().setWritable(true);
        try (var ch = Files.newByteChannel(archive, StandardOpenOption.WRITE)) {
            ch.truncate(whole / 2);
        }
        assertEquals(first, run(home, Map.of(), home.resolve("cut.json")), "the same report with an archive cut short");
        assertEquals(String.valueOf(Files.size(archive)), Files.readString(size).strip(), "the archive was made again");
        assertTrue(Files.size(archive) > whole / 2, "a whole archive again");
        assertTrue(shared(loads(home, Map.of()), "dev.transcheck.cli.Main"), "and the JVM maps it");

        // overwritten in place with the same size: the JVM refuses it and the run goes on without it
        archive.toFile().setWritable(true);
        try (var ch = Files.newByteChannel(archive, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("not an archive, not an archive!!".getBytes(StandardCharsets.US_ASCII)));
        }
        assertEquals(first, run(home, Map.of(), home.resolve("garbled.json")), "the same report with a garbled archive");
        assertFalse(shared(loads(home, Map.of()), "dev.transcheck.cli.Main"), "a garbled archive is not mapped");
    }

    /**
     * A launcher home: the script, a jar of the compiled classes whose manifest names the
     * libraries in {@code target/lib/} (links to the test's class path), the samples and the
     * shipped glossaries, and the build stamp, so the launcher builds nothing.
     */
    private static void install(Path home, Path launcher) throws IOException {
        Path target = Files.createDirectories(home.resolve("target"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        Files.copy(launcher, home.resolve("transcheck"));
        home.resolve("transcheck").toFile().setExecutable(true);
        List<String> classPath = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.endsWith(".jar")) {
                String name = (i++) + "-" + Path.of(e).getFileName();
                Files.createSymbolicLink(lib.resolve(name), Path.of(e).toAbsolutePath());
                classPath.add("lib/" + name);
            }
        }
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.transcheck.cli.Main");
        mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path classes = Path.of("target", "classes");
        try (OutputStream os = Files.newOutputStream(target.resolve("transcheck.jar"));
             JarOutputStream j = new JarOutputStream(os, mf);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
        Files.createSymbolicLink(home.resolve("samples"), Path.of("samples").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("glossaries"), Path.of("glossaries").toAbsolutePath());
        Files.writeString(target.resolve(".built"), "");
    }

    /** The class-loading log of a check through the launcher ({@code JAVA_TOOL_OPTIONS} reaches the JVM it starts). */
    private static List<String> loads(Path home, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(home, "classes", ".log");
        Map<String, String> e = new java.util.HashMap<>(env);
        e.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        run(home, e, home.resolve("logged.json"));
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("[class,load]")).toList();
    }

    /** Whether the log has {@code name} loaded from the archive. */
    private static boolean shared(List<String> log, String name) {
        return log.stream().anyMatch(l -> l.contains("[class,load] " + name + " source: shared objects file"));
    }

    /** Runs the launcher in {@code home} with this environment; its report (standard output). */
    private static String run(Path home, Map<String, String> env, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("transcheck").toString()));
        cmd.addAll(CHECK);
        Path err = Path.of(out + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> pe = pb.environment();
        pe.remove("TRANSCHECK_CDS");
        pe.remove("TRANSCHECK_CACHE");
        pe.remove("JAVA_TOOL_OPTIONS");
        pe.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + pe.getOrDefault("PATH", ""));
        pe.put("SOURCE_DATE_EPOCH", "1764460800"); // reports of two runs compare byte for byte
        pe.putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + cmd);
        assertEquals(0, p.exitValue(), Files.readString(err));
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("\"findings\""), "a JSON report");
        return report;
    }
}
