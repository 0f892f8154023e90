package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.glossary.GlossaryLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Early}: the shipped glossaries read while picocli reads the command line, used
 * only by a run that settles on exactly those paths; the languages warmed are those the files' names
 * give, none when an option names them.
 */
class EarlyTest {
    private static final String SRC = "samples/zapad-2025/source.uk.txt";
    private static final String TGT = "samples/zapad-2025/translation.en.txt";

    @Test
    void aPlainCheckReadsTheShippedGlossaryAndTheFilesLanguages() throws Exception {
        Early.start(new String[] {"check", SRC, TGT, "--format", "json"});
        Early e = Early.take(CheckCommand.defaultGlossaries());
        assertNotNull(e);
        assertEquals(List.of("uk", "en"), e.languages());
        assertEquals(GlossaryLoader.loadAll(CheckCommand.defaultGlossaries()).size(), e.glossary().join().size());
        assertNull(Early.take(CheckCommand.defaultGlossaries()), "taken once");
    }

    @Test
    void otherGlossaryPathsDropIt() {
        Early.start(new String[] {"check", SRC, TGT});
        assertNull(Early.take(List.of(Path.of("src/test/resources"))));
        assertNull(Early.take(CheckCommand.defaultGlossaries()), "dropped, not kept for later");
    }

    @Test
    void notStartedWhenTheCommandLineNamesAGlossaryOrAConfigOrIsNoCheck() {
        for (String[] args : List.of(new String[] {"check", SRC, TGT, "--glossary", "glossaries"},
                new String[] {"check", SRC, TGT, "--config=x.yaml"}, new String[] {"check", "--help"},
                new String[] {"align", SRC, TGT}, new String[] {})) {
            Early.start(args);
            assertNull(Early.take(CheckCommand.defaultGlossaries()), String.join(" ", args));
        }
    }

    @Test
    void aLanguageOptionLeavesTheLanguagesToTheRun() {
        Early.start(new String[] {"check", SRC, TGT, "--from", "ru"});
        Early e = Early.take(CheckCommand.defaultGlossaries());
        assertNotNull(e);
        assertEquals(List.of(), e.languages());
        e.glossary().join();
    }

    @Test
    void thePairsFirstLinesWarmTheChecksWhenTheyAreUtf8Text(@TempDir Path tmp) throws Exception {
        Path src = java.nio.file.Files.writeString(tmp.resolve("a.uk.txt"), "Зеленський прибув до Києва.\nДругий рядок.");
        Path tgt = java.nio.file.Files.writeString(tmp.resolve("a.en.txt"), "Zelensky arrived in Kyiv.\nSecond line.");
        Early.start(new String[] {"check", src.toString(), tgt.toString()});
        Early e = Early.take(CheckCommand.defaultGlossaries());
        assertNotNull(e);
        assertEquals(List.of(src, tgt), e.files());
        assertTrue(e.warmed().join(), "warmed on the first lines");
    }

    @Test
    void aHeadThatIsNotUtf8LeavesTheWarmUpToTheCommand(@TempDir Path tmp) throws Exception {
        // windows-1251 bytes: the command detects the encoding, the early thread only reads UTF-8
        Path src = java.nio.file.Files.write(tmp.resolve("a.uk.txt"),
                "Зеленський прибув до Києва.".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Path tgt = java.nio.file.Files.writeString(tmp.resolve("a.en.txt"), "Zelensky arrived in Kyiv.");
        Early.start(new String[] {"check", src.toString(), tgt.toString()});
        Early e = Early.take(CheckCommand.defaultGlossaries());
        assertNotNull(e);
        assertFalse(e.warmed().join());
        // and a run with a language option names no files to warm on
        Early.start(new String[] {"check", SRC, TGT, "--to", "en"});
        Early o = Early.take(CheckCommand.defaultGlossaries());
        assertNotNull(o);
        assertEquals(List.of(), o.files());
        assertFalse(o.warmed().join());
    }
}
