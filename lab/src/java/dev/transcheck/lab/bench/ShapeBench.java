package dev.transcheck.lab.bench;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The aligner's cost per word by the shape of the input (issue 15): prose costs what its sentences
 * cost, but a document of one-word sentences, a list of near-identical lines or a periodic text has
 * ten to twenty times as many sentences per word, and a repetitive text gives the coarse level little
 * to go by. Each shape is built deterministically (a fixed seed), aligned a few times, and the
 * smallest CPU time of the calling thread is kept (the aligner runs on the calling thread). A digest
 * of the alignment (every bead and its confidence) is printed, so two builds can be compared for the
 * same output.
 */
public final class ShapeBench {
    /** The shapes {@link #documents} builds. */
    public static final List<String> SHAPES = List.of("prose", "gap", "words", "periodic", "list", "table", "stop",
            "hole", "merged");

    private static final String[][] WORDS = {
        {"Так.", "Yes."}, {"Ні.", "No."}, {"Добре.", "Good."}, {"Дякую.", "Thanks."}, {"Привіт.", "Hello."},
        {"Стоп.", "Stop."}, {"Чекай.", "Wait."}, {"Тихо.", "Quiet."}, {"Готово.", "Done."}, {"Вперед.", "Forward."},
    };

    private final ScaleBench prose;

    /** {@code prose} makes the prose shapes (null: only the repetitive ones). */
    public ShapeBench(ScaleBench prose) {
        this.prose = prose;
    }

    /** Source and translation of {@code shape} with about {@code words} source words. */
    public String[] documents(String shape, int words) {
        Random rng = new Random(15);
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        switch (shape) {
            case "prose" -> {
                if (prose == null) {
                    throw new IllegalArgumentException("prose needs the NTREX-128 sentences");
                }
                return prose.documents(words);
            }
            case "gap" -> { // prose whose translation lost a tenth of its paragraphs in one run, from the middle on
                String[] d = documents("prose", words);
                String[] paras = d[1].split("\n\n");
                StringBuilder kept = new StringBuilder();
                int from = paras.length / 2;
                int to = from + paras.length / 10;
                for (int p = 0; p < paras.length; p++) {
                    if (p < from || p >= to) {
                        kept.append(paras[p]).append("\n\n");
                    }
                }
                return new String[] {d[0], kept.toString()};
            }
            case "stop" -> { // prose whose translation stops after its first sentence
                String[] d = documents("prose", words);
                return new String[] {d[0], d[1].split("(?<=[.!?])\\s+")[0] + "\n"};
            }
            case "hole" -> { // prose whose translation keeps only its first and last paragraphs
                String[] d = documents("prose", words);
                String[] paras = d[1].split("\n\n");
                return new String[] {d[0], paras[0] + "\n\n" + paras[paras.length - 1] + "\n"};
            }
            case "merged" -> { // prose whose translation joins every two sentences into one (a 2-1 bead each: the merged-bead audit)
                String[] d = documents("prose", words);
                StringBuilder out = new StringBuilder();
                for (String para : d[1].split("\n\n")) {
                    String[] ss = para.split("(?<=[.!?])\\s+");
                    for (int k = 0; k < ss.length; k++) {
                        boolean join = k % 2 == 0 && k + 1 < ss.length && ss[k].matches(".*[.!?]$");
                        out.append(join ? ss[k].substring(0, ss[k].length() - 1) + ";" : ss[k]).append(k + 1 < ss.length ? " " : "");
                    }
                    out.append("\n\n");
                }
                return new String[] {d[0], out.toString()};
            }
            case "words" -> { // one-word sentences, one paragraph
                for (int n = 0; n < words; n++) {
                    String[] w = WORDS[rng.nextInt(WORDS.length)];
                    s.append(w[0]).append(' ');
                    t.append(w[1]).append(' ');
                }
            }
            case "periodic" -> { // a short damaged paragraph repeated (the fuzzer's case of session 12)
                int n = 0;
                while (n < words) {
                    s.append("війська. [ Dr., Zelensky\n\n");
                    t.append("e.g.. / 2025! thousand / !! слово . / <script> заявив\n\n");
                    n += 4;
                }
            }
            case "list" -> { // list items of two to three words, each its own paragraph, few distinct
                int n = 0;
                while (n < words) {
                    int k = rng.nextInt(WORDS.length);
                    s.append("- ").append(WORDS[k][0].replace(".", "")).append(" і ").append(WORDS[(k + 1) % WORDS.length][0]).append('\n');
                    t.append("- ").append(WORDS[k][1].replace(".", "")).append(" and ").append(WORDS[(k + 1) % WORDS.length][1]).append('\n');
                    n += 3;
                }
            }
            case "table" -> { // rows of a table as lines: the same few cells, a small number
                int n = 0;
                int row = 0;
                while (n < words) {
                    int q = 1 + rng.nextInt(5);
                    s.append("Товар | ").append(q).append(" шт. | ціна ").append(10 * q).append(" грн\n");
                    t.append("Item | ").append(q).append(" pcs | price UAH ").append(10 * q).append('\n');
                    n += 6;
                    if (++row % 20 == 0) {
                        s.append('\n');
                        t.append('\n');
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown shape " + shape + " (" + String.join(", ", SHAPES) + ")");
        }
        return new String[] {s.toString(), t.toString()};
    }

    /** A digest of an alignment: its beads and their confidences. */
    public static long digest(Alignment a) {
        long h = 1125899906842597L;
        for (Bead b : a.beads()) {
            h = 31 * h + b.source().hashCode();
            h = 31 * h + b.translation().hashCode();
            h = 31 * h + Double.hashCode(b.confidence());
        }
        return h;
    }

    /** Times the aligner on every shape and size; {@code repeats} runs each, the smallest CPU time kept. */
    public void run(Transcheck tc, List<String> shapes, List<Integer> sizes, int repeats, double limitSeconds,
                    PrintStream out) {
        var threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "%-9s %8s %9s %9s %11s %11s %18s%n", "shape", "words", "src sents", "tr sents", "CPU ms",
                "CPU us/word", "digest");
        // warm-up: every shape once at a small size
        for (String shape : shapes) {
            String[] d = documents(shape, 2000);
            tc.align(tc.document("w.uk.txt", "uk", d[0]), tc.document("w.en.txt", "en", d[1]));
        }
        for (String shape : shapes) {
            for (int words : sizes) {
                String[] d = documents(shape, words);
                Document s = tc.document("b.uk.txt", "uk", d[0]);
                Document t = tc.document("b.en.txt", "en", d[1]);
                long best = Long.MAX_VALUE;
                long dg = 0;
                for (int r = 0; r < repeats; r++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    Alignment a = tc.align(s, t);
                    long c1 = threads.getCurrentThreadCpuTime();
                    best = Math.min(best, c1 - c0);
                    dg = digest(a);
                }
                out.printf(Locale.ROOT, "%-9s %8d %9d %9d %11.0f %11.1f %18x%n", shape, words, s.size(), t.size(),
                        best / 1e6, best / 1e3 / words, dg);
                out.flush();
                if (best > limitSeconds * 1e9) {
                    break;
                }
            }
        }
    }
}
