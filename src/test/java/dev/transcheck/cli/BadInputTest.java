package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: exit status 2, exactly one line on standard error naming
 * the file (or option) and the problem, no stack trace, no output file left behind.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static Run.Result run(String... args) {
        return Run.main(args);
    }

    /** Exit 2, one line on stderr containing every one of {@code expected}, no stack trace. */
    private static void assertOneLineError(Run.Result r, String... expected) {
        assertEquals(2, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + r.err());
        String line = lines.get(0);
        for (String e : expected) {
            assertTrue(line.contains(e), "'" + line + "' should contain '" + e + "'");
        }
        assertFalse(r.err().contains("at dev."), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private Path good(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("missing.uk.txt");
        assertOneLineError(run("segment", p.toString()), p.toString(), "no such file");
    }

    @Test
    void emptyFile() throws Exception {
        Path p = good("empty.uk.txt", "");
        assertOneLineError(run("segment", p.toString()), p.toString(), "empty");
    }

    @Test
    void binaryFile() throws Exception {
        Path p = dir.resolve("image.uk.txt");
        byte[] b = new byte[2000];
        new Random(3).nextBytes(b);
        b[10] = 0;
        Files.write(p, b);
        assertOneLineError(run("segment", p.toString()), p.toString(), "binary");
    }

    @Test
    void directoryWhereAFileIsExpected() throws Exception {
        Path t = good("t.en.txt", "Text.");
        assertOneLineError(run("check", dir.toString(), t.toString()), dir.toString(), "is a directory");
        assertOneLineError(run("segment", dir.toString()), dir.toString(), "is a directory");
    }

    @Test
    void undetectableEncoding() throws Exception {
        Path p = dir.resolve("noise.uk.txt");
        Random r = new Random(5);
        byte[] b = new byte[4000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (r.nextInt(7) == 0 ? ' ' : 0x80 + r.nextInt(128));
        }
        Files.write(p, b);
        assertOneLineError(run("segment", p.toString()), p.toString(), "cannot detect the encoding", "--encoding");
    }

    @Test
    void forcedEncodingErrorNamesTheLine() throws Exception {
        Path p = dir.resolve("cp.uk.txt");
        Files.write(p, "Рядок один.\nРядок два.\n".getBytes("windows-1251"));
        assertOneLineError(run("segment", "--encoding", "utf-8", p.toString()), p + ":1:", "UTF-8");
    }

    @Test
    void fiftyMegabyteFile() throws Exception {
        Path p = dir.resolve("huge.uk.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertOneLineError(run("segment", p.toString()), p.toString(), "too large");
    }

    @Test
    void unknownOption() throws Exception {
        Path p = good("a.uk.txt", "Текст.");
        assertOneLineError(run("segment", "--bogus", p.toString()), "--bogus");
    }

    @Test
    void unknownLanguageCode() throws Exception {
        Path s = good("a.uk.txt", "Текст статті.");
        Path t = good("a.en.txt", "Article text.");
        assertOneLineError(run("check", s.toString(), t.toString(), "--from", "xx"), s.toString(), "'xx'");
        assertOneLineError(run("segment", "--lang", "xx", s.toString()), s.toString(), "'xx'");
    }

    @Test
    void outputWithAnInputErrorLeavesNoFile() throws Exception {
        Path out = dir.resolve("out").resolve("report.json");
        Path t = good("a.en.txt", "Article text.");
        Path missing = dir.resolve("missing.uk.txt");
        assertOneLineError(run("check", missing.toString(), t.toString(), "-o", out.toString(), "--format", "json"),
                missing.toString());
        assertFalse(Files.exists(out));
        Path seg = dir.resolve("seg.txt");
        Path empty = good("empty.uk.txt", "");
        assertOneLineError(run("segment", empty.toString(), "-o", seg.toString()), empty.toString());
        assertFalse(Files.exists(seg));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void goodInputStillWorks() throws Exception {
        Path p = good("ok.uk.txt", "Заголовок\n\nУ 2025 р. навчання пройдуть у Білорусі. Наступного дня все скінчилося.");
        Run.Result r = run("segment", p.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("Заголовок", "У 2025 р. навчання пройдуть у Білорусі.", "Наступного дня все скінчилося."),
                r.out().lines().toList());
        Path html = good("page.uk.html", "<h1>Заголовок</h1><p>Перше речення. Друге&nbsp;речення.</p>");
        Run.Result h = run("segment", html.toString());
        assertEquals(List.of("Заголовок", "Перше речення.", "Друге\u00A0речення."), h.out().lines().toList());
    }
}
