package dev.transcheck.io;

import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Write-back: a copy of an XLIFF 1.2 or 2.x file with each finding attached to its unit as
 * an ITS 2.0 Localization Quality Issue, so a translator sees the findings inside the CAT tool.
 * Per unit with findings: a standoff {@code <its:locQualityIssues xml:id="…">} element at the end of
 * the unit, one {@code <its:locQualityIssue>} per finding (type from the MQM category, comment,
 * severity 0–100, {@code locQualityIssueEnabled="no"} for accepted findings), referenced from the
 * unit's {@code <target>} (else {@code <source>}) by {@code its:locQualityIssuesRef}, plus one
 * XLIFF {@code <note from="transcheck">} per finding for tools that do not show ITS data. Nothing
 * else of the file changes; the input file is only read. XLIFF 2: see {@link #annotate20}.
 */
public final class XliffWriter {
    static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String ITS = "http://www.w3.org/2005/11/its";
    static final String XML = XMLConstants.XML_NS_URI;

    private XliffWriter() {
    }

    /** The annotated copy of the XLIFF 1.2 file {@code input}, as text. */
    public static String annotate(Path input, Report report) throws InputException {
        String name = input.toString();
        byte[] bytes = TextReader.bytes(input);
        SafeXml.check(name, bytes);
        Document doc = parse(name, bytes);
        Element root = doc.getDocumentElement();
        boolean two = XLIFF20.equals(root.getNamespaceURI());
        if (!XLIFF12.equals(root.getNamespaceURI()) && !two) {
            throw new InputException(name, "write-back needs XLIFF 1.2 or 2.x; this file is "
                    + (root.getNamespaceURI() == null ? "without a namespace" : "in " + root.getNamespaceURI()));
        }
        String ns = two ? XLIFF20 : XLIFF12;
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (f.unit() != null) {
                byUnit.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f);
            }
        }
        NodeList tus = doc.getElementsByTagNameNS(ns, two ? "unit" : "trans-unit");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tus.getLength(); i++) {
            ids.add(((Element) tus.item(i)).getAttribute("id"));
        }
        // a unit with several segments reports UNIT:SEGMENT; the issues go to the unit
        Map<String, List<Finding>> toUnits = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : byUnit.entrySet()) {
            String id = e.getKey();
            if (!ids.contains(id) && id.lastIndexOf(':') > 0 && ids.contains(id.substring(0, id.lastIndexOf(':')))) {
                id = id.substring(0, id.lastIndexOf(':'));
            }
            toUnits.computeIfAbsent(id, k -> new ArrayList<>()).addAll(e.getValue());
        }
        if (!toUnits.isEmpty() && !root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "its")) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:its", ITS);
        }
        if (!toUnits.isEmpty() && !root.hasAttributeNS(ITS, "version")) {
            root.setAttributeNS(ITS, "its:version", "2.0");
        }
        int n = 0;
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            List<Finding> fs = toUnits.get(tu.getAttribute("id"));
            if (fs == null) {
                continue;
            }
            String ref = freshId(doc, "transcheck-lqi-" + (++n));
            Element issues = doc.createElementNS(ITS, "its:locQualityIssues");
            issues.setAttributeNS(XML, "xml:id", ref);
            for (Finding f : fs) {
                Element issue = doc.createElementNS(ITS, "its:locQualityIssue");
                issue.setAttribute("locQualityIssueType", itsType(f));
                issue.setAttribute("locQualityIssueComment", comment(f));
                issue.setAttribute("locQualityIssueSeverity", String.valueOf(itsSeverity(f.severity())));
                if (f.accepted()) {
                    issue.setAttribute("locQualityIssueEnabled", "no");
                }
                issues.appendChild(issue);
            }
            if (two) {
                annotate20(doc, tu, issues, ref, fs, n);
                continue;
            }
            Element target = child(tu, "target");
            Element anchor = target != null ? target : child(tu, "source");
            if (anchor != null) {
                anchor.setAttributeNS(ITS, "its:locQualityIssuesRef", "#" + ref);
            }
            Node after = lastXliffChild(tu);
            for (Finding f : fs) {
                Element note = doc.createElementNS(XLIFF12, prefixed(tu, "note"));
                note.setAttribute("from", "transcheck");
                note.setAttribute("priority", f.severity() == Severity.ERROR ? "1" : f.severity() == Severity.WARNING ? "3" : "5");
                note.setTextContent(f.check() + " (" + f.severity().word() + "): " + comment(f));
                insertAfter(tu, note, after);
                after = note;
            }
            tu.appendChild(issues);
        }
        return serialize(name, doc);
    }

    /**
     * XLIFF 2: the standoff issues go to the unit's extension point (before {@code notes}), one
     * core {@code <note category="transcheck">} per finding into the unit's {@code notes}, and the
     * first segment's target content is wrapped in {@code <mrk type="its:any">} referring to the issues.
     */
    private static void annotate20(Document doc, Element unit, Element issues, String ref, List<Finding> fs, int n) {
        String p = unit.getPrefix();
        String pre = p == null || p.isEmpty() ? "" : p + ":";
        Node firstCore = null;
        for (Node c = unit.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && XLIFF20.equals(e.getNamespaceURI())) {
                firstCore = c;
                break;
            }
        }
        unit.insertBefore(issues, firstCore);
        Element notes = child20(unit, "notes");
        if (notes == null) {
            notes = doc.createElementNS(XLIFF20, pre + "notes");
            unit.insertBefore(notes, issues.getNextSibling());
        }
        for (Finding f : fs) {
            Element note = doc.createElementNS(XLIFF20, pre + "note");
            note.setAttribute("category", "transcheck");
            note.setAttribute("priority", f.severity() == Severity.ERROR ? "1" : f.severity() == Severity.WARNING ? "3" : "5");
            note.setTextContent(f.check() + " (" + f.severity().word() + "): " + comment(f));
            notes.appendChild(note);
        }
        for (Node c = unit.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element seg && XLIFF20.equals(seg.getNamespaceURI()) && "segment".equals(seg.getLocalName())) {
                Element target = child20(seg, "target");
                if (target == null || !target.hasChildNodes()) {
                    continue;
                }
                Element mrk = doc.createElementNS(XLIFF20, pre + "mrk");
                mrk.setAttribute("id", "transcheck-m" + n);
                mrk.setAttribute("type", "its:any");
                // XLIFF 2 fragment identifiers name the module: #its=ID
                mrk.setAttributeNS(ITS, "its:locQualityIssuesRef", "#its=" + ref);
                while (target.getFirstChild() != null) {
                    mrk.appendChild(target.getFirstChild());
                }
                target.appendChild(mrk);
                break;
            }
        }
    }

    private static Element child20(Element parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && XLIFF20.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The ITS 2.0 issue type for a finding: by check where the category is too coarse, else by MQM category. */
    static String itsType(Finding f) {
        String check = f.check();
        if (check.startsWith("number.mismatch") || check.startsWith("date.mismatch")) {
            return "numbers";
        }
        if (check.equals("name.inconsistent")) {
            return "inconsistent-entities";
        }
        return switch (f.category().path()) {
            case "accuracy/omission" -> "omission";
            case "accuracy/addition" -> "addition";
            case "accuracy/mistranslation" -> "mistranslation";
            case "accuracy/untranslated" -> "untranslated";
            case "terminology/wrong-term" -> "terminology";
            case "terminology/inconsistent" -> "inconsistency";
            case "locale-convention/number-format", "locale-convention/date-format" -> "locale-violation";
            case "fluency/spelling" -> "misspelling";
            case "fluency/character-encoding" -> "characters";
            case "design/markup" -> "markup";
            default -> f.category().path().startsWith("style") ? "style" : "other";
        };
    }

    /** ITS severity (0–100): error 90, warning 50, info 10. */
    static int itsSeverity(Severity s) {
        return switch (s) {
            case ERROR -> 90;
            case WARNING -> 50;
            default -> 10;
        };
    }

    private static String comment(Finding f) {
        String c = f.message();
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            c += " Suggestion: " + f.suggestion();
        }
        return c.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static Document parse(String name, byte[] bytes) throws InputException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new InputException(name, "cannot be read for write-back (" + e.getMessage() + ")");
        }
    }

    private static String serialize(String name, Document doc) throws InputException {
        try {
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            doc.setXmlStandalone(true);
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            String s = w.toString();
            // the JDK writes no line break after the declaration
            s = s.replaceFirst("^(<\\?xml[^>]*\\?>)(?!\\n)", "$1\n");
            return s.endsWith("\n") ? s : s + "\n";
        } catch (Exception e) {
            throw new InputException(name, "cannot write the annotated XLIFF (" + e.getMessage() + ")");
        }
    }

    private static Element child(Element parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && XLIFF12.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Node lastXliffChild(Element tu) {
        Node last = null;
        for (Node c = tu.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && XLIFF12.equals(e.getNamespaceURI())) {
                last = c;
            }
        }
        return last;
    }

    private static void insertAfter(Element parent, Node node, Node after) {
        Node next = after == null ? parent.getFirstChild() : after.getNextSibling();
        parent.insertBefore(node, next);
    }

    /** The qualified name for an XLIFF element in {@code context}'s prefix (usually none). */
    private static String prefixed(Element context, String local) {
        String p = context.getPrefix();
        return p == null || p.isEmpty() ? local : p + ":" + local;
    }

    private static String freshId(Document doc, String base) {
        String id = base;
        int k = 1;
        while (hasXmlId(doc.getDocumentElement(), id)) {
            id = base + "-" + (++k);
        }
        return id;
    }

    private static boolean hasXmlId(Element e, String id) {
        if (id.equals(e.getAttributeNS(XML, "id"))) {
            return true;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && hasXmlId(ce, id)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
