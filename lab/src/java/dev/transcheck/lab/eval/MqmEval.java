package dev.transcheck.lab.eval;

import dev.transcheck.Transcheck;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores transcheck against expert MQM annotations (the Bio-MQM TSV files: one row per error
 * span, {@code NO_ERROR} rows for segments without errors). Rows are grouped into documents per
 * system; the segments are already aligned 1:1, so each document pair is checked with an
 * alignment of 1-1 beads. Scoring is at segment level per category: a segment counts as flagged
 * for a category when a finding of that category points into it, and as annotated when an
 * annotator marked an error of that category in it.
 */
public final class MqmEval {
    /** The categories scored. */
    public enum Cat {
        OMISSION("Omission"), ADDITION("Addition"), UNTRANSLATED("Untranslated"), MISTRANSLATION("Mistranslation"),
        NUMBER_FORMAT("Measurement/number format"), TERMINOLOGY("Terminology");

        final String label;

        Cat(String label) {
            this.label = label;
        }
    }

    /** One segment of one system's translation of one document. */
    record Segment(int seg, String source, String target, Set<Cat> annotated, boolean errorFree) {
    }

    /** Counts for one category. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /** The result for one language pair. */
    public record Result(String lp, int documents, int segments, int errorFree, int falseAlarms,
                         int falseAlarmsGate, Map<Cat, Score> scores, Map<String, Integer> findingsByCheck,
                         Map<Cat, Integer> annotatedSegments) {
        public double falseAlarmRate() {
            return errorFree == 0 ? Double.NaN : (double) falseAlarms / errorFree;
        }

        public double falseAlarmRateGate() {
            return errorFree == 0 ? Double.NaN : (double) falseAlarmsGate / errorFree;
        }
    }

    private final Transcheck transcheck;
    /** A check id whose findings are printed to standard error with their segments (tuning aid). */
    private final String dump = System.getenv("TRANSCHECK_EVAL_DUMP");

    public MqmEval(Transcheck transcheck) {
        this.transcheck = transcheck;
    }

    /** Maps an annotation's category/subcategory to a scored category, or null. */
    static Cat annotationCategory(String category, String subcategory) {
        String c = category.toLowerCase(Locale.ROOT);
        String s = subcategory.toLowerCase(Locale.ROOT);
        if (c.equals("accuracy")) {
            if (s.startsWith("omission")) {
                return Cat.OMISSION;
            }
            if (s.startsWith("addition")) {
                return Cat.ADDITION;
            }
            if (s.startsWith("untranslated")) {
                return Cat.UNTRANSLATED;
            }
            if (s.startsWith("mistranslation")) {
                return Cat.MISTRANSLATION;
            }
            return null;
        }
        if (c.startsWith("locale")) {
            return Cat.NUMBER_FORMAT;
        }
        if (c.startsWith("terminology")) {
            return Cat.TERMINOLOGY;
        }
        return null;
    }

    /** Maps a finding's MQM path to a scored category, or null. */
    static Cat findingCategory(String path) {
        if (path.startsWith("accuracy/omission")) {
            return Cat.OMISSION;
        }
        if (path.startsWith("accuracy/addition")) {
            return Cat.ADDITION;
        }
        if (path.startsWith("accuracy/untranslated")) {
            return Cat.UNTRANSLATED;
        }
        if (path.startsWith("accuracy/mistranslation")) {
            return Cat.MISTRANSLATION;
        }
        if (path.startsWith("locale-convention")) {
            return Cat.NUMBER_FORMAT;
        }
        if (path.startsWith("terminology")) {
            return Cat.TERMINOLOGY;
        }
        return null;
    }

