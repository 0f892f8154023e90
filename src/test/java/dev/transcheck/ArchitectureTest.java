package dev.transcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the product's code: each stage imports only stages below it, every package says
 * what it holds, and a file longer than {@value #MAX_LINES} lines says at its top why it is.
 */
class ArchitectureTest {
    static final int MAX_LINES = 400;
    static final Path SRC = Path.of("src/main/java/dev/transcheck");

    /**
     * The floors of the pipeline, lowest first. A package may import its own floor's packages only
     * when it is the same package (or one of its subpackages), and any lower floor.
     */
    static final Map<String, Integer> FLOOR = Map.ofEntries(
            Map.entry("model", 0), Map.entry("lang", 0),
            Map.entry("io", 1),
            Map.entry("text", 2),
            Map.entry("segment", 3), Map.entry("align", 3),
            Map.entry("glossary", 4), Map.entry("config", 4),
            Map.entry("names", 5),
            Map.entry("check", 6),
            Map.entry("", 7), Map.entry("report", 7),
            Map.entry("editions", 8),
            Map.entry("cli", 9), Map.entry("server", 9));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.transcheck\\.([a-z]+)?\\.?([A-Za-z.]*);", Pattern.MULTILINE);

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SRC)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The stage of a file: the first package name under dev.transcheck, or "" for the root. */
    private static String stage(Path p) {
        Path rel = SRC.relativize(p);
        return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
    }

    @Test
    void noStageImportsAStageAboveItOrBesideIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path p : sources()) {
            String from = stage(p);
            Integer mine = FLOOR.get(from);
            if (mine == null) {
                wrong.add(p + ": package " + from + " has no floor in ArchitectureTest.FLOOR");
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(p));
            while (m.find()) {
                String first = m.group(1);
                // dev.transcheck.Foo (a root class) comes through as first = null or a class name
                String to = first == null || Character.isUpperCase(m.group(0).charAt(m.group(0).indexOf("dev.transcheck.") + 15))
                        ? "" : first;
                if (to.equals(from)) {
                    continue;
                }
                Integer theirs = FLOOR.get(to);
                if (theirs == null || theirs >= mine) {
                    wrong.add(SRC.relativize(p) + " imports " + m.group(0).substring(7).replace(";", ""));
                }
            }
        }
        assertEquals(List.of(), wrong, "imports against the floors");
    }

    @Test
    void everyPackageSaysWhatItHolds() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(SRC)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> f = Files.list(d)) {
                    hasJava = f.anyMatch(x -> x.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
                    missing.add(d.toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    @Test
    void longFilesSayWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path p : sources()) {
            List<String> lines = Files.readAllLines(p);
            if (lines.size() > MAX_LINES && lines.stream().limit(40).noneMatch(l -> l.contains("Longer than " + MAX_LINES + " lines"))) {
                unexplained.add(SRC.relativize(p) + " (" + lines.size() + " lines)");
            }
        }
        assertEquals(List.of(), unexplained, "files over " + MAX_LINES + " lines need a sentence 'Longer than "
                + MAX_LINES + " lines: ...' near their top");
    }
}
