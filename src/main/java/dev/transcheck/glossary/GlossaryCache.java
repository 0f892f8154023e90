package dev.transcheck.glossary;

import dev.transcheck.io.FileDigests;
import dev.transcheck.io.TextReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Loaded glossaries and their term indexes kept on disk, so that a fresh process reads them
 * instead of parsing the CSV files and looking every form up in the dictionaries again
 * (docs/performance.md, "Start-up"). An entry is keyed by the SHA-256 of the glossary files'
 * names and bytes, this format's number and the stamp of the code that built it (the jar's size
 * and time): a changed glossary or a new build never reads an old entry. Every file holds its key
 * and a CRC-32 of its body; a missing, truncated, corrupt or foreign file reads as absent, and
 * the caller builds the value the slow way (and writes it again). Files are written aside and
 * renamed into place, so a process starting meanwhile never reads half a file. Thread-safe.
 */
public final class GlossaryCache {
    /** The number of this file format; raise it whenever what is written changes. */
    static final int FORMAT = 2;
    private static final int MAGIC = 0x54434743; // "TCGC"
    /** The most recent keys kept; older entries are deleted when a new one is written. */
    static final int KEEP = 8;

    private final Path dir;
    private final String stamp;
    private final FileDigests digests;

    private GlossaryCache(Path dir, String stamp) {
        this.dir = dir;
        this.stamp = stamp;
        this.digests = FileDigests.at(dir.resolve("digests"));
    }

    /** A cache in {@code dir} (made on first write) for code identified by {@code stamp}. */
    public static GlossaryCache at(Path dir, String stamp) {
        return new GlossaryCache(dir, stamp);
    }

    /** The digests of the glossary files, remembered in this cache's folder (the audit's hashes use them too). */
    public FileDigests digests() {
        return digests;
    }

    /**
     * A cache in {@code glossary-cache/} beside the jar that holds this code (the launcher's
     * {@code target/}), for this jar's build (its name, size and time). Null when the classes are
     * not in a jar (a build folder, where an edit changes no jar): nothing is cached then.
     */
    public static GlossaryCache besideJar() {
        try {
            var src = GlossaryCache.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            Path jar = Path.of(src.getLocation().toURI());
            if (!Files.isRegularFile(jar) || jar.getParent() == null) {
                return null;
            }
            String stamp = jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
            return new GlossaryCache(jar.getParent().resolve("glossary-cache"), stamp);
        } catch (Exception e) {
            return null;
        }
    }

    /** The folder of the entries. */
    public Path dir() {
        return dir;
    }

