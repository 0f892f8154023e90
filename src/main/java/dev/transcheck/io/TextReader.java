package dev.transcheck.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an article's text file into a string. */
public final class TextReader {
    /** Larger inputs are refused: no article is this long and the check would take minutes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TextReader() {
    }

    /**
     * The decoded text of {@code path}, without a byte-order mark.
     *
     * @param encoding a charset name that overrides detection, or null
     */
    public static String read(Path path, String encoding) throws InputException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(name, "is a directory, expected a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(name, "file is too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new InputException(name, "file is empty");
        }
        String text = decode(name, bytes, encoding);
        if (text.isBlank()) {
            throw new InputException(name, "file has no text");
        }
        return text;
    }

    static String decode(String name, byte[] bytes, String encoding) throws InputException {
        if (encoding != null) {
            Charset cs;
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new InputException(name, "unknown encoding '" + encoding + "'");
            }
            return stripBom(strict(name, bytes, cs));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(name, java.util.Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(name, java.util.Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(name, java.util.Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name, "looks like a binary file (it contains NUL bytes)");
            }
        }
        return strict(name, bytes, StandardCharsets.UTF_8);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String strict(String name, byte[] bytes, Charset cs) throws InputException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "is not valid " + cs.name() + " text");
        }
    }
}
