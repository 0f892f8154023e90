package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.config.ConfigLoader;
import dev.transcheck.config.DeskConfig;
import dev.transcheck.editions.EditionCheck;
import dev.transcheck.editions.Editions;
import dev.transcheck.editions.EditionsHtml;
import dev.transcheck.editions.EditionsJson;
import dev.transcheck.editions.EditionsReport;
import dev.transcheck.editions.EditionsText;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import dev.transcheck.model.Severity;
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

@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "Check several editions (translations) of one source together: each against the source, then across editions.")
final class EditionsCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "json", "html");

    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TRANSLATION", description = "the editions; the language from each file name (article.de.txt)")
    List<Path> translations = new ArrayList<>();

    @Option(names = "--from", paramLabel = "LANG", description = "source language (ISO 639-1)")
    String from;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder; repeatable (default: the config's, else the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html (the matrix)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report there (atomically)")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error, warning or never (default: the config's, else error)")
    String failOn;

    @Option(names = "--max-score", paramLabel = "N", description = "an edition fails when its score is above N")
    Double maxScore;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "input encoding (default: detected)")
    String encoding;

    @Option(names = "--config", paramLabel = "FILE", description = "desk configuration (default: transcheck.yaml in the working folder)")
    Path config;

    @Option(names = "--no-config", description = "ignore transcheck.yaml in the working folder")
    boolean noConfig;

    @Option(names = "--accept", paramLabel = "FILE", description = "accepted finding ids (one per line)")
    Path accept;

    @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "switch a check off (also edition.omission, edition.name, edition.number); repeatable")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CHECK=LEVEL", description = "severity override for a check; repeatable")
    Map<String, String> severity = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(fmt)) {
            throw new Main.UsageError("unknown format '" + format + "' (expected " + String.join(", ", FORMATS) + ")");
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(source);
        inputs.addAll(translations);
        if (accept != null) {
            inputs.add(accept);
        }
        if (config != null) {
            inputs.add(config);
        }
        Path[] guarded = inputs.toArray(Path[]::new);
        Inputs.guardOutput(output, guarded);
        if (noConfig && config != null) {
            throw new Main.UsageError("--config and --no-config exclude each other");
        }
        Set<String> known = CheckRegistry.standard().checks().stream().map(Check::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        known.addAll(EditionCheck.ids());
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
        Set<String> accepted = accept != null ? AcceptFile.read(accept)
                : desk.accept() != null ? AcceptFile.readIfExists(desk.accept()) : Set.of();
        List<Path> glossaryPaths = !glossaries.isEmpty() ? glossaries
                : !desk.glossaries().isEmpty() ? desk.glossaries() : CheckCommand.defaultGlossaries();

        String srcText = Inputs.read(source, encoding);
        String srcLang = Inputs.language(from != null ? from : fromName(source, desk.from()), source, srcText);
        Settings settings = new Settings(disabled, overrides, threshold, limit, accepted);
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(glossaryPaths)).settings(settings).build();
        Document src = tc.document(source.toString(), srcLang, srcText);
        List<Document> editions = new ArrayList<>();
        for (Path t : translations) {
            String text = Inputs.read(t, encoding);
            String lang = Inputs.language(fromName(t, desk.to()), t, text);
            Document d = tc.document(t.toString(), lang, text);
            tc.validate(src, d);
            editions.add(d);
        }
        EditionsReport report = Editions.check(tc, src, editions);
        String out = switch (fmt) {
            case "json" -> new EditionsJson().render(report);
            case "html" -> new EditionsHtml().render(report);
            default -> new EditionsText().render(report);
        };
        Inputs.write(output, out, guarded);
        return report.passed() ? Main.OK : Main.FINDINGS;
    }

    /** The config's default language applies only when the file name does not say. */
    private static String fromName(Path file, String deskDefault) {
        if (deskDefault == null) {
            return null;
        }
        return dev.transcheck.text.Languages.fromFileName(file.getFileName().toString()) != null ? null : deskDefault;
    }

    private static String knownCheck(String id, Set<String> known, String option) {
        if (!known.contains(id)) {
            throw new Main.UsageError(option + ": unknown check '" + id + "' (see transcheck checks)");
        }
        return id;
    }

    private static Severity parseSeverity(String word) {
        try {
            return Severity.parse(word);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError("--fail-on: " + e.getMessage().replace("info)", "never)"));
        }
    }
}
