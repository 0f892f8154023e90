package dev.transcheck.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product (target/classes, which is what the jar packs) holds no class of the lab: no
 * {@code dev/transcheck/lab} or {@code dev/transcheck/eval} package, no class whose name a lab
 * class has, and no class that refers to a lab class.
 */
class ProductSeparationTest {
    static final Path PRODUCT = Path.of("target", "classes");
    static final Path LAB = Path.of("target", "test-classes", "dev", "transcheck", "lab");

    @Test
    void productClassesHoldNothingOfTheLab() throws IOException {
        assertTrue(Files.isDirectory(PRODUCT.resolve("dev/transcheck/cli")), "product classes are not built at " + PRODUCT);
        assertTrue(Files.isDirectory(LAB), "lab classes are not built at " + LAB);
        assertTrue(!holdsClasses(PRODUCT.resolve("dev/transcheck/lab")), "a lab package in the product");
        assertTrue(!holdsClasses(PRODUCT.resolve("dev/transcheck/eval")), "an eval package in the product");
        List<String> labNames = new ArrayList<>();
        try (Stream<Path> s = Files.walk(LAB)) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(p -> labNames.add(p.getFileName().toString()));
        }
        assertTrue(labNames.contains("LabMain.class") && labNames.contains("MqmEval.class")
                && labNames.contains("AlignScorer.class"), "lab classes found: " + labNames);
        List<String> offending = new ArrayList<>();
        try (Stream<Path> s = Files.walk(PRODUCT)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = p.getFileName().toString();
                // class-file constant pools keep class names as modified UTF-8, which is ASCII here
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (labNames.contains(name) || bytes.contains("dev/transcheck/lab/") || bytes.contains("dev/transcheck/eval/")) {
                    offending.add(PRODUCT.relativize(p).toString());
                }
            }
        }
        assertEquals(List.of(), offending, "product classes that belong to or use the lab");
    }

    @Test
    void productCommandLineHasNoLabCommands() {
        picocli.CommandLine cl = dev.transcheck.cli.Main.commandLine(); // every subcommand, as the usage lists them
        for (String name : cl.getSubcommands().keySet()) {
            assertTrue(!name.startsWith("eval") && !name.startsWith("bench"), "lab command in the product: " + name);
        }
        assertTrue(cl.getSubcommands().containsKey("check"));
    }

    /** Whether {@code dir} holds a class file (an empty folder left by an older build does not count). */
    private static boolean holdsClasses(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".class"));
        }
    }
}
