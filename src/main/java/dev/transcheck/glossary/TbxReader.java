package dev.transcheck.glossary;

import dev.transcheck.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a TBX glossary (ISO 30042): TBX-Basic / TBX v2 ({@code termEntry}, {@code langSet},
 * {@code tig}) and TBX v3 / TBX-Core ({@code conceptEntry}, {@code langSec}, {@code termSec}).
 * The status comes from {@code <termNote type="administrativeStatus">} (or a DCT-style
 * {@code <administrativeStatus>} element): preferredTerm-admn-sts → preferred, admittedTerm-admn-sts
 * → admitted, deprecatedTerm-admn-sts and supersededTerm-admn-sts → forbidden; a term without a status
 * is preferred when it is the first of its language in the entry, admitted otherwise. The concept
 * type comes from {@code <descrip type="conceptType">} (strict) or {@code <descrip type="subjectField">}
 * when that names a type; otherwise it is {@code term}. External entities and DTDs are never loaded.
 */
final class TbxReader {
    private TbxReader() {
    }

    static Glossary read(Path file) throws InputException {
        String name = file.toString();
        SAXParser parser;
        try {
            parser = factory().newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
        Handler h = new Handler(name);
        try {
            // the shared gate: no DTD at all (so no external entity and no expansion), limited depth
            dev.transcheck.io.SafeXml.check(name, Files.readAllBytes(file));
        } catch (InputException e) {
            if (!e.getMessage().contains("is not well-formed XML")) {
                throw e;
            }
            // malformed: the parser below reports it in TBX terms, with its line
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            InputSource src = new InputSource(in);
            src.setSystemId(file.toUri().toString());
            parser.parse(src, h);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (SAXParseException e) {
            if (e.getException() instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(name, e.getLineNumber(), "malformed TBX (" + e.getMessage() + ")");
        } catch (SAXException e) {
            if (e.getException() instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(name, h.line(), "malformed TBX (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (!h.sawRoot) {
            throw new InputException(name, "not a TBX file (no martif or tbx root element)");
        }
        return h.builder.build();
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    /** Collects one entry at a time; terms are handed to the shared validating builder. */
    private static final class Handler extends DefaultHandler {
        private final String file;
        private final GlossaryLoader.ConceptBuilder builder;
        private Locator locator;
        boolean sawRoot;

        private String conceptId;
        private int conceptLine;
        private String typeWord;
        private boolean strictType;
        private final java.util.List<Object[]> pending = new java.util.ArrayList<>();
        private String lang;
        private String form;
        private int termLine;
        private String status;
        private String note;
        private String romanisedFrom;
        private String textKind;
        private final StringBuilder text = new StringBuilder();

        Handler(String file) {
            this.file = file;
            this.builder = new GlossaryLoader.ConceptBuilder(file);
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            String el = local == null || local.isEmpty() ? qName : local;
            switch (el) {
                case "martif", "tbx" -> sawRoot = true;
                case "termEntry", "conceptEntry" -> {
                    conceptId = atts.getValue("id");
                    conceptLine = line();
                    typeWord = null;
                    strictType = false;
                    pending.clear();
                    if (conceptId == null || conceptId.isBlank()) {
                        // some CAT-tool exports (memoQ, older MultiTerm) leave entries without ids
                        conceptId = "tbx:" + file + ":" + conceptLine;
                    }
                }
                case "langSet", "langSec" -> {
                    String l = atts.getValue(XMLConstants.XML_NS_URI, "lang");
                    if (l == null) {
                        l = atts.getValue("xml:lang");
                    }
                    if (l == null || l.isBlank()) {
                        fail(line(), "<" + el + "> without xml:lang");
                    }
                    // the primary subtag; "-" or "_" alone leaves an empty code, which the builder refuses
                    lang = l.strip().split("[-_]", -1)[0].toLowerCase(Locale.ROOT);
                }
                case "tig", "termSec", "ntig" -> {
                    form = null;
                    status = null;
                    note = null;
                    romanisedFrom = null;
                    termLine = line();
                }
                case "term" -> begin("term");
                case "termNote" -> {
                    String type = atts.getValue("type");
                    if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
                        begin("status");
                    } else if ("romanisedFrom".equals(type)) {
                        begin("romanisedFrom");
                    } else {
                        textKind = null;
                    }
                }
                case "administrativeStatus" -> begin("status");
                case "descrip" -> {
                    String type = atts.getValue("type");
                    if ("conceptType".equals(type)) {
                        begin("conceptType");
                    } else if ("subjectField".equals(type)) {
                        begin("subjectField");
                    } else {
                        textKind = null;
                    }
                }
                case "subjectField" -> begin("subjectField");
                case "note" -> begin(form != null || lang != null ? "note" : null);
                default -> { }
            }
        }

        private void begin(String kind) {
            textKind = kind;
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (textKind != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            String el = local == null || local.isEmpty() ? qName : local;
            String value = text.toString().strip();
            switch (el) {
                case "term" -> form = value;
                case "termNote", "administrativeStatus" -> {
                    if ("status".equals(textKind)) {
                        status = value;
                    } else if ("romanisedFrom".equals(textKind)) {
                        romanisedFrom = value;
                    }
                }
                case "descrip", "subjectField" -> {
                    if ("conceptType".equals(textKind)) {
                        typeWord = value;
                        strictType = true;
                    } else if ("subjectField".equals(textKind) && !strictType && GlossaryLoader.parseType(value) != null) {
                        typeWord = value;
                    }
                }
                case "note" -> {
                    if ("note".equals(textKind) && !value.isEmpty()) {
                        note = value;
                    }
                }
                case "tig", "termSec", "ntig" -> {
                    if (form == null) {
                        fail(termLine, "<" + el + "> without a <term>");
                    }
                    pending.add(new Object[] {termLine, lang, form, status, romanisedFrom, note});
                }
                case "langSet", "langSec" -> lang = null;
                case "termEntry", "conceptEntry" -> flush();
                default -> { }
            }
            if (!el.equals("tig") && !el.equals("termSec")) {
                textKind = null;
            }
        }

        private void flush() throws SAXException {
            String type = typeWord == null ? "term" : typeWord;
            java.util.Set<String> seenLang = new java.util.HashSet<>();
            for (Object[] p : pending) {
                int line = (Integer) p[0];
                String l = (String) p[1];
                String st = (String) p[3];
                String statusWord;
                if (st == null || st.isEmpty()) {
                    statusWord = seenLang.contains(l) ? "admitted" : "preferred";
                } else {
                    statusWord = mapStatus(st);
                    if (statusWord == null) {
                        fail(line, "unknown administrative status '" + st + "' (expected preferredTerm-admn-sts, "
                                + "admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts)");
                    }
                }
                seenLang.add(l);
                try {
                    builder.add(line, conceptId, type, l, (String) p[2], statusWord, (String) p[4], (String) p[5]);
                } catch (InputException e) {
                    throw new SAXException(e);
                }
            }
            pending.clear();
        }

        private static String mapStatus(String st) {
            String s = st.trim();
            if (s.endsWith("-admn-sts")) {
                s = s.substring(0, s.length() - "-admn-sts".length());
            }
            return switch (s) {
                case "preferredTerm", "standardizedTerm", "legalTerm", "regulatedTerm" -> "preferred";
                case "admittedTerm" -> "admitted";
                case "deprecatedTerm", "supersededTerm" -> "forbidden";
                default -> null;
            };
        }

        private void fail(int line, String problem) throws SAXException {
            throw new SAXException(new InputException(file, line, problem));
        }
    }
}
