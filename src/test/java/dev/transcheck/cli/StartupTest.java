package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a one-article check loads at start-up (issue 15, docs/performance.md), in a fresh JVM with
 * the launcher's options: only the subcommand it runs, none of the pieces it does not use, and a
 * class-data archive made as the launcher makes it (a class list, then {@code -Xshare:dump}) holds
 * every class it loads, the libraries' included.
 */
class StartupTest {
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final List<String> CHECK = List.of("dev.transcheck.cli.Main", "check",
            "samples/zapad-2025/source.uk.txt", "samples/zapad-2025/translation.en.txt", "--no-config",
            "--format", "json", "--fail-on", "never");

    @Test
    void aPlainCheckLoadsOneSubcommandAndNoneOfWhatItDoesNotUse(@TempDir Path tmp) throws Exception {
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(List.of("-Xshare:off", "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(CHECK);
        List<String> log = run(cmd, tmp.resolve("log.txt"));
        List<String> loaded = classes(log);
        assertEquals(List.of(), log.stream().filter(l -> l.startsWith("transcheck: trace")).toList(), "no trace unless asked");
        assertTrue(loaded.contains("dev.transcheck.cli.CheckCommand"), "the log lists loaded classes");
        List<String> unwanted = loaded.stream().filter(c -> c.equals("dev.transcheck.cli.BatchCommand")
                || c.equals("dev.transcheck.cli.ServeCommand") || c.equals("dev.transcheck.cli.EditionsCommand")
                || c.equals("dev.transcheck.cli.AlignCommand") // subcommands the run does not name
                || c.startsWith("org.yaml.") || c.startsWith("com.fasterxml.jackson.dataformat.yaml.") // no config file
                || c.startsWith("net.sf.okapi.") // CAT and office formats: a plain text pair needs no filter
                || c.startsWith("io.javalin.") || c.startsWith("org.eclipse.jetty.") // the server
                || c.startsWith("org.openqa.selenium.") // the browser test's driver, never the product's
                || c.startsWith("java.lang.management.") // only for -Dtranscheck.trace
                || c.equals("com.ibm.icu.text.RuleBasedNumberFormat") // spelled numbers come from numbers/spelled/
                || c.equals("com.ibm.icu.text.AnyTransliterator$ScriptRunIterator") // AsciiLatin's table, not ICU's chain
                || c.equals("com.ibm.icu.text.TransliteratorRegistry") // RomanRules' tables, not ICU's transliterators
        ).toList();
        assertEquals(List.of(), unwanted);
    }

    @Test
    void aTraceListsThePhasesInOrderWithTheirTimes(@TempDir Path tmp) throws Exception {
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(List.of("-Dtranscheck.trace", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(CHECK);
        List<String> trace = run(cmd, tmp.resolve("trace.txt")).stream().filter(l -> l.startsWith("transcheck: trace")).toList();
        List<String> all = trace.stream().map(l -> l.replaceFirst("^transcheck: trace +\\d+ ms wall +\\d+ ms cpu +(-?\\d+ ms thread +)?\\S+ +", ""))
                .toList();
        // the early thread (Early) marks its end whenever it gets there
        assertTrue(all.contains("early: glossary and tables loaded"), all.toString());
        assertTrue(all.contains("early: languages' tables loaded"), all.toString());
        // and warms the checks on the files' first lines, so the command does not warm them again
        assertTrue(all.contains("early: checks warmed on the headlines"), all.toString());
        List<String> phases = all.stream().filter(p -> !p.startsWith("early: ")).toList();
        trace = trace.stream().filter(l -> !l.contains(" early: ")).toList();
        assertEquals(List.of("main", "command line parsed"), phases.subList(0, 2), String.join("\n", trace));
        // the glossary's thread starts before the inputs are read
        assertTrue(phases.containsAll(List.of("glossary loaded", "texts segmented")), phases.toString());
        assertTrue(!phases.contains("checks warmed on the headlines"), phases.toString());
        assertTrue(phases.indexOf("inputs read") < phases.indexOf("texts segmented"), phases.toString());
        assertTrue(phases.indexOf("glossary loaded") < phases.indexOf("glossary and warm-up joined"), phases.toString());
        assertEquals(List.of("glossary and warm-up joined", "checked", "report written", "exit"),
                phases.subList(phases.size() - 4, phases.size()), String.join("\n", trace));
        long[] wall = trace.stream().mapToLong(l -> Long.parseLong(l.replaceAll("^transcheck: trace +(\\d+) ms wall.*", "$1"))).toArray();
        for (int i = 1; i < wall.length; i++) {
            assertTrue(wall[i] >= wall[i - 1], "times in order: " + String.join("\n", trace));
        }
    }

    @Test
    void theClassDataArchiveHoldsEveryLoadedClassIncludingTheLibraries(@TempDir Path tmp) throws Exception {
        // -Xshare:dump takes jars only: the product classes as a jar, then the libraries
        Path app = tmp.resolve("app.jar");
        jar(Path.of("target", "classes"), app);
        List<String> cp = new ArrayList<>(List.of(app.toString()));
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.endsWith(".jar")) {
                cp.add(e);
            }
        }
        String classPath = String.join(java.io.File.pathSeparator, cp);
        Path list = tmp.resolve("classes.list");
        Path archive = tmp.resolve("app.jsa");

        List<String> listRun = new ArrayList<>(JVM);
        listRun.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-cp", classPath));
        listRun.addAll(CHECK);
        run(listRun, tmp.resolve("list.txt"));

        List<String> dump = new ArrayList<>(JVM);
        dump.addAll(List.of("-Xshare:dump", "-Xlog:cds=warning", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath));
        List<String> dumpLog = run(dump, tmp.resolve("dump.txt"));
        // what the archive refused: nothing of ours or of a library (the JDK's own event classes may be skipped)
        List<String> refused = dumpLog.stream().filter(l -> l.contains("Skipping") || l.contains("not supported"))
                .filter(l -> !l.matches(".*Skipping (java|jdk|sun)/.*")).toList();
        assertEquals(List.of(), refused, "classes the archive refused");

        List<String> use = new ArrayList<>(JVM);
        use.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-cp", classPath));
        use.addAll(CHECK);
        List<String> log = run(use, tmp.resolve("use.txt"));
        List<String> loads = log.stream().filter(l -> l.contains("[class,load]")).toList();
        List<String> picocli = loads.stream().filter(l -> l.contains(" picocli.")).toList();
        assertTrue(picocli.size() > 20, "picocli's classes are loaded: " + picocli.size());
        assertEquals(List.of(), picocli.stream().filter(l -> !l.contains("shared objects file")).toList(),
                "picocli (Java 5 class files) comes from the archive");
        long shared = loads.stream().filter(l -> l.contains("shared objects file")).count();
        // the rest are classes made at run time (lambda forms, proxies), never in a class list
        assertTrue(shared * 100 >= loads.size() * 90, shared + " of " + loads.size() + " classes from the archive");
    }

    @Test
    void fromAJarTheGlossaryIsCachedBesideItAndTheReportIsTheSame(@TempDir Path tmp) throws Exception {
        Path app = tmp.resolve("app.jar");
        jar(Path.of("target", "classes"), app);
        String classPath = app + java.io.File.pathSeparator + System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(List.of("-cp", classPath));
        cmd.addAll(CHECK);
        List<String> cold = run(cmd, tmp.resolve("cold.json"));
        Path cache = tmp.resolve("glossary-cache");
        List<String> entries;
        try (Stream<Path> s = Files.list(cache)) {
            entries = s.map(p -> p.getFileName().toString().replaceAll("^[0-9a-f]{40}\\.", "")).sorted().toList();
        }
        assertEquals(List.of("digests", "glossary", "index-en", "index-uk", "name-words", "person-words", "stems-en"),
                entries);
        List<String> warm = run(cmd, tmp.resolve("warm.json"));
        assertEquals(cold, warm, "the same report from the cache (SOURCE_DATE_EPOCH fixes the time)");
        cmd.add(cmd.indexOf("-cp"), "-Xlog:class+load=info");
        List<String> loads = classes(run(cmd, tmp.resolve("warm-log.txt")));
        assertTrue(loads.contains("dev.transcheck.glossary.GlossaryCache"), "the cache is used");
        assertTrue(loads.stream().noneMatch(c -> c.startsWith("org.apache.commons.csv.")), "no CSV parsed from a warm cache");
    }

    @Test
    void aCheckFromAJarSearchesNoJarForWhatIsNotThereAndReportsTheSame(@TempDir Path tmp) throws Exception {
        // a resource or class that is on no class-path entry makes the class loader open and index
        // every jar in turn (about 60 under the launcher): picocli's probes for Groovy and Jansi, a
        // language's missing optional data file, a word list per ISO language did that at every start
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Path app = tmp.resolve("app.jar");
        jar(Path.of("target", "classes"), app);
        String classPath = app + java.io.File.pathSeparator + System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(List.of("-Dtranscheck.trace", "-cp", classPath));
        cmd.addAll(CHECK);
        List<String> out = run(cmd, tmp.resolve("trace.txt"));
        List<String> jars = out.stream().filter(l -> l.startsWith("transcheck: jars open: ")).toList();
        assertEquals(1, jars.size(), String.join("\n", out));
        List<String> open = List.of(jars.get(0).substring("transcheck: jars open: ".length()).split(" "));
        assertTrue(open.contains("app.jar"), open.toString());
        assertTrue(open.stream().anyMatch(j -> j.startsWith("icu4j")), "ICU's data is read from its jar: " + open);
        // jars a plain check never reads, all after the last one it does read (picocli) on the class path: the
        // office formats, the server, the tests' own libraries (a search opens every jar before the one that has it)
        List<String> searched = open.stream().filter(j -> j.startsWith("jetty") || j.startsWith("javalin")
                || j.startsWith("kotlin") || j.startsWith("okapi") || j.startsWith("junit")
                || j.startsWith("selenium") || j.startsWith("jqwik")).toList();
        assertEquals(List.of(), searched, "jars searched for something that is not there; open: " + open);

        // the data read from the jar's own directory gives the same report as the class loader's search
        List<String> fromFolder = new ArrayList<>(JVM);
        fromFolder.addAll(List.of("-cp", System.getProperty("java.class.path")));
        fromFolder.addAll(CHECK);
        List<String> plain = new ArrayList<>(JVM);
        plain.addAll(List.of("-cp", classPath));
        plain.addAll(CHECK);
        assertEquals(run(fromFolder, tmp.resolve("folder.json")), run(plain, tmp.resolve("jar.json")));
    }

    /** Runs a JVM with these arguments in the project folder; its output (both streams) as lines. */
    private static List<String> run(List<String> args, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1764460800"); // reports of two runs compare byte for byte
        pb.environment().remove("TRANSCHECK_CACHE");
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + cmd);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        return lines;
    }

    /** The class names of {@code -Xlog:class+load} lines. */
    private static List<String> classes(List<String> log) {
        List<String> out = new ArrayList<>();
        for (String l : log) {
            int at = l.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = l.substring(at + "[class,load] ".length());
                int sp = rest.indexOf(' ');
                out.add(sp < 0 ? rest : rest.substring(0, sp));
            }
        }
        return out;
    }

    /** A jar of the files under {@code dir}. */
    private static void jar(Path dir, Path jar) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }
}
