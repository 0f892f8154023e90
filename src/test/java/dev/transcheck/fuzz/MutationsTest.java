package dev.transcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte mutator edits as it says, and the config and accept generators give mostly valid files
 * (before, the fuzzers' YAML soups were refused over 90 % of the time, so the accepting path was
 * hardly fuzzed), while still giving some the readers must refuse.
 */
class MutationsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void editsDoWhatTheySay() {
        byte[] seed = utf8("abcdef");
        List<byte[]> none = List.of(utf8("XYZ"));
        assertArrayEquals(utf8("abc"), Mutations.apply(seed, List.of(new Mutations.Edit(4, 500_000, 1, 0)), none)); // truncated
        assertArrayEquals(utf8("abcf"), Mutations.apply(seed, List.of(new Mutations.Edit(3, 500_000, 2, 0)), none)); // deleted
        assertArrayEquals(utf8("abc!def"), Mutations.apply(seed, List.of(new Mutations.Edit(1, 500_000, 1, '!')), none));
        assertArrayEquals(utf8("abcdedededef"), Mutations.apply(seed, List.of(new Mutations.Edit(5, 500_000, 2, 1)), none)); // de 3 times more
        assertEquals('b' ^ 2, Mutations.apply(seed, List.of(new Mutations.Edit(0, 200_000, 1, 1)), none)[1]);
        byte[] big = Mutations.apply(seed, List.of(new Mutations.Edit(5, 0, 6, 62), new Mutations.Edit(5, 0, 64, 62),
                new Mutations.Edit(5, 0, 64, 62)), none);
        assertTrue(big.length <= Mutations.MAX_BYTES, "kept under the limit: " + big.length);
        assertFalse(Mutations.seeds().isEmpty());
    }

    @Test
    void configsAndAcceptFilesAreMostlyValid(@TempDir Path dir) throws Exception {
        int configs = 0;
        int accepts = 0;
        int n = 150;
        for (String c : Mutations.config().sampleStream().limit(n).toList()) {
            if (PropertyTargets.config(dir, c)) {
                configs++;
            }
        }
        for (String a : Mutations.accept().sampleStream().limit(n).toList()) {
            if (PropertyTargets.accept(dir, a)) {
                accepts++;
            }
        }
        assertTrue(configs > n * 6 / 10 && configs < n, "configs read: " + configs + " of " + n);
        assertTrue(accepts > n / 2 && accepts < n, "accept files read: " + accepts + " of " + n);
        Files.deleteIfExists(dir.resolve("transcheck.yaml"));
    }
}
