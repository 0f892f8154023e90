package dev.transcheck.lab.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds long synthetic translation pairs from line-aligned sentence pairs, with the edits real
 * translations show (the rates of the benchmark's perturb.py): two target sentences merged, one
 * split at a clause boundary, one dropped, a foreign one inserted. For benchmarks of speed and
 * memory; the gold beads come with it.
 */
public final class SyntheticPairs {
    /** A generated pair: source lines, target lines and the gold beads. */
    public record Pair(List<String> source, List<String> target, List<AlignScorer.Link> gold) {
    }

    private SyntheticPairs() {
    }

    /**
     * {@code size} source sentences drawn in order from {@code src}/{@code tgt} (line i translates
     * line i), starting at a random place and wrapping around.
     */
    public static Pair generate(List<String> src, List<String> tgt, int size, long seed) {
        if (src.size() != tgt.size() || src.isEmpty()) {
            throw new IllegalArgumentException("need line-aligned, non-empty sentence lists");
        }
        Random rng = new Random(seed);
        int at = rng.nextInt(src.size());
        List<String> s = new ArrayList<>(size);
        List<String> t = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            s.add(src.get((at + i) % src.size()));
            t.add(tgt.get((at + i) % src.size()));
        }
        List<String> out = new ArrayList<>();
        List<AlignScorer.Link> gold = new ArrayList<>();
        int i = 0;
        while (i < size) {
            if (rng.nextDouble() < 0.03) {
                out.add(tgt.get(rng.nextInt(tgt.size())));
                gold.add(new AlignScorer.Link(List.of(), List.of(out.size() - 1)));
            }
            double r = rng.nextDouble();
            String[] parts;
            if (r < 0.05) {
                gold.add(new AlignScorer.Link(List.of(i), List.of()));
                i++;
            } else if (r < 0.13 && i + 1 < size) {
                out.add(t.get(i) + " " + t.get(i + 1));
                gold.add(new AlignScorer.Link(List.of(i, i + 1), List.of(out.size() - 1)));
                i += 2;
            } else if (r < 0.18 && (parts = split(t.get(i), rng)) != null) {
                out.add(parts[0]);
                out.add(parts[1]);
                gold.add(new AlignScorer.Link(List.of(i), List.of(out.size() - 2, out.size() - 1)));
                i++;
            } else {
                out.add(t.get(i));
                gold.add(new AlignScorer.Link(List.of(i), List.of(out.size() - 1)));
                i++;
            }
        }
        return new Pair(s, out, gold);
    }

    private static String[] split(String sentence, Random rng) {
        List<Integer> cuts = new ArrayList<>();
        for (int c = 20; c <= sentence.length() - 20; c++) {
            char prev = sentence.charAt(c - 1);
            if (sentence.charAt(c) == ' ' && (prev == ',' || prev == ';' || prev == ':')
                    && c + 1 < sentence.length() && !Character.isWhitespace(sentence.charAt(c + 1))) {
                cuts.add(c);
            }
        }
        if (cuts.isEmpty()) {
            return null;
        }
        int c = cuts.get(rng.nextInt(cuts.size()));
        String left = sentence.substring(0, c - 1) + ".";
        String right = sentence.substring(c + 1);
        return new String[] {left, Character.toUpperCase(right.charAt(0)) + right.substring(1)};
    }
}
