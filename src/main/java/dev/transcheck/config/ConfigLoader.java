package dev.transcheck.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.transcheck.io.Excerpt;
import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import dev.transcheck.model.Severity;
import dev.transcheck.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a desk's {@code transcheck.yaml}. Every problem is an {@link InputException} naming the
 * file, the line and the offending key or value: an unknown key is an error (a misspelt
 * {@code fail-on} must not silently leave the gate at its default).
 */
public final class ConfigLoader {
    /** The file looked for in the working folder when {@code --config} is not given. */
    public static final String DEFAULT_NAME = "transcheck.yaml";

    static final Set<String> KEYS = Set.of("from", "to", "glossaries", "disable", "severity", "fail-on",
            "max-score", "accept", "serve");

    static final Set<String> SERVE_KEYS = Set.of("token-file", "max-request-kb", "timeout-seconds", "workers",
            "queue", "reload-seconds");

    /** Built on first use: a run without a config file does not pay for the YAML parser. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    }

    private ConfigLoader() {
    }

    /**
     * The config of {@code explicit} when given (it must exist), else {@code transcheck.yaml} in
     * {@code workingDir} when present, else {@link DeskConfig#none()}.
     */
    public static DeskConfig find(Path explicit, Path workingDir, Set<String> knownChecks) throws InputException {
        if (explicit != null) {
            return load(explicit, knownChecks);
        }
        Path candidate = workingDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(candidate) ? load(candidate, knownChecks) : DeskConfig.none();
    }

