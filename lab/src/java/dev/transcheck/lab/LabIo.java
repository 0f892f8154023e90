package dev.transcheck.lab;

import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** One sentence per line (blank lines skipped, as the benchmark tools do). */
    public static Document lines(String path, String lang, String text) {
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int e = text.indexOf('\n', pos);
            if (e < 0) {
                e = text.length();
            }
            int end = e > pos && text.charAt(e - 1) == '\r' ? e - 1 : e;
            if (!text.substring(pos, end).isBlank()) {
                out.add(new Sentence(out.size(), out.size(), pos, end, text.substring(pos, end)));
            }
            pos = e + 1;
        }
        return new Document(path, lang, text, out);
    }
}
