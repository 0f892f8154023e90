package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.transcheck.config.AcceptFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for outputs that replaced inputs, lost accept ids and messages that leaked input. */
class HostileInputTest {
    @TempDir
    Path dir;

    private static final String UK = "Президент Володимир Зеленський провів зустріч у Києві. Сторони обговорили постачання зерна та безпеку.\n";
    private static final String EN = "President Volodymyr Zelensky held a meeting in Kyiv. The sides discussed grain supplies and security.\n";

    private static Run.Result run(String... args) {
        return Run.main(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void oneLineError(Run.Result r, String... expected) {
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), r.err() + " should contain " + e);
        }
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anOutputNamingAnInputIsRefusedAndTheInputKept() throws Exception {
        Path src = file("a.uk.txt", UK);
        Path tgt = file("a.en.txt", EN);
        oneLineError(run("check", src.toString(), tgt.toString(), "-o", tgt.toString(), "--no-config"), "is an input file");
        assertEquals(EN, Files.readString(tgt));
        // through a link to it as well
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), src);
        oneLineError(run("check", src.toString(), tgt.toString(), "-o", link.toString(), "--no-config"), "is an input file");
        assertEquals(UK, Files.readString(src));
    }

    @Test
    void nearMissAnOutputBesideTheInputsIsWritten() throws Exception {
        Path out = dir.resolve("report.json");
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "-o", out.toString(),
                "--format", "json", "--no-config", "--fail-on", "never");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(out).contains("transcheck-report/"));
    }

    @Test
    void aSymlinkedOutputIsWrittenThroughAndStaysALink() throws Exception {
        Path real = file("real.json", "old");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), real);
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "-o", link.toString(),
                "--format", "json", "--no-config", "--fail-on", "never");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("transcheck-report/"));
    }

    @Test
    void aPipeOrDeviceIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        oneLineError(run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "-o", fifo.toString(),
                "--no-config", "--fail-on", "never"), "not a regular file");
        assertFalse(Files.isRegularFile(fifo));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void concurrentAcceptsLoseNoId() throws Exception {
        Path accept = dir.resolve("desk.accept");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                int added = 0;
                for (int k = 0; k < 20; k++) {
                    added += AcceptFile.append(accept, List.<String[]>of(new String[] {
                            String.format("term.style:%06x%06x", thread, k), "t" + thread}));
                }
                return added;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        assertEquals(160, total);
        assertEquals(160, AcceptFile.read(accept).size());
    }

    @Test
    void malformedIdsInAReportAreNotCopied() throws Exception {
        Path report = file("r.json", "{\"schema\":\"transcheck-report/1\",\"findings\":[{\"id\":\"bad id\\u001b[2J\",\"check\":\"term.style\","
                + "\"severity\":\"warning\",\"message\":\"m\"}]}");
        Path accept = file("desk.accept", "term.style:0123456789ab\n");
        Run.Result r = run("accept", report.toString(), "--to", accept.toString(), "--all");
        oneLineError(r, "not a finding id");
        assertFalse(r.err().contains("\u001b"), "no escape sequence reaches the terminal");
        assertEquals("term.style:0123456789ab\n", Files.readString(accept));
    }

    @Test
    void anAcceptFileOfSecretsIsNotPrinted() throws Exception {
        String secret = "AWS_SECRET_ACCESS_KEY=abcdefghijklmnopqrstuvwxyz0123456789SECRET";
        Path env = file("environ", secret + "\u0000HOME=/root\u0000" + "TOKEN=" + "x".repeat(200) + "\u0000");
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "--accept", env.toString(),
                "--no-config");
        oneLineError(r, env.toString());
        assertFalse(r.err().contains("SECRET"), r.err());
        assertFalse(r.err().contains("xxxxxxxxxx"), r.err());
    }

    @Test
    void escapeSequencesInAnInputDoNotReachTheTerminal() throws Exception {
        Path src = file("a.uk.txt", "Президент Володимир Зеленський провів зустріч у Києві \u001b[2J\u001b]0;pwned\u0007.\n");
        Path tgt = file("a.en.txt", "President Volodymyr Zelensky held a meeting in Kyiv \u001b[2J.\n");
        Run.Result r = run("check", src.toString(), tgt.toString(), "--no-config", "--color", "never", "--fail-on", "never");
        assertFalse(r.out().contains("\u001b"), r.out());
        assertFalse(r.out().contains("\u0007"), r.out());
    }

    @Test
    void referencesToNulAndLoneSurrogatesBecomeReplacementCharacters() throws Exception {
        Path src = file("a.uk.html", "<p>" + UK + " &#55296; &#0;</p>");
        Path tgt = file("a.en.html", "<p>" + EN + "</p>");
        Path out = dir.resolve("r.json");
        Run.Result r = run("check", src.toString(), tgt.toString(), "-o", out.toString(), "--format", "json", "--no-config",
                "--fail-on", "never");
        assertEquals(0, r.status(), r.err());
        String json = Files.readString(out);
        assertFalse(json.contains("\\u0000"), "no NUL in the report");
        assertTrue(json.contains("\uFFFD") || json.contains("\\uFFFD"), "a replacement character stands in");
    }

    @Test
    void aConfigInBrokenUtf8NamesItsLine() throws Exception {
        Path cfg = dir.resolve("transcheck.yaml");
        byte[] bytes = "fail-on: error\nmax-score: 5\nfrom: \u0000".getBytes(StandardCharsets.UTF_8);
        bytes = ("fail-on: error\nfrom: uk\n# " + "x").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        Files.write(cfg, bad);
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "--config", cfg.toString());
        oneLineError(r, "transcheck.yaml:3", "UTF-8");
        assertFalse(r.err().contains("Input length"), r.err());
    }

    @Test
    void aDuplicateConfigKeyIsAnError() throws Exception {
        Path cfg = file("transcheck.yaml", "fail-on: error\nfail-on: never\n");
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "--config", cfg.toString());
        oneLineError(r, "transcheck.yaml", "fail-on");
    }

    @Test
    void nearMissAPlainConfigIsRead() throws Exception {
        Path cfg = file("transcheck.yaml", "fail-on: never\n");
        Run.Result r = run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "--config", cfg.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Set.of(0, 1).contains(r.status()));
    }
}
