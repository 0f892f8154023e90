package dev.transcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain check never loads the server's classes, Javalin's or Jetty's (its start-up cost stays as it was). */
class LazyServerTest {
    @Test
    void checkLoadsNoServerClass(@TempDir Path tmp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = tmp.resolve("classes.txt");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xshare:off", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "dev.transcheck.cli.Main", "check",
                "samples/zapad-2025/source.uk.txt", "samples/zapad-2025/translation.en.txt",
                "--no-config", "--format", "json", "-o", tmp.resolve("r.json").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the check finished");
        assertEquals(1, p.exitValue(), "the sample fails the gate");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.contains("dev.transcheck.cli.CheckCommand")), "the log lists loaded classes");
        List<String> server = lines.stream().filter(l -> l.contains("io.javalin.") || l.contains("org.eclipse.jetty.")
                || l.contains("dev.transcheck.server.") || l.contains("kotlin.")).toList();
        assertEquals(List.of(), server);
    }
}
