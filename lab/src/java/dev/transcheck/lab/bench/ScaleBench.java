package dev.transcheck.lab.bench;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.EncodingDetector;
import dev.transcheck.io.HtmlText;
import dev.transcheck.io.MarkdownText;
import dev.transcheck.io.PlainText;
import dev.transcheck.model.Document;
import dev.transcheck.segment.Segmenter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How the cost of each stage grows with the document (issue 15): documents of N words built from
 * NTREX-128 sentence pairs (uk source, en translation; the sentences are cycled when N exceeds the
 * corpus, each copy in a new paragraph), timed for the readers (plain text with encoding
 * detection, Markdown, HTML), segmentation, alignment and the full check. Reports wall and
 * process CPU time and CPU microseconds per source word: a constant per-word cost is linear scaling.
 */
public final class ScaleBench {
    /** One row of the table. */
    public record Row(String stage, int words, double wallMs, double cpuMs) {
        public double cpuUsPerWord() {
            return cpuMs * 1000 / words;
        }
    }

    private final Transcheck tc;
    private final List<String[]> pairs;
    private final PrintStream out;

    public ScaleBench(Path ntrexPair, Path glossaries, PrintStream out) throws Exception {
        this.pairs = readPairs(ntrexPair.resolve("segments.tsv"));
        this.tc = glossaries == null ? Transcheck.builder().build()
                : Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(glossaries))).build();
        this.out = out;
    }

    /** The (source, translation) sentence pairs of an NTREX segments.tsv (columns 5 and 6). */
    static List<String[]> readPairs(Path tsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).subList(1, Files.readAllLines(tsv).size())) {
            String[] c = line.split("\t");
            if (c.length >= 6 && !c[4].isBlank() && !c[5].isBlank()) {
                out.add(new String[] {c[5], c[4]}); // the reference translation (uk/ru) is the source side here
            }
        }
        return out;
    }

    /** Source and translation of about {@code words} source words, five sentences a paragraph. */
    public String[] documents(int words) {
        StringBuilder src = new StringBuilder();
        StringBuilder tr = new StringBuilder();
        int n = 0;
        int i = 0;
        while (n < words) {
            String[] p = pairs.get(i % pairs.size());
            src.append(p[0]);
            tr.append(p[1]);
            boolean para = i % 5 == 4 || (i + 1) % pairs.size() == 0;
            src.append(para ? "\n\n" : " ");
            tr.append(para ? "\n\n" : " ");
            n += p[0].split("\\s+").length;
            i++;
        }
        return new String[] {src.toString(), tr.toString()};
    }

    /** The same text as Markdown: a heading per paragraph group, emphasis and a link now and then. */
    public static String markdown(String text) {
        StringBuilder b = new StringBuilder();
        String[] paras = text.split("\n\n");
        for (int i = 0; i < paras.length; i++) {
            if (i % 10 == 0) {
                b.append("## Part ").append(i / 10 + 1).append("\n\n");
            }
            String p = paras[i];
            int sp = p.indexOf(' ');
            if (i % 3 == 1 && sp > 0) {
                p = "**" + p.substring(0, sp) + "**" + p.substring(sp);
            } else if (i % 3 == 2 && sp > 0) {
                p = "[" + p.substring(0, sp) + "](https://example.org/" + i + ")" + p.substring(sp);
            }
            b.append(i % 7 == 3 ? "- " : "").append(p).append("\n\n");
        }
        return b.toString();
    }

    /** The same text as an HTML page: paragraphs, a heading now and then, emphasis and links. */
    public static String html(String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>\n");
        String[] paras = text.split("\n\n");
        for (int i = 0; i < paras.length; i++) {
            if (i % 10 == 0) {
                b.append("<h2 class=\"part\">Part ").append(i / 10 + 1).append("</h2>\n");
            }
            String p = paras[i].replace("&", "&amp;").replace("<", "&lt;");
            int sp = p.indexOf(' ');
            if (i % 3 == 1 && sp > 0) {
                p = "<em>" + p.substring(0, sp) + "</em>" + p.substring(sp);
            } else if (i % 3 == 2 && sp > 0) {
                p = "<a href=\"https://example.org/" + i + "\">" + p.substring(0, sp) + "</a>" + p.substring(sp);
            }
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /**
     * Runs every stage at every size; a stage stops growing once one size took more than
     * {@code limitSeconds} of CPU (the next size would take ten times as long or more).
     */
    public List<Row> run(List<Integer> sizes, List<String> stages, double limitSeconds, String srcLang,
                         String trLang) throws Exception {
        // warm up the JIT and the lazily built tables on a small pair, every stage once
        String[] warm = documents(2000);
        for (String stage : stages) {
            time(stage, warm, srcLang, trLang);
        }
        List<Row> rows = new ArrayList<>();
        out.printf(Locale.ROOT, "%-12s %10s %12s %12s %14s%n", "stage", "words", "wall ms", "CPU ms", "CPU us/word");
        for (String stage : stages) {
            for (int words : sizes) {
                String[] docs = documents(words);
                Row r = time(stage, docs, srcLang, trLang);
                r = new Row(stage, words, r.wallMs(), r.cpuMs());
                rows.add(r);
                out.printf(Locale.ROOT, "%-12s %10d %12.0f %12.0f %14.2f%n", r.stage(), r.words(), r.wallMs(), r.cpuMs(),
                        r.cpuUsPerWord());
                out.flush();
                if (r.cpuMs() > limitSeconds * 1000) {
                    out.printf("%-12s (larger sizes skipped: over the %.0f s limit)%n", stage, limitSeconds);
                    break;
                }
            }
        }
        return rows;
    }

    private Row time(String stage, String[] docs, String srcLang, String trLang) throws Exception {
        Supplier<Object> work = switch (stage) {
            case "read-text" -> () -> {
                try {
                    byte[] bytes = docs[0].getBytes(StandardCharsets.UTF_8);
                    return PlainText.of(EncodingDetector.decode("bench.txt", bytes, null).text());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            case "read-md" -> {
                String md = markdown(docs[0]);
                yield () -> MarkdownText.extract(md);
            }
            case "read-html" -> {
                String html = html(docs[0]);
                yield () -> HtmlText.extract(html);
            }
            case "segment" -> {
                Segmenter seg = new Segmenter();
                yield () -> seg.segment(docs[0], srcLang).size() + seg.segment(docs[1], trLang).size();
            }
            case "align" -> {
                Document s = tc.document("bench." + srcLang + ".txt", srcLang, docs[0]);
                Document t = tc.document("bench." + trLang + ".txt", trLang, docs[1]);
                yield () -> tc.align(s, t);
            }
            case "check" -> () -> {
                Document s = tc.document("bench." + srcLang + ".txt", srcLang, docs[0]);
                Document t = tc.document("bench." + trLang + ".txt", trLang, docs[1]);
                return tc.check(s, t);
            };
            default -> throw new IllegalArgumentException("unknown stage " + stage
                    + " (read-text, read-md, read-html, segment, align, check)");
        };
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Object result = work.get();
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        if (result == null) {
            throw new IllegalStateException(stage + " returned nothing");
        }
        return new Row(stage, 0, (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6);
    }

    /** CPU time of the whole process (every thread: the checks run in parallel). */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
