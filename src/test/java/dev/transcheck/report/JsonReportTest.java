package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.Transcheck;
import dev.transcheck.io.TextReader;
import dev.transcheck.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the sample against docs/report.schema.json (a small validator for the
 * keywords the schema uses) and against the input texts: every span's text is the input text at
 * its offsets, every sentence is in exactly one bead, the summary agrees with the findings.
 */
class JsonReportTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path SAMPLE = Path.of("samples/zapad-2025");

    @Test
    void sampleReportsFollowTheSchemaAndTheirSpansTheText() throws Exception {
        JsonNode schema = MAPPER.readTree(Path.of("docs/report.schema.json").toFile());
        for (String src : List.of("source.uk.txt", "source.ru.txt")) {
            for (String tgt : List.of("translation.en.txt", "translation-corrected.en.txt")) {
                Transcheck tc = Transcheck.builder().build();
                String s = TextReader.read(SAMPLE.resolve(src), null);
                String t = TextReader.read(SAMPLE.resolve(tgt), null);
                Report r = tc.check(tc.document(src, src.substring(7, 9), s), tc.document(tgt, "en", t));
                check(schema, MAPPER.readTree(new JsonRenderer().render(r)), s, t);
            }
        }
        // and a report with every kind of finding, gaps and an accepted one
        String acceptedId = Fixtures.report().findings().get(0).id();
        Report fixture = Fixtures.report(dev.transcheck.Settings.defaults().withAcceptedIds(java.util.Set.of(acceptedId)));
        JsonNode json = MAPPER.readTree(new JsonRenderer().render(fixture));
        int acceptedCount = 0;
        for (JsonNode f : json.path("findings")) {
            boolean isIt = f.path("id").asText().equals(acceptedId);
            assertEquals(isIt, f.path("accepted").asBoolean());
            acceptedCount += isIt ? 1 : 0;
        }
        assertEquals(1, acceptedCount);
        assertEquals(1, json.path("summary").path("accepted").asInt());
        check(schema, json, Fixtures.UK, Fixtures.EN);
        // a merged finding carries the other checks' findings about its span as evidence
        String uk = "Делегація прибула до Харкова у вівторок ввечері.";
        String en = "The delegation arrived in Kharkov on Tuesday evening.";
        Transcheck merging = Transcheck.builder().registry(dev.transcheck.check.CheckRegistry.of(List.of(
                new dev.transcheck.WordCheck("name.spelling", dev.transcheck.model.Severity.WARNING,
                        dev.transcheck.model.Category.SPELLING, null, "Kharkov", "Kharkiv"),
                new dev.transcheck.WordCheck("term.forbidden", dev.transcheck.model.Severity.ERROR,
                        dev.transcheck.model.Category.WRONG_TERM, null, "Kharkov", "Kharkiv")))).build();
        JsonNode merged = MAPPER.readTree(new JsonRenderer().render(
                merging.check(merging.document("a.uk.txt", "uk", uk), merging.document("a.en.txt", "en", en))));
        assertEquals(1, merged.path("findings").size());
        assertEquals("name.spelling", merged.path("findings").get(0).path("evidence").get(0).path("check").asText());
        assertEquals("warning", merged.path("findings").get(0).path("evidence").get(0).path("severity").asText());
        check(schema, merged, uk + "\n", en + "\n");
    }

    private static void check(JsonNode schema, JsonNode report, String srcText, String tgtText) {
        List<String> errors = new ArrayList<>();
        validate(schema, schema, report, "$", errors);
        assertEquals(List.of(), errors);
        spans(report.path("source"), srcText);
        spans(report.path("translation"), tgtText);
        int[] seenS = new int[report.path("source").path("sentences").size()];
        int[] seenT = new int[report.path("translation").path("sentences").size()];
        for (JsonNode b : report.path("alignment")) {
            b.path("source").forEach(i -> seenS[i.asInt()]++);
            b.path("translation").forEach(i -> seenT[i.asInt()]++);
        }
        for (int c : seenS) {
            assertEquals(1, c);
        }
        for (int c : seenT) {
            assertEquals(1, c);
        }
        int e = 0;
        int w = 0;
        int i = 0;
        for (JsonNode f : report.path("findings")) {
            span(f.path("source"), srcText, report.path("source"));
            span(f.path("translation"), tgtText, report.path("translation"));
            switch (f.path("severity").asText()) {
                case "error" -> e++;
                case "warning" -> w++;
                default -> i++;
            }
        }
        JsonNode sm = report.path("summary");
        assertEquals(e, sm.path("errors").asInt());
        assertEquals(w, sm.path("warnings").asInt());
        assertEquals(i, sm.path("infos").asInt());
        assertTrue(sm.path("words").asInt() > 0);
    }

    private static void spans(JsonNode doc, String text) {
        for (JsonNode s : doc.path("sentences")) {
            assertEquals(text.substring(s.path("start").asInt(), s.path("end").asInt()), s.path("text").asText());
        }
    }

    private static void span(JsonNode span, String text, JsonNode doc) {
        if (span.isNull()) {
            return;
        }
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        assertEquals(text.substring(start, end), span.path("text").asText());
        JsonNode s = doc.path("sentences").get(span.path("sentence").asInt());
        assertTrue(start >= s.path("start").asInt() && end <= s.path("end").asInt(), "span inside its sentence");
    }

    /** Validates the JSON Schema keywords docs/report.schema.json uses. */
    static void validate(JsonNode root, JsonNode schema, JsonNode v, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            validate(root, root.at(ref.substring(1)), v, at, errors);
            return;
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(x -> types.add(x.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(ty -> is(ty, v))) {
                errors.add(at + ": expected " + types + ", found " + v.getNodeType());
                return;
            }
        }
        if (v.isNull()) {
            return;
        }
        if (schema.has("enum")) {
            boolean ok = false;
            for (JsonNode x : schema.get("enum")) {
                ok |= x.equals(v);
            }
            if (!ok) {
                errors.add(at + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && v.isTextual() && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            errors.add(at + ": '" + v.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && v.isNumber() && v.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(at + ": below minimum");
        }
        if (schema.has("maximum") && v.isNumber() && v.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(at + ": above maximum");
        }
        if (v.isObject()) {
            for (JsonNode req : schema.path("required")) {
                if (!v.has(req.asText())) {
                    errors.add(at + ": missing " + req.asText());
                }
            }
            JsonNode props = schema.path("properties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (props.has(k)) {
                    validate(root, props.get(k), v.get(k), at + "." + k, errors);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    errors.add(at + ": field '" + k + "' is not in the schema");
                }
            }
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                validate(root, schema.get("items"), v.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static boolean is(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> {
                fail("unknown type " + type);
                yield false;
            }
        };
    }

    /** A report from the command line carries a full audit (glossary files, accept file, time); it follows the schema. */
    @Test
    void commandLineReportWithItsAuditFollowsTheSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        JsonNode schema = MAPPER.readTree(Path.of("docs/report.schema.json").toFile());
        Path accept = Files.writeString(dir.resolve("a.accept"), "omission:0123456789ab\n");
        Path out = dir.resolve("r.json");
        int status = dev.transcheck.cli.Main.run("check", SAMPLE.resolve("source.uk.txt").toString(),
                SAMPLE.resolve("translation.en.txt").toString(), "--no-config", "--format", "json", "-o", out.toString(),
                "--glossary", "glossaries", "--accept", accept.toString(), "--max-score", "30", "--severity", "omission=info",
                "--disable", "number.format");
        assertTrue(status == 0 || status == 1);
        JsonNode json = MAPPER.readTree(out.toFile());
        assertTrue(json.path("audit").path("glossaries").path("files").size() > 0);
        assertTrue(json.path("audit").path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        List<String> errors = new ArrayList<>();
        validate(schema, schema, json, "$", errors);
        assertEquals(List.of(), errors);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("audit").path("gate")).put("failOn", "sometimes");
        validate(schema, schema, json, "$", errors);
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void validatorCatchesAWrongField() throws Exception {
        JsonNode schema = MAPPER.readTree(Path.of("docs/report.schema.json").toFile());
        JsonNode good = MAPPER.readTree(new JsonRenderer().render(Fixtures.report()));
        List<String> errors = new ArrayList<>();
        ((com.fasterxml.jackson.databind.node.ObjectNode) good.path("findings").get(0)).put("severity", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) good.path("summary")).remove("passed");
        ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("extra", 1);
        validate(schema, schema, good, "$", errors);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(Files.exists(Path.of("docs/REPORT.md")));
    }
}
