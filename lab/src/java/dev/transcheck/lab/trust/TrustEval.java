package dev.transcheck.lab.trust;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The trust evaluation: runs each professional translation through the whole pipeline (segmenting,
 * aligning, checking) and counts the error-level findings, which are false alarms on such text;
 * then checks seeded copies, each with one change, and counts how many the checks catch.
 */
public final class TrustEval {
    /** Counts of one group of documents (a direction, or a set within it). */
    public static final class Tally {
        public int documents;
        public int words;
        public int documentsWithError;
        public int errors;
        public int warnings;
        /** Pairs the gate refuses as impossible (counted among the documents with an error). */
        public int refused;

        void refuse() {
            documents++;
            refused++;
            documentsWithError++;
        }

        void add(Report r) {
            documents++;
            words += r.summary().words();
            int e = 0;
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    e++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
            errors += e;
            if (e > 0) {
                documentsWithError++;
            }
        }

        public double errorDocShare() {
            return documents == 0 ? Double.NaN : (double) documentsWithError / documents;
        }

        public double errorsPer1k() {
            return words == 0 ? Double.NaN : errors * 1000.0 / words;
        }

        public double warningsPer1k() {
            return words == 0 ? Double.NaN : warnings * 1000.0 / words;
        }
    }

    /** Seeds made and caught, per kind. */
    public static final class Recall {
        public final Map<Seeder.Kind, int[]> counts = new EnumMap<>(Seeder.Kind.class);
        /**
         * Dropped clauses by what their source side carried ({@link ClauseCarry}): "carrying" (a
         * name, number/date or glossary term), "plain", and each of name, number, term (overlapping).
         */
        public final Map<String, int[]> clauses = new LinkedHashMap<>();
        /** Seeds made and caught per variant of the second seeding style ({@link AltSeeder}), by variant id. */
        public final Map<String, int[]> variants = new TreeMap<>();

        public Recall() {
            for (String c : CLAUSE_GROUPS) {
                clauses.put(c, new int[2]);
            }
            for (Seeder.Kind k : Seeder.Kind.values()) {
                counts.put(k, new int[2]);
            }
        }

        void add(Seeder.Kind k, boolean caught) {
            counts.get(k)[0]++;
            if (caught) {
                counts.get(k)[1]++;
            }
        }

        void addVariant(String variant, boolean caught) {
            int[] c = variants.computeIfAbsent(variant, k -> new int[2]);
            c[0]++;
            if (caught) {
                c[1]++;
            }
        }

        void addClause(Set<ClauseCarry.What> carry, boolean caught) {
            List<String> groups = new ArrayList<>();
            groups.add(carry.isEmpty() ? "plain" : "carrying");
            for (ClauseCarry.What w : carry) {
                groups.add(w.name().toLowerCase(Locale.ROOT));
            }
            for (String g : groups) {
                clauses.get(g)[0]++;
                if (caught) {
                    clauses.get(g)[1]++;
                }
            }
        }

