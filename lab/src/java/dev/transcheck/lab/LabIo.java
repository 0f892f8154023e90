package dev.transcheck.lab;

import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reading and writing for the lab commands. */
public final class LabIo {
    private LabIo() {
    }

    /** The text of a file (encoding detected as the product does). */
    public static String read(Path path) throws InputException {
        return TextReader.readArticle(path, null).text();
    }

    /** Writes {@code text} to {@code out} atomically, or to standard output when {@code out} is null. */
    public static void write(Path out, String text) throws InputException {
        if (out == null) {
            PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ps.print(text);
            ps.flush();
            return;
        }
        try {
            AtomicFiles.write(out, text);
        } catch (IOException e) {
            throw new InputException(out.toString(), "cannot write the output (" + e.getMessage() + ")");
        }
    }
}
