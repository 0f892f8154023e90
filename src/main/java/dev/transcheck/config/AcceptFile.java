package dev.transcheck.config;

import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        List<String> lines;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(file.toString(), "is a directory, expected an accept file");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
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
                throw new InputException(file.toString(), i + 1,
                        "'" + id + "' is not a finding id (expected check:hex, as in the JSON report's \"id\")");
            }
            ids.add(id);
        }
        return ids;
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
