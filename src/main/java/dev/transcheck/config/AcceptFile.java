package dev.transcheck.config;

import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file of accepted finding ids: one id per line, then optionally a comment; {@code #} starts a
 * comment anywhere; blank lines are ignored. For example:
 * <pre>
 * # reviewed by the night desk
 * term.style:3fa2c01b9e77  BELTA in a quotation, kept as the agency wrote it
 * </pre>
 */
public final class AcceptFile {
    /** A finding id: a check id, a colon and twelve hex digits. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*:[0-9a-f]{12}");

    private AcceptFile() {
    }

    /** The ids listed in {@code file}; a line that does not start with an id is an error naming the line. */
    public static Set<String> read(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), "is a directory, expected an accept file");
        }
        List<String> lines = TextReader.readSettings(file, "UTF-8").lines().toList();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (i == 0 && content.startsWith("\uFEFF")) {
                content = content.substring(1).strip();
            }
            if (content.isEmpty()) {
                continue;
            }
            String id = content.split("\\s+", 2)[0];
            if (!ID.matcher(id).matches()) {
                throw new InputException(file.toString(), i + 1, quoted(id)
                        + " is not a finding id (expected check:hex, as in the JSON report's \"id\")");
            }
            ids.add(id);
        }
        return ids;
    }

    /**
     * A bad id as a message may quote it: only when it looks like a mistyped id, never a piece of
     * some other file named by mistake (which may hold secrets).
     */
    private static String quoted(String id) {
        return id.length() <= 40 && id.matches("[\\w.:-]+") ? "'" + id + "'" : "the start of the line";
    }

    /** The ids in {@code file}, or none when it does not exist yet. */
    public static Set<String> readIfExists(Path file) throws InputException {
        return Files.exists(file) ? read(file) : new LinkedHashSet<>();
    }

    /**
     * Appends {@code lines} (each "id  # comment") whose id is not in {@code file} yet; returns how
     * many were added. The file is rewritten atomically.
     */
    public static int append(Path file, List<String[]> idAndComment) throws InputException {
        for (String[] e : idAndComment) {
            if (!ID.matcher(e[0]).matches()) {
                throw new InputException(file.toString(), quoted(e[0])
                        + " is not a finding id (expected check:hex); nothing was added");
            }
        }
        // two desks accepting at once must not lose each other's ids: read, add and replace under
        // a lock (one for threads of this process, a file lock for other processes)
        Path key = file.toAbsolutePath().normalize();
        synchronized (MONITORS.computeIfAbsent(key, k -> new Object())) {
            Path lockFile = key.resolveSibling("." + key.getFileName() + ".lock");
            try {
                Files.createDirectories(key.getParent());
            } catch (IOException e) {
                throw new InputException(file.toString(), "cannot be written (" + e.getMessage() + ")");
            }
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                return appendLocked(file, idAndComment);
            } catch (IOException e) {
                throw new InputException(file.toString(), "cannot be locked for writing (" + e.getMessage() + ")");
            }
        }
    }

    private static final java.util.concurrent.ConcurrentMap<Path, Object> MONITORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int appendLocked(Path file, List<String[]> idAndComment) throws InputException {
        Set<String> known = readIfExists(file);
        StringBuilder add = new StringBuilder();
        int added = 0;
        for (String[] e : idAndComment) {
            if (known.add(e[0])) {
                add.append(e[0]);
                if (e[1] != null && !e[1].isBlank()) {
                    add.append("  # ").append(e[1].replaceAll("\\s+", " ").strip());
                }
                add.append('\n');
                added++;
            }
        }
        if (added == 0) {
            return 0;
        }
        String old = "";
        try {
            if (Files.exists(file)) {
                old = Files.readString(file, StandardCharsets.UTF_8);
                if (!old.isEmpty() && !old.endsWith("\n")) {
                    old += "\n";
                }
            }
            AtomicFiles.write(file, old + add);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be written (" + e.getMessage() + ")");
        }
        return added;
    }
}
