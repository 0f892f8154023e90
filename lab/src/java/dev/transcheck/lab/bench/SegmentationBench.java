package dev.transcheck.lab.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Segmentation benchmark (not a unit test): on one-sentence-per-line documents (NTREX-128 in
 * the benchmark folder), joins each document's lines with a space and measures how many of the gold
 * sentence boundaries {@link Segmenter} recovers (precision, recall, F1), next to plain ICU, and
 * its speed. Run: {@code mvn -o -q test-compile exec:java} is not configured, so use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.transcheck.bench.SegmentationBench [DIR...]}.
 */
public final class SegmentationBench {
    private SegmentationBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            dirs.add(Path.of(a));
        }
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException("give one or more folders of one-sentence-per-line documents");
        }
        Segmenter seg = new Segmenter();
        for (String lang : new String[] {"uk", "ru", "en"}) {
            int[] ours = new int[3];
            int[] icu = new int[3];
            long nanos = 0;
            long chars = 0;
            int docs = 0;
            Set<String> seen = new HashSet<>();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(p -> p.getFileName().toString().endsWith("." + lang + ".txt")).sorted().toList();
                }
                for (Path f : files) {
                    if (!seen.add(f.getFileName().toString())) {
                        continue; // the English side is in both folders
                    }
                    List<String> gold = Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    StringBuilder sb = new StringBuilder();
                    Set<Integer> goldBreaks = new HashSet<>();
                    for (String l : gold) {
                        if (sb.length() > 0) {
                            goldBreaks.add(sb.length());
                            sb.append(' ');
                        }
                        sb.append(l);
                    }
                    String text = sb.toString();
                    long t0 = System.nanoTime();
                    List<Sentence> got = seg.segment(text, lang);
                    nanos += System.nanoTime() - t0;
                    chars += text.length();
                    docs++;
                    Set<Integer> ourBreaks = new HashSet<>();
                    for (int i = 1; i < got.size(); i++) {
                        ourBreaks.add(got.get(i - 1).end());
                    }
                    count(goldBreaks, ourBreaks, ours);
                    count(goldBreaks, icuBreaks(text, lang), icu);
                }
            }
            if (docs == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%s: %d documents, %d gold boundaries | transcheck P %.3f R %.3f F1 %.3f "
                    + "| plain ICU P %.3f R %.3f F1 %.3f | %.2f ms per document, %.1f MB/s%n",
                    lang, docs, ours[0] + ours[2], p(ours), r(ours), f(ours), p(icu), r(icu), f(icu),
                    nanos / 1e6 / docs, chars * 2 / (nanos / 1e3));
        }
    }

    /** Breaks as the end offset of the trimmed sentence before them. */
    private static Set<Integer> icuBreaks(String text, String lang) {
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang));
        it.setText(text);
        Set<Integer> out = new HashSet<>();
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            int e = b;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(e);
        }
        return out;
    }

    /** [true positives, false positives, false negatives]. */
    private static void count(Set<Integer> gold, Set<Integer> got, int[] acc) {
        for (int b : got) {
            if (gold.contains(b)) {
                acc[0]++;
            } else {
                acc[1]++;
            }
        }
        for (int b : gold) {
            if (!got.contains(b)) {
                acc[2]++;
            }
        }
    }

    private static double p(int[] a) {
        return a[0] / (double) Math.max(1, a[0] + a[1]);
    }

    private static double r(int[] a) {
        return a[0] / (double) Math.max(1, a[0] + a[2]);
    }

    private static double f(int[] a) {
        double p = p(a);
        double r = r(a);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
