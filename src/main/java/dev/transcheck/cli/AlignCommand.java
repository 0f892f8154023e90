package dev.transcheck.cli;

import dev.transcheck.Transcheck;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.segment.LineSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "align", mixinStandardHelpOptions = true, description = "Align the sentences of a source and its translation (files or folders).")
final class AlignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1", paramLabel = "TRANSLATION")
    Path translation;

    @Option(names = "--presegmented", description = "one sentence per input line")
    boolean presegmented;

    @Option(names = "--format", defaultValue = "beads", description = "beads (one bead per line: [0]:[0, 1])")
    String format;

    @Option(names = "--with-confidence", description = "append each bead's confidence: [0]:[0, 1]:0.97")
    boolean withConfidence;

    @Option(names = "--from", paramLabel = "LANG")
    String from;

    @Option(names = "--to", paramLabel = "LANG")
    String to;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    String encoding;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE_OR_DIR")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!"beads".equals(format)) {
            throw new Main.UsageError("unknown align format '" + format + "' (expected beads)");
        }
        Transcheck tc = Transcheck.builder().build();
        if (Files.isDirectory(source)) {
            if (!Files.isDirectory(translation)) {
                throw new InputException(translation.toString(), "is not a directory (the source is one)");
            }
            if (output == null) {
                throw new Main.UsageError("aligning folders needs -o OUT_DIR");
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(source)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            Files.createDirectories(output);
            for (Path f : files) {
                Path t = translation.resolve(f.getFileName().toString());
                if (!Files.isRegularFile(t)) {
                    continue;
                }
                Inputs.write(output.resolve(f.getFileName().toString()), beads(tc, f, t), f, t);
            }
            return Main.OK;
        }
        Inputs.write(output, beads(tc, source, translation), source, translation);
        return Main.OK;
    }

    private String beads(Transcheck tc, Path src, Path tgt) throws InputException, IOException {
        Document s = load(tc, src, from);
        Document t = load(tc, tgt, to);
        Alignment a = tc.align(s, t);
        StringBuilder sb = new StringBuilder();
        for (Bead b : a.beads()) {
            sb.append(b.toBeadString());
            if (withConfidence) {
                sb.append(':').append(b.confidence());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private Document load(Transcheck tc, Path path, String langOption) throws InputException {
        String text = Inputs.read(path, encoding);
        String lang = langOption != null ? Inputs.language(langOption, path, text) : guessOrGeneric(path, text);
        if (!presegmented) {
            return tc.document(path.toString(), lang, text);
        }
        return LineSegmenter.lines(path.toString(), lang, text);
    }

    private static String guessOrGeneric(Path path, String text) {
        try {
            return Inputs.language(null, path, text);
        } catch (InputException e) {
            return "und";
        }
    }
}
