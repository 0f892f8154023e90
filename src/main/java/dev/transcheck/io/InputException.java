package dev.transcheck.io;

/**
 * Bad input: the message names the file (and line where known) and what is wrong, fit to print as
 * the one line a user sees.
 */
public final class InputException extends Exception {
    public InputException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }

    public InputException(String file, String problem) {
        this(file, 0, problem);
    }
}
