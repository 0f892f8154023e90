package dev.transcheck.lab.trust;

import dev.transcheck.Transcheck;
import dev.transcheck.align.AlignParams;
import dev.transcheck.align.AnchorAligner;
import dev.transcheck.align.SharedAnchors;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A quick look at seeded dropped sentences only: for each pair, the omission errors of the original
 * and, for its seeded copy, the bead that holds the dropped source sentence (type, confidence) and
 * whether it is reported as an error. Usage: DropProbe SEED DIRS THREADS [param=value...]; with
 * {@code -Dprobe.only=set/id,...} only those documents (e.g. {@code corpus/news/n04,ntrex/011_dailymail.co.uk.298732}).
 */
public final class DropProbe {
    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[2]);
        AlignParams params = AlignParams.DEFAULT;
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=");
            params = params.with(kv[0], Double.parseDouble(kv[1]));
        }
        Path home = Path.of(System.getProperty("transcheck.home", "."));
        List<Pair> chosen = Sources.forProbe(home, args[1]);
        String only = System.getProperty("probe.only", "");
        if (!only.isEmpty()) {
            List<String> ids = List.of(only.split(","));
            chosen = chosen.stream().filter(p -> ids.contains(p.set() + "/" + p.id())).toList();
        }
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(home.resolve("glossaries"))))
                .aligner(new AnchorAligner(new SharedAnchors(), params))
                .registry(Boolean.getBoolean("probe.allChecks") ? dev.transcheck.check.CheckRegistry.standard()
                        : dev.transcheck.check.CheckRegistry.of(dev.transcheck.check.CheckRegistry.standard().checks().stream()
                                .filter(c -> c.id().startsWith("omission")).toList()))
                .build();
        Seeder seeder = new Seeder(tc.glossary());
        boolean seeds = !Boolean.getBoolean("probe.noSeeds");
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task);
            t.setDaemon(true); // a failed pair ends the run instead of leaving the pool waiting
            return t;
        });
        List<Future<String[]>> fs = new ArrayList<>();
        for (Pair p : chosen) {
            fs.add(pool.submit(() -> one(tc, seeder, p, seed, seeds)));
        }
        Map<String, int[]> tally = new TreeMap<>();
        StringBuilder lines = new StringBuilder();
        StringBuilder fa = new StringBuilder();
        for (Future<String[]> f : fs) {
            String[] r = f.get();
            fa.append(r[0]);
            if (r[1] != null) {
                lines.append(r[1]).append('\n');
                String[] c = r[1].split("\t");
                int[] t = tally.computeIfAbsent(c[0], k -> new int[3]);
                t[0]++;
                if (c[5].equals("1")) {
                    t[1]++;
                }
            }
            tally.computeIfAbsent(r[2], k -> new int[3])[2] += r[0].isEmpty() ? 0 : r[0].split("\n").length;
        }
        pool.shutdown();
        System.out.print(lines);
        System.out.print(fa);
        int all = 0;
        int caught = 0;
        int errs = 0;
        for (var e : tally.entrySet()) {
            int[] t = e.getValue();
            System.out.printf(Locale.ROOT, "SUM %s %d/%d %.1f%% origErr %d%n", e.getKey(), t[1], t[0], 100.0 * t[1] / Math.max(1, t[0]), t[2]);
            all += t[0];
            caught += t[1];
            errs += t[2];
        }
        System.out.printf(Locale.ROOT, "SUM all %d/%d %.1f%% origErr %d%n", caught, all, 100.0 * caught / Math.max(1, all), errs);
    }

    private static String[] one(Transcheck tc, Seeder seeder, Pair p, long seed, boolean seeds) {
        Document src = tc.document(p.set() + "/" + p.id() + "." + p.from(), p.from(), p.source());
        Document tgt = tc.document(p.set() + "/" + p.id() + "." + p.to(), p.to(), p.translation());
        try {
            tc.validate(src, tgt);
        } catch (dev.transcheck.io.InputException e) {
            return new String[] {"", null, p.direction()};
        }
        Report report = tc.check(src, tgt);
        String show = System.getProperty("probe.show", "");
        if (!show.isEmpty() && (p.set() + "/" + p.id()).equals(show.split(":")[0]) && p.direction().equals(show.split(":")[1])) {
            StringBuilder sb = new StringBuilder();
            for (Bead b : report.alignment().beads()) {
                sb.append(String.format(Locale.ROOT, "BEAD %s->%s %.3f%n", b.source(), b.translation(), b.confidence()));
                for (int i : b.source()) {
                    sb.append("   S").append(i).append(" [").append(src.sentence(i).paragraph()).append("]: ").append(src.sentence(i).text()).append('\n');
                }
                for (int j : b.translation()) {
                    sb.append("   T").append(j).append(" [").append(tgt.sentence(j).paragraph()).append("]: ").append(tgt.sentence(j).text()).append('\n');
                }
            }
            System.err.print(sb);
        }
        StringBuilder fa = new StringBuilder();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR && f.check().startsWith("omission")) {
                fa.append("ORIG\t").append(p.direction()).append('\t').append(p.set()).append('/').append(p.id()).append('\t')
                        .append(f.check()).append('\t').append(f.message()).append('\n');
            }
        }
        String line = null;
        if (seeds) {
            Set<Integer> blocked = TrustEval.blockedTranslationSentences(report);
            for (Seeder.Seed s : seeder.seeds(src, tgt, report.alignment(), t -> !blocked.contains(t), seed)) {
                if (s.kind() != Seeder.Kind.DROP) {
                    continue;
                }
                Document changed = tc.document(tgt.path(), tgt.lang(), s.text());
                Report sr = tc.check(src, changed);
                boolean c = TrustEval.caught(s, sr);
                Bead b = sr.alignment().beadOfSource(s.sourceSentence());
                List<Bead> all = sr.alignment().beads();
                int k = all.indexOf(b);
                String left = k > 0 ? all.get(k - 1).source().size() + "-" + all.get(k - 1).translation().size() : "^";
                String right = k + 1 < all.size() ? all.get(k + 1).source().size() + "-" + all.get(k + 1).translation().size() : "$";
                line = String.format(Locale.ROOT, "%s\t%s/%s\t%d\t%d-%d\t%.3f\t%d\t%s\t%s\t%s", p.direction(), p.set(), p.id(),
                        s.sourceSentence(), b.source().size(), b.translation().size(), b.confidence(), c ? 1 : 0,
                        src.sentence(s.sourceSentence()).text().replace('\t', ' '), left, right);
            }
        }
        return new String[] {fa.toString(), line, p.direction()};
    }

    private DropProbe() {
    }
}
