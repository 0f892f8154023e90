package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transcheck batch}: pairing by file name and by manifest, a pair that cannot be read
 * reported while the rest go on, the run's exit status, and the output folder (every report
 * there, whole, and no temporary file left). Only the omission check runs, so that the verdicts
 * depend on the gate alone: the short translation drops three of four sentences.
 */
class BatchCommandTest {
    static final String UK = CliGateTest.UK;
    static final String EN_SHORT = CliGateTest.EN;
    static final String EN_FULL = "The government announced a new plan to restore bridges in three regions.\n"
            + "The work will begin in spring and last until the end of next year.\n"
            + "The money will come from the state budget and from international partners.\n"
            + "The local authorities supported the plan.\n";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliGateTest.Run batch(String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--no-config", "--progress", "never", "-j", "2"));
        a.addAll(CliGateTest.ONLY_OMISSION);
        a.addAll(List.of(more));
        return CliGateTest.run(a.toArray(String[]::new));
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    private static Map<String, JsonNode> byName(JsonNode summary) {
        Map<String, JsonNode> m = new HashMap<>();
        summary.path("pairs").forEach(p -> m.put(p.path("name").asText(), p));
        return m;
    }

    @Test
    void splitsFileNamesIntoStemAndLanguage() {
        assertArrayEquals(new String[] {"story", "uk"}, BatchPairs.ByName.split("story.uk.txt"));
        assertArrayEquals(new String[] {"001_bbc.381790", "en"}, BatchPairs.ByName.split("001_bbc.381790.en.txt"));
        assertArrayEquals(new String[] {"a.b", "ru"}, BatchPairs.ByName.split("a.b.ru.md"));
        assertNull(BatchPairs.ByName.split("story.txt"));          // no language
        assertNull(BatchPairs.ByName.split("story.uk.docx"));      // not an article file
        assertNull(BatchPairs.ByName.split("notes.zz.txt"));       // not a language code
    }

    @Test
    void pairsByNameReportsTheOrphanAndGoesOn() throws Exception {
        Path in = folder("in");
        Files.writeString(in.resolve("bridges.uk.txt"), UK);
        Files.writeString(in.resolve("bridges.en.txt"), EN_FULL);
        Files.writeString(in.resolve("plan.uk.md"), UK);             // the extensions may differ
        Files.writeString(in.resolve("plan.en.txt"), EN_FULL);
        Files.writeString(in.resolve("orphan.uk.txt"), UK);          // no translation
        Files.writeString(in.resolve("README.txt"), "not an article");
        Path out = dir.resolve("out");
        CliGateTest.Run r = batch(in.toString(), "--from", "uk", "--to", "en", "-o", out.toString());
        // an unreadable pair fails the run, but not with status 2: the others were checked
        assertEquals(Main.FINDINGS, r.status(), r.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        Map<String, JsonNode> pairs = byName(summary);
        assertEquals(3, pairs.size(), pairs.keySet().toString());
        assertEquals("passed", pairs.get("bridges.uk-en").path("status").asText());
        assertEquals("passed", pairs.get("plan.uk-en").path("status").asText());
        JsonNode orphan = pairs.get("orphan.uk-en");
        assertEquals("unreadable", orphan.path("status").asText());
        assertTrue(orphan.path("problem").asText().contains("no translation file"), orphan.toString());
        assertEquals(1, summary.path("totals").path("unreadable").asInt());
        assertEquals(2, summary.path("totals").path("passed").asInt());
        // the table names each pair; the totals line says what failed and with which gate
        assertTrue(r.out().contains("UNREADABLE"), r.out());
        assertTrue(r.out().contains("FAILED: 3 pairs, 2 passed, 0 failed, 1 unreadable"), r.out());
        assertTrue(r.out().contains("gate: fail-on error"), r.out());
        outputsAreWhole(out, 2);
    }

    @Test
    void manifestRowsWithLanguagesAndAMissingFile() throws Exception {
        Path in = folder("articles");
        Files.writeString(in.resolve("one-source.txt"), UK);
        Files.writeString(in.resolve("one-translation.txt"), EN_SHORT);
        Files.writeString(in.resolve("two-source.txt"), UK);
        Files.writeString(in.resolve("two-translation.txt"), EN_FULL);
        Path manifest = Files.writeString(dir.resolve("day.csv"),
                "source,translation,from,to\n"
                        + "articles/one-source.txt,articles/one-translation.txt,uk,en\n"
                        + "articles/two-source.txt,articles/two-translation.txt,uk,en\n"
                        + "articles/gone.txt,articles/two-translation.txt,uk,en\n");
        Path out = dir.resolve("out");
        CliGateTest.Run r = batch(manifest.toString(), "-o", out.toString(), "--severity", "omission=error");
        assertEquals(Main.FINDINGS, r.status(), r.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        Map<String, JsonNode> pairs = byName(summary);
        assertEquals("failed", pairs.get("one-translation").path("status").asText());
        assertEquals("passed", pairs.get("two-translation").path("status").asText());
        assertEquals("unreadable", pairs.get("two-translation-2").path("status").asText());
        assertTrue(pairs.get("two-translation-2").path("problem").asText().contains("gone.txt: no such file"));
        // sorted worst first: the unreadable row, then the failed one
        assertEquals("unreadable", summary.path("pairs").get(0).path("status").asText());
        assertEquals("failed", summary.path("pairs").get(1).path("status").asText());
        JsonNode report = JSON.readTree(out.resolve("one-translation.json").toFile());
        assertEquals("manifest", report.path("audit").path("languages").path("source").path("decidedBy").asText());
        assertEquals("en", report.path("translation").path("lang").asText());
        outputsAreWhole(out, 2);
    }

    @Test
    void exitStatusOfTheRun() throws Exception {
        Path in = folder("in");
        Files.writeString(in.resolve("a.uk.txt"), UK);
        Files.writeString(in.resolve("a.en.txt"), EN_FULL);
        Files.writeString(in.resolve("b.uk.txt"), UK);
        Files.writeString(in.resolve("b.en.txt"), EN_SHORT);
        // omissions as warnings: the gate passes both
        CliGateTest.Run ok = batch(in.toString(), "--from", "uk", "--to", "en", "-o", dir.resolve("o1").toString(),
                "--severity", "omission=warning");
        assertEquals(Main.OK, ok.status(), ok.out());
        // one pair fails the gate: the run fails
        CliGateTest.Run failed = batch(in.toString(), "--from", "uk", "--to", "en", "-o", dir.resolve("o2").toString(),
                "--severity", "omission=warning", "--fail-on", "warning");
        assertEquals(Main.FINDINGS, failed.status(), failed.out());
        JsonNode summary = JSON.readTree(dir.resolve("o2/summary.json").toFile());
        assertFalse(summary.path("passed").asBoolean());
        assertEquals("b.uk-en", summary.path("pairs").get(0).path("name").asText()); // the worst first
        // no pair can be read: 2
        Path bad = folder("bad");
        Files.writeString(bad.resolve("x.uk.txt"), UK);
        Files.writeString(bad.resolve("x.en.txt"), UK); // the same text twice is no translation
        CliGateTest.Run none = batch(bad.toString(), "--from", "uk", "--to", "en", "-o", dir.resolve("o3").toString());
        assertEquals(Main.BAD_INPUT, none.status());
        assertTrue(none.err().contains("no pair could be read"), none.err());
        assertTrue(Files.exists(dir.resolve("o3/summary.json"))); // it still says why
        // usage errors: 2, one line, nothing written
        CliGateTest.Run noLangs = batch(in.toString(), "-o", dir.resolve("o4").toString());
        assertEquals(Main.BAD_INPUT, noLangs.status());
        assertTrue(noLangs.err().contains("--from and --to"), noLangs.err());
        assertEquals(1, noLangs.err().lines().count(), noLangs.err());
        assertFalse(Files.exists(dir.resolve("o4")));
        CliGateTest.Run empty = batch(folder("empty").toString(), "--from", "uk", "--to", "en", "-o", dir.resolve("o5").toString());
        assertEquals(Main.BAD_INPUT, empty.status());
        assertTrue(empty.err().contains("no pairs found"), empty.err());
        Path manifest = Files.writeString(dir.resolve("m.csv"), "src,tgt\na,b\n");
        CliGateTest.Run badManifest = batch(manifest.toString(), "-o", dir.resolve("o6").toString());
        assertEquals(Main.BAD_INPUT, badManifest.status());
        assertTrue(badManifest.err().contains("m.csv:1:"), badManifest.err());
    }

    @Test
    void otherFormatsBesideJsonAndHtml() throws Exception {
        Path in = folder("in");
        Files.writeString(in.resolve("a.uk.txt"), UK);
        Files.writeString(in.resolve("a.en.txt"), EN_SHORT);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, batch(in.toString(), "--from", "uk", "--to", "en", "-o", out.toString(), "--format", "csv",
                "--fail-on", "never").status());
        assertTrue(Files.exists(out.resolve("a.uk-en.csv")));
        assertTrue(Files.readString(out.resolve("a.uk-en.csv")).startsWith("id,check,severity"));
        outputsAreWhole(out, 1);
    }

    @Test
    void progressBarOnlyWhereAsked() throws Exception {
        Path in = folder("in");
        Files.writeString(in.resolve("a.uk.txt"), UK);
        Files.writeString(in.resolve("a.en.txt"), EN_FULL);
        // tests run without a terminal: auto draws nothing, always draws the bar on standard error
        List<String> a = new ArrayList<>(List.of("batch", "--no-config", "-j", "1", in.toString(), "--from", "uk", "--to", "en"));
        a.addAll(CliGateTest.ONLY_OMISSION);
        List<String> auto = new ArrayList<>(a);
        auto.addAll(List.of("-o", dir.resolve("o1").toString()));
        CliGateTest.Run quiet = CliGateTest.run(auto.toArray(String[]::new));
        assertFalse(quiet.err().contains("\r"), quiet.err());
        assertFalse(quiet.out().contains("\r"), quiet.out());
        List<String> always = new ArrayList<>(a);
        always.addAll(List.of("-o", dir.resolve("o2").toString(), "--progress", "always"));
        CliGateTest.Run drawn = CliGateTest.run(always.toArray(String[]::new));
        assertTrue(drawn.err().contains("\r[" + "#".repeat(30) + "] 1/1"), drawn.err());
        assertFalse(drawn.out().contains("\r"), "the bar stays off standard output");
    }

    /**
     * Every pair's JSON and HTML report is there and whole, the summary and index too, the index
     * links each pair's HTML report, and no temporary file is left.
     */
    private static void outputsAreWhole(Path out, int readable) throws Exception {
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.endsWith("</html>\n"));
        int seen = 0;
        for (JsonNode p : summary.path("pairs")) {
            if (!"unreadable".equals(p.path("status").asText())) {
                seen++;
                JsonNode report = JSON.readTree(out.resolve(p.path("reports").path("json").asText()).toFile());
                assertEquals(p.path("errors").asInt(), report.path("summary").path("errors").asInt());
                assertEquals("passed".equals(p.path("status").asText()), report.path("summary").path("passed").asBoolean());
                String html = Files.readString(out.resolve(p.path("reports").path("html").asText()));
                assertTrue(html.endsWith("</html>\n"));
                assertTrue(index.contains("href=\"" + p.path("reports").path("html").asText() + "\""), index);
            }
        }
        assertEquals(readable, seen);
        try (Stream<Path> s = Files.list(out)) {
            List<String> leftovers = s.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), leftovers);
        }
    }
}