        void addAll(Recall other) {
            other.counts.forEach((k, v) -> {
                counts.get(k)[0] += v[0];
                counts.get(k)[1] += v[1];
            });
            other.clauses.forEach((k, v) -> {
                clauses.get(k)[0] += v[0];
                clauses.get(k)[1] += v[1];
            });
            other.variants.forEach((k, v) -> {
                int[] c = variants.computeIfAbsent(k, x -> new int[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
        }
    }

    /** The groups of dropped clauses reported apart. */
    static final List<String> CLAUSE_GROUPS = List.of("carrying", "plain", "name", "number", "term");

    /** What one direction gave. */
    public static final class DirectionResult {
        public final Map<String, Tally> bySet = new TreeMap<>();
        public final Tally total = new Tally();
        public final Recall recall = new Recall();
        /** Error findings per check, with up to three example spans each. */
        public final Map<String, Integer> errorChecks = new TreeMap<>();
        public final Map<String, List<String>> examples = new TreeMap<>();
        /** Seeds not caught, up to a few per kind, to guide fixing. */
        public final Map<Seeder.Kind, List<String>> missed = new EnumMap<>(Seeder.Kind.class);
        /** With the second seeding style: seeds not caught, up to a few per variant. */
        public final Map<String, List<String>> missedVariants = new TreeMap<>();
    }

    private final Transcheck transcheck;
    private final Seeder seeder;
    private final long seed;
    private final boolean seeds;
    private final PrintStream dump;
    private final int threads;
    private int seedEvery = 1;
    private PrintStream missDump;
    private Set<Seeder.Kind> missKinds = Set.of();
    private Set<Seeder.Kind> kinds = Set.of(Seeder.Kind.values());
    private AltSeeder alt;

    /**
     * @param dump    where each error finding of an original is printed with its sentence pair, or null
     * @param threads document pairs checked at once (the result does not depend on it)
     */
    public TrustEval(Transcheck transcheck, long seed, boolean seeds, PrintStream dump, int threads) {
        this.transcheck = transcheck;
        this.seeder = new Seeder(transcheck.glossary());
        this.seed = seed;
        this.seeds = seeds;
        this.dump = dump;
        this.threads = Math.max(1, threads);
    }

    /** Seeded copies are made for every {@code n}-th pair only (in report order); the originals all count. */
    public TrustEval seedEvery(int n) {
        this.seedEvery = Math.max(1, n);
        return this;
    }

    /**
     * Every missed seed of the given kinds is printed to {@code out} with its source and
     * translation sentences and every finding (any severity) of the seeded report in them.
     */
    public TrustEval listMisses(PrintStream out, Set<Seeder.Kind> kinds) {
        this.missDump = out;
        this.missKinds = Set.copyOf(kinds);
        return this;
    }

    /**
     * Seeded copies are made in the second, independent style ({@link AltSeeder}: one copy per
     * variant and document) instead of the first; the originals are checked the same way.
     */
    public TrustEval altStyle() {
        this.alt = new AltSeeder(transcheck.glossary());
        return this;
    }

    /** Only seeded copies of these kinds are checked (the others are not made into copies). */
    public TrustEval kinds(Set<Seeder.Kind> only) {
        this.kinds = Set.copyOf(only);
        return this;
    }

    /** What one pair gave: its report (null when the gate refused the pair) and its seeds' outcomes. */
    record Outcome(Pair pair, Report report, String refusal, List<Seeded> seeded) {
    }

    /** One seeded copy and whether it was caught. */
    record Seeded(Seeder.Seed seed, boolean caught, String detail, Set<ClauseCarry.What> carry) {
        Seeded(Seeder.Seed seed, boolean caught, String detail) {
            this(seed, caught, detail, Set.of());
        }
    }

    /** Runs every pair, grouped by direction in the order of {@link Sources#DIRECTIONS}. */
    public Map<String, DirectionResult> run(List<Pair> pairs) {
        List<Pair> ordered = new ArrayList<>();
        for (String d : Sources.DIRECTIONS) {
            for (Pair p : pairs) {
                if (p.direction().equals(d)) {
                    ordered.add(p);
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        if (threads == 1) {
            for (int i = 0; i < ordered.size(); i++) {
                outcomes.add(evaluate(ordered.get(i), i % seedEvery == 0));
            }
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<Outcome>> fs = new ArrayList<>();
                for (int i = 0; i < ordered.size(); i++) {
                    Pair p = ordered.get(i);
                    boolean withSeeds = i % seedEvery == 0;
                    fs.add(pool.submit(() -> evaluate(p, withSeeds)));
                }
                for (var f : fs) {
                    outcomes.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, DirectionResult> out = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            merge(o, out.computeIfAbsent(o.pair().direction(), k -> new DirectionResult()));
        }
        return out;
    }

    /** Checks one pair and its seeded copies. */
    Outcome evaluate(Pair p, boolean withSeeds) {
        Document src = transcheck.document(p.set() + "/" + p.id() + "." + p.from(), p.from(), p.source());
        Document tgt = transcheck.document(p.set() + "/" + p.id() + "." + p.to(), p.to(), p.translation());
        try {
            transcheck.validate(src, tgt);
        } catch (dev.transcheck.io.InputException e) {
            return new Outcome(p, null, e.getMessage(), List.of());
        }
        Report report = transcheck.check(src, tgt);
        List<Seeded> seeded = new ArrayList<>();
        if (seeds && withSeeds) {
            Set<Integer> blocked = blockedTranslationSentences(report);
            List<Seeder.Seed> made = alt != null ? alt.seeds(src, tgt, report.alignment(), t -> !blocked.contains(t), seed)
                    : seeder.seeds(src, tgt, report.alignment(), t -> !blocked.contains(t), seed);
            for (Seeder.Seed s : made) {
                if (!kinds.contains(s.kind())) {
                    continue;
                }
                Document changed = transcheck.document(tgt.path(), tgt.lang(), s.text());
                try {
                    transcheck.validate(src, changed);
                } catch (dev.transcheck.io.InputException e) {
                    seeded.add(new Seeded(s, true, null)); // a refused pair never passes the gate
                    continue;
                }
                Report sr = transcheck.check(src, changed);
                boolean c = caught(s, sr);
                Set<ClauseCarry.What> carry = s.kind() == Seeder.Kind.CLAUSE
                        ? ClauseCarry.of(s, report, new dev.transcheck.check.CheckContext(report.source(), report.translation(),
                                report.alignment(), transcheck.glossary(), transcheck.resources()))
                        : Set.of();
                seeded.add(new Seeded(s, c, !c && missKinds.contains(s.kind()) ? missDetail(s, sr) : null, carry));
            }
        }
        return new Outcome(p, report, null, seeded);
    }

    private void merge(Outcome o, DirectionResult r) {
        Pair p = o.pair();
        if (o.report() == null) {
            r.total.refuse();
            r.bySet.computeIfAbsent(p.set(), k -> new Tally()).refuse();
            r.errorChecks.merge("(refused)", 1, Integer::sum);
            List<String> ex = r.examples.computeIfAbsent("(refused)", k -> new ArrayList<>());
            if (ex.size() < 3) {
                ex.add(p.set() + "/" + p.id() + ": " + o.refusal());
            }
            if (dump != null) {
                dump.println("REFUSED " + p.direction() + " " + p.set() + "/" + p.id() + ": " + o.refusal());
            }
            return;
        }
        Report report = o.report();
        r.total.add(report);
        r.bySet.computeIfAbsent(p.set(), k -> new Tally()).add(report);
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            r.errorChecks.merge(f.check(), 1, Integer::sum);
            List<String> ex = r.examples.computeIfAbsent(f.check(), k -> new ArrayList<>());
            if (ex.size() < 3) {
                ex.add(p.set() + "/" + p.id() + ": " + text(f.source()) + " => " + text(f.translation()) + "  (" + f.message() + ")");
            }
            if (dump != null) {
                dump.println("ERROR " + p.direction() + " " + p.set() + "/" + p.id() + " " + f.check() + ": " + f.message());
                for (String[] st : sentencePair(f, report)) {
                    dump.println("   S: " + st[0]);
                    dump.println("   T: " + st[1]);
                }
            }
        }
        for (Seeded sd : o.seeded()) {
            Seeder.Seed s = sd.seed();
            r.recall.add(s.kind(), sd.caught());
            if (s.kind() == Seeder.Kind.CLAUSE) {
                r.recall.addClause(sd.carry(), sd.caught());
            }
            if (s.variant() != null) {
                r.recall.addVariant(s.variant(), sd.caught());
                if (!sd.caught()) {
                    List<String> m = r.missedVariants.computeIfAbsent(s.variant(), k -> new ArrayList<>());
                    if (m.size() < 6) {
                        m.add(p.set() + "/" + p.id() + ": " + shorten(s.before()) + " -> " + shorten(s.after()));
                    }
                }
            }
            if (!sd.caught()) {
                List<String> m = r.missed.computeIfAbsent(s.kind(), k -> new ArrayList<>());
                if (m.size() < 3) {
                    m.add(p.set() + "/" + p.id() + ": " + shorten(s.before()) + " -> " + shorten(s.after()));
                }
                if (missDump != null && sd.detail() != null) {
                    missDump.println("MISSED " + p.direction() + " " + (s.variant() != null ? s.variant() : s.kind().label) + " " + p.set() + "/" + p.id() + ": "
                            + shorten(s.before()) + " -> " + shorten(s.after()));
                    missDump.print(sd.detail());
                }
            }
        }
    }

    /** The seeded bead's sentences and every finding in them, for reading a miss. */
    static String missDetail(Seeder.Seed s, Report r) {
        Set<Integer> src = new HashSet<>();
        Set<Integer> tgt = new HashSet<>();
        for (Sentence t : r.translation().sentences()) {
            if (t.start() < Math.max(s.end(), s.start() + 1) && s.start() < t.end()) {
                Bead b = r.alignment().beadOfTranslation(t.id());
                src.addAll(b.source());
                tgt.addAll(b.translation());
            }
        }
        StringBuilder sb = new StringBuilder();
        List<Bead> beads = r.alignment().beads();
        if (s.kind() == Seeder.Kind.DROP) {
            // the bead of the dropped sentence's source and its neighbours: where the path put it
            int k = beads.indexOf(r.alignment().beadOfSource(s.sourceSentence()));
            src.add(s.sourceSentence());
            for (int y = Math.max(0, k - 1); y <= Math.min(beads.size() - 1, k + 1); y++) {
                Bead b = beads.get(y);
                sb.append(String.format(Locale.ROOT, "   %s %d-%d %s->%s conf %.2f%n", y == k ? "BEAD" : "near",
                        b.source().size(), b.translation().size(), b.source(), b.translation(), b.confidence()));
                sb.append("   S: ").append(join(r.source(), b.source())).append('\n');
                sb.append("   T: ").append(join(r.translation(), b.translation())).append('\n');
            }
        }
        for (Bead b : s.kind() == Seeder.Kind.DROP ? List.<Bead>of() : beads) {
            if (b.translation().stream().anyMatch(tgt::contains)) {
                sb.append(String.format(Locale.ROOT, "   bead %s->%s conf %.2f%n", b.source(), b.translation(), b.confidence()));
                sb.append("   S: ").append(join(r.source(), b.source())).append('\n');
                sb.append("   T: ").append(join(r.translation(), b.translation())).append('\n');
            }
        }
        for (Finding f : r.findings()) {
            if (f.source() != null && src.contains(f.source().sentence())
                    || f.translation() != null && tgt.contains(f.translation().sentence())) {
                sb.append("   ").append(f.severity().name().toLowerCase(Locale.ROOT)).append(' ').append(f.check()).append(": ")
                        .append(f.message()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 90 ? "\"" + t + "\"" : "\"" + t.substring(0, 87) + "...\"";
    }

    private static String text(Span s) {
        return s == null ? "-" : "\"" + s.text().replace('\n', ' ') + "\"";
    }

    /** The source and translation sentences of the bead a finding points into. */
    private static List<String[]> sentencePair(Finding f, Report r) {
        Bead b = f.source() != null ? r.alignment().beadOfSource(f.source().sentence())
                : f.translation() != null ? r.alignment().beadOfTranslation(f.translation().sentence()) : null;
        if (b == null) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {join(r.source(), b.source()), join(r.translation(), b.translation())});
        return out;
    }

    private static String join(Document d, List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i : ids) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(d.sentence(i).text());
        }
        return sb.length() == 0 ? "(none)" : sb.toString();
    }

    /**
     * Translation sentences whose bead already carries an error finding in the original: a seed
     * there could not be told apart from the false alarm, so none is placed there.
     */
    static Set<Integer> blockedTranslationSentences(Report r) {
        Set<Integer> out = new HashSet<>();
        Alignment a = r.alignment();
        for (Finding f : r.findings()) {
            if (f.severity() != Severity.ERROR) {
                continue;
            }
            Bead b = f.source() != null ? a.beadOfSource(f.source().sentence())
                    : f.translation() != null ? a.beadOfTranslation(f.translation().sentence()) : null;
            if (b != null) {
                out.addAll(b.translation());
            }
        }
        return out;
    }

    /**
     * Whether the seeded report catches the seed: an error finding of a check relevant to the
     * kind, pointing into the changed translation sentence or into the source sentences aligned
     * with it (for a dropped sentence: into the source sentence that lost its translation).
     */
    static boolean caught(Seeder.Seed s, Report seeded) {
        Set<Integer> srcSentences = new HashSet<>();
        Set<Integer> tgtSentences = new HashSet<>();
        if (s.kind() == Seeder.Kind.DROP) {
            srcSentences.add(s.sourceSentence());
        } else {
            for (Sentence t : seeded.translation().sentences()) {
                if (t.start() < Math.max(s.end(), s.start() + 1) && s.start() < t.end()) {
                    tgtSentences.add(t.id());
                    Bead b = seeded.alignment().beadOfTranslation(t.id());
                    srcSentences.addAll(b.source());
                }
            }
        }
        for (Finding f : seeded.findings()) {
            if (f.severity() != Severity.ERROR || f.accepted() || !s.kind().relevant(f.check())) {
                continue;
            }
            if (f.source() != null && srcSentences.contains(f.source().sentence())
                    || f.translation() != null && tgtSentences.contains(f.translation().sentence())) {
                return true;
            }
        }
        return false;
    }

    // ---- the report ----------------------------------------------------------------------------

    /** The plain-text report of a run. */
    public static String render(Map<String, DirectionResult> results, boolean withSeeds, long seed) {
        StringBuilder sb = new StringBuilder();
        sb.append("Professional translations (every error-level finding here is a false alarm)\n");
        sb.append(String.format(Locale.ROOT, "%-8s %-20s %6s %8s %12s %10s %12s %8s%n",
                "dir", "set", "docs", "words", "docs w/ err", "errors/1k", "warnings/1k", "refused"));
        for (var e : results.entrySet()) {
            for (var s : e.getValue().bySet.entrySet()) {
                row(sb, e.getKey(), s.getKey(), s.getValue());
            }
            row(sb, e.getKey(), "all", e.getValue().total);
        }
        sb.append('\n');
        for (var e : results.entrySet()) {
            DirectionResult r = e.getValue();
            if (r.errorChecks.isEmpty()) {
                continue;
            }
            sb.append("Checks raising errors, ").append(e.getKey()).append(":\n");
            r.errorChecks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(c -> {
                sb.append(String.format(Locale.ROOT, "  %-18s %4d%n", c.getKey(), c.getValue()));
                for (String x : r.examples.get(c.getKey())) {
                    sb.append("      ").append(x).append('\n');
                }
            });
        }
        if (!withSeeds) {
            return sb.toString();
        }
        sb.append('\n').append("Recall on seeded copies (one change each, --seed ").append(seed).append("): caught/seeded\n");
        sb.append(String.format(Locale.ROOT, "%-8s", "dir"));
        for (Seeder.Kind k : Seeder.Kind.values()) {
            sb.append(String.format(Locale.ROOT, " %17s", k.label));
        }
        sb.append('\n');
        Recall all = new Recall();
        for (var e : results.entrySet()) {
            recallRow(sb, e.getKey(), e.getValue().recall);
            all.addAll(e.getValue().recall);
        }
        recallRow(sb, "all", all);
        if (!all.variants.isEmpty()) {
            sb.append('\n').append("Recall per variant of the second seeding style: caught/seeded\n");
            sb.append(String.format(Locale.ROOT, "%-22s", "variant"));
            for (String d : results.keySet()) {
                sb.append(String.format(Locale.ROOT, " %16s", d));
            }
            sb.append(String.format(Locale.ROOT, " %16s%n", "all"));
            for (String v : all.variants.keySet()) {
                sb.append(String.format(Locale.ROOT, "%-22s", v));
                for (DirectionResult r : results.values()) {
                    sb.append(String.format(Locale.ROOT, " %16s", cell(r.recall.variants.getOrDefault(v, new int[2]))));
                }
                sb.append(String.format(Locale.ROOT, " %16s%n", cell(all.variants.get(v))));
            }
            for (var e : results.entrySet()) {
                for (var m : e.getValue().missedVariants.entrySet()) {
                    for (String x : m.getValue()) {
                        sb.append("  missed ").append(e.getKey()).append(' ').append(m.getKey()).append(": ").append(x).append('\n');
                    }
                }
            }
            return sb.toString();
        }
        sb.append('\n').append("Dropped clauses by what the source side carried (the product's number, name and term extractors;\n")
                .append("name/number/term overlap): caught/seeded\n");
        sb.append(String.format(Locale.ROOT, "%-8s", "dir"));
        for (String g : CLAUSE_GROUPS) {
            sb.append(String.format(Locale.ROOT, " %17s", g));
        }
        sb.append(String.format(Locale.ROOT, " %17s%n", "total"));
        for (var e : results.entrySet()) {
            clauseRow(sb, e.getKey(), e.getValue().recall);
        }
        clauseRow(sb, "all", all);
        for (var e : results.entrySet()) {
            for (var m : e.getValue().missed.entrySet()) {
                for (String x : m.getValue()) {
                    sb.append("  missed ").append(e.getKey()).append(' ').append(m.getKey().label).append(": ").append(x).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String dir, String set, Tally t) {
        sb.append(String.format(Locale.ROOT, "%-8s %-20s %6d %8d %5d %5.1f%% %10.2f %12.2f %8d%n", dir, set, t.documents, t.words,
                t.documentsWithError, 100 * t.errorDocShare(), t.errorsPer1k(), t.warningsPer1k(), t.refused));
    }

    private static void clauseRow(StringBuilder sb, String dir, Recall r) {
        sb.append(String.format(Locale.ROOT, "%-8s", dir));
        for (String g : CLAUSE_GROUPS) {
            sb.append(String.format(Locale.ROOT, " %17s", cell(r.clauses.get(g))));
        }
        sb.append(String.format(Locale.ROOT, " %17s%n", cell(r.counts.get(Seeder.Kind.CLAUSE))));
    }

    private static String cell(int[] c) {
        return c[0] == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %3.0f%%", c[1], c[0], 100.0 * c[1] / c[0]);
    }

    private static void recallRow(StringBuilder sb, String dir, Recall r) {
        sb.append(String.format(Locale.ROOT, "%-8s", dir));
        for (Seeder.Kind k : Seeder.Kind.values()) {
            int[] c = r.counts.get(k);
            String cell = c[0] == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %3.0f%%", c[1], c[0], 100.0 * c[1] / c[0]);
            sb.append(String.format(Locale.ROOT, " %17s", cell));
        }
        sb.append('\n');
    }
}
