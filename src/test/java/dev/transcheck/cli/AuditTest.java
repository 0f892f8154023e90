package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.Version;
import dev.transcheck.model.Audit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report says what produced it (version, time, glossary files and their hashes, gate and
 * configuration, languages and how they were decided), and the verdict it shows is the one the
 * gate returned as the exit status, stated with the gate's settings.
 */
class AuditTest {
    static final Instant T = Instant.parse("2026-03-01T09:30:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void fixClock() {
        Main.useClock(Clock.fixed(T, ZoneOffset.UTC));
    }

    @AfterEach
    void systemClock() {
        Main.useClock(null);
    }

    private List<String> base(Path src, Path tgt) {
        List<String> a = new ArrayList<>(List.of("check", src.toString(), tgt.toString(), "--no-config"));
        a.addAll(CliGateTest.ONLY_OMISSION);
        return a;
    }

    private Path[] pair() throws Exception {
        return new Path[] {Files.writeString(dir.resolve("a.uk.txt"), CliGateTest.UK),
                Files.writeString(dir.resolve("a.en.txt"), CliGateTest.EN)};
    }

    @Test
    void jsonAuditNamesVersionTimeGlossariesGateAndLanguages() throws Exception {
        Path[] f = pair();
        Path g1 = Files.writeString(dir.resolve("g1.csv"),
                "concept,type,lang,form,status\nkyiv,place,uk,Київ,preferred\nkyiv,place,en,Kyiv,preferred\n");
        Path g2 = Files.writeString(dir.resolve("g2.csv"),
                "concept,type,lang,form,status\nlviv,place,uk,Львів,preferred\nlviv,place,en,Lviv,preferred\n");
        Path accept = Files.writeString(dir.resolve("ok.accept"), "omission:0123456789ab\nomission:ba9876543210 # x\n");
        Path untagged = Files.writeString(dir.resolve("translation.txt"), CliGateTest.EN); // no language in the name
        List<String> a = base(f[0], untagged);
        a.addAll(List.of("--format", "json", "--glossary", g1.toString(), "--glossary", g2.toString(),
                "--accept", accept.toString(), "--fail-on", "warning", "--max-score", "12.5", "--severity", "omission=info"));
        CliGateTest.Run r = CliGateTest.run(a.toArray(String[]::new));
        JsonNode audit = JSON.readTree(r.out()).path("audit");
        assertEquals(Version.VERSION, audit.path("version").asText());
        assertEquals("2026-03-01T09:30:00Z", audit.path("time").asText());
        assertEquals("file name", audit.path("languages").path("source").path("decidedBy").asText());
        assertEquals("en", audit.path("languages").path("translation").path("lang").asText());
        assertEquals("guessed from text", audit.path("languages").path("translation").path("decidedBy").asText());
        JsonNode files = audit.path("glossaries").path("files");
        assertEquals(2, files.size());
        assertEquals(g1.toString(), files.get(0).path("path").asText());
        assertEquals(Audit.sha256(Files.readAllBytes(g1)), files.get(0).path("sha256").asText());
        assertEquals(Audit.sha256(Files.readAllBytes(g2)), files.get(1).path("sha256").asText());
        assertEquals(Audit.sha256((Audit.sha256(Files.readAllBytes(g1)) + "\n" + Audit.sha256(Files.readAllBytes(g2)) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)), audit.path("glossaries").path("sha256").asText());
        JsonNode gate = audit.path("gate");
        assertEquals("warning", gate.path("failOn").asText());
        assertEquals(12.5, gate.path("maxScore").asDouble());
        assertEquals(accept.toString(), gate.path("acceptFile").asText());
        assertEquals(2, gate.path("acceptedIds").asInt());
        assertEquals("info", audit.path("config").path("severity").path("omission").asText());
        assertTrue(audit.path("config").path("disabled").toString().contains("name.mismatch"));
        // the same run with the language given: "option"
        a.addAll(List.of("--to", "en"));
        JsonNode again = JSON.readTree(CliGateTest.run(a.toArray(String[]::new)).out()).path("audit");
        assertEquals("option", again.path("languages").path("translation").path("decidedBy").asText());
    }

