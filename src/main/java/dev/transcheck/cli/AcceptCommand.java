package dev.transcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transcheck.config.AcceptFile;
import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "accept", mixinStandardHelpOptions = true, description = {
        "Append the ids of reviewed findings from a JSON report to an accept file (no duplicates).",
        "A later 'check --accept FILE' reports those findings as info, marked accepted, until a sentence that holds them changes."})
final class AcceptCommand implements Callable<Integer> {
    /** The accept file used when neither --to nor a config names one. */
    static final String DEFAULT_FILE = "transcheck.accept";

    @Parameters(index = "0", paramLabel = "REPORT.json", description = "a report written by check --format json")
    Path report;

    @Option(names = "--to", paramLabel = "FILE", description = "the accept file to append to (default: the config's accept:, else " + DEFAULT_FILE + ")")
    Path to;

    @Option(names = "--config", paramLabel = "FILE", description = "desk configuration naming the accept file (default: transcheck.yaml in the working folder)")
    Path config;

    @Option(names = "--check", paramLabel = "ID", description = "only findings of this check; repeatable")
    List<String> checks = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--all", description = "every finding (of the --check when given)")
        boolean all;

        @Option(names = "--id", paramLabel = "ID", arity = "1..*", description = "these finding ids (from the report's \"id\")")
        List<String> ids;
    }

    @Override
    public Integer call() throws Exception {
        if ((which == null || (!which.all && which.ids == null)) && checks.isEmpty()) {
            throw new Main.UsageError("accept: say which findings: --all, --id ID... or --check ID");
        }
        JsonNode root = readReport();
        JsonNode findings = root.get("findings");
        Set<String> wanted = which != null && which.ids != null ? new LinkedHashSet<>(which.ids) : null;
        Set<String> present = new LinkedHashSet<>();
        List<String[]> lines = new ArrayList<>();
        for (JsonNode f : findings) {
            String id = f.path("id").asText("");
            String check = f.path("check").asText("");
            present.add(id);
            if (id.isEmpty() || (!checks.isEmpty() && !checks.contains(check)) || (wanted != null && !wanted.contains(id))) {
                continue;
            }
            lines.add(new String[] {id, comment(f)});
        }
        if (wanted != null) {
            for (String id : wanted) {
                if (!present.contains(id)) {
                    throw new InputException(report.toString(), "has no finding with id " + id);
                }
            }
        }
        Path file = to;
        if (file == null) {
            java.util.Set<String> known = new java.util.HashSet<>();
            dev.transcheck.check.CheckRegistry.standard().checks().forEach(c -> known.add(c.id()));
            Path fromConfig = dev.transcheck.config.ConfigLoader.find(config, Path.of(""), known).accept();
            file = fromConfig != null ? fromConfig : Path.of(DEFAULT_FILE);
        }
        int added = AcceptFile.append(file, lines);
        System.err.println("transcheck: " + added + " finding id" + (added == 1 ? "" : "s") + " added to " + file
                + (lines.size() > added ? " (" + (lines.size() - added) + " already there)" : ""));
        return Main.OK;
    }

    private JsonNode readReport() throws InputException {
        String text = TextReader.read(report, null);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(report.toString(), line, "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(report.toString(), "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("schema").asText("").startsWith("transcheck-report/")
                || !root.path("findings").isArray()) {
            throw new InputException(report.toString(), "is not a transcheck JSON report (check --format json)");
        }
        return root;
    }

    /** "check severity: translation text | message", shortened, for the reviewer reading the file. */
    private static String comment(JsonNode f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.path("check").asText()).append(' ').append(f.path("severity").asText()).append(": ");
        JsonNode span = f.path("translation").isObject() ? f.path("translation") : f.path("source");
        if (span.isObject()) {
            sb.append('"').append(span.path("text").asText()).append("\" ");
        }
        sb.append(f.path("message").asText());
        String s = sb.toString().replaceAll("\\s+", " ").replace("#", "");
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
