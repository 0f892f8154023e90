package dev.transcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code-scanning dashboards:
 * one run, a rule per check that has findings, a result per finding located in the translation
 * (the source span as a related location). Accepted findings carry an external suppression.
 */
public final class SarifRenderer implements Renderer {
    public static final String VERSION = "2.1.0";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "transcheck");
        driver.put("semanticVersion", dev.transcheck.Version.VERSION);
        driver.put("informationUri", "https://github.com/transcheck/transcheck");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        CheckRegistry registry = CheckRegistry.standard();
        for (Finding f : report.findings()) {
            if (ruleIndex.containsKey(f.check())) {
                continue;
            }
            ruleIndex.put(f.check(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", f.check());
            Check c = registry.get(f.check());
            rule.putObject("shortDescription").put("text", c != null ? c.summary() : f.check());
            rule.put("helpUri", "docs/checks/" + f.check() + ".md");
            rule.putObject("defaultConfiguration").put("level", level(c != null ? c.severity() : f.severity()));
            rule.putObject("properties").putArray("tags").add(f.category().path());
        }
        ArrayNode artifacts = run.putArray("artifacts");
        artifacts.addObject().putObject("location").put("uri", uri(report.source()));
        artifacts.addObject().putObject("location").put("uri", uri(report.translation()));
        Lines srcLines = new Lines(report.source().text());
        Lines tgtLines = new Lines(report.translation().text());
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.check());
            r.put("ruleIndex", ruleIndex.get(f.check()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ArrayNode locations = r.putArray("locations");
            if (f.translation() != null) {
                locations.add(location(report.translation(), 1, f.translation(), tgtLines));
            } else if (f.source() != null) {
                locations.add(location(report.source(), 0, f.source(), srcLines));
            }
            if (f.translation() != null && f.source() != null) {
                ObjectNode related = location(report.source(), 0, f.source(), srcLines);
                related.put("id", 0);
                related.putObject("message").put("text", "source");
                r.putArray("relatedLocations").add(related);
            }
            r.putObject("partialFingerprints").put("transcheckFindingId/v1", f.id());
            if (f.suggestion() != null) {
                r.putObject("properties").put("suggestion", f.suggestion());
            }
            if (f.accepted()) {
                ObjectNode s = r.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("justification", "accepted by the desk (accept file)");
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode location(Document d, int artifact, Span s, Lines lines) {
        ObjectNode loc = MAPPER.createObjectNode();
        ObjectNode phys = loc.putObject("physicalLocation");
        ObjectNode art = phys.putObject("artifactLocation");
        art.put("uri", uri(d));
        art.put("index", artifact);
        ObjectNode region = phys.putObject("region");
        region.put("startLine", lines.line(s.start()));
        region.put("startColumn", lines.column(s.start()));
        region.put("endLine", lines.line(s.end()));
        region.put("endColumn", lines.column(s.end()));
        region.put("charOffset", s.start());
        region.put("charLength", s.end() - s.start());
        region.putObject("snippet").put("text", s.text());
        return loc;
    }

    /** A relative URI reference for a path as given (SARIF wants forward slashes and escapes). */
    static String uri(Document d) {
        String p = d.path().replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