    @Test
    void configDecidesLanguagesAndIsNamed() throws Exception {
        Path src = Files.writeString(dir.resolve("source.txt"), CliGateTest.UK);
        Path tgt = Files.writeString(dir.resolve("target.txt"), CliGateTest.EN);
        Path config = Files.writeString(dir.resolve("desk.yaml"), "from: uk\nto: en\nfail-on: never\ndisable: [name.mismatch]\n");
        List<String> a = new ArrayList<>(List.of("check", src.toString(), tgt.toString(), "--config", config.toString(), "--format", "json"));
        CliGateTest.Run r = CliGateTest.run(a.toArray(String[]::new));
        assertEquals(Main.OK, r.status(), r.err());
        JsonNode audit = JSON.readTree(r.out()).path("audit");
        assertEquals("config", audit.path("languages").path("source").path("decidedBy").asText());
        assertEquals(config.toString(), audit.path("config").path("file").asText());
        assertEquals("never", audit.path("gate").path("failOn").asText());
        assertEquals("[\"name.mismatch\"]", audit.path("config").path("disabled").toString());
    }

    @Test
    void textAndCsvCarryTheAudit() throws Exception {
        Path[] f = pair();
        List<String> a = base(f[0], f[1]);
        a.addAll(List.of("--fail-on", "never", "--color", "never"));
        CliGateTest.Run text = CliGateTest.run(a.toArray(String[]::new));
        assertTrue(text.out().contains("-- transcheck " + Version.VERSION + ", checked 2026-03-01T09:30:00Z"), text.out());
        assertTrue(text.out().contains("languages: uk (file name) -> en (file name)"), text.out());
        assertTrue(text.out().contains("gate: fail-on never"), text.out());
        String last = text.out().lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.startsWith("PASSED: ") && last.endsWith("; gate: fail-on never"), last);
        a.addAll(List.of("--format", "csv"));
        CliGateTest.Run csv = CliGateTest.run(a.toArray(String[]::new));
        try (CSVParser p = CSVParser.parse(csv.out(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertTrue(!rows.isEmpty());
            for (CSVRecord row : rows) {
                assertEquals(Version.VERSION, row.get("transcheck_version"));
                assertEquals("2026-03-01T09:30:00Z", row.get("checked_at"));
                assertEquals("fail-on never", row.get("gate"));
                assertEquals("true", row.get("passed"));
                assertEquals("uk", row.get("source_lang"));
            }
        }
    }

    /**
     * The HTML report's verdict is the exit status, for several gate settings, and it names the
     * settings: the same findings pass under --fail-on never and fail under --fail-on error.
     */
    @Test
    void htmlVerdictIsTheExitStatus() throws Exception {
        Path[] f = pair();
        Pattern verdict = Pattern.compile("<strong id=\"verdict\" class=\"verdict (passed|failed)\">(PASSED|FAILED)</strong>\\s*"
                + "<span id=\"gate\" class=\"gate\">\\(gate: ([^)]*\\)?)\\)</span>");
        String[][] settings = {
            {},
            {"--fail-on", "never"},
            {"--severity", "omission=warning", "--fail-on", "warning"},
            {"--severity", "omission=error", "--fail-on", "never"},
            {"--severity", "omission=warning", "--fail-on", "never", "--max-score", "0"},
            {"--severity", "omission=warning", "--fail-on", "never", "--max-score", "100000"},
            {"--severity", "omission=info", "--fail-on", "warning"},
            {"--severity", "omission=error"},
        };
        int passes = 0;
        int fails = 0;
        for (String[] s : settings) {
            Path html = dir.resolve("r.html");
            Files.deleteIfExists(html);
            List<String> a = base(f[0], f[1]);
            a.addAll(List.of("--format", "html", "-o", html.toString()));
            a.addAll(List.of(s));
            CliGateTest.Run r = CliGateTest.run(a.toArray(String[]::new));
            Matcher m = verdict.matcher(Files.readString(html));
            assertTrue(m.find(), String.join(" ", s));
            boolean shownPassed = m.group(2).equals("PASSED");
            assertEquals(r.status() == Main.OK, shownPassed, String.join(" ", s) + ": exit " + r.status() + ", HTML " + m.group(2));
            assertEquals(m.group(1), shownPassed ? "passed" : "failed");
            String gate = m.group(3);
            String failOn = List.of(s).contains("never") ? "never" : List.of(s).contains("warning") ? "warning" : "error";
            assertTrue(gate.startsWith("fail-on " + failOn), gate);
            if (List.of(s).contains("--max-score")) {
                assertTrue(gate.contains("max-score " + s[List.of(s).indexOf("--max-score") + 1]), gate);
            }
            passes += shownPassed ? 1 : 0;
            fails += shownPassed ? 0 : 1;
        }
        assertTrue(passes >= 2 && fails >= 2, passes + " passed, " + fails + " failed");
    }
}
