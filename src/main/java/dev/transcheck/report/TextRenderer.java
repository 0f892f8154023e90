package dev.transcheck.report;

import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console report: findings grouped by aligned sentence pair, each pair shown with its source
 * and translation snippets and the findings' spans marked ({@code [[...]]} without colour, bold
 * underlined in the severity's colour with it), then every finding of the pair, and a one-line
 * verdict. {@code quiet} prints the verdict line alone.
 */
public final class TextRenderer implements Renderer {
    /** A sentence longer than this is cut to a window around its marks. */
    static final int MAX_SNIPPET = 220;
    static final int CONTEXT = 70;

    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;
    private final boolean quiet;

    public TextRenderer(boolean colour) {
        this(colour, false);
    }

    public TextRenderer(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        if (!quiet) {
            List<Finding> fs = report.findings();
            for (Map.Entry<Integer, List<Integer>> e : Grouping.byBead(report).entrySet()) {
                if (e.getKey() >= 0) {
                    bead(sb, report, e.getKey(), e.getValue());
                } else {
                    sb.append(paint(DIM, "-- findings without a place in the text")).append('\n');
                }
                for (int i : e.getValue()) {
                    finding(sb, fs.get(i), i);
                }
                sb.append('\n');
            }
        }
        if (!quiet && report.audit() != null) {
            List<String> audit = report.audit().lines();
            for (int i = 0; i < audit.size(); i++) {
                sb.append(paint(DIM, (i == 0 ? "-- " : "   ") + flat(audit.get(i)))).append('\n');
            }
        }
        String line = Grouping.summaryLine(report);
        String verdict = report.summary().passed() ? "PASSED" : "FAILED";
        sb.append(paint(BOLD + (report.summary().passed() ? "\u001b[32m" : "\u001b[31m"), verdict))
                .append(line.substring(verdict.length())).append('\n');
        return sb.toString();
    }

    private void bead(StringBuilder sb, Report r, int index, List<Integer> findings) {
        Bead b = r.alignment().beads().get(index);
        sb.append(paint(DIM, String.format(Locale.ROOT, "-- pair %d: source %s, translation %s",
                index + 1, ids(b.source()), ids(b.translation())))).append('\n');
        side(sb, r.source(), b.source(), r.findings(), findings, true, "no source: the translation adds this");
        side(sb, r.translation(), b.translation(), r.findings(), findings, false, "no translation: the source sentence is dropped");
    }

    private static String ids(List<Integer> ids) {
        return ids.isEmpty() ? "-" : ids.toString().replace(" ", "");
    }

    private void side(StringBuilder sb, Document d, List<Integer> ids, List<Finding> all, List<Integer> mine,
                      boolean sourceSide, String gap) {
        String label = String.format(Locale.ROOT, "  %-3s ", d.lang());
        if (ids.isEmpty()) {
            sb.append(label).append(paint(DIM, "(" + gap + ")")).append('\n');
            return;
        }
        List<Finding> subset = mine.stream().map(all::get).toList();
        for (int id : ids) {
            Sentence s = d.sentence(id);
            sb.append(label).append(snippet(s, subset, sourceSide)).append('\n');
            label = "      ";
        }
    }

    /** The sentence with the spans marked, cut to a window around the marks when long. */
    String snippet(Sentence s, List<Finding> findings, boolean sourceSide) {
        List<Marks.Segment> segs = Marks.segments(s, findings, sourceSide);
        int from = s.start();
        int to = s.end();
        if (s.text().length() > MAX_SNIPPET) {
            int first = -1;
            int last = -1;
            for (Marks.Segment g : segs) {
                if (g.marked()) {
                    first = first < 0 ? g.start() : first;
                    last = g.end();
                }
            }
            if (first < 0) {
                to = s.start() + MAX_SNIPPET;
            } else {
                from = Math.max(s.start(), first - CONTEXT);
                to = Math.min(s.end(), Math.max(last + CONTEXT, from + 1));
            }
        }
        StringBuilder out = new StringBuilder();
        if (from > s.start()) {
            out.append("...");
        }
        boolean open = false; // plain mode: adjacent marks of different findings share one [[...]]
        for (Marks.Segment g : segs) {
            int a = Math.max(g.start(), from);
            int b = Math.min(g.end(), to);
            boolean point = g.start() == g.end();
            if (point ? (g.start() < from || g.start() > to) : a >= b) {
                continue;
            }
            String text = point ? "^" : flat(s.text().substring(a - s.start(), b - s.start()));
            if (!g.marked()) {
                if (open) {
                    out.append("]]");
                    open = false;
                }
                out.append(text);
            } else if (colour) {
                out.append(BOLD).append("\u001b[4m").append(colourOf(Marks.worst(findings, g.findings())))
                        .append(text).append(RESET);
            } else {
                if (!open) {
                    out.append("[[");
                    open = true;
                }
                out.append(text);
            }
        }
        if (open) {
            out.append("]]");
        }
        if (to < s.end()) {
            out.append("...");
        }
        return out.toString();
    }

    /**
     * Text from the inputs on one line, with no control character left that a terminal would obey
     * (an escape sequence in an article must not recolour or clear the reader's screen).
     */
    private static String flat(String s) {
        String one = s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
        return CONTROL.matcher(one).replaceAll(m -> String.format("\\\\x{%x}", (int) m.group().charAt(0)));
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cc}");

    private void finding(StringBuilder sb, Finding f, int index) {
        String sev = f.severity().word().toUpperCase(Locale.ROOT);
        sb.append("  ").append(paint(BOLD + colourOf(f.severity()), String.format(Locale.ROOT, "%-7s", sev)))
                .append(' ').append(f.check()).append("  ").append(paint(DIM, f.category().path()));
        if (f.accepted()) {
            sb.append(paint(DIM, "  (accepted)"));
        }
        sb.append('\n');
        sb.append("          ").append(flat(f.message())).append('\n');
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            sb.append("          suggestion: ").append(flat(f.suggestion())).append('\n');
        } else if (!f.expected().isEmpty()) {
            sb.append("          expected: ").append(flat(String.join(", ", f.expected()))).append('\n');
        }
        for (dev.transcheck.model.Evidence e : f.evidence()) {
            sb.append("          also ").append(e.check()).append(": ").append(flat(e.message())).append('\n');
        }
        sb.append("          ").append(paint(DIM, (f.unit() != null ? "unit " + f.unit() + "  " : "") + "id " + f.id())).append('\n');
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
