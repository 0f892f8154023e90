package dev.transcheck.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a zip container (a DOCX) with limits that a zip bomb cannot pass: at most
 * {@link #MAX_ENTRIES} entries, at most {@link #MAX_TOTAL} bytes once inflated, and an inflated size
 * at most {@link #MAX_RATIO} times the file's size once past {@link #RATIO_FLOOR}. Sizes are counted
 * while inflating (the sizes a zip declares can lie), so a bomb stops at the limit, not after it.
 * Every XML part then passes {@link SafeXml#check}.
 */
public final class SafeZip {
    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_TOTAL = 200L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    public static final long RATIO_FLOOR = 10L * 1024 * 1024;

    private SafeZip() {
    }

    /** The parts of the zip in {@code bytes}, by name (each part's inflated bytes). */
    public static Map<String, byte[]> read(String name, byte[] bytes) throws InputException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new InputException(name, "refused: the zip has more than " + MAX_ENTRIES + " entries");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zin.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_TOTAL) {
                        throw new InputException(name, "refused: the zip inflates to more than "
                                + MAX_TOTAL / (1024 * 1024) + " MB (a zip bomb?)");
                    }
                    if (total > RATIO_FLOOR && total > (long) MAX_RATIO * bytes.length) {
                        throw new InputException(name, "refused: the zip inflates more than " + MAX_RATIO
                                + " times its size (a zip bomb?)");
                    }
                    out.write(buf, 0, n);
                }
                if (!e.isDirectory()) {
                    parts.put(e.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8
            throw new InputException(name, "is not a readable zip/Office file (" + Excerpt.of(String.valueOf(e.getMessage()), 120) + ")");
        }
        if (parts.isEmpty()) {
            throw new InputException(name, "is not a zip/Office file (no entries)");
        }
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            String n = p.getKey().toLowerCase(Locale.ROOT);
            if (n.endsWith(".xml") || n.endsWith(".rels")) {
                SafeXml.check(name + "!" + p.getKey(), p.getValue());
            }
        }
        return parts;
    }
}
