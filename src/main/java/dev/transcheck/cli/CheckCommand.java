package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.report.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Check a translation against its source.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1", paramLabel = "TRANSLATION")
    Path translation;

    @Option(names = "--from", paramLabel = "LANG", description = "source language (ISO 639-1)")
    String from;

    @Option(names = "--to", paramLabel = "LANG", description = "translation language (ISO 639-1)")
    String to;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder; repeatable (default: the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report there (atomically)")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "error, warning or never")
    String failOn;

    @Option(names = "--max-score", paramLabel = "N", description = "fail when the score (penalty points per 1,000 words) is above N")
    Double maxScore;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "input encoding (default: detected)")
    String encoding;

    @Override
    public Integer call() throws Exception {
        Renderer renderer;
        try {
            renderer = Renderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageError(e.getMessage());
        }
        Severity threshold = "never".equalsIgnoreCase(failOn) ? null : parseSeverity(failOn);
        String srcText = Inputs.read(source, encoding);
        String tgtText = Inputs.read(translation, encoding);
        String srcLang = Inputs.language(from, source, srcText);
        String tgtLang = Inputs.language(to, translation, tgtText);
        Glossary glossary = GlossaryLoader.loadAll(glossaries.isEmpty() ? defaultGlossaries() : glossaries);
        Transcheck tc = Transcheck.builder()
                .glossary(glossary)
                .settings(Settings.defaults().withFailOn(threshold).withMaxScore(maxScore))
                .build();
        Document src = tc.document(source.toString(), srcLang, srcText);
        Document tgt = tc.document(translation.toString(), tgtLang, tgtText);
        Report report = tc.check(src, tgt);
        Inputs.write(output, renderer.render(report));
        return report.summary().passed() ? Main.OK : Main.FINDINGS;
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
