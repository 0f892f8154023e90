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
    private static String firstLine(String text) {
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

    /**
     * The shipped glossaries read from the process's first moments on, on a second thread (issue 15,
     * docs/performance.md "Sixth round"): picocli's parse of the command line and the settings take
     * about a tenth of a second of the main thread, which the second core spends reading the
     * glossary cache and making the tables every pair's checks need whatever its languages (the
     * checks' classes, the name tables). Started only for a {@code check} that names no glossary
     * and no config, in a folder without {@code transcheck.yaml}; its result is used only when the
     * settled glossary paths are exactly the ones it read, otherwise it is dropped unseen (a usage
     * error or a config that names other glossaries never sees its errors).
     */
    record Early(List<Path> paths, Resources resources, CompletableFuture<Glossary> glossary, List<String> languages,
            List<Path> files, CompletableFuture<Boolean> warmed) {
        private static volatile Early started;

        /** Starts the early load for these command-line arguments, when they are a plain check. */
        static void start(String[] args) {
            if (args.length == 0 || !"check".equals(args[0]) || "off".equals(System.getenv("TRANSCHECK_EARLY"))) {
                return;
            }
            boolean languageOption = false;
            for (String a : args) {
                if (a.startsWith("--glossary") || a.startsWith("--config") || a.startsWith("-h") || a.startsWith("--help")
                        || a.startsWith("-V") || a.startsWith("--version")) {
                    return;
                }
                languageOption |= a.startsWith("--from") || a.startsWith("--to");
            }
            List<Path> paths = defaultGlossaries();
            if (paths.isEmpty() || Files.exists(Path.of(dev.transcheck.config.ConfigLoader.DEFAULT_NAME))) {
                return;
            }
            // the languages the files' names give (article.uk.txt), as the run will decide them when no option says
            java.util.Set<String> languages = new java.util.LinkedHashSet<>();
            List<Path> files = new java.util.ArrayList<>();
            for (int i = 1; i < args.length && !languageOption; i++) {
                String lang = args[i].startsWith("-") ? null : dev.transcheck.text.Languages.fromFileName(args[i]);
                if (lang != null && Files.isRegularFile(Path.of(args[i]))) {
                    languages.add(lang);
                    files.add(Path.of(args[i]));
                }
            }
            boolean pair = languages.size() == 2 && files.size() == 2;
            Early e = new Early(paths, new Resources(), new CompletableFuture<>(),
                    languages.size() <= 2 ? List.copyOf(languages) : List.of(), pair ? List.copyOf(files) : List.of(),
                    new CompletableFuture<>());
            Thread t = new Thread(e::load, "transcheck-early");
            t.setDaemon(true);
            started = e;
            t.start();
            if (!e.languages().isEmpty()) {
                // the languages' tables on a thread of their own: the glossary's thread and picocli's
                // parse leave a core idle at times, and the warm-up needs both lanes' results
                Thread l = new Thread(e::loadLanguages, "transcheck-early-lang");
                l.setDaemon(true);
                l.start();
            }
            if (!e.files().isEmpty()) {
                Thread w = new Thread(e::warm, "transcheck-early-warm");
                w.setDaemon(true);
                w.start();
            } else {
                e.warmed().complete(false);
            }
        }

        private void load() {
            Glossary g;
            try {
                g = GlossaryLoader.loadAll(paths, glossaryCache());
            } catch (Throwable ex) {
                glossary.completeExceptionally(ex); // seen only if the run settles on these paths
                return;
            }
            glossary.complete(g);
            try {
                dev.transcheck.check.CheckRegistry.standard();
                dev.transcheck.names.NameGlossary.of(g, resources);
                dev.transcheck.names.NameTables.of(resources);
                Trace.mark("early: glossary and tables loaded");
            } catch (RuntimeException | Error ex) {
                // only a head start: the run builds these again where it needs them and meets the error
                // there (a daemon thread's uncaught error would print a stack trace)
            }
        }

        /** The warm-up ({@link #warmUp}) as soon as the glossary is read; completes {@link #warmed}. */
        private void warm() {
            try {
                warmed.complete(warmUp(glossary.join()));
            } catch (RuntimeException | Error ex) {
                // as in load(): the command warms the checks itself, and meets any error in its own run
            } finally {
                warmed.complete(false); // no-op once completed
            }
        }

        /**
         * The checks run once on the two files' first lines, as the command does before its check
         * (it waits for this one instead when it ran): their classes, tables and first compiled code
         * are then ready when picocli has read the command line. Only its side effects count: the
         * report is thrown away, so a wrong guess (other languages, options that disable checks)
         * costs time, never a result. False when the files' heads cannot be read as plain UTF-8 text.
         */
        private boolean warmUp(Glossary g) {
            if (files.size() != 2) {
                return false;
            }
            String srcHead = head(files.get(0));
            String tgtHead = head(files.get(1));
            if (srcHead == null || tgtHead == null) {
                return false;
            }
            Transcheck tc = Transcheck.builder().glossary(g).resources(resources).build();
            tc.check(tc.document("", languages.get(0), srcHead), tc.document("", languages.get(1), tgtHead));
            Trace.mark("early: checks warmed on the headlines");
            return true;
        }

        /** The first line of a file's first 8 KB as UTF-8 ({@link #firstLine}), or null (unreadable, not plain UTF-8 text). */
        private static String head(Path file) {
            byte[] b = new byte[8192];
            int n = 0;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                for (int r; n < b.length && (r = in.read(b, n, b.length - n)) > 0; ) {
                    n += r;
                }
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
            String text = new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
            if (n == b.length) {
                text = text.substring(0, Math.max(0, text.lastIndexOf('\n'))); // a character may be cut at the end
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0 || text.isBlank()) {
                return null;
            }
            return firstLine(text);
        }

        /**
         * Each language's dictionary, word list index, number words and analyzer, which the checks'
         * first run would otherwise load on the critical path. Every one is made once per JVM under
         * its own lock (a thread that asks meanwhile waits for it), so this only moves the work.
         */
        private void loadLanguages() {
            try {
                for (String lang : languages) {
                    dev.transcheck.lang.LanguageProfiles.of(lang);
                    dev.transcheck.text.Morphology morphology = resources.morphology(lang);
                    if (dev.transcheck.text.Lexicon.covers(lang, "en") || dev.transcheck.text.Lexicon.covers(lang, "uk")) {
                        dev.transcheck.text.Lexicon.get().words(lang, morphology);
                    }
                    dev.transcheck.text.numbers.NumberLexicon.of(lang);
                    dev.transcheck.text.analysis.Analyzers.of(lang, resources);
                }
                Trace.mark("early: languages' tables loaded");
            } catch (RuntimeException | Error ex) {
                // as in load(): a head start only
            }
        }

        /** The early load when it read exactly {@code glossaryPaths}, else null (and it is dropped). */
        static Early take(List<Path> glossaryPaths) {
            Early e = started;
            started = null;
            return e != null && e.paths().equals(glossaryPaths) ? e : null;
        }
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
