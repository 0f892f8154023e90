package dev.transcheck.cli;

import dev.transcheck.text.Resources;
import dev.transcheck.Settings;
import dev.transcheck.io.BilingualFile;
import dev.transcheck.io.Formats;
import dev.transcheck.io.InputException;
import dev.transcheck.io.XliffWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import dev.transcheck.Transcheck;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.config.ConfigLoader;
import dev.transcheck.config.DeskConfig;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.GlossaryUse;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.report.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
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

    @Option(names = "--from", paramLabel = "LANG", description = "source language (ISO 639-1)")
    String from;

    @Option(names = "--to", paramLabel = "LANG", description = "translation language (ISO 639-1)")
    String to;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder; repeatable (default: the config's, else the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, html, csv, sarif, junit, github, or xliff (a copy of the input XLIFF with the findings as ITS Localization Quality Issues; needs -o)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report there (atomically)")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error, warning or never (default: the config's, else error)")
    String failOn;

    @Option(names = "--max-score", paramLabel = "N", description = "fail when the score (penalty points per 1,000 source words) is above N")
    Double maxScore;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "input encoding (default: detected)")
    String encoding;

    @Option(names = "--config", paramLabel = "FILE", description = "desk configuration (default: transcheck.yaml in the working folder)")
    Path config;

    @Option(names = "--no-config", description = "ignore transcheck.yaml in the working folder")
    boolean noConfig;

    @Option(names = "--accept", paramLabel = "FILE", description = "accepted finding ids (one per line); they become info, marked accepted")
    Path accept;

    @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "switch a check off; repeatable (added to the config's)")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CHECK=LEVEL", description = "severity override for a check; repeatable (wins over the config's)")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never (auto: colour on a terminal unless NO_COLOR is set)")
    String color;

    @Option(names = {"-q", "--quiet"}, description = "print the summary line alone (with -o and json/html: the report goes to the file, the summary line to standard output)")
    boolean quiet;

    @Option(names = "--unused-glossary", description = "list on standard error every glossary row (concept) that matched nothing in either text")
    boolean unusedGlossary;

    @Override
    public Integer call() throws Exception {
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
        Inputs.guardOutput(output, source, translation, accept, config);
        boolean colour = colour();
        Set<String> known = CheckRegistry.standard().checks().stream().map(Check::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (noConfig && config != null) {
            throw new Main.UsageError("--config and --no-config exclude each other");
        }
        DeskConfig desk = noConfig ? DeskConfig.none() : ConfigLoader.find(config, Path.of(""), known);

        Severity threshold;
        if (failOn != null) {
            threshold = "never".equalsIgnoreCase(failOn.trim()) ? null : parseSeverity(failOn);
        } else {
            threshold = desk.failOnOr(Severity.ERROR);
        }
        Double limit = maxScore != null ? maxScore : desk.maxScore();
        if (limit != null && (limit.isNaN() || limit < 0)) {
            throw new Main.UsageError("--max-score: expected a number of at least 0");
        }
        Set<String> disabled = new LinkedHashSet<>(desk.disable());
        for (String id : disable) {
            disabled.add(knownCheck(id.trim(), known, "--disable"));
        }
        Map<String, Severity> overrides = new LinkedHashMap<>(desk.severity());
        for (Map.Entry<String, String> e : severity.entrySet()) {
            String id = knownCheck(e.getKey().trim(), known, "--severity");
            try {
                overrides.put(id, Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new Main.UsageError("--severity " + id + ": " + ex.getMessage());
            }
        }
        // --accept must name an existing file; the config's accept file may not exist yet (the
        // accept command creates it on first use)
        Set<String> accepted = accept != null ? AcceptFile.read(accept)
                : desk.accept() != null ? AcceptFile.readIfExists(desk.accept()) : Set.of();

        BilingualFile bilingualFile = null;
        String srcText;
        String tgtText;
        String srcLang;
        String tgtLang;
        if (bilingual) {
            bilingualFile = Formats.readBilingual(source);
            srcText = bilingualFile.sourceText();
            tgtText = bilingualFile.targetText();
            srcLang = Inputs.declaredLanguage(from, bilingualFile.sourceLang(), desk.from(), source, srcText);
            tgtLang = Inputs.declaredLanguage(to, bilingualFile.targetLang(), desk.to(), source, tgtText);
            bilingualFile = bilingualFile.withLanguages(srcLang, tgtLang);
        } else {
            srcText = Inputs.read(source, encoding);
            tgtText = Inputs.read(translation, encoding);
            srcLang = Inputs.language(from != null ? from : languageFromName(source, desk.from()), source, srcText);
            tgtLang = Inputs.language(to != null ? to : languageFromName(translation, desk.to()), translation, tgtText);
        }
        List<Path> glossaryPaths = !glossaries.isEmpty() ? glossaries
                : !desk.glossaries().isEmpty() ? desk.glossaries() : defaultGlossaries();
        Settings settings = new Settings(disabled, overrides, threshold, limit, accepted);
        // Start-up: the glossary is loaded, and the dictionaries and tables the checks need are
        // warmed on the two headlines, on the second core while this thread segments the texts.
        Resources resources = new Resources();
        CompletableFuture<Transcheck> ready = CompletableFuture.supplyAsync(() -> {
            Glossary glossary;
            try {
                glossary = GlossaryLoader.loadAll(glossaryPaths);
            } catch (InputException e) {
                throw new CompletionException(e);
            }
            Transcheck tc = Transcheck.builder().glossary(glossary).settings(settings).resources(resources).build();
            tc.check(tc.document("", srcLang, firstLine(srcText)), tc.document("", tgtLang, firstLine(tgtText)));
            return tc;
        });
        Transcheck segmenting = Transcheck.builder().resources(resources).build();
        Document src = bilingual ? null : segmenting.document(source.toString(), srcLang, srcText);
        Document tgt = bilingual ? null : segmenting.document(translation.toString(), tgtLang, tgtText);
        if (!bilingual) {
            segmenting.validate(src, tgt);
        }
        Transcheck tc;
        try {
            tc = ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        Report report = bilingual ? tc.check(bilingualFile) : tc.check(src, tgt);
        if ("xliff".equals(fmt)) {
            Inputs.write(output, XliffWriter.annotate(source, report), source, translation, accept, config);
        } else {
            Inputs.write(output, Renderer.forFormat(fmt, colour, quiet).render(report), source, translation, accept, config);
        }
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

    /**
     * The config's default language applies only when the file name does not say: a file named
     * article.ru.txt is Russian even when the desk usually translates from Ukrainian.
     */
    private static String languageFromName(Path file, String deskDefault) {
        if (deskDefault == null) {
            return null;
        }
        return dev.transcheck.text.Languages.fromFileName(file.getFileName().toString()) != null ? null : deskDefault;
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

    private static String knownCheck(String id, Set<String> known, String option) {
        if (!known.contains(id)) {
            throw new Main.UsageError(option + ": unknown check '" + id + "' (see transcheck checks)");
        }
        return id;
    }

    /** The first line of a text (its headline), at most 300 characters: enough to warm the checks. */
    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static Severity parseSeverity(String word) {
        try {
            return Severity.parse(word);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("--fail-on: " + e.getMessage().replace("info)", "never)"));
        }
    }

    /** The shipped glossaries: {@code glossaries/} next to the launcher, or in the working folder. */
    static List<Path> defaultGlossaries() {
        String home = System.getProperty("transcheck.home");
        Path dir = home != null ? Path.of(home, "glossaries") : Path.of("glossaries");
        return Files.isDirectory(dir) ? List.of(dir) : List.of();
    }
}
