package dev.transcheck.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens a zip container (a DOCX) with limits that a zip bomb cannot pass: at most
 * {@link #MAX_ENTRIES} entries, at most {@link #MAX_TOTAL} bytes once inflated, and an inflated size
 * at most {@link #MAX_RATIO} times the file's size once past {@link #RATIO_FLOOR}. Sizes are counted
 * while inflating (the sizes a zip declares can lie), so a bomb stops at the limit, not after it.
 * The entries are the ones the central directory lists, as Okapi reads them.
 * Every XML part then passes {@link SafeXml#check}.
 */
public final class SafeZip {
    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_TOTAL = 200L * 1024 * 1024;
    public static final int MAX_RATIO = 100;
    public static final long RATIO_FLOOR = 10L * 1024 * 1024;

    private SafeZip() {
    }

    /**
     * The parts of the zip file {@code path}, by name (each XML part's inflated bytes; other parts
     * are inflated to count their size and kept empty). The entries are
     * those of the zip's central directory, read with {@link ZipFile}: the view Okapi reads the
     * document through. (Reading the local headers in sequence, as a {@code ZipInputStream} does,
     * would check another view: a part listed in the directory but hidden inside another entry's
     * data would pass unchecked, bomb or DOCTYPE alike. The fuzzer's corpus holds such a file.)
     */
    public static Map<String, byte[]> read(Path path) throws InputException {
        String name = path.toString();
        long size = TextReader.bytes(path).length; // the size limit and the usual checks of a readable file
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        ZipFile opened;
        try {
            opened = new ZipFile(path.toFile());
        } catch (IOException | IllegalArgumentException e) {
            // no end-of-directory record (not a zip, or truncated), a damaged directory, a name that is not UTF-8
            throw new InputException(name, "is not a zip/Office file (" + Excerpt.of(String.valueOf(e.getMessage()), 120) + ")");
        }
        try (ZipFile zip = opened) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new InputException(name, "refused: the zip has more than " + MAX_ENTRIES + " entries");
                }
                if (e.isDirectory()) {
                    continue;
                }
                // only the XML parts are kept (they are checked below); media are inflated to count their size
                String lower = e.getName().toLowerCase(Locale.ROOT);
                boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > MAX_TOTAL) {
                            throw new InputException(name, "refused: the zip inflates to more than "
                                    + MAX_TOTAL / (1024 * 1024) + " MB (a zip bomb?)");
                        }
                        if (total > RATIO_FLOOR && total > (long) MAX_RATIO * size) {
                            throw new InputException(name, "refused: the zip inflates more than " + MAX_RATIO
                                    + " times its size (a zip bomb?)");
                        }
                        if (xml) {
                            out.write(buf, 0, n);
                        }
                    }
                }
                parts.put(e.getName(), xml ? out.toByteArray() : new byte[0]);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // a damaged entry, a compression method it cannot inflate
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
