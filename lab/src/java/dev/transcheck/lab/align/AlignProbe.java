package dev.transcheck.lab.align;

import dev.transcheck.align.AlignParams;
import dev.transcheck.align.AnchorAligner;
import dev.transcheck.align.SharedAnchors;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.segment.LineSegmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Omission precision on perturbed sets, with every false confident 1-0 bead printed next to the
 * gold beads around it. Usage: AlignProbe THRESHOLD DIR:LANG... -- [param=value...]
 */
public final class AlignProbe {
    public static void main(String[] args) throws Exception {
        double threshold = Double.parseDouble(args[0]);
        List<String> sets = new ArrayList<>();
        AlignParams params = AlignParams.DEFAULT;
        int i = 1;
        for (; i < args.length && !args[i].equals("--"); i++) {
            sets.add(args[i]);
        }
        for (i++; i < args.length; i++) {
            String[] kv = args[i].split("=");
            params = params.with(kv[0], Double.parseDouble(kv[1]));
        }
        AnchorAligner aligner = new AnchorAligner(new SharedAnchors(), params);
        int reported = 0;
        int ok = 0;
        int gold = 0;
        boolean verbose = Boolean.getBoolean("probe.verbose");
        for (String set : sets) {
            String[] sl = set.split(":");
            Path dir = Path.of(sl[0]);
            int setRep = 0;
            int setOk = 0;
            int setGold = 0;
            List<Path> names;
            try (Stream<Path> s = Files.list(dir.resolve("gold"))) {
                names = s.sorted().toList();
            }
            for (Path g : names) {
                String name = g.getFileName().toString();
                List<AlignScorer.Link> goldBeads = AlignScorer.parse(Files.readString(g, StandardCharsets.UTF_8));
                Path sp = dir.resolve("src").resolve(name);
                Path tp = dir.resolve("tgt").resolve(name);
                Document sd = LineSegmenter.lines(sp.toString(), sl[1], Files.readString(sp, StandardCharsets.UTF_8));
                Document td = LineSegmenter.lines(tp.toString(), "en", Files.readString(tp, StandardCharsets.UTF_8));
                Alignment a = aligner.align(sd, td);
                Map<Integer, AlignScorer.Link> goldOf = new HashMap<>();
                for (AlignScorer.Link l : goldBeads) {
                    for (int x : l.source()) {
                        goldOf.put(x, l);
                    }
                    if (l.translation().isEmpty()) {
                        setGold++;
                    }
                }
                if (Boolean.getBoolean("merge.debug")) {
                    for (Bead b : a.beads()) {
                        if (b.source().size() > 1) {
                            for (int x : b.source()) {
                                if (goldOf.get(x).translation().isEmpty()) {
                                    System.out.printf(Locale.ROOT, "MISSMERGE %s/%s %d %s->%s %.3f %s%n", sl[0], name, x, b.source(), b.translation(), b.confidence(), sd.sentence(x).text());
                                }
                            }
                        }
                    }
                    System.out.println("ENDDOC " + name);
                }
                for (Bead b : a.beads()) {
                    if (b.isOmission() && b.source().size() == 1 && b.confidence() >= threshold) {
                        setRep++;
                        AlignScorer.Link gl = goldOf.get(b.source().get(0));
                        boolean right = gl.translation().isEmpty();
                        if (right) {
                            setOk++;
                        } else if (verbose) {
                            int x = b.source().get(0);
                            System.out.printf(Locale.ROOT, "FALSE %s/%s src %d conf %.3f gold %s%n", sl[0], name, x, b.confidence(), gl);
                            System.out.println("  S: " + sd.sentence(x).text());
                            for (int t : gl.translation()) {
                                System.out.println("  goldT: " + td.sentence(t).text());
                            }
                            int k = a.beads().indexOf(b);
                            for (int y = Math.max(0, k - 2); y < Math.min(a.beads().size(), k + 3); y++) {
                                Bead c = a.beads().get(y);
                                System.out.printf(Locale.ROOT, "  bead %s->%s %.3f%n", c.source(), c.translation(), c.confidence());
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "SET %s reported %d true %d precision %.3f gold %d recall %.3f%n", set, setRep, setOk,
                    (double) setOk / Math.max(1, setRep), setGold, (double) setOk / Math.max(1, setGold));
            reported += setRep;
            ok += setOk;
            gold += setGold;
        }
        System.out.printf(Locale.ROOT, "ALL reported %d true %d precision %.4f gold %d recall %.3f%n", reported, ok,
                (double) ok / Math.max(1, reported), gold, (double) ok / Math.max(1, gold));
    }

    private AlignProbe() {
    }
}
