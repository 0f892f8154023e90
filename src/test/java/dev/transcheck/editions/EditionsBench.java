package dev.transcheck.editions;

import dev.transcheck.Transcheck;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.text.translit.Romanizer;
import dev.transcheck.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-edition checks on NTREX-128 (/work/shared/bench/ntrex128): each English document with
 * its Russian and Ukrainian translations as two editions. Counts cross-edition findings on the
 * professional translations (all false alarms), then seeds one error per document into one edition
 * (a dropped line, a changed number, a replaced name) and counts how many are found in that
 * edition. Per-pair checks are switched off (only the cross-edition part is measured). Not a unit
 * test: {@code java -cp ... dev.transcheck.editions.EditionsBench [ntrex-dir]}. A replaced name is a
 * Cyrillic word inside a sentence whose sound key matches a capitalised word of the English line.
 */
public final class EditionsBench {
    static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d{2,}(?![\\d])");
    static final Pattern CYR_NAME = Pattern.compile("(?<=[\\p{L},] )[А-ЯІЇЄҐ][а-яіїєґь']{4,}");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/bench/ntrex128");
        Transcheck tc = Transcheck.builder().registry(CheckRegistry.of(List.of())).build();
        List<String> stems = new ArrayList<>();
        try (var s = Files.list(dir.resolve("en-ru/docs"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".en.txt"))
                    .map(n -> n.substring(0, n.length() - 7)).sorted().forEach(stems::add);
        }
        Random rnd = new Random(16);
        NameKeys keys = new NameKeys(Romanizer.create());
        int docs = 0;
        int sentences = 0;
        int falseAlarms = 0;
        int[] seeded = new int[3];
        int[] found = new int[3];
        int[] wrongPlace = new int[3];
        String[] kinds = {"edition.omission", "edition.number", "edition.name"};
        for (String stem : stems) {
            List<String> en = Files.readAllLines(dir.resolve("en-ru/docs/" + stem + ".en.txt"));
            List<String> ru = Files.readAllLines(dir.resolve("en-ru/docs/" + stem + ".ru.txt"));
            List<String> uk = Files.readAllLines(dir.resolve("en-uk/docs/" + stem + ".uk.txt"));
            if (en.size() != ru.size() || en.size() != uk.size() || en.size() < 4) {
                continue;
            }
            docs++;
            Document src = tc.document(stem + ".en.txt", "en", String.join("\n", en) + "\n");
            sentences += src.size();
            EditionsReport clean = Editions.check(tc, src, List.of(doc(tc, stem, "ru", ru), doc(tc, stem, "uk", uk)));
            for (EditionsReport.Edition e : clean.editions()) {
                for (CrossFinding cf : e.cross()) {
                    falseAlarms++;
                    System.out.println("FA " + stem + " " + e.label() + " " + cf.finding().check() + ": " + cf.finding().message());
                }
            }
            int kind = docs % 3;
            boolean inRu = (docs / 3) % 2 == 0;
            List<String> target = new ArrayList<>(inRu ? ru : uk);
            int line = -1;
            if (kind == 0) {
                line = 1 + rnd.nextInt(target.size() - 2);
                target.remove(line);
            } else {
                for (int k = 1; k < target.size() && line < 0; k++) {
                    int at = (k + rnd.nextInt(target.size())) % target.size();
                    Matcher m = (kind == 1 ? DIGITS : CYR_NAME).matcher(target.get(at));
                    boolean ok = m.find();
                    while (ok && kind == 2 && !inEnglish(keys, m.group(), inRu ? "ru" : "uk", en.get(at))) {
                        ok = m.find();
                    }
                    if (ok) {
                        String repl = kind == 1 ? changed(m.group()) : "Петренка";
                        target.set(at, target.get(at).substring(0, m.start()) + repl + target.get(at).substring(m.end()));
                        line = at;
                    }
                }
                if (line < 0) {
                    continue;
                }
            }
            seeded[kind]++;
            List<Document> eds = inRu ? List.of(doc(tc, stem, "ru", target), doc(tc, stem, "uk", uk))
                    : List.of(doc(tc, stem, "ru", ru), doc(tc, stem, "uk", target));
            EditionsReport r = Editions.check(tc, src, eds);
            int edition = inRu ? 0 : 1;
            boolean hit = false;
            boolean other = false;
            for (EditionsReport.Edition e : r.editions()) {
                for (CrossFinding cf : e.cross()) {
                    if (e.index() == edition && cf.finding().check().equals(kinds[kind]) && near(src, cf, en.get(line))) {
                        hit = true;
                    } else if (!clean.editions().get(e.index()).cross().stream()
                            .anyMatch(c -> c.finding().id().equals(cf.finding().id()))) {
                        other = true;
                    }
                }
            }
            if (hit) {
                found[kind]++;
            } else {
                System.out.println("MISS " + stem + " " + kinds[kind] + " " + (inRu ? "ru" : "uk") + " line " + line + ": "
                        + (kind == 0 ? en.get(line) : target.get(line)));
            }
            if (other) {
                wrongPlace[kind]++;
            }
        }
        System.out.printf("documents %d, source sentences %d%n", docs, sentences);
        System.out.printf("clean editions: %d cross-edition findings (false alarms)%n", falseAlarms);
        for (int k = 0; k < 3; k++) {
            System.out.printf("%-17s seeded %3d found %3d (%.0f%%), other new findings %d%n", kinds[k], seeded[k], found[k],
                    seeded[k] == 0 ? 0.0 : 100.0 * found[k] / seeded[k], wrongPlace[k]);
        }
    }

    static boolean inEnglish(NameKeys keys, String word, String lang, String english) {
        String k = keys.key(word, lang);
        Matcher m = Pattern.compile("(?<=\\S )[A-Z][a-z]{2,}").matcher(english);
        while (m.find()) {
            if (NameKeys.same(k, keys.key(m.group(), "en"))) {
                return true;
            }
        }
        return false;
    }

    /** The finding's source sentence overlaps source line {@code line}. */
    static boolean near(Document src, CrossFinding cf, String line) {
        String s = src.sentence(cf.row()).text().strip();
        return line.contains(s) || s.contains(line.strip()) || line.contains(s.substring(0, Math.min(30, s.length())));
    }

    static String changed(String digits) {
        char c = digits.charAt(0);
        char d = c == '9' ? '7' : (char) (c + 1);
        return d + digits.substring(1);
    }

    static Document doc(Transcheck tc, String stem, String lang, List<String> lines) {
        return tc.document(stem + "." + lang + ".txt", lang, String.join("\n", lines) + "\n");
    }
}
