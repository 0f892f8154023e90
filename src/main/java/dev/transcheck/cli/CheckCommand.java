package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryCache;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.glossary.GlossaryUse;
import dev.transcheck.io.BilingualFile;
import dev.transcheck.io.FileDigests;
import dev.transcheck.io.Formats;
import dev.transcheck.io.InputException;
import dev.transcheck.io.XliffWriter;
import dev.transcheck.model.Audit;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.report.Renderer;
import dev.transcheck.text.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a translation against its source.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1", paramLabel = "TRANSLATION", arity = "0..1",
            description = "the translation; left out when SOURCE is a bilingual file (.xlf, .xliff, .tmx, .po). "
                    + "'-' for either file reads standard input")
    Path translation;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, html, csv, sarif, junit, github, or xliff (a copy of the input XLIFF with the findings as ITS Localization Quality Issues; needs -o)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report there (atomically)")
    Path output;

    @Mixin
    GateOptions opts = new GateOptions();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never (auto: colour on a terminal unless NO_COLOR is set)")
    String color;

    @Option(names = {"-q", "--quiet"}, description = "print the summary line alone (with -o and json/html: the report goes to the file, the summary line to standard output)")
    boolean quiet;

    @Option(names = "--unused-glossary", description = "list on standard error every glossary row (concept) that matched nothing in either text")
    boolean unusedGlossary;

    @Override
    public Integer call() throws Exception {
        Trace.mark("command line parsed");
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!Renderer.FORMATS.contains(fmt) && !"xliff".equals(fmt)) {
            throw new Main.UsageError("unknown format '" + format + "' (expected " + String.join(", ", Renderer.FORMATS)
                    + " or xliff)");
        }
        boolean bilingual = Formats.isBilingual(source);
        if (bilingual && translation != null) {
            throw new Main.UsageError(source + " is a bilingual file (source and translation in one): give it alone");
        }
        if (!bilingual && translation == null) {
            throw new Main.UsageError("Missing required parameter: 'TRANSLATION' (only a bilingual file, "
                    + ".xlf/.xliff/.tmx/.po, is checked alone)");
        }
        if (Formats.STDIN.equals(source.toString()) && translation != null && Formats.STDIN.equals(translation.toString())) {
            throw new Main.UsageError("only one of the two files can be standard input ('-')");
        }
        if ("xliff".equals(fmt) && (!bilingual || Formats.kind(source) != Formats.Kind.XLIFF)) {
            throw new Main.UsageError("--format xliff writes the findings back into an XLIFF input: give an .xlf/.xliff file alone");
        }
        if ("xliff".equals(fmt) && output == null) {
            throw new Main.UsageError("--format xliff needs -o FILE (the input XLIFF is never modified)");
        }
        Inputs.guardOutput(output, source, translation, opts.accept, opts.config);
        boolean colour = colour();
        GateOptions.Settled settled = opts.resolveSettings(java.util.Set.of());
        Settings settings = settled.settings();
        List<Path> glossaryPaths = settled.glossaryPaths();
        Double limit = settings.maxScore();
        // Start-up (issue 15): the glossary is loaded on the second core from here on, while this
        // thread hashes the glossary files for the audit, reads the inputs and segments the texts;
        // then that thread warms the dictionaries and tables the checks need on the two headlines.
        Early early = Early.take(glossaryPaths);
        Resources resources = early != null ? early.resources() : new Resources();
        CompletableFuture<String[]> headlines = new CompletableFuture<>();
        CompletableFuture<Transcheck> ready = CompletableFuture.supplyAsync(() -> {
            Glossary glossary;
            try {
                glossary = early != null ? early.glossary().join() : GlossaryLoader.loadAll(glossaryPaths, glossaryCache());
                Trace.mark("glossary loaded");
            } catch (InputException e) {
                throw new CompletionException(e);
            }
            Transcheck tc = Transcheck.builder().glossary(glossary).settings(settings).resources(resources).build();
            String[] h = headlines.join(); // languages and headlines; fails when this thread's reading failed
            if (early != null && early.warmed().join()) {
                return tc; // the early thread warmed the checks on the files' first lines while picocli parsed
            }
            tc.check(tc.document("", h[0], h[2]), tc.document("", h[1], h[3]));
            Trace.mark("checks warmed on the headlines");
            return tc;
        });
        GateOptions.Run run;
        BilingualFile bilingualFile = null;
        String srcText;
        String tgtText;
        Audit.Language srcLanguage;
        Audit.Language tgtLanguage;
        try {
            run = settled.withAudit();
            if (bilingual) {
                bilingualFile = Formats.readBilingual(source);
                srcText = bilingualFile.sourceText();
                tgtText = bilingualFile.targetText();
                srcLanguage = declared(opts.from, bilingualFile.sourceLang(), run.desk().from(), source, srcText);
                tgtLanguage = declared(opts.to, bilingualFile.targetLang(), run.desk().to(), source, tgtText);
                bilingualFile = bilingualFile.withLanguages(srcLanguage.code(), tgtLanguage.code());
            } else {
                srcText = Inputs.read(source, opts.encoding);
                tgtText = Inputs.read(translation, opts.encoding);
                srcLanguage = GateOptions.language(opts.from, run.desk().from(), source, srcText);
                tgtLanguage = GateOptions.language(opts.to, run.desk().to(), translation, tgtText);
            }
            headlines.complete(new String[] {srcLanguage.code(), tgtLanguage.code(), firstLine(srcText), firstLine(tgtText)});
        } finally {
            headlines.completeExceptionally(new java.util.concurrent.CancellationException()); // no-op once completed
        }
        String srcLang = srcLanguage.code();
        String tgtLang = tgtLanguage.code();
        Trace.mark("inputs read");
        Transcheck segmenting = Transcheck.builder().resources(resources).build();
        Document src = bilingual ? null : segmenting.document(source.toString(), srcLang, srcText);
        Document tgt = bilingual ? null : segmenting.document(translation.toString(), tgtLang, tgtText);
        if (!bilingual) {
            segmenting.validate(src, tgt);
        }
        Trace.mark("texts segmented");
        // aligned here, while the second thread warms the checks: the aligner needs no glossary and
        // no settings, and is the one stage of a check that runs on a single thread
        dev.transcheck.model.Alignment alignment = bilingual ? null : segmenting.align(src, tgt);
        Trace.mark("texts aligned");
        Transcheck tc;
        try {
            tc = ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        Trace.mark("glossary and warm-up joined");
        Report report = (bilingual ? tc.check(bilingualFile) : alignment == null ? tc.check(src, tgt) : tc.check(src, tgt, alignment))
                .withAudit(run.audit(srcLanguage, tgtLanguage, Main.now()));
        Trace.mark("checked");
        if ("xliff".equals(fmt)) {
            Inputs.write(output, XliffWriter.annotate(source, report), source, translation, opts.accept, opts.config);
        } else {
            Inputs.write(output, opts.renderer(fmt, colour, quiet).render(report), source, translation, opts.accept, opts.config);
        }
        Trace.mark("report written");
        if (unusedGlossary) {
            List<Concept> unused = GlossaryUse.unused(tc.glossary(), resources, List.of(report.source(), report.translation()));
            StringBuilder sb = new StringBuilder();
            for (Concept c : unused) {
                sb.append("transcheck: unused glossary row ").append(GlossaryUse.describe(c)).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "transcheck: %d of %d glossary concepts matched nothing%n", unused.size(),
                    tc.glossary().size()));
            System.err.print(sb);
        }
        if (limit != null && report.summary().score() > limit) {
            System.err.println(String.format(Locale.ROOT, "transcheck: the score %.2f is above the limit %s (--max-score)",
                    report.summary().score(), limit));
        }
        if ((quiet || "xliff".equals(fmt)) && output != null && !"text".equals(fmt)) {
            // a JSON or HTML report went to its file: the verdict line still goes to the terminal
            boolean tty = !"never".equalsIgnoreCase(color.trim()) && ("always".equalsIgnoreCase(color.trim())
                    || (System.console() != null && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty())));
            Inputs.write(null, new dev.transcheck.report.TextRenderer(tty, true).render(report));
        }
        return report.summary().passed() ? Main.OK : Main.FINDINGS;
    }

    /** The language of one side of a bilingual file, and what decided it (the option, the file, the config, a guess). */
    private static Audit.Language declared(String option, String declared, String deskDefault, Path file, String text)
            throws InputException {
        String code = Inputs.declaredLanguage(option, declared, deskDefault, file, text);
        String base = Formats.baseLanguage(declared);
        String by = option != null ? Audit.Language.OPTION
                : base != null && dev.transcheck.text.Languages.isKnownCode(base) ? Audit.Language.DOCUMENT
                : deskDefault != null ? Audit.Language.CONFIG : Audit.Language.GUESSED;
        return new Audit.Language(code, by);
    }

    private boolean colour() {
        return switch (color.trim().toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> output == null && System.console() != null
                    && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty())
                    && !"dumb".equals(System.getenv("TERM"));
            default -> throw new Main.UsageError("--color: expected auto, always or never, not '" + color + "'");
        };
    }

    /** The first line of a text (its headline), at most 300 characters: enough to warm the checks. */
    static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /**
     * Where loaded glossaries and their term indexes are kept between runs: beside the jar
     * ({@code target/glossary-cache/}, see {@link GlossaryCache}); none when the classes are not in
     * a jar or {@code TRANSCHECK_CACHE=off}. One per process.
     */
    static GlossaryCache glossaryCache() {
        return "off".equals(System.getenv("TRANSCHECK_CACHE")) ? null : Caches.CACHE;
    }

    /** The digests of glossary files for the audit: the cache's (remembered between runs), else this process's. */
    static FileDigests digests() {
        GlossaryCache c = glossaryCache();
        return c != null ? c.digests() : Caches.IN_MEMORY;
    }

    /** Made on first use. */
    private static final class Caches {
        static final GlossaryCache CACHE = GlossaryCache.besideJar();
        static final FileDigests IN_MEMORY = FileDigests.inMemory();
    }

    /** The shipped glossaries: {@code glossaries/} next to the launcher, or in the working folder. */
    static List<Path> defaultGlossaries() {
        String home = System.getProperty("transcheck.home");
        Path dir = home != null ? Path.of(home, "glossaries") : Path.of("glossaries");
        return Files.isDirectory(dir) ? List.of(dir) : List.of();
    }
}
