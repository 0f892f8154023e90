package dev.transcheck.editions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.editions.EditionsReport.Cell;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.editions.EditionsReport.Edition;
import dev.transcheck.editions.EditionsReport.Row;
import dev.transcheck.editions.EditionsReport.Witness;
import dev.transcheck.report.JsonRenderer;

/**
 * The JSON editions report (schema {@code transcheck-editions/1}, docs/EDITIONS.md): each
 * edition's pair report exactly as {@code transcheck check --format json} writes it, its
 * cross-edition findings with their witnesses, and the matrix.
 */
public final class EditionsJson {
    public static final String SCHEMA = "transcheck-editions/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String render(EditionsReport r) {
        return JsonRenderer.write(tree(r));
    }

    public ObjectNode tree(EditionsReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode src = root.putObject("source");
        src.put("path", r.source().path());
        src.put("lang", r.source().lang());
        src.put("sentences", r.source().size());
        root.put("passed", r.passed());
        ArrayNode eds = root.putArray("editions");
        JsonRenderer pair = new JsonRenderer();
        for (Edition e : r.editions()) {
            ObjectNode o = eds.addObject();
            o.put("label", e.label());
            o.put("path", e.document().path());
            o.put("lang", e.document().lang());
            o.put("passed", e.passed());
            ArrayNode cross = o.putArray("cross");
            for (CrossFinding cf : e.cross()) {
                ObjectNode c = JsonRenderer.finding(cf.finding());
                cross.add(c);
                c.put("row", cf.row());
                if (cf.mergedInto() == null) {
                    c.putNull("mergedInto");
                } else {
                    c.put("mergedInto", cf.mergedInto());
                }
                ArrayNode ws = c.putArray("witnesses");
                for (Witness w : cf.witnesses()) {
                    ObjectNode wo = ws.addObject();
                    wo.put("edition", w.label());
                    wo.put("lang", w.lang());
                    wo.put("reading", w.reading());
                    ArrayNode ids = wo.putArray("sentences");
                    w.sentences().forEach(ids::add);
                    wo.put("agrees", w.agrees());
                }
            }
            o.set("report", pair.tree(e.report()));
        }
        ArrayNode rows = root.putArray("matrix");
        for (Row row : r.rows()) {
            ObjectNode ro = rows.addObject();
            ro.put("source", row.source());
            ArrayNode cells = ro.putArray("cells");
            for (Cell c : row.cells()) {
                ObjectNode co = cells.addObject();
                co.put("edition", r.editions().get(c.edition()).label());
                ArrayNode ids = co.putArray("sentences");
                c.sentences().forEach(ids::add);
                co.put("shared", c.shared());
                ArrayNode fs = co.putArray("findings");
                c.findings().forEach(f -> fs.add(f.id()));
            }
        }
        return root;
    }
}
