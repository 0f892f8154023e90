package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered digests equal fresh ones; any change to a file is seen; the store keeps only settled files. */
class FileDigestsTest {
    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** A file whose modification time is a minute ago (its change time is now). */
    private static Path old(Path f, String text) throws Exception {
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return f;
    }

    @Test
    void aDigestIsTheFilesSha256AndFollowsEveryChange(@TempDir Path tmp) throws Exception {
        Path f = old(tmp.resolve("a.csv"), "one");
        FileDigests d = FileDigests.inMemory();
        assertEquals(sha256("one".getBytes(StandardCharsets.UTF_8)), d.sha256(f));
        assertEquals(d.sha256(f), FileDigests.fresh(f));
        // the same size, the modification time set back: the change time still tells
        Files.writeString(f, "two", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertEquals(sha256("two".getBytes(StandardCharsets.UTF_8)), d.sha256(f));
    }

    @Test
    void theStoreCarriesSettledDigestsToTheNextProcess(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("cache/digests");
        Path settled = old(tmp.resolve("a.csv"), "alpha");
        Thread.sleep(50);
        long cut = System.currentTimeMillis();
        Thread.sleep(50);
        Path fresh = tmp.resolve("b.csv");
        Files.writeString(fresh, "beta", StandardCharsets.UTF_8); // changed after the cut: not stored
        FileDigests first = FileDigests.at(store, System.currentTimeMillis() - cut);
        first.sha256(settled);
        first.sha256(fresh);
        first.save();
        String text = Files.readString(store);
        assertTrue(text.contains(settled.toAbsolutePath().toString()), text);
        assertFalse(text.contains(fresh.toAbsolutePath().toString()), text);
        // a stored digest is used while the identity holds (shown by a planted wrong digest), and not after a change
        String planted = text.replace(sha256("alpha".getBytes(StandardCharsets.UTF_8)), "0".repeat(64));
        Files.writeString(store, planted);
        assertEquals("0".repeat(64), FileDigests.at(store).sha256(settled));
        Files.writeString(settled, "alpha2", StandardCharsets.UTF_8);
        assertEquals(sha256("alpha2".getBytes(StandardCharsets.UTF_8)), FileDigests.at(store).sha256(settled));
    }

    @Test
    void aDamagedStoreIsIgnored(@TempDir Path tmp) throws Exception {
        Path f = old(tmp.resolve("a.csv"), "alpha");
        Path store = tmp.resolve("digests");
        for (String junk : new String[] {"", "garbage\n", "# transcheck file digests 1\nnot\ta line\n",
                "# transcheck file digests 1\nzz\t1,2,3,4\t" + f.toAbsolutePath() + "\n", "\u0000\u0001\u0002"}) {
            Files.writeString(store, junk);
            assertEquals(sha256("alpha".getBytes(StandardCharsets.UTF_8)), FileDigests.at(store).sha256(f), junk);
        }
    }

    @Test
    void aFileChangedJustNowIsNotSettled() {
        long now = System.currentTimeMillis();
        String recent = "3," + (now - 500) * 1_000_000L + "," + (now - 500) * 1_000_000L + ",1:2";
        String settled = "3," + (now - 10_000) * 1_000_000L + "," + (now - 10_000) * 1_000_000L + ",1:2";
        assertFalse(FileDigests.settled(recent, now - FileDigests.SETTLED_MILLIS));
        assertTrue(FileDigests.settled(settled, now - FileDigests.SETTLED_MILLIS));
        assertNotEquals(recent, settled);
    }
}
