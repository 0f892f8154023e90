package dev.transcheck.report;

import dev.transcheck.model.Audit;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per finding, for a spreadsheet (RFC 4180, a header row, UTF-8). Cells that hold text
 * from the inputs and begin like a spreadsheet formula ({@code =}, {@code +}, {@code -},
 * {@code @}) get a leading apostrophe, so that opening the file never runs a formula someone
 * typed into an article. Each row ends with the run's audit (languages, verdict, gate settings,
 * version, glossary hash, time), so that rows pasted together from several reports keep it.
 */
public final class CsvRenderer implements Renderer {
    /** The columns, in order; docs/REPORT.md lists them. */
    public static final List<String> HEADER = List.of("id", "check", "severity", "category", "message",
            "source_path", "source_sentence", "source_start", "source_end", "source_text",
            "translation_path", "translation_sentence", "translation_start", "translation_end", "translation_text",
            "expected", "suggestion", "accepted",
            "source_lang", "translation_lang", "passed", "gate", "transcheck_version", "glossaries_sha256", "checked_at");

    @Override
    public String render(Report report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            Audit a = report.audit();
            for (Finding f : report.findings()) {
                p.printRecord(f.id(), f.check(), f.severity().word(), f.category().path(), cell(f.message()),
                        report.source().path(), sentence(f.source()), start(f.source()), end(f.source()), text(f.source()),
                        report.translation().path(), sentence(f.translation()), start(f.translation()), end(f.translation()),
                        text(f.translation()), cell(String.join(" | ", f.expected())), cell(f.suggestion()), f.accepted(),
                        report.source().lang(), report.translation().lang(), report.summary().passed(),
                        a == null ? "" : cell(a.gate().describe()), a == null ? "" : a.version(),
                        a == null ? "" : a.glossaryHash(), a == null || a.time() == null ? "" : a.timeText());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String sentence(Span s) {
        return s == null ? "" : Integer.toString(s.sentence());
    }

    private static String start(Span s) {
        return s == null ? "" : Integer.toString(s.start());
    }

    private static String end(Span s) {
        return s == null ? "" : Integer.toString(s.end());
    }

    private static String text(Span s) {
        return s == null ? "" : cell(s.text());
    }

    /** Text for a cell: a leading formula character is neutralised. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
