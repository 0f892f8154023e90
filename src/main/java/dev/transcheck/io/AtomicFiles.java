package dev.transcheck.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a whole file or nothing: a temporary file beside it, then an atomic rename. */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code text} (UTF-8). The new file keeps the permissions of the
     * one it replaces, or is readable by all (a report is meant to be shared); on failure the old
     * file, if any, is untouched and no temporary file is left.
     */
    public static void write(Path file, String text) throws IOException {
        Path target = file;
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath(); // write where the link points, and keep the link
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IOException("is not a regular file (a folder, device or pipe); it is not replaced");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        PENDING.add(tmp);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            PENDING.remove(tmp);
        }
    }

    /** Whether writing {@code output} would replace one of {@code inputs} (through links too). */
    public static boolean sameFile(Path output, Path... inputs) {
        if (!Files.exists(output)) {
            return false;
        }
        for (Path in : inputs) {
            try {
                if (in != null && Files.exists(in) && Files.isSameFile(output, in)) {
                    return true;
                }
            } catch (IOException e) {
                // not comparable: not the same file as far as we can tell
            }
        }
        return false;
    }

    /** Temporary files being written; a shutdown (SIGTERM, Ctrl-C) deletes what is left of them. */
    private static final Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // nothing more can be done while the process ends
                }
            }
        }, "transcheck-cleanup"));
    }
}
