package dev.transcheck.lab.eval;

import dev.transcheck.Transcheck;
import dev.transcheck.check.AdditionCheck;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.check.OmissionCheck;
import dev.transcheck.check.OmissionPartialCheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measurement harness (not a test, not in the product jar): omission recall and precision on
 * paragraph-text documents with known dropped source sentences. Each set folder holds
 * {@code NNN.src.txt}, {@code NNN.tgt.txt} and {@code NNN.gold.tsv} (per source sentence: start,
 * end, 1 when dropped). A finding is attributed to the gold sentence its source span overlaps
 * most.
 *
 * <pre>java -cp ... dev.transcheck.lab.eval.OmissionEval [--full] FROM TO SET_DIR... </pre>
 */
public final class OmissionEval {
    public static void main(String[] args) throws Exception {
        boolean full = false;
        boolean verbose = false;
        int a = 0;
        while (args[a].startsWith("--")) {
            full |= args[a].equals("--full");
            verbose |= args[a].equals("--verbose");
            a++;
        }
        Transcheck.Builder b = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries"))));
        if (!full) {
            b.registry(CheckRegistry.of(List.of(new OmissionCheck(), new OmissionPartialCheck(), new AdditionCheck())));
        }
        Transcheck tc = b.build();
        for (int x = a; x < args.length; x++) {
            Path dir = Path.of(args[x]);
            String[] langs = dir.getFileName().toString().split("-");
            String from = langs[1];
            String to = langs[2];
            run(tc, dir, from, to, verbose);
        }
    }

    static void run(Transcheck tc, Path dir, String from, String to, boolean verbose) throws Exception {
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList();
        }
        java.util.Map<String, Integer> missShapes = new java.util.TreeMap<>();
        int dropped = 0, caughtErr = 0, caughtInfo = 0, caughtPartial = 0;
        int errReported = 0, errTrue = 0, partialFalse = 0, additionWarn = 0, docsWithErr = 0;
        for (Path g : golds) {
            String stem = g.getFileName().toString().replace(".gold.tsv", "");
            String st = Files.readString(dir.resolve(stem + ".src.txt"), StandardCharsets.UTF_8);
            String tt = Files.readString(dir.resolve(stem + ".tgt.txt"), StandardCharsets.UTF_8);
            List<int[]> gold = new ArrayList<>();
            for (String line : Files.readAllLines(g)) {
                String[] f = line.split("\t");
                gold.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            }
            Document sd = tc.document(stem + "." + from + ".txt", from, st);
            Document td = tc.document(stem + "." + to + ".txt", to, tt);
            Report r = tc.check(sd, td);
            int[] err = new int[gold.size()];
            int[] info = new int[gold.size()];
            int[] partial = new int[gold.size()];
            boolean docErr = false;
            for (Finding f : r.findings()) {
                boolean om = f.check().equals("omission");
                boolean pa = f.check().equals("omission.partial");
                if (f.check().equals("addition") && f.severity() != Severity.INFO) {
                    additionWarn++;
                }
                if (!(om || pa) || f.source() == null) {
                    continue;
                }
                List<Integer> hits = overlapping(f.source(), gold);
                if (om && f.severity() == Severity.ERROR) {
                    docErr = true;
                    errReported++;
                    int best = hits.isEmpty() ? -1 : hits.get(0);
                    boolean real = best >= 0 && gold.get(best)[2] == 1;
                    if (real) {
                        errTrue++;
                    } else if (verbose) {
                        System.out.println("FP " + dir.getFileName() + "/" + stem + " " + f.source().text());
                    }
                    if (best >= 0) {
                        err[best] = 1;
                    }
                } else if (om) {
                    for (int h : hits) {
                        info[h] = 1;
                    }
                } else {
                    if (f.severity() == Severity.ERROR) {
                        docErr = true;
                    }
                    boolean any = false;
                    for (int h : hits) {
                        partial[h] = 1;
                        any |= gold.get(h)[2] == 1;
                    }
                    if (!any) {
                        partialFalse++;
                        if (verbose) {
                            System.out.println("PARTIAL-FP " + dir.getFileName() + "/" + stem + " " + f.message());
                        }
                    }
                }
            }
            if (docErr) {
                docsWithErr++;
            }
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i)[2] != 1) {
                    continue;
                }
                dropped++;
                if (err[i] == 1) {
                    caughtErr++;
                } else if (info[i] == 1) {
                    caughtInfo++;
                } else if (partial[i] == 1) {
                    caughtPartial++;
                } else {
                    String shape = shape(r, gold.get(i));
                    missShapes.merge(shape, 1, Integer::sum);
                    if (verbose) {
                        System.out.println("MISS " + shape + " " + dir.getFileName() + "/" + stem + " "
                                + st.substring(gold.get(i)[0], gold.get(i)[1]));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT,
                "%-14s docs %3d drop %3d | err %3d R %.3f | +info %3d R %.3f | +partial %2d | err-rep %3d P %.3f"
                        + " | partial-nodrop %d add>=warn %2d docs-w-err %d%n",
                dir.getFileName(), golds.size(), dropped, caughtErr, ratio(caughtErr, dropped), caughtInfo,
                ratio(caughtErr + caughtInfo, dropped), caughtPartial, errReported, ratio(errTrue, errReported),
                partialFalse, additionWarn, docsWithErr);
        System.out.println("   missed, by bead shape: " + missShapes);
    }

    /** The shape (and confidence decile) of the bead holding the product sentence that covers a gold sentence. */
    private static String shape(Report r, int[] g) {
        for (dev.transcheck.model.Bead b : r.alignment().beads()) {
            for (int id : b.source()) {
                dev.transcheck.model.Sentence s = r.source().sentence(id);
                if (s.start() < g[1] && s.end() > g[0]) {
                    return b.source().size() + "-" + b.translation().size() + (b.confidence() >= 0.8 ? "h" : "l");
                }
            }
        }
        return "?";
    }

    /** Gold sentences overlapping the span, most overlapped first. */
    private static List<Integer> overlapping(Span s, List<int[]> gold) {
        List<int[]> o = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            int ov = Math.min(s.end(), gold.get(i)[1]) - Math.max(s.start(), gold.get(i)[0]);
            if (ov > 0) {
                o.add(new int[] {i, ov});
            }
        }
        o.sort((x, y) -> y[1] - x[1]);
        List<Integer> out = new ArrayList<>();
        for (int[] x : o) {
            out.add(x[0]);
        }
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
