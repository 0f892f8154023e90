package dev.transcheck.lab;

import dev.transcheck.align.AlignParams;
import dev.transcheck.align.AnchorAligner;
import dev.transcheck.align.SharedAnchors;
import dev.transcheck.io.InputException;
import dev.transcheck.lab.align.AlignScorer;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.segment.LineSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores sentence alignments against gold beads (the metric of the benchmark's score_align.py),
 * either existing alignment files (--test-dir) or alignments made here (--source-dir and
 * --translation-dir, presegmented), with omission precision and recall.
 */
@Command(name = "eval-align", mixinStandardHelpOptions = true,
        description = "Score sentence alignments against gold beads (strict/lax precision, recall, F1).")
final class EvalAlignCommand implements Callable<Integer> {
    @Option(names = "--gold-dir", required = true, paramLabel = "DIR")
    Path goldDir;

    @Option(names = "--test-dir", paramLabel = "DIR", description = "alignments to score (beads format)")
    Path testDir;

    @Option(names = "--source-dir", paramLabel = "DIR", description = "align these (one sentence per line) and score")
    Path sourceDir;

    @Option(names = "--translation-dir", paramLabel = "DIR")
    Path translationDir;

    @Option(names = "--from", paramLabel = "LANG", defaultValue = "und")
    String from;

    @Option(names = "--to", paramLabel = "LANG", defaultValue = "und")
    String to;

    @Option(names = "--omission-threshold", defaultValue = "0.5",
            description = "confidence from which a 1-0 bead counts as a reported omission")
    double threshold;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "override an aligner constant (tuning)")
    List<String> param = new ArrayList<>();

    @Option(names = "--calibration", paramLabel = "FILE", description = "write bead type, confidence, strict hit")
    Path calibration;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if ((testDir == null) == (sourceDir == null || translationDir == null)) {
            throw new LabMain.UsageError("give --test-dir, or --source-dir and --translation-dir");
        }
        AlignParams params = AlignParams.DEFAULT;
        for (String kv : param) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new LabMain.UsageError("--param needs NAME=VALUE: " + kv);
            }
            try {
                params = params.with(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new LabMain.UsageError("bad --param " + kv + ": " + e.getMessage());
            }
        }
        AnchorAligner aligner = new AnchorAligner(new SharedAnchors(), params);
        List<Path> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            s.filter(Files::isRegularFile).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new InputException(goldDir.toString(), "cannot list the folder");
        }
        if (names.isEmpty()) {
            throw new InputException(goldDir.toString(), "holds no gold files");
        }
        AlignScorer scorer = new AlignScorer();
        int reported = 0;
        int reportedTrue = 0;
        int goldOmissions = 0;
        int found = 0;
        StringBuilder cal = new StringBuilder();
        long t0 = System.nanoTime();
        for (Path g : names) {
            String name = g.getFileName().toString();
            List<AlignScorer.Link> gold = parse(g);
            List<AlignScorer.Link> test;
            if (testDir != null) {
                test = parse(testDir.resolve(name));
            } else {
                Path sp = sourceDir.resolve(name);
                Path tp = translationDir.resolve(name);
                Document sd = LineSegmenter.lines(sp.toString(), from, LabIo.read(sp));
                Document td = LineSegmenter.lines(tp.toString(), to, LabIo.read(tp));
                Alignment a = aligner.align(sd, td);
                test = new ArrayList<>();
                Set<AlignScorer.Link> goldSet = new HashSet<>(gold);
                Set<Integer> goldOmit = new HashSet<>();
                for (AlignScorer.Link l : gold) {
                    if (l.translation().isEmpty()) {
                        goldOmit.addAll(l.source());
                    }
                }
                goldOmissions += goldOmit.size();
                for (Bead b : a.beads()) {
                    AlignScorer.Link l = new AlignScorer.Link(b.source(), b.translation());
                    test.add(l);
                    if (b.isOmission() && b.confidence() >= threshold) {
                        for (int i : b.source()) {
                            reported++;
                            if (goldOmit.contains(i)) {
                                reportedTrue++;
                                found++;
                            }
                        }
                    }
                    if (calibration != null) {
                        cal.append(b.source().size()).append('-').append(b.translation().size()).append('\t')
                                .append(b.confidence()).append('\t').append(goldSet.contains(l) ? 1 : 0).append('\n');
                    }
                }
            }
            scorer.add(gold, test);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        AlignScorer.Scores r = scorer.result();
        StringBuilder out = new StringBuilder();
        if (json) {
            out.append(String.format(Locale.ROOT, "{\"precision_strict\": %.6f, \"recall_strict\": %.6f, \"f1_strict\": %.6f, "
                    + "\"precision_lax\": %.6f, \"recall_lax\": %.6f, \"f1_lax\": %.6f, \"test_beads\": %d, \"gold_beads\": %d",
                    r.precisionStrict(), r.recallStrict(), r.f1Strict(), r.precisionLax(), r.recallLax(), r.f1Lax(),
                    r.testBeads(), r.goldBeads()));
            if (testDir == null) {
                out.append(String.format(Locale.ROOT, ", \"omissions_reported\": %d, \"omissions_reported_true\": %d, "
                        + "\"omissions_gold\": %d, \"seconds\": %.2f", reported, reportedTrue, goldOmissions, secs));
            }
            out.append("}\n");
        } else {
            out.append(r.table(""));
            if (testDir == null) {
                out.append(String.format(Locale.ROOT, "Omissions (confidence >= %.2f): %d reported, %d true "
                        + "(precision %.3f); %d in gold (recall %.3f); %.1f s%n", threshold, reported, reportedTrue,
                        reported == 0 ? 0 : (double) reportedTrue / reported, goldOmissions,
                        goldOmissions == 0 ? 0 : (double) found / goldOmissions, secs));
            }
        }
        if (calibration != null) {
            LabIo.write(calibration, cal.toString());
        }
        LabIo.write(null, out.toString());
        return LabMain.OK;
    }

    private static List<AlignScorer.Link> parse(Path p) throws InputException {
        String text = LabIo.read(p);
        try {
            return AlignScorer.parse(text);
        } catch (AlignScorer.BadBead e) {
            String msg = e.getMessage();
            throw new InputException(p.toString(), e.line(), msg.substring(msg.indexOf(": ") + 2));
        }
    }
}