    /**
     * The key of {@code files} as they are now: a digest of this format, the code's stamp and each
     * file's name and SHA-256 ({@code fresh}: read again, not remembered). Null when a file cannot
     * be read or is too large to be a glossary (the loader then reports it as without a cache).
     */
    String key(List<Path> files, boolean fresh) {
        MessageDigest md = sha256();
        md.update(("transcheck glossary cache " + FORMAT + "\n" + stamp + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            try {
                if (Files.size(f) > TextReader.MAX_BYTES) {
                    return null;
                }
                String digest = fresh ? FileDigests.fresh(f) : digests.sha256(f);
                md.update((f.toString() + "\n" + digest + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 40);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One entry of the cache: the values built from one set of glossary files. */
    public record Slot(GlossaryCache cache, String key) {
        /** The part {@code part} of this entry read by {@code body}, or null when it is absent or unreadable. */
        public <T> T read(String part, Body<T> body) {
            return cache.read(key, part, body);
        }

        /** Writes the part {@code part} of this entry (best effort: a cache that cannot be written is skipped). */
        public void write(String part, Writer writer) {
            cache.write(key, part, writer);
        }
    }

    /** Reads a part's body. Any exception means the part is unusable. */
    public interface Body<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Writes a part's body. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    Path file(String key, String part) {
        return dir.resolve(key + "." + part);
    }

    <T> T read(String key, String part, Body<T> body) {
        Path f = file(key, part);
        try {
            if (!Files.isRegularFile(f)) {
                return null;
            }
            byte[] all = Files.readAllBytes(f);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(readString(in))
                    || !part.equals(readString(in))) {
                return null;
            }
            int length = in.readInt();
            long crc = in.readLong();
            if (length < 0 || length != in.available()) {
                return null;
            }
            byte[] data = in.readNBytes(length);
            CRC32 c = new CRC32();
            c.update(data);
            if (c.getValue() != crc) {
                return null;
            }
            DataInputStream bodyIn = new DataInputStream(new ByteArrayInputStream(data));
            T value = body.read(bodyIn);
            return bodyIn.available() == 0 ? value : null;
        } catch (IOException | RuntimeException e) {
            return null; // absent, truncated or corrupt: built again by the caller
        }
    }

    void write(String key, String part, Writer writer) {
        Path f = file(key, part);
        Path tmp = dir.resolve(f.getFileName() + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            writer.write(new DataOutputStream(body));
            byte[] data = body.toByteArray();
            CRC32 c = new CRC32();
            c.update(data);
            ByteArrayOutputStream whole = new ByteArrayOutputStream(data.length + 128);
            DataOutputStream out = new DataOutputStream(whole);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, key);
            writeString(out, part);
            out.writeInt(data.length);
            out.writeLong(c.getValue());
            out.write(data);
            out.flush();
            Files.createDirectories(dir);
            Files.write(tmp, whole.toByteArray());
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(key);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the cache is an optimisation
            }
        }
    }

    /** Deletes the entries of all but the {@link #KEEP} most recently written keys. */
    private void prune(String current) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{40}\\..+")).toList();
        }
        java.util.Map<String, FileTime> newest = new java.util.HashMap<>();
        for (Path p : files) {
            String k = p.getFileName().toString().substring(0, 40);
            FileTime t = Files.getLastModifiedTime(p);
            newest.merge(k, t, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        if (newest.size() <= KEEP) {
            return;
        }
        List<String> keys = new ArrayList<>(newest.keySet());
        keys.remove(current);
        keys.sort(Comparator.comparing(newest::get));
        for (String old : keys.subList(0, newest.size() - KEEP)) {
            for (Path p : files) {
                if (p.getFileName().toString().startsWith(old + ".")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A string of any length (UTF-8 with its length in bytes first). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new EOFException("bad string length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** A string that may be null. */
    static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    /**
     * {@code build}'s value, kept as part {@code part} of {@code slot}'s entry: read from it when
     * there, else built and written (no slot: built). For tables of strings to sets of strings
     * derived from a glossary.
     */
    public static java.util.Map<String, java.util.Set<String>> stringSets(Slot slot, String part,
            java.util.function.Supplier<java.util.Map<String, java.util.Set<String>>> build) {
        if (slot == null || !part.matches("[a-z0-9-]{1,40}")) {
            return build.get();
        }
        java.util.Map<String, java.util.Set<String>> cached = slot.read(part, GlossaryCache::readStringSets);
        if (cached != null) {
            return cached;
        }
        java.util.Map<String, java.util.Set<String>> built = build.get();
        slot.write(part, out -> writeStringSets(out, built));
        return built;
    }

    static void writeStringSets(DataOutputStream out, java.util.Map<String, java.util.Set<String>> map) throws IOException {
        out.writeInt(map.size());
        for (String k : new java.util.TreeSet<>(map.keySet())) {
            writeString(out, k);
            java.util.Set<String> v = map.get(k);
            out.writeInt(v.size());
            for (String x : new java.util.TreeSet<>(v)) {
                writeString(out, x);
            }
        }
    }

    static java.util.Map<String, java.util.Set<String>> readStringSets(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad size " + n);
        }
        java.util.Map<String, String> strings = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = readString(in);
            int m = in.readInt();
            if (m < 0 || m > in.available()) {
                throw new IOException("bad size " + m);
            }
            String[] v = new String[m];
            for (int j = 0; j < m; j++) {
                v[j] = strings.computeIfAbsent(readString(in), x -> x);
            }
            out.put(k, java.util.Set.of(v));
        }
        return java.util.Map.copyOf(out);
    }
}
