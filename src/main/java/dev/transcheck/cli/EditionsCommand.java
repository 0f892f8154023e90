package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.config.DeskConfig;
import dev.transcheck.editions.EditionCheck;
import dev.transcheck.editions.Editions;
import dev.transcheck.editions.EditionsHtml;
import dev.transcheck.editions.EditionsJson;
import dev.transcheck.editions.EditionsReport;
import dev.transcheck.editions.EditionsText;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html (the matrix)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report there (atomically)")
    Path output;

    /** The options shared with check (--to is not used: each edition's language comes from its file name or text). */
    @Mixin
    GateOptions opts = new GateOptions();

    @Override
    public Integer call() throws Exception {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(fmt)) {
            throw new Main.UsageError("unknown format '" + format + "' (expected " + String.join(", ", FORMATS) + ")");
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(source);
        inputs.addAll(translations);
        if (opts.accept != null) {
            inputs.add(opts.accept);
        }
        if (opts.config != null) {
            inputs.add(opts.config);
        }
        Path[] guarded = inputs.toArray(Path[]::new);
        Inputs.guardOutput(output, guarded);
        if (opts.to != null) {
            throw new Main.UsageError("editions: --to does not apply (each edition's language comes from its file name or text)");
        }
        GateOptions.Run run = opts.resolve(Set.copyOf(EditionCheck.ids()));
        DeskConfig desk = run.desk();
        List<Path> glossaryPaths = run.glossaryPaths();
        Settings settings = run.settings();

        String srcText = Inputs.read(source, opts.encoding);
        String srcLang = GateOptions.language(opts.from, desk.from(), source, srcText).code();
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(glossaryPaths, CheckCommand.glossaryCache())).settings(settings).build();
        Document src = tc.document(source.toString(), srcLang, srcText);
        List<Document> editions = new ArrayList<>();
        for (Path t : translations) {
            String text = Inputs.read(t, opts.encoding);
            String lang = GateOptions.language(null, desk.to(), t, text).code();
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
}
