package dev.transcheck.io;

/**
 * Bad input: the message names the file (and line where known) and what is wrong, fit to print as
 * the one line a user sees.
 */
public final class InputException extends Exception {
    public InputException(String file, int line, String problem) {
        // one line whatever the file name and the quoted values hold: a YAML plain scalar folded over a
        // blank line made a message of two lines, an escape sequence in a name could drive the terminal
        super(Excerpt.of(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem, Integer.MAX_VALUE));
    }


    public InputException(String file, String problem) {
        this(file, 0, problem);
    }
}
