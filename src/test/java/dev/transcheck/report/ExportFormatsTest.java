package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** CSV, SARIF, JUnit XML and GitHub annotations of the zapad sample: each read back and checked against its format's rules. */
class ExportFormatsTest {
    static Report report;

    @BeforeAll
    static void check() throws Exception {
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        Path dir = Path.of("samples/zapad-2025");
        String uk = Files.readString(dir.resolve("source.uk.txt"));
        String en = Files.readString(dir.resolve("translation.en.txt"));
        report = tc.check(tc.document("samples/zapad-2025/source.uk.txt", "uk", uk),
                tc.document("samples/zapad-2025/translation.en.txt", "en", en));
        assertTrue(report.summary().errors() >= 3, "the sample has errors to export");
    }

    @Test
    void csvHasOneRowPerFindingAndReadsBack() throws Exception {
        String csv = new CsvRenderer().render(report);
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(CsvRenderer.HEADER, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(report.findings().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Finding f = report.findings().get(i);
                CSVRecord r = rows.get(i);
                assertEquals(f.id(), r.get("id"));
                assertEquals(f.check(), r.get("check"));
                assertEquals(f.severity().word(), r.get("severity"));
                assertEquals(f.translation() == null ? "" : CsvRenderer.cell(f.translation().text()), r.get("translation_text"));
                assertEquals(f.translation() == null ? "" : Integer.toString(f.translation().start()), r.get("translation_start"));
            }
            assertTrue(rows.stream().anyMatch(r -> r.get("translation_text").equals("Lavrov")));
        }
    }

    @Test
    void csvNeutralisesFormulasButNotOrdinaryText() {
        assertEquals("'=HYPERLINK(\"x\")", CsvRenderer.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", CsvRenderer.cell("@SUM(A1)"));
        assertEquals("Lavrov", CsvRenderer.cell("Lavrov"));
        assertEquals("3 = 3", CsvRenderer.cell("3 = 3"));
    }

    @Test
    void sarifFollowsTheSarif210Structure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new SarifRenderer().render(report));
        assertEquals("2.1.0", root.path("version").asText());
        assertTrue(root.path("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = root.path("runs").get(0);
        assertEquals("transcheck", run.path("tool").path("driver").path("name").asText());
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertEquals(report.findings().size(), results.size());
        Set<String> levels = Set.of("none", "note", "warning", "error");
        for (JsonNode r : results) {
            int idx = r.path("ruleIndex").asInt(-1);
            assertEquals(rules.get(idx).path("id").asText(), r.path("ruleId").asText());
            assertTrue(levels.contains(r.path("level").asText()));
            assertFalse(r.path("message").path("text").asText().isEmpty());
            for (JsonNode loc : r.path("locations")) {
                JsonNode region = loc.path("physicalLocation").path("region");
                assertTrue(region.path("startLine").asInt() >= 1 && region.path("startColumn").asInt() >= 1);
                assertTrue(region.path("endLine").asInt() >= region.path("startLine").asInt());
                String uri = loc.path("physicalLocation").path("artifactLocation").path("uri").asText();
                assertFalse(uri.contains(" ") || uri.contains("\\"), uri);
            }
        }
        JsonNode lavrov = null;
        for (JsonNode r : results) {
            if (r.path("locations").get(0).path("physicalLocation").path("region").path("snippet").path("text").asText().equals("Lavrov")) {
                lavrov = r;
            }
        }
        assertTrue(lavrov != null, "the Lavrov finding is located in the translation");
        assertEquals(1, lavrov.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("error", lavrov.path("level").asText());
    }

    @Test
    void junitXmlIsWellFormedAndCountsFailingChecks() throws Exception {
        String xml = new JunitRenderer().render(report);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength());
        int failing = suite.getElementsByTagName("failure").getLength();
        assertEquals(Integer.parseInt(suite.getAttribute("failures")), failing);
        long checksWithErrors = report.findings().stream().filter(x -> x.severity().word().equals("error") && !x.accepted())
                .map(Finding::check).distinct().count();
        assertEquals(checksWithErrors, failing);
        assertTrue(xml.contains("Lavrov"));
    }

    @Test
    void junitXmlEscapesWhatXmlCannotHold() {
        assertEquals("a &lt;b&gt; &amp; \uFFFD", JunitRenderer.text("a <b> & \u0001"));
        assertEquals("&quot;x&quot;&#10;", JunitRenderer.attr("\"x\"\n"));
    }

    @Test
    void githubAnnotationsOnePerFindingWithAPlace() {
        String out = new GithubRenderer().render(report);
        List<String> lines = out.lines().toList();
        assertEquals(report.findings().stream().filter(x -> !x.accepted()).count(), lines.size());
        Pattern p = Pattern.compile("::(error|warning|notice) file=[^,:]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[^:]+::.+");
        for (String l : lines) {
            assertTrue(p.matcher(l).matches(), l);
        }
        assertTrue(out.contains("::error file=samples/zapad-2025/translation.en.txt,line=1,"));
    }

    @Test
    void githubEscapesNewlinesAndSeparators() {
        assertEquals("a%0Ab%25", GithubRenderer.data("a\nb%"));
        assertEquals("a%3Ab%2Cc", GithubRenderer.property("a:b,c"));
    }
}
