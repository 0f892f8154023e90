package dev.transcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the committed fuzzing corpus in the normal suite: every file under
 * {@code src/test/resources/fuzz/<target>/} (seeds per format, and every input a fuzzer found to
 * crash or hang, kept once it was fixed) goes through its reader ({@link FuzzTargets}) and must end
 * in a verified result or one clean error within {@link #SECONDS}.
 */
class FuzzCorpusTest {
    /** The bound per corpus file: far above what any takes once warm; the first pays for warming the checks. */
    static final double SECONDS = 30;

    static final Path CORPUS = Path.of("src/test/resources/fuzz");

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (FuzzTargets.Target t : FuzzTargets.ALL) {
            Path folder = CORPUS.resolve(t.name());
            assertTrue(Files.isDirectory(folder), "no corpus for " + t.name());
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            assertTrue(!files.isEmpty(), "empty corpus for " + t.name());
            for (Path f : files) {
                tests.add(DynamicTest.dynamicTest(t.name() + "/" + f.getFileName(), () -> {
                    Path work = Files.createDirectories(dir.resolve(t.name() + "-" + f.getFileName()));
                    FuzzTargets.manifestFiles(work);
                    FuzzTargets.run(t, work, Files.readAllBytes(f), SECONDS);
                }));
            }
        }
        return tests.stream();
    }
}
