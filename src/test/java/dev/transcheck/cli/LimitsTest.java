package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.InputException;
import dev.transcheck.io.SafeXml;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stated limits (docs/INPUT.md, "Limits"): each is refused at once with exit status 2 and one
 * line naming the file, never a long silence; each has a near miss that is read as usual.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private static final String EN = "The minister said the talks would go on. The parties agreed on a date.\n";

    private static Run.Result run(String... args) {
        return Run.main(args);
    }

    private static void refused(Run.Result r, String... expected) {
        Run.assertRefused(r, expected);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A file of {@code bytes} bytes that takes no room (the size is refused before anything is read). */
    private Path sparse(String name, long bytes) throws Exception {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    @Test
    void aDocumentOfMoreThanTheWordLimitIsRefusedBeforeItIsChecked() throws Exception {
        // 200,004 words: 50,001 sentences of four words
        Path big = file("big.uk.txt", "Уряд ухвалив нове рішення. ".repeat(50_001));
        long t0 = System.nanoTime();
        refused(run("check", big.toString(), file("big.en.txt", EN).toString(), "--no-config"), "big.uk.txt",
                "200,004 words", "at most 200,000");
        assertTrue(System.nanoTime() - t0 < 120_000_000_000L, "refused without checking");
        // the same limit holds for the translation
        Path bigEn = file("long.en.txt", "The government made a decision. ".repeat(40_001));
        refused(run("check", file("short.uk.txt", "Уряд ухвалив нове рішення про бюджет.\n").toString(), bigEn.toString(),
                "--no-config"), "long.en.txt", "words");
    }

    @Test
    void nearMissADocumentUnderTheWordLimitIsChecked() throws Exception {
        Path src = file("a.uk.txt", "Міністр сказав, що переговори триватимуть. Сторони домовилися про дату.\n");
        Run.Result r = run("check", src.toString(), file("a.en.txt", EN).toString(), "--no-config", "--fail-on", "never");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void anInputOrGlossaryFileOverTwentyMegabytesIsRefusedFromItsSize() throws Exception {
        Path src = file("a.uk.txt", "Міністр сказав, що переговори триватимуть. Сторони домовилися про дату.\n");
        Path tr = file("a.en.txt", EN);
        refused(run("check", sparse("huge.uk.txt", 21L << 20).toString(), tr.toString(), "--no-config"), "huge.uk.txt",
                "too large", "20 MB");
        refused(run("check", src.toString(), tr.toString(), "--no-config", "--glossary",
                sparse("huge.csv", 21L << 20).toString()), "huge.csv", "too large", "20 MB");
        // near miss: a glossary just under the limit is read (a comment line padded out; no concept in it)
        Path nearly = dir.resolve("nearly.csv");
        Files.writeString(nearly, "concept,type,lang,form,status\n# " + "x".repeat((20 << 20) - 64) + "\n");
        Run.Result r = run("check", src.toString(), tr.toString(), "--no-config", "--glossary", nearly.toString(),
                "--fail-on", "never");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void xmlNestedDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 10) + "</a>".repeat(SafeXml.MAX_DEPTH + 10);
        InputException e = assertThrows(InputException.class,
                () -> SafeXml.check("deep.xlf", deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("deep.xlf") && e.getMessage().contains("nested"), e.getMessage());
        // near miss: nesting within the limit passes the gate
        String fine = "<a>".repeat(SafeXml.MAX_DEPTH - 10) + "</a>".repeat(SafeXml.MAX_DEPTH - 10);
        assertEquals("a", SafeXml.check("fine.xlf", fine.getBytes(StandardCharsets.UTF_8)).rootName());
        // through the command line: one line, exit 2
        Path xlf = dir.resolve("deep.xlf");
        Files.writeString(xlf, "<xliff version=\"1.2\">" + deep + "</xliff>");
        refused(run("check", xlf.toString(), "--no-config"), "deep.xlf");
    }
}
