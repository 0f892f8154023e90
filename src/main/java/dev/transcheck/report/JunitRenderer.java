package dev.transcheck.report;

import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML (the Ant/Surefire form CI dashboards read): one test suite per checked pair, one test
 * case per check; a check fails when it has an error-level finding that is not accepted, and its
 * warnings and infos are listed in the case's system-out.
 */
public final class JunitRenderer implements Renderer {
    @Override
    public String render(Report report) {
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Check c : CheckRegistry.standard().checks()) {
            byCheck.put(c.id(), new ArrayList<>());
        }
        for (Finding f : report.findings()) {
            byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
        }
        int failures = 0;
        StringBuilder cases = new StringBuilder();
        String suite = report.translation().path();
        for (Map.Entry<String, List<Finding>> e : byCheck.entrySet()) {
            List<Finding> gating = e.getValue().stream().filter(f -> f.severity() == Severity.ERROR && !f.accepted()).toList();
            cases.append("    <testcase classname=\"").append(attr("transcheck." + e.getKey())).append("\" name=\"")
                    .append(attr(e.getKey())).append("\" time=\"0\">\n");
            if (!gating.isEmpty()) {
                failures++;
                cases.append("      <failure type=\"").append(attr(e.getKey())).append("\" message=\"")
                        .append(attr(gating.size() + " error" + (gating.size() == 1 ? "" : "s") + ": " + gating.get(0).message()))
                        .append("\">");
                for (Finding f : gating) {
                    cases.append(text(line(f))).append('\n');
                }
                cases.append("</failure>\n");
            }
            List<Finding> rest = e.getValue().stream().filter(f -> !gating.contains(f)).toList();
            if (!rest.isEmpty()) {
                cases.append("      <system-out>");
                for (Finding f : rest) {
                    cases.append(text(line(f))).append('\n');
                }
                cases.append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"transcheck\" tests=\"").append(byCheck.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\">\n");
        sb.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(byCheck.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        sb.append("    <properties>\n");
        sb.append("      <property name=\"source\" value=\"").append(attr(report.source().path())).append("\"/>\n");
        sb.append("      <property name=\"languages\" value=\"").append(attr(report.source().lang() + "-" + report.translation().lang())).append("\"/>\n");
        sb.append("      <property name=\"score\" value=\"").append(String.format(Locale.ROOT, "%.2f", report.summary().score())).append("\"/>\n");
        sb.append("      <property name=\"passed\" value=\"").append(report.summary().passed()).append("\"/>\n");
        sb.append("    </properties>\n");
        sb.append(cases);
        sb.append("  </testsuite>\n</testsuites>\n");
        return sb.toString();
    }

    private static String line(Finding f) {
        String where = f.translation() != null ? "translation sentence " + f.translation().sentence() + " \u201C" + f.translation().text() + "\u201D"
                : f.source() != null ? "source sentence " + f.source().sentence() + " \u201C" + f.source().text() + "\u201D" : "";
        return f.severity().word() + (f.accepted() ? " (accepted)" : "") + " " + f.id() + ": " + f.message()
                + (where.isEmpty() ? "" : " [" + where + "]");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** XML character data: markup characters escaped, characters XML 1.0 forbids replaced. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
