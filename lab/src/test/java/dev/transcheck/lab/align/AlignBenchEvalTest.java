package dev.transcheck.lab.align;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.transcheck.align.AnchorAligner;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The F1 floors on the benchmark data ({@code $TRANSCHECK_BENCH} or ../shared/bench; skipped when it is absent): perturbed
 * NTREX uk-&gt;en and ru-&gt;en (made by the benchmark's perturb.py, seeds 1 and 2) and textberg-dev
 * de-&gt;fr; omission precision of confident 1-0 beads.
 */
class AlignBenchEvalTest {
    static final Path BENCH = dev.transcheck.lab.BenchData.forTests();
    static final AnchorAligner ALIGNER = new AnchorAligner();

    @TempDir
    static Path tmp;

    /** Reported omissions (confidence &ge; 0.85) and how many are true, over all NTREX sets. */
    static int reported;
    static int reportedTrue;

    @BeforeAll
    static void requireBench() {
        assumeTrue(BENCH != null && Files.isDirectory(BENCH.resolve("ntrex128")), "no benchmark folder ($TRANSCHECK_BENCH or ../shared/bench)");
    }

    @Test
    void ntrexAndTextbergFloors() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("uk", "ru")) {
            for (int seed = 1; seed <= 2; seed++) {
                Path out = tmp.resolve(lang + "-en-s" + seed);
                assumeTrue(perturb(lang, seed, out), "python3 cannot run perturb.py");
                double f1 = evaluate(out.resolve("src"), out.resolve("tgt"), out.resolve("gold"), lang, "en", true);
                System.out.printf(java.util.Locale.ROOT, "AlignBenchEvalTest %s-en seed %d: strict F1 %.4f%n", lang, seed, f1);
                if (f1 < 0.95) {
                    failures.add(lang + "-en seed " + seed + ": strict F1 " + f1);
                }
            }
        }
        Path tb = BENCH.resolve("textberg-dev");
        double f1 = evaluate(tb.resolve("de"), tb.resolve("fr"), tb.resolve("gold"), "de", "fr", false);
        if (f1 < 0.80) {
            failures.add("textberg-dev: strict F1 " + f1);
        }
        double precision = (double) reportedTrue / Math.max(1, reported);
        System.out.printf(java.util.Locale.ROOT, "AlignBenchEvalTest omission precision at error level %.3f (%d/%d)%n",
                precision, reportedTrue, reported);
        if (precision < 0.95) {
            failures.add("omission precision " + precision + " (" + reportedTrue + "/" + reported + ")");
        }
        assertTrue(reported > 100, "too few confident omissions: " + reported);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private static boolean perturb(String lang, int seed, Path out) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", BENCH.resolve("tools/perturb.py").toString(),
                    "--pairs", BENCH.resolve("ntrex128/en-" + lang + "/docs").toString(),
                    "--src-lang", lang, "--tgt-lang", "en", "--out", out.toString(), "--seed", String.valueOf(seed))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static double evaluate(Path src, Path tgt, Path gold, String from, String to, boolean omissions)
            throws IOException {
        AlignScorer scorer = new AlignScorer();
        List<Path> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(gold)) {
            s.sorted().forEach(names::add);
        }
        for (Path g : names) {
            String name = g.getFileName().toString();
            List<AlignScorer.Link> goldBeads = AlignScorer.parse(Files.readString(g, StandardCharsets.UTF_8));
            Alignment a = ALIGNER.align(lines(src.resolve(name), from), lines(tgt.resolve(name), to));
            Set<Integer> omitted = new HashSet<>();
            for (AlignScorer.Link l : goldBeads) {
                if (l.translation().isEmpty()) {
                    omitted.addAll(l.source());
                }
            }
            List<AlignScorer.Link> test = new ArrayList<>();
            for (Bead b : a.beads()) {
                test.add(new AlignScorer.Link(b.source(), b.translation()));
                if (omissions && b.isOmission() && b.confidence() >= 0.85) {
                    reported++;
                    if (omitted.contains(b.source().get(0))) {
                        reportedTrue++;
                    }
                }
            }
            scorer.add(goldBeads, test);
        }
        return scorer.result().f1Strict();
    }

    static Document lines(Path file, String lang) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int e = text.indexOf('\n', pos);
            if (e < 0) {
                e = text.length();
            }
            if (!text.substring(pos, e).isBlank()) {
                out.add(new Sentence(out.size(), out.size(), pos, e, text.substring(pos, e)));
            }
            pos = e + 1;
        }
        return new Document(file.toString(), lang, text, out);
    }
}
