package dev.transcheck.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 digests of files (the audit's glossary hashes, the glossary cache's key), each computed
 * once and remembered with the file's identity: its size, modification and change times and, where
 * the file system has them, its device and inode. A file whose identity is unchanged is not read
 * again, in this process or, with a store file, in the next one; any write to a file changes its
 * change time, which no program can set back. As version control does for its index, a digest is
 * stored only for a file last changed at least {@link #SETTLED_MILLIS} before it was read: a file
 * written again within the same tick of a coarse file-system clock would keep its times.
 * Thread-safe.
 */
public final class FileDigests {
    /** How long a file must have been left alone before its digest is stored (coarse file-system clocks). */
    static final long SETTLED_MILLIS = 3_000;
    private static final String HEADER = "# transcheck file digests 1";

    private final Path store;
    private final long settledMillis;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile boolean changed;

    /** A digest and the identity of the file it was read from; settled: fit to be stored. */
    private record Known(String identity, String sha256, boolean settled) {
    }

    private FileDigests(Path store, long settledMillis) {
        this.store = store;
        this.settledMillis = settledMillis;
    }

    /** Digests remembered in this process only. */
    public static FileDigests inMemory() {
        return new FileDigests(null, SETTLED_MILLIS);
    }

    /**
     * Digests remembered in {@code store} too (read now; written by {@link #save}). A store that
     * cannot be read or parsed counts as empty.
     */
    public static FileDigests at(Path store) {
        return at(store, SETTLED_MILLIS);
    }

    /** {@link #at(Path)} with another settling time (tests, whose files are all new). */
    static FileDigests at(Path store, long settledMillis) {
        FileDigests d = new FileDigests(store, settledMillis);
        try {
            if (Files.isRegularFile(store) && Files.size(store) < 4L * 1024 * 1024) {
                List<String> lines = Files.readAllLines(store, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split("\t", 3);
                        if (f.length == 3 && f[0].matches("[0-9a-f]{64}") && !f[2].isEmpty()) {
                            d.known.put(f[2], new Known(f[1], f[0], true));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            d.known.clear(); // unreadable: every digest is computed again
        }
        return d;
    }

    /** The SHA-256 of {@code file} (lower-case hex), from memory when the file's identity is unchanged. */
    public String sha256(Path file) throws IOException {
        String path = file.toAbsolutePath().normalize().toString();
        long before = System.currentTimeMillis();
        String identity = identity(file);
        Known k = known.get(path);
        if (k != null && k.identity.equals(identity)) {
            return k.sha256;
        }
        String digest = fresh(file);
        if (identity.equals(identity(file))) { // not changed while it was read
            boolean settled = settled(identity, before - settledMillis);
            known.put(path, new Known(identity, digest, settled));
            changed |= settled;
        }
        return digest;
    }

    /** The SHA-256 of {@code file} as it is now, read and computed whatever is remembered. */
    public static String fresh(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    }

    /** Writes the settled digests to the store (if any, and if a new one was learnt); best effort. */
    public void save() {
        if (store == null || !changed) {
            return;
        }
        changed = false;
        Map<String, Known> sorted = new TreeMap<>(known);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Map.Entry<String, Known> e : sorted.entrySet()) {
            if (e.getValue().settled) {
                lines.add(e.getValue().sha256 + "\t" + e.getValue().identity + "\t" + e.getKey());
            }
        }
        Path tmp = store.resolveSibling(store.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, store, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the store is an optimisation
            }
        }
    }

    /** The identity of a file: size, modification and change times (nanoseconds), device and inode. */
    static String identity(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String ctime = "";
        String ino = "";
        try {
            Map<String, Object> u = Files.readAttributes(file, "unix:ctime,ino,dev");
            ctime = nanos((FileTime) u.get("ctime"));
            ino = u.get("dev") + ":" + u.get("ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view (another system): size and modification time alone
        }
        return a.size() + "," + nanos(a.lastModifiedTime()) + "," + ctime + "," + ino;
    }

    private static String nanos(FileTime t) {
        return Long.toString(t.to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /** True when both times in {@code identity} lie before {@code limitMillis}. */
    static boolean settled(String identity, long limitMillis) {
        String[] f = identity.split(",", -1);
        long limit = limitMillis * 1_000_000L;
        try {
            return Long.parseLong(f[1]) < limit && (f[2].isEmpty() || Long.parseLong(f[2]) < limit);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }
}
