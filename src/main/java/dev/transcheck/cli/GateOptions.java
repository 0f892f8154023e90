package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.config.ConfigLoader;
import dev.transcheck.config.DeskConfig;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.FileDigests;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Audit;
import dev.transcheck.model.Severity;
import dev.transcheck.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options {@code check}, {@code batch} and {@code editions} share: languages, glossaries, the desk
 * configuration and the gate. {@link #resolve} merges them with {@code transcheck.yaml} into the
 * settings of a run and the audit every report carries.
 */
final class GateOptions {
    @Option(names = "--from", paramLabel = "LANG", description = "source language (ISO 639-1)")
    String from;

    @Option(names = "--to", paramLabel = "LANG", description = "translation language (ISO 639-1)")
    String to;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder; repeatable (default: the config's, else the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

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

    @Option(names = "--docs-url", paramLabel = "URL", description = "where the HTML report links each check id (URL + id + .md; default: this installation's docs/checks/)")
    String docsUrl;

    /** The base address of the check pages the HTML report links: the option, else the installed docs/checks/, else relative. */
    String docsBase() {
        if (docsUrl != null && !docsUrl.isBlank()) {
            return docsUrl.trim();
        }
        String home = System.getProperty("transcheck.home");
        Path docs = home != null ? Path.of(home, "docs", "checks") : null;
        return docs != null && Files.isDirectory(docs) ? docs.toAbsolutePath().toUri().toString()
                : dev.transcheck.report.HtmlRenderer.DEFAULT_DOCS;
    }

    /** The renderer of {@code fmt}, with this run's documentation links for HTML. */
    dev.transcheck.report.Renderer renderer(String fmt, boolean colour, boolean quiet) {
        return "html".equals(fmt) ? new dev.transcheck.report.HtmlRenderer(docsBase())
                : dev.transcheck.report.Renderer.forFormat(fmt, colour, quiet);
    }

    /** The settings of a run and what its audit says about them. */
    record Run(DeskConfig desk, Settings settings, List<Path> glossaryPaths, Path acceptFile, Audit base) {
        /** The audit of one pair: the run's, with the pair's languages and the time. */
        Audit audit(Audit.Language source, Audit.Language translation, java.time.Instant time) {
            return new Audit(base.version(), time, base.glossaries(), base.gate(), base.config(), base.disabled(),
                    base.severities(), source, translation);
        }
    }

    /** Reads the config and accept file, checks the option values and lists the glossary files with their hashes. */
    Run resolve() throws InputException {
        return resolve(Set.of());
    }

    /** {@link #resolve()} for a command that also runs checks of its own, {@code extraIds}. */
    Run resolve(Set<String> extraIds) throws InputException {
        return resolveSettings(extraIds).withAudit();
    }

    /**
     * The settings of a run without the audit's glossary hashes ({@link Settled#withAudit} adds
     * them): {@code check} starts loading the glossary between the two (issue 15).
     */
    Settled resolveSettings(Set<String> extraIds) throws InputException {
        // the check ids, only when something names one (a config, --disable, --severity): listing
        // them initialises every check class, which a plain run does later on the glossary's thread
        Set<String> known = new KnownChecks(extraIds);
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
        Path acceptFile = accept != null ? accept : desk.accept();
        Set<String> accepted = accept != null ? AcceptFile.read(accept)
                : desk.accept() != null ? AcceptFile.readIfExists(desk.accept()) : Set.of();
        List<Path> glossaryPaths = !glossaries.isEmpty() ? glossaries
                : !desk.glossaries().isEmpty() ? desk.glossaries() : CheckCommand.defaultGlossaries();
        Settings settings = new Settings(disabled, overrides, threshold, limit, accepted);
        return new Settled(desk, settings, glossaryPaths, acceptFile, disabled, overrides);
    }

    /**
     * A run's settings before the audit lists the glossary files with their hashes; {@code disabled}
     * and {@code overrides} in the order given (the audit lists them so).
     */
    record Settled(DeskConfig desk, Settings settings, List<Path> glossaryPaths, Path acceptFile, Set<String> disabled,
                   Map<String, Severity> overrides) {
        /** The run, with the audit: the glossary files and their SHA-256 (remembered between runs, see FileDigests). */
        Run withAudit() throws InputException {
            List<Audit.GlossaryFile> files = new ArrayList<>();
            FileDigests digests = CheckCommand.digests();
            for (Path f : GlossaryLoader.files(glossaryPaths)) {
                try {
                    files.add(new Audit.GlossaryFile(f.toString(), digests.sha256(f)));
                } catch (IOException e) {
                    throw new InputException(f.toString(), "cannot read the glossary (" + e.getMessage() + ")");
                }
            }
            digests.save();
            Audit base = new Audit(dev.transcheck.Version.VERSION, null, files,
                    new Audit.Gate(settings.failOn(), settings.maxScore(), acceptFile == null ? null : acceptFile.toString(),
                            settings.acceptedIds().size()),
                    desk.file() == null ? null : desk.file().toString(), List.copyOf(disabled), overrides, null, null);
            return new Run(desk, settings, glossaryPaths, acceptFile, base);
        }
    }

    /** The ids of the standard checks and {@code extra}, listed on first use. */
    private static final class KnownChecks extends java.util.AbstractSet<String> {
        private final Set<String> extra;
        private Set<String> ids;

        KnownChecks(Set<String> extra) {
            this.extra = extra;
        }

        private Set<String> ids() {
            if (ids == null) {
                Set<String> known = CheckRegistry.standard().checks().stream().map(Check::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                known.addAll(extra);
                ids = known;
            }
            return ids;
        }

        @Override
        public boolean contains(Object o) {
            return ids().contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.unmodifiableSet(ids()).iterator();
        }

        @Override
        public int size() {
            return ids().size();
        }
    }

    /**
     * The language of one side and how it was decided: the option, else the file name, else the
     * config's default, else a guess from the text. The config's default applies only when the
     * file name does not say: a file named article.ru.txt is Russian even when the desk usually
     * translates from Ukrainian.
     */
    static Audit.Language language(String option, String deskDefault, Path path, String text) throws InputException {
        if (option != null) {
            return new Audit.Language(Inputs.language(option, path, text), Audit.Language.OPTION);
        }
        if (Languages.fromFileName(path.getFileName().toString()) != null) {
            return new Audit.Language(Inputs.language(null, path, text), Audit.Language.FILE_NAME);
        }
        if (deskDefault != null) {
            return new Audit.Language(Inputs.language(deskDefault, path, text), Audit.Language.CONFIG);
        }
        return new Audit.Language(Inputs.language(null, path, text), Audit.Language.GUESSED);
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
