package dev.transcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.model.Audit;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.model.Summary;

/** The JSON report of docs/REPORT.md (schema {@code transcheck-report/1}). */
public final class JsonRenderer implements Renderer {
    public static final String SCHEMA = "transcheck-report/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Report report) {
        return write(tree(report));
    }

    /** The report as a JSON tree (also used by other front ends). */
    public ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("source", document(report.source()));
        root.set("translation", document(report.translation()));
        ArrayNode beads = root.putArray("alignment");
        for (Bead b : report.alignment().beads()) {
            ObjectNode o = beads.addObject();
            ArrayNode s = o.putArray("source");
            b.source().forEach(s::add);
            ArrayNode t = o.putArray("translation");
            b.translation().forEach(t::add);
            o.put("confidence", Math.round(b.confidence() * 1000) / 1000.0);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            findings.add(finding(f));
        }
        Summary sm = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", sm.errors());
        summary.put("warnings", sm.warnings());
        summary.put("infos", sm.infos());
        summary.put("accepted", report.findings().stream().filter(Finding::accepted).count());
        summary.put("words", sm.words());
        summary.put("score", sm.score());
        summary.put("passed", sm.passed());
        if (report.audit() != null) {
            root.set("audit", audit(report.audit()));
        }
        return root;
    }

    /** One finding as the report's {@code findings} array holds it (also used by other front ends). */
    public static ObjectNode finding(Finding f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("check", f.check());
        o.put("severity", f.severity().word());
        o.put("category", f.category().path());
        o.put("message", f.message());
        o.set("source", span(f.source()));
        o.set("translation", span(f.translation()));
        ArrayNode ex = o.putArray("expected");
        f.expected().forEach(ex::add);
        if (f.suggestion() == null) {
            o.putNull("suggestion");
        } else {
            o.put("suggestion", f.suggestion());
        }
        o.put("accepted", f.accepted());
        if (!f.evidence().isEmpty()) {
            ArrayNode ev = o.putArray("evidence");
            for (dev.transcheck.model.Evidence e : f.evidence()) {
                ObjectNode eo = ev.addObject();
                eo.put("check", e.check());
                eo.put("severity", e.severity().word());
                eo.put("category", e.category().path());
                eo.put("message", e.message());
            }
        }
        if (f.unit() != null) {
            o.put("unit", f.unit());
        }
        return o;
    }

    /** A JSON tree as text, indented, with a final line break. */
    public static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What produced the report (docs/REPORT.md, "Audit"). */
    private ObjectNode audit(Audit a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("version", a.version());
        if (a.time() == null) {
            o.putNull("time");
        } else {
            o.put("time", a.timeText());
        }
        ObjectNode langs = o.putObject("languages");
        language(langs.putObject("source"), a.source());
        language(langs.putObject("translation"), a.translation());
        ObjectNode gl = o.putObject("glossaries");
        gl.put("sha256", a.glossaryHash());
        ArrayNode files = gl.putArray("files");
        for (Audit.GlossaryFile g : a.glossaries()) {
            files.addObject().put("path", g.path()).put("sha256", g.sha256());
        }
        Audit.Gate gate = a.gate();
        ObjectNode go = o.putObject("gate");
        go.put("failOn", gate.failOn() == null ? "never" : gate.failOn().word());
        if (gate.maxScore() == null) {
            go.putNull("maxScore");
        } else {
            go.put("maxScore", gate.maxScore());
        }
        if (gate.acceptFile() == null) {
            go.putNull("acceptFile");
        } else {
            go.put("acceptFile", gate.acceptFile());
        }
        go.put("acceptedIds", gate.acceptedIds());
        go.put("description", gate.describe());
        ObjectNode co = o.putObject("config");
        if (a.config() == null) {
            co.putNull("file");
        } else {
            co.put("file", a.config());
        }
        ArrayNode dis = co.putArray("disabled");
        a.disabled().forEach(dis::add);
        ObjectNode sev = co.putObject("severity");
        a.severities().forEach((k, v) -> sev.put(k, v.word()));
        return o;
    }

    private static void language(ObjectNode o, Audit.Language l) {
        if (l == null) {
            o.putNull("lang");
            o.putNull("decidedBy");
            return;
        }
        o.put("lang", l.code());
        o.put("decidedBy", l.decidedBy());
    }

    private ObjectNode document(Document d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("path", d.path());
        o.put("lang", d.lang());
        ArrayNode arr = o.putArray("sentences");
        for (Sentence s : d.sentences()) {
            ObjectNode so = arr.addObject();
            so.put("id", s.id());
            so.put("paragraph", s.paragraph());
            so.put("start", s.start());
            so.put("end", s.end());
            so.put("text", s.text());
        }
        return o;
    }

    private static ObjectNode span(Span s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("sentence", s.sentence());
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }
}
