package dev.transcheck.lab;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.InputException;
import dev.transcheck.lab.trust.Pair;
import dev.transcheck.lab.trust.Seeder;
import dev.transcheck.lab.trust.Sources;
import dev.transcheck.lab.trust.TrustEval;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The real-data evaluation of issue 11: false alarms on professional translations, recall on seeded copies. */
@Command(name = "eval-trust", mixinStandardHelpOptions = true,
        description = {"Per direction: documents, words, share of documents with an error-level finding, errors and "
                + "warnings per 1,000 source words on professional translations, the checks raising errors; "
                + "then recall on seeded copies (one change each: name, number, date, term, title, dropped sentence, dropped clause).",
                "Sources: the repository's lab/corpus, NTREX-128 (--ntrex or $TRANSCHECK_BENCH/ntrex128) and Bio-MQM "
                        + "references (--bio-mqm or $TRANSCHECK_BENCH/bio-mqm); each is skipped with a note when absent."})
final class EvalTrustCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "<register>/<id>.<lang>.txt documents (default: lab/corpus)")
    Path corpus;

    @Option(names = "--ntrex", paramLabel = "DIR", description = "the NTREX-128 folder (en-uk/docs, en-ru/docs)")
    Path ntrex;

    @Option(names = "--bio-mqm", paramLabel = "DIR", description = "the Bio-MQM folder (bio-mqm_round2.<lp>.tsv)")
    Path bioMqm;

    @Option(names = "--only", paramLabel = "SET", split = ",", description = "evaluate only these sets: corpus, ntrex, bio-mqm")
    List<String> only = new ArrayList<>();

    @Option(names = "--direction", paramLabel = "DIR", split = ",", description = "only these directions, e.g. uk-en,en-ru")
    List<String> directions = new ArrayList<>();

    @Option(names = "--every", paramLabel = "N", defaultValue = "1", description = "use every N-th document pair only")
    int every;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the seeded copies")
    long seed;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "default",
            description = "seeding style: default (the first seeder, the main figures) or alt (a second, independent seeder: "
                    + "one copy per variant and document, recall reported per variant)")
    String style;

    @Option(names = "--no-seeds", description = "only the originals (false alarms), no seeded copies")
    boolean noSeeds;

    @Option(names = "--dump", description = "print each error finding of an original with its sentence pair (to standard error)")
    boolean dump;

    @Option(names = "--misses", paramLabel = "KIND", split = ",",
            description = "print every missed seed of these kinds (name, number, date, term, title, drop, clause) with its "
                    + "sentences and the findings in them, to standard error")
    List<String> misses = new ArrayList<>();

    @Option(names = "--kinds", paramLabel = "KIND", split = ",",
            description = "check seeded copies of these kinds only (name, number, date, term, title, drop, clause); the copies "
                    + "made are the same as in a full run")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "document pairs checked at once")
    int threads;

    @Option(names = "--seed-every", paramLabel = "N", defaultValue = "1",
            description = "make seeded copies of every N-th evaluated pair only (the originals are all counted)")
    int seedEvery;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder (default: the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (every < 1 || seedEvery < 1 || threads < 1) {
            throw new LabMain.UsageError("--every, --seed-every and --threads must be at least 1");
        }
        directions.replaceAll(d -> d.contains("->") ? d : d.replace("-", "->"));
        for (String d : directions) {
            if (!Sources.DIRECTIONS.contains(d)) {
                throw new LabMain.UsageError("unknown direction '" + d + "' (expected one of " + Sources.DIRECTIONS + ")");
            }
        }
        for (String s : only) {
            if (!List.of("corpus", "ntrex", "bio-mqm").contains(s)) {
                throw new LabMain.UsageError("unknown set '" + s + "' (expected corpus, ntrex or bio-mqm)");
            }
        }
        Path home = Path.of(System.getProperty("transcheck.home", "."));
        List<Pair> pairs = new ArrayList<>();
        if (wanted("corpus")) {
            Path c = corpus != null ? corpus : home.resolve("lab").resolve("corpus");
            if (Files.isDirectory(c)) {
                pairs.addAll(Sources.corpus(c));
            } else if (corpus != null) {
                throw new InputException(c.toString(), "no such folder");
            } else {
                note("no corpus at " + c + "; skipped");
            }
        }
        if (wanted("ntrex")) {
            Path n = optional(ntrex, "ntrex128", "--ntrex");
            if (n != null) {
                pairs.addAll(Sources.ntrex(n));
            }
        }
        if (wanted("bio-mqm")) {
            Path b = optional(bioMqm, "bio-mqm", "--bio-mqm");
            if (b != null) {
                pairs.addAll(Sources.bioMqm(b));
            }
        }
        List<Pair> chosen = new ArrayList<>();
        int k = 0;
        for (Pair p : pairs) {
            if ((directions.isEmpty() || directions.contains(p.direction())) && k++ % every == 0) {
                chosen.add(p);
            }
        }
        if (chosen.isEmpty()) {
            throw new LabMain.UsageError("no document pairs to evaluate (give --corpus, --ntrex or --bio-mqm, or set "
                    + BenchData.ENV + ")");
        }
        List<Path> g = glossaries.isEmpty() ? List.of(home.resolve("glossaries")) : glossaries;
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(g)).build();
        PrintStream err = dump ? new PrintStream(System.err, true, StandardCharsets.UTF_8) : null;
        long t0 = System.nanoTime();
        java.util.Set<Seeder.Kind> missKinds = kinds(misses);
        TrustEval eval = new TrustEval(tc, seed, !noSeeds, err, threads).seedEvery(seedEvery);
        if (style.equals("alt")) {
            eval.altStyle();
        } else if (!style.equals("default")) {
            throw new LabMain.UsageError("unknown style '" + style + "' (expected default or alt)");
        }
        if (!kinds.isEmpty()) {
            eval.kinds(kinds(kinds));
        }
        if (!missKinds.isEmpty()) {
            eval.listMisses(new PrintStream(System.err, true, StandardCharsets.UTF_8), missKinds);
        }
        Map<String, TrustEval.DirectionResult> results = eval.run(chosen);
        String out = TrustEval.render(results, !noSeeds, seed)
                + String.format(java.util.Locale.ROOT, "%d document pairs, %.0f s%n", chosen.size(), (System.nanoTime() - t0) / 1e9);
        LabIo.write(null, out);
        return LabMain.OK;
    }

    private static java.util.Set<Seeder.Kind> kinds(List<String> names) {
        java.util.Set<Seeder.Kind> out = java.util.EnumSet.noneOf(Seeder.Kind.class);
        for (String m : names) {
            try {
                out.add(Seeder.Kind.valueOf(m.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new LabMain.UsageError("unknown kind '" + m + "' (expected name, number, date, term, title, drop or clause)");
            }
        }
        return out;
    }

    private boolean wanted(String set) {
        return only.isEmpty() || only.contains(set);
    }

    /** The option's folder, else $TRANSCHECK_BENCH/sub; null (with a note) when neither is there. */
    private static Path optional(Path option, String sub, String optionName) throws InputException {
        if (option != null) {
            return BenchData.require(option, sub, optionName);
        }
        Path root = BenchData.root();
        if (root == null || !Files.isDirectory(root.resolve(sub))) {
            note(sub + " skipped: give " + optionName + " DIR or set " + BenchData.ENV);
            return null;
        }
        return root.resolve(sub);
    }

    private static void note(String s) {
        System.err.println("lab: " + s);
    }
}
