package dev.transcheck.lab.eval;

import dev.transcheck.Transcheck;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the checks over line-aligned professional translations (NTREX-128: {@code NNN_id.<lang>.txt},
 * one sentence per line) where nearly every finding is a false alarm, and counts the segments each
 * check flags. The direction can be reversed (the translation checked as if it were the source) to
 * exercise the extraction of both languages.
 */
public final class ParallelScan {
    private final Transcheck transcheck;
    private final String dump = System.getenv("TRANSCHECK_EVAL_DUMP");

    public ParallelScan(Transcheck transcheck) {
        this.transcheck = transcheck;
    }

    /** Segments flagged per check, plus {@code "segments"}, {@code "any"} and {@code "error-or-warning"} totals. */
    public Map<String, Integer> run(Path docs, String srcLang, String tgtLang) throws InputException {
        Map<String, Integer> out = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> s = Files.list(docs)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith("." + srcLang + ".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(docs.toString(), "cannot list (" + e.getMessage() + ")");
        }
        for (Path sp : sources) {
            String name = sp.getFileName().toString();
            Path tp = sp.resolveSibling(name.substring(0, name.length() - 6) + tgtLang + ".txt");
            List<String> s = lines(sp);
            List<String> t = lines(tp);
            if (s.size() != t.size()) {
                throw new InputException(tp.toString(), "has " + t.size() + " lines, the source " + s.size());
            }
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                beads.add(new Bead(List.of(i), List.of(i), 1.0));
            }
            Document src = MqmEval.document(sp.toString(), srcLang, s);
            Document tgt = MqmEval.document(tp.toString(), tgtLang, t);
            Report r = transcheck.check(src, tgt, new Alignment(beads, s.size(), t.size()));
            Map<String, java.util.Set<Integer>> flagged = new TreeMap<>();
            java.util.Set<Integer> any = new java.util.HashSet<>();
            java.util.Set<Integer> gate = new java.util.HashSet<>();
            for (Finding f : r.findings()) {
                int seg = f.source() != null ? f.source().sentence() : f.translation().sentence();
                flagged.computeIfAbsent(f.check(), k -> new java.util.HashSet<>()).add(seg);
                any.add(seg);
                if (f.severity() != dev.transcheck.model.Severity.INFO) {
                    gate.add(seg);
                }
                if (f.check().equals(dump)) {
                    System.err.println("DUMP " + f.message() + "\n   S: " + s.get(seg) + "\n   T: " + t.get(seg));
                }
            }
            flagged.forEach((k, v) -> out.merge(k, v.size(), Integer::sum));
            out.merge("any", any.size(), Integer::sum);
            out.merge("error-or-warning", gate.size(), Integer::sum);
            out.merge("segments", s.size(), Integer::sum);
        }
        return out;
    }

    private static List<String> lines(Path p) throws InputException {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read (" + e.getMessage() + ")");
        }
    }
}
