package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-text check never loads an Okapi class (the JVM's own class-loading log of a fresh
 * process says so); an XLIFF check in the same set-up does, which shows the probe can fail.
 */
class LazyOkapiTest {
    @TempDir
    Path dir;

    private String classesLoaded(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xshare:off", "-verbose:class", "-cp",
                System.getProperty("java.class.path"), "dev.transcheck.cli.Main"));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("log" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void plainTextCheckLoadsNoOkapiClassButAnXliffCheckDoes() throws Exception {
        Path uk = dir.resolve("a.uk.txt");
        Path en = dir.resolve("a.en.txt");
        Files.writeString(uk, "Зустріч відбулася в Мінську в п'ятницю.\n");
        Files.writeString(en, "The meeting took place in Minsk on Friday.\n");
        String plain = classesLoaded("check", uk.toString(), en.toString(), "--glossary", dir.toString());
        assertTrue(plain.contains("dev.transcheck.cli.CheckCommand"), "the probe saw no class loading at all");
        assertTrue(plain.contains("dev.transcheck.io.Formats"), "the dispatch point is on the path");
        assertFalse(plain.contains("net.sf.okapi"), "Okapi loaded for a plain-text check");
        assertFalse(plain.contains("dev.transcheck.io.okapi.OkapiReader"));

        Path xlf = dir.resolve("a.xlf");
        Files.writeString(xlf, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" "
                + "source-language=\"uk\" target-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\">"
                + "<source>Зустріч відбулася в Мінську в п'ятницю.</source><target>The meeting took place in Minsk on Friday.</target>"
                + "</trans-unit></body></file></xliff>");
        String bilingual = classesLoaded("check", xlf.toString(), "--glossary", dir.toString());
        assertTrue(bilingual.contains("net.sf.okapi.filters.xliff.XLIFFFilter"), bilingual.lines().filter(l -> l.contains("rror")).toList().toString());
    }
}
