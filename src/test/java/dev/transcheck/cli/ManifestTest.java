package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch manifests the fuzzer found to crash or to give two pairs one output name; each with a near miss. */
class ManifestTest {
    @TempDir
    Path dir;

    private List<BatchPairs.Pair> read(String csv) throws Exception {
        Files.writeString(dir.resolve("a.uk.txt"), "Текст.");
        Files.writeString(dir.resolve("a.en.txt"), "Text.");
        Path m = Files.writeString(dir.resolve("manifest.csv"), csv);
        return new BatchPairs.Manifest(m).pairs();
    }

    /** Found by the fuzzer: a header with an empty column name threw IllegalArgumentException. */
    @Test
    void headerWithAnEmptyColumnIsAnError() throws Exception {
        for (String header : List.of(",source,translation", "name,,source,translation")) {
            InputException e = assertThrows(InputException.class, () -> read(header + "\na.uk.txt,a.uk.txt,a.en.txt\n"));
            assertTrue(e.getMessage().contains("manifest.csv:1: bad header row"), e.getMessage());
        }
        assertEquals(1, read("source,translation,name\na.uk.txt,a.en.txt,x\n").size());
    }

    /** Found by the fuzzer: a row naming "/" threw NullPointerException when the output name was taken from it. */
    @Test
    void pathWithoutAFileNameIsAPairWithAProblem() throws Exception {
        List<BatchPairs.Pair> pairs = read("source,translation\n/,/\na.uk.txt,a.en.txt\n");
        assertEquals("line-2", pairs.get(0).name());
        assertTrue(pairs.get(0).problem().contains("no such file"), pairs.get(0).problem());
        assertEquals("a.en", pairs.get(1).name());
        assertNull(pairs.get(1).problem());
    }

    /** Found by the fuzzer: a row named "a-2" and a second "a" (renamed "a-2") wrote the same report files. */
    @Test
    void everyPairGetsItsOwnOutputName() throws Exception {
        List<BatchPairs.Pair> pairs = read("name,source,translation\na-2,a.uk.txt,a.en.txt\na,a.uk.txt,a.en.txt\n"
                + "a,a.uk.txt,a.en.txt\n");
        assertEquals(List.of("a-2", "a", "a-3"), pairs.stream().map(BatchPairs.Pair::name).toList());
    }
}
