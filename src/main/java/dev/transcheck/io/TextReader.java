package dev.transcheck.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article file: checks it is a readable, not too large, non-empty text file, decodes it
 * (byte-order mark, UTF-8, or a detected legacy Cyrillic/Latin encoding; docs/INPUT.md) and, for
 * Markdown and HTML files, extracts the article text. Every problem is an {@link InputException}
 * whose message names the file (and the line where one is to blame).
 */
public final class TextReader {
    /** Larger inputs are refused: no article is this long and the check would take minutes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TextReader() {
    }

    /**
     * The decoded text of {@code path}, without a byte-order mark (markup is kept: see
     * {@link #readArticle}).
     *
     * @param encoding a charset name that overrides detection, or null
     */
    public static String read(Path path, String encoding) throws InputException {
        return decode(path.toString(), bytes(path), encoding);
    }

    /**
     * The decoded text of a settings file (accept file, config) that may be empty: the same checks
     * as {@link #read} (size, binary content, strict decoding with the line of a bad byte), but an
     * empty or blank file is an empty text.
     */
    public static String readSettings(Path path, String encoding) throws InputException {
        String name = path.toString();
        if (Files.isRegularFile(path)) {
            try {
                if (Files.size(path) == 0 && Files.readAllBytes(path).length == 0) {
                    return "";
                }
            } catch (IOException e) {
                throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
            }
        }
        byte[] bytes = bytes(path);
        EncodingDetector.checkNotBinary(name, bytes);
        return EncodingDetector.decode(name, bytes, encoding).text();
    }

    /**
     * The article text of {@code path}: for {@code .md}/{@code .markdown} and
     * {@code .html}/{@code .htm}/{@code .xhtml} files the markup is removed, for any other file the
     * text is as decoded.
     */
    public static PlainText readArticle(Path path, String encoding) throws InputException {
        String name = path.toString();
        String text = decode(name, bytes(path), encoding);
        PlainText plain = switch (Format.of(path)) {
            case MARKDOWN -> MarkdownText.extract(text);
            case HTML -> HtmlText.extract(text);
            case PLAIN -> PlainText.of(text);
        };
        if (plain.text().isBlank()) {
            throw new InputException(name, "has no article text once the markup is removed");
        }
        return plain;
    }

    /** The name standard input goes by in messages. */
    public static final String STDIN_NAME = "<standard input>";

    /** Standard input (given as {@code -}), read as plain text with the same checks as a file. */
    public static PlainText readStdin(String encoding) throws InputException {
        byte[] bytes;
        try {
            bytes = System.in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InputException(STDIN_NAME, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(STDIN_NAME, "is too large (the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        if (bytes.length == 0) {
            throw new InputException(STDIN_NAME, "is empty");
        }
        return PlainText.of(decode(STDIN_NAME, bytes, encoding));
    }

    /** How a file's text is marked up, by its extension. */
    public enum Format {
        PLAIN, MARKDOWN, HTML;

        public static Format of(Path path) {
            Path fn = path.getFileName();
            String n = fn == null ? "" : fn.toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".md") || n.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
                return HTML;
            }
            return PLAIN;
        }
    }

    /** The file's bytes after the checks that need no decoding. */
    static byte[] bytes(Path path) throws InputException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(name, "is a directory, expected a file");
        }
        if (!Files.exists(path)) {
            throw new InputException(name, "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(name, "is not a regular file");
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
        } catch (AccessDeniedException e) {
            throw new InputException(name, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new InputException(name, "file is empty");
        }
        return bytes;
    }

    /** Decodes {@code bytes} (see {@link EncodingDetector}); blank text is an error. */
    static String decode(String name, byte[] bytes, String encoding) throws InputException {
        String text = EncodingDetector.decode(name, bytes, encoding).text();
        if (text.isBlank()) {
            throw new InputException(name, "file has no text (only white space)");
        }
        return text;
    }
}
