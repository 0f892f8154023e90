package dev.transcheck.cli;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "segment", mixinStandardHelpOptions = true, description = "Print one sentence per line.")
final class SegmentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    String encoding;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() throws Exception {
        String text = Inputs.read(file, encoding);
        String l = Inputs.language(lang, file, text);
        Document d = Transcheck.builder().build().document(file.toString(), l, text);
        StringBuilder sb = new StringBuilder();
        for (Sentence s : d.sentences()) {
            sb.append(s.text().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        }
        Inputs.write(output, sb.toString(), file);
        return Main.OK;
    }
}
