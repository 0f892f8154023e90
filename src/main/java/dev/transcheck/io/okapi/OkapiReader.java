package dev.transcheck.io.okapi;

import dev.transcheck.io.BilingualFile;
import dev.transcheck.io.InputException;
import dev.transcheck.model.InlineCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.openxml.ConditionalParameters;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.po.POFilter;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;

/**
 * The only class that touches the Okapi Framework (loaded only for DOCX and bilingual files; see
 * {@code dev.transcheck.io.Formats}). Its signatures use JDK and transcheck types alone, so
 * loading a caller never loads Okapi. Callers have already passed the file through the safety
 * gates ({@code SafeXml}, {@code SafeZip}).
 */
public final class OkapiReader {
    /** Okapi's code type for annotation markers (XLIFF 1.2 and 2 {@code mrk}). */
    private static final String ANNOTATION = "_annotation_";

    private OkapiReader() {
    }

    /**
     * The segment pairs of an XLIFF 1.2 ({@code xliff}), XLIFF 2.x ({@code xliff2}), TMX ({@code tmx})
     * or PO ({@code po}) file, in file order.
     */
    public static BilingualFile bilingual(Path path, String format, String sourceLang, String targetLang)
            throws InputException {
        String name = path.toString();
        LocaleId src = locale(sourceLang, "en");
        LocaleId tgt = locale(targetLang, "und");
        List<BilingualFile.Pair> pairs = new ArrayList<>();
        try (IFilter filter = filter(format)) {
            filter.open(new RawDocument(path.toUri(), "UTF-8", src, tgt));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (!e.isTextUnit()) {
                    continue;
                }
                ITextUnit tu = e.getTextUnit();
                if (!tu.isTranslatable()) {
                    continue;
                }
                String id = unitId(tu, format, pairs.size());
                TextContainer source = tu.getSource();
                TextContainer target = tu.getTarget(tgt);
                int count = source.getSegments().count();
                for (Segment seg : source.getSegments()) {
                    Extracted s = extract(seg.getContent());
                    if (s.text.isBlank() && s.codes.isEmpty()) {
                        continue;
                    }
                    Segment tseg = target == null ? null
                            : count == 1 && target.getSegments().count() == 1 ? target.getSegments().get(0)
                            : target.getSegments().get(seg.getId());
                    Extracted t = tseg == null ? null : extract(tseg.getContent());
                    String pid = count > 1 ? id + ":" + seg.getId() : id;
                    pairs.add(new BilingualFile.Pair(pid, s.text, t == null ? null : t.text, s.codes,
                            t == null ? List.of() : t.codes));
                }
            }
        } catch (Exception | LinkageError e) {
            throw new InputException(name, "cannot be read as " + label(format) + " (" + oneLine(e) + ")");
        }
        return new BilingualFile(name, format, sourceLang, targetLang, pairs);
    }

    /**
     * The text of a Word document, one paragraph (heading, list item, table cell) per block,
     * blocks separated by a blank line. Tracked changes are read as accepted; comments, document
     * properties, headers and footers and hidden text are left out.
     */
    public static String docxText(Path path) throws InputException {
        StringBuilder sb = new StringBuilder();
        try (OpenXMLFilter filter = new OpenXMLFilter()) {
            ConditionalParameters p = (ConditionalParameters) filter.getParameters();
            p.setAutomaticallyAcceptRevisions(true);
            p.setTranslateComments(false);
            p.setTranslateDocProperties(false);
            p.setTranslateWordHeadersFooters(false);
            p.setTranslateWordHidden(false);
            filter.open(new RawDocument(path.toUri(), "UTF-8", LocaleId.fromString("en"), LocaleId.fromString("und")));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (!e.isTextUnit() || !e.getTextUnit().isTranslatable()) {
                    continue;
                }
                String text = extract(e.getTextUnit().getSource().getUnSegmentedContentCopy()).text
                        .replaceAll("[ \\t]*(\\r\\n|\\r|\\n)[ \\t]*(\\r\\n|\\r|\\n)\\s*", "\n").strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(text);
            }
        } catch (Exception | LinkageError e) {
            throw new InputException(path.toString(), "cannot be read as a Word document (" + oneLine(e) + ")");
        }
        return sb.toString();
    }

    private static IFilter filter(String format) {
        return switch (format) {
            case "xliff" -> {
                XLIFFFilter f = new XLIFFFilter();
                yield f;
            }
            case "xliff2" -> new XLIFF2Filter();
            case "tmx" -> new TmxFilter();
            case "po" -> {
                POFilter f = new POFilter();
                ((net.sf.okapi.filters.po.Parameters) f.getParameters()).setBilingualMode(true);
                yield f;
            }
            default -> throw new IllegalArgumentException("unknown bilingual format " + format);
        };
    }

    private static String unitId(ITextUnit tu, String format, int index) {
        String id = "tmx".equals(format) || "po".equals(format) ? tu.getName() : tu.getId();
        if (id == null || id.isBlank()) {
            id = tu.getId();
        }
        return id == null || id.isBlank() ? String.valueOf(index + 1) : id;
    }

    /** Text without inline codes, and the codes with their offsets into that text. */
    private record Extracted(String text, List<InlineCode> codes) {
    }

    static Extracted extract(TextFragment frag) {
        String coded = frag.getCodedText();
        List<Code> codes = frag.getCodes();
        StringBuilder sb = new StringBuilder(coded.length());
        List<InlineCode> out = new ArrayList<>();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (ANNOTATION.equals(code.getType())) {
                    // an annotation (XLIFF mrk: a term, a comment, a QA issue), not markup of the document
                    continue;
                }
                String kind = c == TextFragment.MARKER_OPENING ? "open"
                        : c == TextFragment.MARKER_CLOSING ? "close" : "placeholder";
                String data = code.getOuterData();
                if (data == null || data.isEmpty()) {
                    data = code.getData();
                }
                String cid = code.getOriginalId() != null && !code.getOriginalId().isEmpty()
                        ? code.getOriginalId() : String.valueOf(code.getId());
                out.add(new InlineCode(cid, kind, code.getType() == null ? "" : code.getType(),
                        data == null ? "" : data, sb.length()));
            } else {
                sb.append(c);
            }
        }
        return new Extracted(sb.toString(), out);
    }

    private static LocaleId locale(String tag, String fallback) {
        try {
            return LocaleId.fromString(tag == null || tag.isBlank() ? fallback : tag);
        } catch (RuntimeException e) {
            return LocaleId.fromString(fallback);
        }
    }

    private static String label(String format) {
        return switch (format) {
            case "xliff" -> "XLIFF 1.2";
            case "xliff2" -> "XLIFF 2";
            case "tmx" -> "TMX";
            default -> "PO";
        };
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 197) + "..." : m;
    }
}
