package dev.transcheck.cli;

import static dev.transcheck.io.Fixtures.esc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.Transcheck;
import dev.transcheck.io.Fixtures;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Bilingual files (XLIFF 1.2 in the shapes memoQ/Trados and OmegaT/Phrase write, XLIFF 2.0, TMX,
 * PO) and Word files give the zapad sample's findings; write-back into XLIFF; standard input.
 */
class FormatsCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLE = Path.of("samples/zapad-2025");
    static String uk;
    static String en;
    /** The sample's sentence pairs as a CAT tool would hold them: one pair per alignment bead. */
    static List<String[]> pairs = new ArrayList<>();
    static Set<String> textFindings;

    @TempDir
    Path dir;

    @BeforeAll
    static void sample() throws Exception {
        uk = Files.readString(SAMPLE.resolve("source.uk.txt"));
        en = Files.readString(SAMPLE.resolve("translation.en.txt"));
        Transcheck tc = Transcheck.builder().build();
        Document s = tc.document("s", "uk", uk);
        Document t = tc.document("t", "en", en);
        Alignment a = tc.align(s, t);
        for (Bead b : a.beads()) {
            String src = b.source().stream().map(i -> s.sentence(i).text()).collect(Collectors.joining(" "));
            String tgt = b.translation().stream().map(i -> t.sentence(i).text()).collect(Collectors.joining(" "));
            pairs.add(new String[] {src, tgt});
        }
        textFindings = findings(Run.main("check", SAMPLE.resolve("source.uk.txt").toString(),
                SAMPLE.resolve("translation.en.txt").toString(), "--format", "json", "--glossary", "glossaries").out());
        assertEquals(4, textFindings.size(), textFindings::toString);
    }

    /** check | source text | translation text of each finding. */
    static Set<String> findings(String json) throws Exception {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : JSON.readTree(json).get("findings")) {
            out.add(f.get("check").asText() + " | " + text(f.get("source")) + " | " + text(f.get("translation")));
        }
        return out;
    }

    private static String text(JsonNode span) {
        return span == null || span.isNull() ? "-" : span.get("text").asText();
    }

    private Run.Result check(String name, String content, String... more) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", p.toString(), "--format", "json", "--glossary", "glossaries"));
        args.addAll(List.of(more));
        return Run.main(args.toArray(String[]::new));
    }

    static String xliff12Plain() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"zapad.txt\" source-language=\"uk\" target-language=\"en-GB\" datatype=\"plaintext\"><body>\n");
        for (int i = 0; i < pairs.size(); i++) {
            sb.append("<trans-unit id=\"tu").append(i + 1).append("\"><source>").append(esc(pairs.get(i)[0]))
                    .append("</source><target state=\"translated\">").append(esc(pairs.get(i)[1])).append("</target></trans-unit>\n");
        }
        return sb.append("</body></file></xliff>\n").toString();
    }

    /** memoQ and Trados (sdlxliff) keep segments as mrk mtype="seg" in seg-source and target. */
    static String xliff12Segmented() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:mq=\"MQXliff\">\n"
                + "<file original=\"zapad.docx\" source-language=\"uk-UA\" target-language=\"en-US\" datatype=\"x-docx\">"
                + "<header><tool tool-id=\"x\" tool-name=\"x\"/></header><body>\n");
        for (int i = 0; i < pairs.size(); i++) {
            String s = esc(pairs.get(i)[0]);
            String t = esc(pairs.get(i)[1]);
            sb.append("<group><trans-unit id=\"").append(i + 1).append("\" mq:status=\"Confirmed\"><source>").append(s)
                    .append("</source><seg-source><mrk mtype=\"seg\" mid=\"1\">").append(s).append("</mrk></seg-source>")
                    .append("<target><mrk mtype=\"seg\" mid=\"1\">").append(t).append("</mrk></target></trans-unit></group>\n");
        }
        return sb.append("</body></file></xliff>\n").toString();
    }

    static String xliff20() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"uk\" trgLang=\"en\">\n"
                + "<file id=\"f1\">\n");
        for (int i = 0; i < pairs.size(); i++) {
            sb.append("<unit id=\"u").append(i + 1).append("\"><segment><source>").append(esc(pairs.get(i)[0]))
                    .append("</source><target>").append(esc(pairs.get(i)[1])).append("</target></segment></unit>\n");
        }
        return sb.append("</file></xliff>\n").toString();
    }

    static String tmx() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"x\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"uk\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < pairs.size(); i++) {
            sb.append("<tu tuid=\"").append(i + 1).append("\"><tuv xml:lang=\"uk\"><seg>").append(esc(pairs.get(i)[0]))
                    .append("</seg></tuv><tuv xml:lang=\"en\"><seg>").append(esc(pairs.get(i)[1])).append("</seg></tuv></tu>\n");
        }
        return sb.append("</body></tmx>\n").toString();
    }

    static String po() {
        StringBuilder sb = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: en\\n\"\n\n");
        for (int i = 0; i < pairs.size(); i++) {
            sb.append("msgctxt \"p").append(i + 1).append("\"\nmsgid \"").append(pairs.get(i)[0].replace("\"", "\\\""))
                    .append("\"\nmsgstr \"").append(pairs.get(i)[1].replace("\"", "\\\"")).append("\"\n\n");
        }
        return sb.toString();
    }

    @Test
    void xliff12AsOmegaTAndPhraseWriteItGivesTheTextFindingsWithUnitIds() throws Exception {
        Run.Result r = check("zapad.xlf", xliff12Plain());
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            assertTrue(f.get("unit").asText().startsWith("tu"), f.toString());
        }
    }

    @Test
    void theShippedSampleXliffGivesTheTextFindings() throws Exception {
        Run.Result r = Run.main("check", SAMPLE.resolve("zapad.uk-en.xlf").toString(), "--format", "json", "--glossary", "glossaries");
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
    }

    @Test
    void inlineTagsLostOrAddedAreMarkupMismatchButAnnotationsAreNot() throws Exception {
        String head = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" "
                + "source-language=\"uk\" target-language=\"en\" datatype=\"plaintext\"><body>";
        Run.Result lost = check("lost.xlf", head + "<trans-unit id=\"7\"><source>Зустріч у <g id=\"1\" ctype=\"bold\">Мінську</g> "
                + "відбулася <x id=\"2\"/>.</source><target>The meeting in Minsk took place <x id=\"2\"/>.</target></trans-unit>"
                + "</body></file></xliff>");
        JsonNode f = JSON.readTree(lost.out()).get("findings");
        assertEquals(1, f.size(), lost.out());
        assertEquals("markup.mismatch", f.get(0).get("check").asText());
        assertEquals("7", f.get(0).get("unit").asText());
        Run.Result term = check("term.xlf", head + "<trans-unit id=\"7\"><source>Зустріч у <g id=\"1\">Мінську</g> "
                + "відбулася <x id=\"2\"/>.</source><target>The meeting in <g id=\"1\"><mrk mtype=\"term\">Minsk</mrk></g> "
                + "took place <x id=\"2\"/>.</target></trans-unit></body></file></xliff>");
        assertEquals(0, term.status(), term.out());
    }

    @Test
    void xliff12AsMemoQAndTradosWriteIt() throws Exception {
        Run.Result r = check("zapad.mqxliff", xliff12Segmented());
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
    }

    @Test
    void xliff20File() throws Exception {
        Run.Result r = check("zapad.xlf", xliff20());
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
        assertTrue(r.out().contains("\"unit\" : \"u"), r.out());
    }

    @Test
    void tmxFile() throws Exception {
        Run.Result r = check("zapad.tmx", tmx());
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
    }

    @Test
    void poFile() throws Exception {
        Run.Result r = check("zapad.po", po(), "--from", "uk");
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
    }

    @Test
    void docxPairGivesTheTextFindings() throws Exception {
        Path s = dir.resolve("source.uk.docx");
        Path t = dir.resolve("translation.en.docx");
        Files.write(s, Fixtures.docxOf(List.of(uk.strip().split("\\n\\s*\\n")), 1));
        Files.write(t, Fixtures.docxOf(List.of(en.strip().split("\\n\\s*\\n")), 1));
        Run.Result r = Run.main("check", s.toString(), t.toString(), "--format", "json", "--glossary", "glossaries");
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
    }

    @Test
    void docxTrackedChangesReadAsAcceptedCommentsIgnoredHeadingsOwnSegments() throws Exception {
        String body = Fixtures.para("Заголовок без крапки", "Heading1")
                + "<w:p><w:r><w:t xml:space=\"preserve\">Зустріч у </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>Москві</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>Мінську</w:t></w:r></w:ins>"
                + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> відбулася.</w:t></w:r>"
                + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
        String comments = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:comment w:id=\"0\" w:author=\"a\"><w:p><w:r><w:t>Коментар редактора</w:t></w:r>"
                + "</w:p></w:comment></w:comments>";
        Path p = dir.resolve("a.uk.docx");
        Files.write(p, Fixtures.docx(body, "word/comments.xml", comments));
        Run.Result r = Run.main("segment", p.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("Заголовок без крапки", "Зустріч у Мінську відбулася."), r.out().strip().lines().toList());
    }

    @Test
    void standardInputForOneFile() throws Exception {
        Run.Result r = Run.withStdin(uk, "check", "-", SAMPLE.resolve("translation.en.txt").toString(), "--from", "uk",
                "--format", "json", "--glossary", "glossaries");
        assertEquals(1, r.status(), r.err());
        assertEquals(textFindings, findings(r.out()));
        Run.Result both = Run.withStdin(uk, "check", "-", "-");
        assertEquals(2, both.status());
    }

    @Test
    void writeBackAttachesEachFindingAsAnItsIssueAndLeavesTheInputAlone() throws Exception {
        Path in = dir.resolve("zapad.xlf");
        Files.writeString(in, xliff12Plain(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(in);
        Path out = dir.resolve("out.xlf");
        Run.Result r = Run.main("check", in.toString(), "--format", "xliff", "-o", out.toString(), "--glossary", "glossaries");
        assertEquals(1, r.status(), r.err());
        assertArrayEquals(before, Files.readAllBytes(in));
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)));
        String xlf = "urn:oasis:names:tc:xliff:document:1.2";
        String its = "http://www.w3.org/2005/11/its";
        NodeList issues = d.getElementsByTagNameNS(its, "locQualityIssue");
        assertEquals(4, issues.getLength());
        Set<String> itsTypes = Set.of("terminology", "mistranslation", "omission", "untranslated", "addition", "duplication",
                "inconsistency", "grammar", "legal", "register", "locale-specific-content", "locale-violation", "style",
                "characters", "misspelling", "typographical", "formatting", "inconsistent-entities", "numbers", "markup",
                "pattern-problem", "whitespace", "internationalization", "length", "non-conformance", "uncategorized", "other");
        for (int i = 0; i < issues.getLength(); i++) {
            Element e = (Element) issues.item(i);
            assertTrue(itsTypes.contains(e.getAttribute("locQualityIssueType")), e.getAttribute("locQualityIssueType"));
            int sev = Integer.parseInt(e.getAttribute("locQualityIssueSeverity"));
            assertTrue(sev >= 0 && sev <= 100);
            assertFalse(e.getAttribute("locQualityIssueComment").isBlank());
            Element unit = (Element) e.getParentNode().getParentNode();
            assertEquals("trans-unit", unit.getLocalName());
            String ref = ((Element) e.getParentNode()).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
            Element target = (Element) unit.getElementsByTagNameNS(xlf, "target").item(0);
            assertEquals("#" + ref, target.getAttributeNS(its, "locQualityIssuesRef"));
        }
        // XLIFF 1.2 structure kept: the same units with the same sources, in order
        NodeList units = d.getElementsByTagNameNS(xlf, "trans-unit");
        assertEquals(pairs.size(), units.getLength());
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            assertEquals("tu" + (i + 1), u.getAttribute("id"));
            assertEquals(pairs.get(i)[0], u.getElementsByTagNameNS(xlf, "source").item(0).getTextContent());
            Element last = null;
            for (org.w3c.dom.Node c = u.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    // XLIFF elements first (source, target, notes), the ITS extension last
                    if (xlf.equals(e.getNamespaceURI())) {
                        assertTrue(last == null || xlf.equals(last.getNamespaceURI()), "an XLIFF element after an extension");
                    }
                    last = e;
                }
            }
        }
        // valid against the XLIFF 1.2 document structure (src/test/resources/xliff/xliff12-structure.xsd),
        // both the plain and the memoQ/Trados shape; a unit with an element out of order is not
        javax.xml.validation.Validator v = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/xliff/xliff12-structure.xsd")).newValidator();
        v.validate(new javax.xml.transform.stream.StreamSource(out.toFile()));
        Path seg = dir.resolve("zapad.sdlxliff");
        Files.writeString(seg, xliff12Segmented(), StandardCharsets.UTF_8);
        Path segOut = dir.resolve("seg-out.xlf");
        assertEquals(1, Run.main("check", seg.toString(), "--format", "xliff", "-o", segOut.toString(), "--glossary", "glossaries").status());
        v.validate(new javax.xml.transform.stream.StreamSource(segOut.toFile()));
        String broken = Files.readString(out).replaceFirst("(<source>[^<]*</source>)(<target[^>]*>[^<]*</target>)", "$2$1");
        Path bad = dir.resolve("bad.xlf");
        Files.writeString(bad, broken);
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class,
                () -> v.validate(new javax.xml.transform.stream.StreamSource(bad.toFile())));
        // re-opens in Okapi with the same findings
        Run.Result again = Run.main("check", out.toString(), "--format", "json", "--glossary", "glossaries");
        assertEquals(textFindings, findings(again.out()));
    }

    @Test
    void writeBackIntoXliff20ValidatesAgainstTheCoreSchemaOkapiShips() throws Exception {
        Path in = dir.resolve("zapad.xlf");
        Files.writeString(in, xliff20(), StandardCharsets.UTF_8);
        Path out = dir.resolve("out2.xlf");
        Run.Result r = Run.main("check", in.toString(), "--format", "xliff", "-o", out.toString(), "--glossary", "glossaries");
        assertEquals(1, r.status(), r.err());
        // the OASIS XLIFF 2 core schema as the Okapi XLIFF 2 library ships it (nothing vendored here)
        java.net.URL xsd = net.sf.okapi.lib.xliff2.XLIFFException.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
                .newValidator().validate(new javax.xml.transform.stream.StreamSource(out.toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document d = f.newDocumentBuilder().parse(out.toFile());
        String its = "http://www.w3.org/2005/11/its";
        String x2 = "urn:oasis:names:tc:xliff:document:2.0";
        assertEquals(4, d.getElementsByTagNameNS(its, "locQualityIssue").getLength());
        assertEquals(4, d.getElementsByTagNameNS(x2, "note").getLength());
        NodeList mrks = d.getElementsByTagNameNS(x2, "mrk");
        assertEquals(4, mrks.getLength());
        for (int i = 0; i < mrks.getLength(); i++) {
            Element m = (Element) mrks.item(i);
            String ref = m.getAttributeNS(its, "locQualityIssuesRef").replaceFirst("^#its=", "");
            Element unit = (Element) m.getParentNode().getParentNode().getParentNode();
            Element issues = (Element) unit.getElementsByTagNameNS(its, "locQualityIssues").item(0);
            assertEquals(ref, issues.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
        }
        Run.Result again = Run.main("check", out.toString(), "--format", "json", "--glossary", "glossaries");
        assertEquals(textFindings, findings(again.out()));
    }

    @Test
    void writeBackNeedsAnXliffInputAndAnOutputFile() throws Exception {
        Path in = dir.resolve("zapad.xlf");
        Files.writeString(in, xliff12Plain(), StandardCharsets.UTF_8);
        assertEquals(2, Run.main("check", in.toString(), "--format", "xliff").status());
        assertEquals(2, Run.main("check", SAMPLE.resolve("source.uk.txt").toString(), SAMPLE.resolve("translation.en.txt").toString(),
                "--format", "xliff", "-o", dir.resolve("x.xlf").toString()).status());
        assertFalse(Files.exists(dir.resolve("x.xlf")));
    }

    @Test
    void aBilingualFileIsGivenAlone() throws Exception {
        Path in = dir.resolve("zapad.xlf");
        Files.writeString(in, xliff12Plain(), StandardCharsets.UTF_8);
        Run.Result r = Run.main("check", in.toString(), SAMPLE.resolve("translation.en.txt").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
