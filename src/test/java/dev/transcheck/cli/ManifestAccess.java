package dev.transcheck.cli;

import dev.transcheck.io.InputException;
import java.nio.file.Path;
import java.util.List;

/** The batch manifest reader for tests outside this package (the fuzzers): each pair as its parts. */
public final class ManifestAccess {
    private ManifestAccess() {
    }

    /** One pair of a manifest: its output name, files (null when the row names none) and problem. */
    public record Row(String name, Path source, Path translation, String from, String to, String problem) {
    }

    public static List<Row> read(Path manifest) throws InputException {
        return new BatchPairs.Manifest(manifest).pairs().stream()
                .map(p -> new Row(p.name(), p.source(), p.translation(), p.from(), p.to(), p.problem())).toList();
    }
}
