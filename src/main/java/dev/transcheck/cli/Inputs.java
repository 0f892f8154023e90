package dev.transcheck.cli;

import dev.transcheck.io.AtomicFiles;
import dev.transcheck.io.InputException;
import dev.transcheck.io.Formats;
import dev.transcheck.text.Languages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Shared command-line plumbing: reading inputs, choosing languages, writing outputs atomically. */
final class Inputs {
    private Inputs() {
    }

    /** The article text of a file (markup removed from .md and .html files; see docs/INPUT.md). */
    static String read(Path path, String encoding) throws InputException {
        return Formats.readArticle(path, encoding).text();
    }

    /**
     * The language of one side of a bilingual file: the option, else what the file declares, else
     * the desk's default, else a guess from the side's text.
     */
    static String declaredLanguage(String option, String declared, String deskDefault, Path path, String text)
            throws InputException {
        if (option != null) {
            return language(option, path, text);
        }
        String base = Formats.baseLanguage(declared);
        if (base != null && Languages.isKnownCode(base)) {
            return base;
        }
        if (deskDefault != null) {
            return language(deskDefault, path, text);
        }
        String guess = Languages.guess(text);
        if (guess == null) {
            throw new InputException(path.toString(), "cannot tell the languages (the file declares none); name them with --from/--to");
        }
        return guess;
    }

    /** The language of a file: the option, else its name's suffix, else a guess from its text. */
    static String language(String option, Path path, String text) throws InputException {
        if (option != null) {
            String code = option.trim().toLowerCase(java.util.Locale.ROOT);
            if (!Languages.isKnownCode(code)) {
                throw new Main.UsageError(path + ": unknown language code '" + option
                        + "' (expected an ISO 639-1 code, such as uk, ru, en)");
            }
            return code;
        }
        String byName = Languages.fromFileName(path.getFileName().toString());
        if (byName != null) {
            return byName;
        }
        String guess = Languages.guess(text);
        if (guess == null) {
            throw new InputException(path.toString(), "cannot tell the language; name it with --from/--to or --lang");
        }
        return guess;
    }

    /** Refuses an output file that is one of the inputs: input files are never modified. */
    static void guardOutput(Path out, Path... inputs) {
        if (out != null && AtomicFiles.sameFile(out, inputs)) {
            throw new Main.UsageError(out + ": is an input file; write the output elsewhere (-o)");
        }
    }

    /**
     * Writes {@code text} to {@code out} atomically, or to standard output when {@code out} is null;
     * refuses to replace any of {@code inputs}.
     */
    static void write(Path out, String text, Path... inputs) throws InputException {
        guardOutput(out, inputs);
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
