package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a desk's CI gate uses it: exit codes, --fail-on, --max-score, the config
 * file, accepting findings and the acceptance lapsing when a sentence changes. The translation
 * renders one of four source sentences, so the shipped omission check must report at least one
 * dropped sentence (how many depends on the aligner's merges);
 * {@code --severity omission=error} makes them errors whatever the alignment confidence.
 */
class CliGateTest {
    static final String UK = "Уряд оголосив новий план відновлення мостів у трьох областях.\n"
            + "Роботи почнуться навесні й триватимуть до кінця наступного року.\n"
            + "Кошти надійдуть з державного бюджету та від міжнародних партнерів.\n"
            + "Місцева влада підтримала план.\n";
    static final String EN = "The government announced a new plan to restore bridges in three regions.\n";
    static final String[] ERRORS = {"--severity", "omission=error"};
    /** Every other shipped check is switched off: these tests are about the gate, not about those checks. */
    static final List<String> ONLY_OMISSION = dev.transcheck.check.CheckRegistry.standard().checks().stream()
            .map(dev.transcheck.check.Check::id).filter(id -> !id.equals("omission"))
            .flatMap(id -> java.util.stream.Stream.of("--disable", id)).toList();

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String[] args(Path src, Path tgt, String... more) {
        List<String> a = new ArrayList<>(List.of("check", src.toString(), tgt.toString(), "--no-config"));
        a.addAll(ONLY_OMISSION);
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private Path[] files(String uk, String en) throws Exception {
        return new Path[] {Files.writeString(dir.resolve("a.uk.txt"), uk), Files.writeString(dir.resolve("a.en.txt"), en)};
    }

    private static String[] cat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }

    @Test
    void failOnAndMaxScore() throws Exception {
        Path[] f = files(UK, EN);
        Run r = run(args(f[0], f[1], ERRORS));
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("FAILED: "), r.out());
        assertEquals(0, run(args(f[0], f[1], cat(ERRORS, "--fail-on", "never"))).status());
        assertEquals(0, run(args(f[0], f[1], "--severity", "omission=warning")).status(), "warnings pass an error gate");
        assertEquals(1, run(args(f[0], f[1], "--severity", "omission=warning", "--fail-on", "warning")).status());
        assertEquals(0, run(args(f[0], f[1], "--severity", "omission=info", "--fail-on", "warning")).status());
        assertEquals(0, run(args(f[0], f[1], "--disable", "omission", "--fail-on", "warning")).status());
        // the score gate: warnings only (1 point each per 1,000 words), gate on score alone
        Run json = run(args(f[0], f[1], "--severity", "omission=warning", "--fail-on", "never", "--format", "json"));
        double score = new ObjectMapper().readTree(json.out()).path("summary").path("score").asDouble();
        assertTrue(score > 0);
        assertEquals(0, run(args(f[0], f[1], "--severity", "omission=warning", "--fail-on", "never",
                "--max-score", String.valueOf(score))).status());
        Run above = run(args(f[0], f[1], "--severity", "omission=warning", "--fail-on", "never",
                "--max-score", String.valueOf(score - 1)));
        assertEquals(1, above.status());
        assertTrue(above.err().startsWith("transcheck: the score " + String.format(java.util.Locale.ROOT, "%.2f", score)
                + " is above the limit"), above.err());
    }

    @Test
    void acceptingFindingsOpensTheGateUntilTheSentenceChanges() throws Exception {
        Path[] f = files(UK, EN);
        Path report = dir.resolve("report.json");
        assertEquals(1, run(args(f[0], f[1], cat(ERRORS, "--format", "json", "-o", report.toString()))).status());
        JsonNode findings = new ObjectMapper().readTree(report.toFile()).path("findings");
        int n = findings.size();
        assertTrue(n >= 1, findings.toString());
        Path accept = dir.resolve("desk.accept");

        // accept one: one error fewer; the gate opens when it was the only one
        String firstId = findings.get(0).path("id").asText();
        Run acc = run("accept", report.toString(), "--to", accept.toString(), "--id", firstId);
        assertEquals(0, acc.status(), acc.err());
        Run partly = run(args(f[0], f[1], cat(ERRORS, "--accept", accept.toString(), "--format", "json")));
        assertEquals(n > 1 ? 1 : 0, partly.status());
        JsonNode p = new ObjectMapper().readTree(partly.out());
        assertEquals(n - 1, p.path("summary").path("errors").asInt());
        assertEquals(1, p.path("summary").path("accepted").asInt());
        for (JsonNode f2 : p.path("findings")) {
            boolean isIt = f2.path("id").asText().equals(firstId);
            assertEquals(isIt, f2.path("accepted").asBoolean());
            assertEquals(isIt ? "info" : "error", f2.path("severity").asText());
        }

        // accept the rest of the check: the gate opens; accepting twice adds nothing
        assertEquals(0, run("accept", report.toString(), "--to", accept.toString(), "--check", "omission").status());
        assertEquals(0, run("accept", report.toString(), "--to", accept.toString(), "--all").status());
        assertEquals(findings.size(), Files.readAllLines(accept).size());
        Run open = run(args(f[0], f[1], cat(ERRORS, "--accept", accept.toString())));
        assertEquals(0, open.status(), open.out());
        assertTrue(open.out().contains("(accepted)"), open.out());

        // edit one of the dropped source sentences: that acceptance lapses, exactly one error returns
        String dropped = findings.get(0).path("source").path("text").asText();
        String edited = UK.replace(dropped, dropped.replace(".", ", як повідомили в міністерстві."));
        Files.writeString(f[0], edited);
        Run lapsed = run(args(f[0], f[1], cat(ERRORS, "--accept", accept.toString(), "--format", "json")));
        assertEquals(1, lapsed.status(), lapsed.out());
        assertEquals(1, new ObjectMapper().readTree(lapsed.out()).path("summary").path("errors").asInt());
    }

    @Test
    void configFileSetsTheGateAndTheCommandLineWins() throws Exception {
        Path[] f = files(UK, EN);
        Path cfg = Files.writeString(dir.resolve("transcheck.yaml"), "fail-on: never\nseverity:\n  omission: error\n");
        List<String> base = new ArrayList<>(List.of("check", f[0].toString(), f[1].toString(), "--config", cfg.toString()));
        base.addAll(ONLY_OMISSION);
        assertEquals(0, run(base.toArray(String[]::new)).status());
        assertEquals(1, run(cat(base.toArray(String[]::new), "--fail-on", "error")).status());
        Files.writeString(cfg, "fail-on: error\nseverity:\n  omission: error\naccept: missing.accept\n");
        Run notYet = run(base.toArray(String[]::new));
        assertEquals(1, notYet.status(), "the config's accept file need not exist yet: " + notYet.err());
        Run missing = run(cat(base.toArray(String[]::new), "--accept", dir.resolve("typo.accept").toString()));
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("typo.accept: no such file"), missing.err());

        Files.writeString(cfg, "fail-on: error\nmax_score: 3\n");
        Path out = dir.resolve("out.html");
        Run bad = run(cat(base.toArray(String[]::new), "--format", "html", "-o", out.toString()));
        assertEquals(2, bad.status());
        assertEquals("transcheck: " + cfg + ":2: unknown key 'max_score' (known: accept, disable, fail-on, from, "
                + "glossaries, max-score, serve, severity, to)\n", bad.err());
        assertFalse(Files.exists(out), "no output file on an input error");
    }

    @Test
    void usageErrorsAreOneLineExitTwoAndLeaveNoFile() throws Exception {
        Path[] f = files(UK, EN);
        Path out = dir.resolve("r.json");
        String[][] bad = {
                args(f[0], f[1], "--format", "pdf", "-o", out.toString()),
                args(f[0], f[1], "--fail-on", "sometimes", "-o", out.toString()),
                args(f[0], f[1], "--color", "rainbow", "-o", out.toString()),
                args(f[0], f[1], "--severity", "omision=error", "-o", out.toString()),
                args(f[0], f[1], "--max-score", "-3", "-o", out.toString()),
                args(f[0], dir.resolve("nope.en.txt"), "-o", out.toString()),
                args(f[0], f[1], "--accept", dir.toString(), "-o", out.toString()),
                {"accept", f[0].toString(), "--all"},
                {"accept", f[0].toString()},
        };
        for (String[] a : bad) {
            Run r = run(a);
            assertEquals(2, r.status(), String.join(" ", a) + " -> " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("transcheck: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void quietAndColour() throws Exception {
        Path[] f = files(UK, EN);
        Run quiet = run(args(f[0], f[1], cat(ERRORS, "--quiet")));
        assertEquals(1, quiet.out().lines().count(), quiet.out());
        assertTrue(quiet.out().matches("FAILED: \\d+ errors?, 0 warnings, 0 infos; score [0-9.]+ per 1,000 source words \\(31 words\\); gate: fail-on error\\R"), quiet.out());
        Path html = dir.resolve("r.html");
        Run quietHtml = run(args(f[0], f[1], cat(ERRORS, "--quiet", "--format", "html", "-o", html.toString())));
        assertEquals(1, quietHtml.status());
        assertEquals(quiet.out(), quietHtml.out(), "the summary line on standard output");
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        Run plain = run(args(f[0], f[1], ERRORS));
        assertFalse(plain.out().contains("\u001b["), "no colour when not on a terminal");
        assertTrue(plain.out().contains("[["));
        Run always = run(args(f[0], f[1], cat(ERRORS, "--color", "always")));
        assertTrue(always.out().contains("\u001b[31m"));
        assertFalse(run(args(f[0], f[1], cat(ERRORS, "--color", "never"))).out().contains("\u001b["));
    }
}
