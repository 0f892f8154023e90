package dev.transcheck.names;

import dev.transcheck.Transcheck;
import dev.transcheck.check.CheckContext;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measurements of the name checks on real professional translations (NTREX-128, all four
 * directions, the shipped glossaries), not part of the product and skipped unless
 * {@code -Dnames.lab=DIR} points at the NTREX folder (e.g. ../shared/bench/ntrex128):
 * <ul>
 *   <li>{@link #falseAlarms}: documents and findings at error level of name.* and term.forbidden
 *       (nearly all false on professional work), listed in target/names-lab-alarms.txt;</li>
 *   <li>{@link #wrongPerson}: recall of seeded wrong persons. In each document, every person the
 *       name analysis finds correctly rendered in the translation has its surname replaced by the
 *       surname of another glossary person of the same origin (Ukrainian, Russian/Belarusian or
 *       foreign), as the translation's language writes it; caught when an error-level name.* or
 *       term.* finding covers the replaced word. Listed in target/names-lab-seeds.txt.</li>
 * </ul>
 * Run: {@code mvn -q -o test -Dtest=NameLab -Dnames.lab=../shared/bench/ntrex128}.
 */
class NameLab {
    private static final String[][] DIRECTIONS = {{"uk", "en"}, {"ru", "en"}, {"en", "uk"}, {"en", "ru"}};

    private static Path dir() {
        String d = System.getProperty("names.lab");
        Assumptions.assumeTrue(d != null, "set -Dnames.lab=DIR (the NTREX-128 folder) to run the names lab");
        return Path.of(d);
    }

    private static Transcheck transcheck() throws Exception {
        Glossary g = GlossaryLoader.loadAll(List.of(Path.of("glossaries")));
        return Transcheck.builder().glossary(g).build();
    }

    private record Pair(String name, List<String> src, List<String> tgt) {
    }

    private static List<Pair> pairs(Path root, String from, String to) throws Exception {
        String other = "en".equals(from) ? to : from;
        Path docs = root.resolve("en-" + other).resolve("docs");
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(docs)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith("." + from + ".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                Path t = p.resolveSibling(name.substring(0, name.length() - 6) + to + ".txt");
                out.add(new Pair(name.substring(0, name.length() - 7), Files.readAllLines(p, StandardCharsets.UTF_8),
                        Files.readAllLines(t, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static Document document(String path, String lang, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = sb.length();
            sb.append(lines.get(i));
            sentences.add(new Sentence(i, i, start, start + lines.get(i).length(), lines.get(i)));
            sb.append('\n');
        }
        return new Document(path, lang, sb.toString(), sentences);
    }

    static Alignment diagonal(int n) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(List.of(i), List.of(i), 1.0));
        }
        return new Alignment(beads, n, n);
    }

    private static boolean counted(Finding f) {
        return f.severity() == Severity.ERROR && (f.check().startsWith("name.") || f.check().equals("term.forbidden"));
    }

    @Test
    void falseAlarms() throws Exception {
        Path root = dir();
        Transcheck tc = transcheck();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of("target", "names-lab-alarms.txt")), true, StandardCharsets.UTF_8)) {
            for (String[] d : DIRECTIONS) {
                int docs = 0;
                int flagged = 0;
                Map<String, Integer> byCheck = new LinkedHashMap<>();
                for (Pair p : pairs(root, d[0], d[1])) {
                    if (p.src().size() != p.tgt().size()) {
                        continue;
                    }
                    docs++;
                    Document s = document(p.name() + "." + d[0], d[0], p.src());
                    Document t = document(p.name() + "." + d[1], d[1], p.tgt());
                    Report r = tc.check(s, t, diagonal(p.src().size()));
                    boolean any = false;
                    for (Finding f : r.findings()) {
                        if (counted(f)) {
                            any = true;
                            byCheck.merge(f.check(), 1, Integer::sum);
                            int seg = f.translation() != null ? f.translation().sentence() : f.source().sentence();
                            out.println(d[0] + "->" + d[1] + " " + p.name() + " " + f.check() + ": " + f.message()
                                    + "\n   S: " + p.src().get(seg) + "\n   T: " + p.tgt().get(seg));
                        }
                    }
                    flagged += any ? 1 : 0;
                }
                String line = String.format(Locale.ROOT, "FALSE-ALARMS %s->%s: %d of %d documents with an error-level name.*/term.forbidden finding; findings %s",
                        d[0], d[1], flagged, docs, byCheck);
                System.out.println(line);
                out.println(line);
            }
        }
    }

    /** Persons of the glossary by origin ("uk", "ru" for Russian and Belarusian, "" foreign). */
    private static Map<String, List<Concept>> byOrigin(Glossary g) {
        Map<String, List<Concept>> out = new LinkedHashMap<>();
        for (Concept c : g.concepts()) {
            if (c.type() != ConceptType.PERSON || c.preferred("en") == null || c.preferred("uk") == null || c.preferred("ru") == null) {
                continue;
            }
            out.computeIfAbsent(origin(c), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private static String origin(Concept c) {
        String r = c.preferred("en").romanisedFrom();
        return r == null ? "" : "be".equals(r) ? "ru" : r;
    }

    private static String lastWord(String form) {
        String[] w = form.trim().split("\\s+");
        return w[w.length - 1];
    }

    @Test
    void wrongPerson() throws Exception {
        Path root = dir();
        Glossary g = GlossaryLoader.loadAll(List.of(Path.of("glossaries")));
        Transcheck tc = Transcheck.builder().glossary(g).build();
        Map<String, List<Concept>> origins = byOrigin(g);
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of("target", "names-lab-seeds.txt")), true, StandardCharsets.UTF_8)) {
            int allSeeded = 0;
            int allCaught = 0;
            for (String[] d : DIRECTIONS) {
                int seeded = 0;
                int caught = 0;
                int warned = 0;
                for (Pair p : pairs(root, d[0], d[1])) {
                    if (p.src().size() != p.tgt().size()) {
                        continue;
                    }
                    Document s = document(p.name() + "." + d[0], d[0], p.src());
                    Document t = document(p.name() + "." + d[1], d[1], p.tgt());
                    Alignment a = diagonal(p.src().size());
                    CheckContext ctx = new CheckContext(s, t, a, g, tc.resources());
                    NameAnalysis na = ctx.names();
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (NameAnalysis.Result r : na.results()) {
                        if (r.part().kind() != NameKind.SURNAME || r.verdict() != Expectation.Verdict.ACCEPTED || r.target() == null) {
                            continue;
                        }
                        Span ts = r.translationSpan();
                        String old = ts.text();
                        if (!seen.add(old.toLowerCase(Locale.ROOT))) {
                            continue; // one seed per person and document
                        }
                        String origin;
                        Concept self = r.expectation().glossary() == null ? null : r.expectation().glossary().concept();
                        if (self != null) {
                            origin = origin(self);
                        } else {
                            origin = r.expectation().slavic() ? ("en".equals(d[0]) ? d[1] : d[0]) : "";
                        }
                        List<Concept> pool = origins.getOrDefault(origin, List.of());
                        if (pool.isEmpty()) {
                            continue;
                        }
                        Concept other = pool.get(Math.floorMod((p.name() + old).hashCode(), pool.size()));
                        if (self != null && other.id().equals(self.id())) {
                            other = pool.get((pool.indexOf(other) + 1) % pool.size());
                        }
                        String replacement = lastWord(other.preferred(d[1]).form());
                        if (replacement.length() < 4 || old.length() < 4) {
                            continue; // Kim Jong Un's "Un", a two-letter source word: no realistic seed
                        }
                        if (replacement.equalsIgnoreCase(old)) {
                            continue;
                        }
                        String text = t.text();
                        String changed = text.substring(0, ts.start()) + replacement + text.substring(ts.end());
                        List<String> lines = List.of(changed.split("\n", -1)).subList(0, p.tgt().size());
                        Document t2 = document(t.path(), d[1], lines);
                        Report rep = tc.check(s, t2, a);
                        int end = ts.start() + replacement.length();
                        boolean err = false;
                        boolean warn = false;
                        for (Finding f : rep.findings()) {
                            Span x = f.translation();
                            if (x == null || x.end() <= ts.start() || x.start() >= end || !f.check().startsWith("name.") && !f.check().startsWith("term.")) {
                                continue;
                            }
                            err |= f.severity() == Severity.ERROR;
                            warn |= f.severity() == Severity.WARNING;
                        }
                        seeded++;
                        caught += err ? 1 : 0;
                        warned += !err && warn ? 1 : 0;
                        out.println((err ? "CAUGHT " : warn ? "WARNED " : "MISSED ") + d[0] + "->" + d[1] + " " + p.name() + " "
                                + r.part().span().text() + " [" + (self == null ? "-" : self.id()) + "]: " + old + " -> " + replacement
                                + " (" + other.id() + ")\n   T: " + lines.get(ts.sentence()));
                    }
                }
                allSeeded += seeded;
                allCaught += caught;
                String line = String.format(Locale.ROOT, "WRONG-PERSON %s->%s: caught %d of %d (%.0f%%), %d more only as warnings",
                        d[0], d[1], caught, seeded, seeded == 0 ? 0.0 : 100.0 * caught / seeded, warned);
                System.out.println(line);
                out.println(line);
            }
            System.out.println("WRONG-PERSON all: " + allCaught + " of " + allSeeded);
        }
    }
}
