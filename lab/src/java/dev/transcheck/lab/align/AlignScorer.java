package dev.transcheck.lab.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of sentence alignments against gold beads, the metric
 * of Sennrich and Volk as computed by the benchmark's {@code score_align.py}: precision over the
 * system's beads (1-0 and 0-1 included), recall over the gold beads with both sides non-empty
 * against the system beads with both sides non-empty; a lax hit shares at least one gold link;
 * counts are summed over documents before the ratios are taken. Immutable accumulation: call
 * {@link #add} per document, then {@link #result()}.
 */
public final class AlignScorer {
    /** A bead as two id lists. */
    public record Link(List<Integer> source, List<Integer> translation) {
        public Link {
            source = List.copyOf(source);
            translation = List.copyOf(translation);
        }
    }

    /** The scores. */
    public record Scores(double precisionStrict, double recallStrict, double f1Strict,
            double precisionLax, double recallLax, double f1Lax, int testBeads, int goldBeads) {
        public String table(String name) {
            return String.format(java.util.Locale.ROOT, "%-20s |  Strict |   Lax%n"
                    + "Precision            |  %.3f  |  %.3f%n"
                    + "Recall               |  %.3f  |  %.3f%n"
                    + "F1                   |  %.3f  |  %.3f%n",
                    name, precisionStrict, precisionLax, recallStrict, recallLax, f1Strict, f1Lax);
        }
    }

    /** A malformed line of a beads file. */
    public static final class BadBead extends IllegalArgumentException {
        private final int line;

        BadBead(int line, String text) {
            super("line " + line + ": not a bead: " + text);
            this.line = line;
        }

        /** The 1-based line number. */
        public int line() {
            return line;
        }
    }

    private final long[] p = new long[4];
    private final long[] r = new long[4];
    private int testBeads;
    private int goldBeads;

    /** Adds one document's gold and system beads. */
    public void add(List<Link> gold, List<Link> test) {
        add(p, hits(gold, test));
        List<Link> g11 = new ArrayList<>();
        for (Link l : gold) {
            if (!l.source().isEmpty() && !l.translation().isEmpty()) {
                g11.add(l);
            }
        }
        List<Link> t11 = new ArrayList<>();
        for (Link l : test) {
            if (!l.source().isEmpty() && !l.translation().isEmpty()) {
                t11.add(l);
            }
        }
        add(r, hits(t11, g11));
        testBeads += test.size();
        goldBeads += gold.size();
    }

    private static void add(long[] acc, long[] v) {
        for (int k = 0; k < 4; k++) {
            acc[k] += v[k];
        }
    }

    /** strict hits, strict misses, lax hits, lax misses of {@code candidates} against {@code reference}. */
    private static long[] hits(List<Link> reference, List<Link> candidates) {
        Set<Link> ref = nonEmpty(reference);
        Set<Link> cand = nonEmpty(candidates);
        Map<Integer, Set<Integer>> links = new HashMap<>();
        for (Link l : ref) {
            for (int i : l.source()) {
                links.computeIfAbsent(i, k -> new HashSet<>()).addAll(l.translation());
            }
        }
        long[] out = new long[4];
        for (Link l : cand) {
            if (ref.contains(l)) {
                out[0]++;
                out[2]++;
                continue;
            }
            out[1]++;
            boolean lax = false;
            for (int i : l.source()) {
                Set<Integer> reach = links.get(i);
                if (reach != null) {
                    for (int j : l.translation()) {
                        if (reach.contains(j)) {
                            lax = true;
                            break;
                        }
                    }
                }
                if (lax) {
                    break;
                }
            }
            if (lax) {
                out[2]++;
            } else {
                out[3]++;
            }
        }
        return out;
    }

    private static Set<Link> nonEmpty(List<Link> beads) {
        Set<Link> out = new LinkedHashSet<>();
        for (Link l : beads) {
            if (!l.source().isEmpty() || !l.translation().isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    public Scores result() {
        double ps = ratio(p[0], p[1]);
        double pl = ratio(p[2], p[3]);
        double rs = ratio(r[0], r[1]);
        double rl = ratio(r[2], r[3]);
        return new Scores(ps, rs, f1(ps, rs), pl, rl, f1(pl, rl), testBeads, goldBeads);
    }

    private static double ratio(long a, long b) {
        return a + b == 0 ? 0 : (double) a / (a + b);
    }

    private static double f1(double x, double y) {
        return x + y == 0 ? 0 : 2 * x * y / (x + y);
    }

    /**
     * Parses the beads format, one bead per line: {@code [0]:[0, 1]}, optionally followed by
     * {@code :score}; blank lines are skipped.
     *
     * @throws BadBead naming the 1-based line of a malformed bead
     */
    public static List<Link> parse(String text) {
        List<Link> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                int a = line.indexOf("]:");
                int b = line.indexOf(']', a + 2);
                if (!line.startsWith("[") || a < 0 || b < 0 || line.charAt(a + 2) != '[') {
                    throw new IllegalArgumentException();
                }
                out.add(new Link(ids(line.substring(1, a)), ids(line.substring(a + 3, b))));
            } catch (RuntimeException e) {
                throw new BadBead(n + 1, line);
            }
        }
        return out;
    }

    private static List<Integer> ids(String s) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.strip()));
            }
        }
        return out;
    }
}