    /**
     * Reads one Bio-MQM TSV file into documents keyed by system and document id. {@code every}
     * keeps every n-th document only (1 = all; for quick tests).
     */
    static Map<String, List<Segment>> read(Path tsv, int every) throws InputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(tsv.toString(), "cannot read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            throw new InputException(tsv.toString(), "empty file");
        }
        String[] head = lines.get(0).split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < head.length; i++) {
            col.put(head[i], i);
        }
        for (String need : List.of("system", "doc_id", "seg_id", "category", "subcategory", "source", "target")) {
            if (!col.containsKey(need)) {
                throw new InputException(tsv + ":1", "missing column " + need);
            }
        }
        Map<String, TreeMap<Integer, String[]>> text = new LinkedHashMap<>();
        Map<String, Map<Integer, Set<Cat>>> cats = new HashMap<>();
        Map<String, Map<Integer, Boolean>> errorFree = new HashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] r = lines.get(n).split("\t", -1);
            if (r.length < head.length) {
                throw new InputException(tsv + ":" + (n + 1), "expected " + head.length + " columns, found " + r.length);
            }
            String doc = r[col.get("system")] + "\t" + r[col.get("doc_id")];
            int seg;
            try {
                seg = Integer.parseInt(r[col.get("seg_id")]);
            } catch (NumberFormatException e) {
                throw new InputException(tsv + ":" + (n + 1), "seg_id is not a number");
            }
            text.computeIfAbsent(doc, k -> new TreeMap<>()).put(seg, new String[] {r[col.get("source")], r[col.get("target")]});
            String category = r[col.get("category")];
            Map<Integer, Boolean> ef = errorFree.computeIfAbsent(doc, k -> new HashMap<>());
            boolean clean = category.equals("NO_ERROR");
            ef.merge(seg, clean, Boolean::logicalAnd);
            Cat c = annotationCategory(category, r[col.get("subcategory")]);
            Set<Cat> set = cats.computeIfAbsent(doc, k -> new HashMap<>()).computeIfAbsent(seg, k -> new HashSet<>());
            if (c != null) {
                set.add(c);
            }
        }
        Map<String, List<Segment>> out = new LinkedHashMap<>();
        int k = 0;
        for (var e : text.entrySet()) {
            if (k++ % every != 0) {
                continue;
            }
            List<Segment> segs = new ArrayList<>();
            for (var s : e.getValue().entrySet()) {
                segs.add(new Segment(s.getKey(), s.getValue()[0], s.getValue()[1],
                        Set.copyOf(cats.get(e.getKey()).get(s.getKey())), errorFree.get(e.getKey()).get(s.getKey())));
            }
            out.put(e.getKey(), segs);
        }
        return out;
    }

    /** Builds a document whose sentences are exactly the given segments (one per line). */
    static Document document(String path, String lang, List<String> segments) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            int start = sb.length();
            sb.append(s);
            sentences.add(new Sentence(i, i, start, start + s.length(), s));
            sb.append('\n');
        }
        return new Document(path, lang, sb.toString(), sentences);
    }

    /** Runs one language pair ({@code en-ru}) from its TSV. */
    public Result run(Path tsv, String lp, int every) throws InputException {
        String[] langs = lp.split("-");
        Map<String, List<Segment>> docs = read(tsv, every);
        Map<Cat, int[]> counts = new EnumMap<>(Cat.class);
        Map<Cat, Integer> annotated = new EnumMap<>(Cat.class);
        for (Cat c : Cat.values()) {
            counts.put(c, new int[3]);
            annotated.put(c, 0);
        }
        Map<String, Integer> byCheck = new TreeMap<>();
        int segments = 0;
        int errorFree = 0;
        int falseAlarms = 0;
        int falseAlarmsGate = 0;
        for (var e : docs.entrySet()) {
            List<Segment> segs = e.getValue();
            List<String> s = new ArrayList<>();
            List<String> t = new ArrayList<>();
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < segs.size(); i++) {
                s.add(segs.get(i).source());
                t.add(segs.get(i).target());
                beads.add(new Bead(List.of(i), List.of(i), 1.0));
            }
            Document src = document(e.getKey() + " source", langs[0], s);
            Document tgt = document(e.getKey() + " target", langs[1], t);
            Report report = transcheck.check(src, tgt, new Alignment(beads, segs.size(), segs.size()));
            List<Set<Cat>> flagged = new ArrayList<>();
            List<Set<Severity>> severities = new ArrayList<>();
            for (int i = 0; i < segs.size(); i++) {
                flagged.add(new HashSet<>());
                severities.add(new HashSet<>());
            }
            for (Finding f : report.findings()) {
                byCheck.merge(f.check(), 1, Integer::sum);
                int seg = f.source() != null ? f.source().sentence() : f.translation() != null ? f.translation().sentence() : -1;
                if (seg < 0) {
                    continue;
                }
                severities.get(seg).add(f.severity());
                Cat c = findingCategory(f.category().path());
                if (c != null) {
                    flagged.get(seg).add(c);
                }
            }
            if (dump != null) {
                for (Finding f : report.findings()) {
                    int seg = f.source() != null ? f.source().sentence() : f.translation() != null ? f.translation().sentence() : -1;
                    if (seg >= 0 && f.check().equals(dump)) {
                        System.err.println("DUMP " + segs.get(seg).annotated() + (segs.get(seg).errorFree() ? " CLEAN" : "")
                                + " | " + f.message() + "\n   S: " + s.get(seg) + "\n   T: " + t.get(seg));
                    }
                }
            }
            for (int i = 0; i < segs.size(); i++) {
                Segment g = segs.get(i);
                segments++;
                if (g.errorFree()) {
                    errorFree++;
                    if (!severities.get(i).isEmpty()) {
                        falseAlarms++;
                    }
                    if (severities.get(i).contains(Severity.ERROR) || severities.get(i).contains(Severity.WARNING)) {
                        falseAlarmsGate++;
                    }
                }
                for (Cat c : Cat.values()) {
                    boolean a = g.annotated().contains(c);
                    boolean f = flagged.get(i).contains(c);
                    if (a) {
                        annotated.merge(c, 1, Integer::sum);
                    }
                    int[] k = counts.get(c);
                    if (a && f) {
                        k[0]++;
                    } else if (f) {
                        k[1]++;
                    } else if (a) {
                        k[2]++;
                    }
                }
            }
        }
        Map<Cat, Score> scores = new EnumMap<>(Cat.class);
        counts.forEach((c, k) -> scores.put(c, new Score(k[0], k[1], k[2])));
        return new Result(lp, docs.size(), segments, errorFree, falseAlarms, falseAlarmsGate, scores, byCheck, annotated);
    }

    /** A plain-text table of a result. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d documents, %d segments, %d annotated error-free%n",
                r.lp(), r.documents(), r.segments(), r.errorFree()));
        sb.append(String.format(Locale.ROOT, "%-27s %9s %6s %6s %6s %9s %7s%n", "category", "annotated", "TP", "FP", "FN",
                "precision", "recall"));
        for (Cat c : Cat.values()) {
            Score s = r.scores().get(c);
            sb.append(String.format(Locale.ROOT, "%-27s %9d %6d %6d %6d %9s %7s%n", c.label, r.annotatedSegments().get(c),
                    s.tp(), s.fp(), s.fn(), pct(s.precision()), pct(s.recall())));
        }
        sb.append(String.format(Locale.ROOT, "false alarms on error-free segments: any finding %d/%d = %s; error or warning %d/%d = %s%n",
                r.falseAlarms(), r.errorFree(), pct(r.falseAlarmRate()), r.falseAlarmsGate(), r.errorFree(),
                pct(r.falseAlarmRateGate())));
        sb.append("findings by check: ").append(r.findingsByCheck()).append(System.lineSeparator());
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
