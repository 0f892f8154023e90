package dev.transcheck.lab.bench;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.text.translit.Romanizer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * One sentence listing N different Ukrainian surnames (made of random syllables and a surname
 * ending) against the list romanised by the national system: a sentence with thousands of
 * different names, which the names check compares name by word (issue 15). Prints the findings
 * (none are expected) and the process CPU time of each check.
 */
public final class ManyNamesBench {
    private static final String[] CONSONANTS = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ч", "ш"};
    private static final String[] VOWELS = {"а", "о", "е", "и", "у", "і"};
    private static final String[] ENDINGS = {"енко", "ук", "ський", "ович", "як", "чук"};

    private ManyNamesBench() {
    }

    /** The source and the translation: {@code n} distinct surnames in one sentence (a fixed seed). */
    public static String[] sentence(int n, long seed) {
        Random rng = new Random(seed);
        Romanizer rz = Romanizer.create();
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + rng.nextInt(2);
            for (int k = 0; k < syllables; k++) {
                w.append(CONSONANTS[rng.nextInt(CONSONANTS.length)]).append(VOWELS[rng.nextInt(VOWELS.length)]);
            }
            w.append(ENDINGS[rng.nextInt(ENDINGS.length)]);
            names.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        List<String> uk = List.copyOf(names);
        return new String[] {"Список: " + String.join(", ", uk) + ".",
            "List: " + String.join(", ", uk.stream().map(rz::national).toList()) + "."};
    }

    /** Checks the sentence of each size and prints findings and CPU seconds. */
    public static void run(Transcheck tc, List<Integer> sizes, PrintStream out) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int n : sizes) {
            String[] d = sentence(n, 15);
            long c0 = os.getProcessCpuTime();
            Report r = tc.check(tc.document("s.uk.txt", "uk", d[0]), tc.document("t.en.txt", "en", d[1]));
            long c1 = os.getProcessCpuTime();
            List<String> names = r.findings().stream().map(Finding::check).filter(c -> c.startsWith("name.")).toList();
            out.printf(Locale.ROOT, "%6d names: %d name findings, %.2f CPU-s%n", n, names.size(), (c1 - c0) / 1e9);
            out.flush();
        }
    }
}