    /** Reads {@code file}; {@code knownChecks} are the ids that {@code disable} and {@code severity} may name. */
    public static DeskConfig load(Path file, Set<String> knownChecks) throws InputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, "is a directory, expected a transcheck.yaml file");
        }
        String text = TextReader.readSettings(file, "UTF-8");
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            lines = lines(text);
            root = Yaml.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(name, line, "not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new DeskConfig(file, null, null, List.of(), Set.of(), Map.of(), null, null, null);
        }
        Reader r = new Reader(name, lines);
        if (!root.isObject()) {
            throw r.error("", "expected a mapping of settings (from, to, glossaries, disable, severity, fail-on, max-score, accept, serve)");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw r.error("/" + key, "unknown key '" + Excerpt.of(key) + "' (known: " + String.join(", ", sorted(KEYS)) + ")");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String from = r.language(root, "from");
        String to = r.language(root, "to");
        List<Path> glossaries = new ArrayList<>();
        List<String> glossaryNames = r.strings(root, "glossaries");
        for (int i = 0; i < glossaryNames.size(); i++) {
            Path g = base.resolve(glossaryNames.get(i)).normalize();
            if (!Files.exists(g)) {
                throw r.error(root.get("glossaries").isArray() ? "/glossaries/" + i : "/glossaries",
                        "glossaries: no such file or folder " + g);
            }
            glossaries.add(g);
        }
        Set<String> disable = new LinkedHashSet<>();
        List<String> disabled = r.strings(root, "disable");
        for (int i = 0; i < disabled.size(); i++) {
            String id = disabled.get(i);
            if (!knownChecks.contains(id)) {
                throw r.error(root.get("disable").isArray() ? "/disable/" + i : "/disable",
                        "disable: unknown check '" + Excerpt.of(id) + "' (see transcheck checks)");
            }
            disable.add(id);
        }
        Map<String, Severity> severity = new LinkedHashMap<>();
        JsonNode sev = root.get("severity");
        if (sev != null && !sev.isNull()) {
            if (!sev.isObject()) {
                throw r.error("/severity", "severity: expected a mapping of check id to error, warning or info");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String ptr = "/severity/" + escapePointer(e.getKey());
                if (!knownChecks.contains(e.getKey())) {
                    throw r.error(ptr, "severity: unknown check '" + Excerpt.of(e.getKey()) + "' (see transcheck checks)");
                }
                if (!e.getValue().isTextual()) {
                    throw r.error(ptr, "severity of " + e.getKey() + ": expected error, warning or info");
                }
                try {
                    severity.put(e.getKey(), Severity.parse(e.getValue().asText()));
                } catch (IllegalArgumentException ex) {
                    throw r.error(ptr, "severity of " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
        String failOn = null;
        JsonNode fo = root.get("fail-on");
        if (fo != null && !fo.isNull()) {
            String w = fo.isTextual() ? fo.asText().trim().toLowerCase(Locale.ROOT) : "";
            if (!Set.of("error", "warning", "never").contains(w)) {
                throw r.error("/fail-on", "fail-on: expected error, warning or never, not '" + Excerpt.of(fo.asText()) + "'");
            }
            failOn = w;
        }
        Double maxScore = null;
        JsonNode ms = root.get("max-score");
        if (ms != null && !ms.isNull()) {
            if (!ms.isNumber() || ms.asDouble() < 0) {
                throw r.error("/max-score", "max-score: expected a number of at least 0, not '" + Excerpt.of(ms.asText()) + "'");
            }
            maxScore = ms.asDouble();
        }
        Path accept = null;
        JsonNode ac = root.get("accept");
        if (ac != null && !ac.isNull()) {
            if (!ac.isTextual() || ac.asText().isBlank()) {
                throw r.error("/accept", "accept: expected the path of an accept file");
            }
            accept = base.resolve(ac.asText()).normalize();
        }
        return new DeskConfig(file, from, to, glossaries, disable, severity, failOn, maxScore, accept,
                serve(root.get("serve"), base, r));
    }

    /** The {@code serve:} section (docs/SERVER.md); absent: the defaults. */
    private static ServeSettings serve(JsonNode n, Path base, Reader r) throws InputException {
        ServeSettings d = ServeSettings.defaults();
        if (n == null || n.isNull()) {
            return d;
        }
        if (!n.isObject()) {
            throw r.error("/serve", "serve: expected a mapping (" + String.join(", ", sorted(SERVE_KEYS)) + ")");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!SERVE_KEYS.contains(key)) {
                throw r.error("/serve/" + escapePointer(key), "serve: unknown key '" + Excerpt.of(key) + "' (known: "
                        + String.join(", ", sorted(SERVE_KEYS)) + ")");
            }
        }
        Path tokens = null;
        JsonNode tf = n.get("token-file");
        if (tf != null && !tf.isNull()) {
            if (!tf.isTextual() || tf.asText().isBlank()) {
                throw r.error("/serve/token-file", "serve: token-file: expected the path of a token file");
            }
            tokens = base.resolve(tf.asText()).normalize();
            if (!Files.isRegularFile(tokens)) {
                throw r.error("/serve/token-file", "serve: token-file: no such file " + tokens);
            }
        }
        return new ServeSettings(tokens,
                r.integer(n, "max-request-kb", 1, 1 << 20, d.maxRequestKb()),
                r.integer(n, "timeout-seconds", 1, 3600, d.timeoutSeconds()),
                r.integer(n, "workers", 1, 256, d.workers()),
                r.integer(n, "queue", 0, 100_000, d.queue()),
                r.integer(n, "reload-seconds", 0, 86_400, d.reloadSeconds()));
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> l = new ArrayList<>(keys);
        l.sort(null);
        return l;
    }

    private static String escapePointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The line of every key and value, by JSON pointer (first occurrence). */
    private static Map<String, Integer> lines(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Yaml.MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String ptr = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** Typed access to the tree with errors that carry the line. */
    private record Reader(String file, Map<String, Integer> lines) {
        InputException error(String pointer, String problem) {
            Integer line = lines.get(pointer);
            return new InputException(file, line == null ? 0 : line, problem);
        }

        String language(JsonNode root, String key) throws InputException {
            JsonNode n = root.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            String code = n.asText().trim().toLowerCase(Locale.ROOT);
            if (!n.isTextual() || !Languages.isKnownCode(code)) {
                throw error("/" + key, key + ": expected an ISO 639-1 language code such as uk, ru or en, not '" + Excerpt.of(n.asText()) + "'");
            }
            return code;
        }

        /** {@code serve.key}: a whole number in [min, max], else {@code fallback} when absent. */
        int integer(JsonNode serve, String key, int min, int max, int fallback) throws InputException {
            JsonNode n = serve.get(key);
            if (n == null || n.isNull()) {
                return fallback;
            }
            if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
                throw error("/serve/" + key, "serve: " + key + ": expected a whole number from " + min + " to " + max
                        + ", not '" + Excerpt.of(n.asText()) + "'");
            }
            return n.asInt();
        }

        /** A string or a list of strings. */
        List<String> strings(JsonNode root, String key) throws InputException {
            JsonNode n = root.get(key);
            List<String> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (n.isTextual()) {
                out.add(n.asText());
                return out;
            }
            if (!n.isArray()) {
                throw error("/" + key, key + ": expected a list");
            }
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual() || n.get(i).asText().isBlank()) {
                    throw error("/" + key + "/" + i, key + ": expected a list of names, found '" + Excerpt.of(String.valueOf(n.get(i))) + "'");
                }
                out.add(n.get(i).asText());
            }
            return out;
        }
    }
}
