package dev.transcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptFileTest {
    @TempDir
    Path dir;

    @Test
    void readsIdsWithCommentsAndBlankLines() throws Exception {
        Path f = Files.writeString(dir.resolve("a.accept"), """
                # reviewed 2025-09-12 by the night desk

                term.style:0123456789ab   BELTA kept inside a quotation
                name.mismatch:aaaaaaaaaaaa# no space before the comment
                  omission:bbbbbbbbbbbb
                """);
        assertEquals(Set.of("term.style:0123456789ab", "name.mismatch:aaaaaaaaaaaa", "omission:bbbbbbbbbbbb"),
                AcceptFile.read(f));
    }

    @Test
    void aLineThatIsNotAnIdIsAnErrorWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("a.accept"), "omission:bbbbbbbbbbbb\nLavrov is fine\n");
        InputException e = assertThrows(InputException.class, () -> AcceptFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: 'Lavrov'"), e.getMessage());
    }

    @Test
    void appendAddsOnlyNewIds() throws Exception {
        Path f = dir.resolve("sub/desk.accept");
        assertEquals(2, AcceptFile.append(f, List.of(new String[] {"omission:bbbbbbbbbbbb", "dropped quote"},
                new String[] {"term.style:0123456789ab", null})));
        assertEquals(1, AcceptFile.append(f, List.of(new String[] {"omission:bbbbbbbbbbbb", "again"},
                new String[] {"name.mismatch:aaaaaaaaaaaa", "x"})));
        assertEquals(0, AcceptFile.append(f, List.<String[]>of(new String[] {"omission:bbbbbbbbbbbb", "again"})));
        assertEquals(List.of("omission:bbbbbbbbbbbb  # dropped quote", "term.style:0123456789ab",
                "name.mismatch:aaaaaaaaaaaa  # x"), Files.readAllLines(f));
        assertEquals(3, AcceptFile.read(f).size());
    }
}
