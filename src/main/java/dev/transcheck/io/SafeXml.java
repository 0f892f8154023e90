package dev.transcheck.io;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one gate every XML input passes before any parser of ours or a library's reads it (XLIFF,
 * TMX, the parts of a DOCX; TBX glossaries use the same rules in their own SAX parser). The file is
 * read once with the JDK's own StAX parser, DTD support off, and refused when it
 *
 * <ul>
 * <li>has a document type declaration at all: no DTD means no external entities (no XXE reading
 * a local file or a URL) and no internal entities (no "billion laughs", no gigabyte expansion);
 * no CAT format needs one;</li>
 * <li>nests elements deeper than {@link #MAX_DEPTH} or has more than {@link #MAX_ELEMENTS}
 * elements;</li>
 * <li>is not well-formed.</li>
 * </ul>
 *
 * Without a DTD the only entities are the five predefined ones and character references, so the
 * text can never grow beyond the file's size (itself limited, see {@link TextReader#MAX_BYTES}).
 * The pass also notes the root element and the language attributes the readers need.
 */
public final class SafeXml {
    public static final int MAX_DEPTH = 256;
    public static final int MAX_ELEMENTS = 2_000_000;

    private SafeXml() {
    }

    /** What the pass saw: the root element and, by name, the first value of a few attributes. */
    public record Head(String rootName, String rootNamespace, Map<String, String> attributes) {
        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    /** The JDK's StAX factory with DTDs and external entities switched off. */
    static XMLInputFactory factory() {
        // the JDK's own implementation, not whichever provider a library put on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // one above ours: the count in check() refuses first, with a message that says what is wrong
        // (the JDK's own says "not well-formed"); the JDK's limit is the backstop
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH + 1));
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "0");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // an older JDK without this property: the DTD refusal below still holds
        }
    }

    /**
     * Checks {@code bytes} (an XML file or part named {@code name}) and returns its head. Keys of
     * the attribute map are {@code element@attribute} with local names, for the first element of
     * that name that has the attribute (for example {@code file@target-language}); {@code tuv@lang}
     * collects every distinct {@code xml:lang} of {@code tuv} elements, space-separated.
     */
    public static Head check(String name, byte[] bytes) throws InputException {
        XMLStreamReader r = null;
        String rootName = null;
        String rootNs = null;
        Map<String, String> attrs = new LinkedHashMap<>();
        int depth = 0;
        long elements = 0;
        try {
            r = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new InputException(name, line(r),
                            "has a document type declaration (DOCTYPE); DTDs are refused in input files"
                                    + " (they can read local files or expand without limit)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputException(name, line(r),
                            "uses the undeclared entity &" + r.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        elements++;
                        if (depth > MAX_DEPTH) {
                            throw new InputException(name, line(r), "elements are nested more than " + MAX_DEPTH + " deep");
                        }
                        if (elements > MAX_ELEMENTS) {
                            throw new InputException(name, line(r), "has more than " + MAX_ELEMENTS + " elements");
                        }
                        String local = r.getLocalName();
                        if (rootName == null) {
                            rootName = local;
                            rootNs = r.getNamespaceURI();
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ans = r.getAttributeNamespace(i);
                            if (ans != null && !ans.isEmpty() && !XMLConstants.XML_NS_URI.equals(ans)) {
                                continue; // another vocabulary's attribute (its:version is not xliff@version)
                            }
                            String key = local + "@" + r.getAttributeLocalName(i);
                            String value = r.getAttributeValue(i);
                            if ("tuv@lang".equals(key)) {
                                String all = attrs.getOrDefault(key, "");
                                if (!(" " + all + " ").contains(" " + value + " ")) {
                                    attrs.put(key, all.isEmpty() ? value : all + " " + value);
                                }
                            } else {
                                attrs.putIfAbsent(key, value);
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int at = msg.indexOf("Message: ");
            String problem = at >= 0 ? msg.substring(at + 9) : msg;
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            if (problem.toLowerCase(java.util.Locale.ROOT).contains("doctype")
                    || problem.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
                throw new InputException(name, Math.max(line, 0),
                        "refused: DTDs and entity declarations are not allowed in input files (" + oneLine(problem) + ")");
            }
            throw new InputException(name, Math.max(line, 0), "is not well-formed XML (" + oneLine(problem) + ")");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written; closing a reader cannot lose data
                }
            }
        }
        if (rootName == null) {
            throw new InputException(name, "has no XML element");
        }
        return new Head(rootName, rootNs == null ? "" : rootNs, attrs);
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
