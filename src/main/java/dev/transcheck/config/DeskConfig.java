package dev.transcheck.config;

import dev.transcheck.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A desk's {@code transcheck.yaml} (see docs/CONFIG.md). Every field is optional: null (or empty)
 * means "not set here"; options on the command line win over it.
 *
 * @param file          where it was read from (null for {@link #none()})
 * @param from          default source language
 * @param to            default translation language
 * @param glossaries    glossary files or folders, resolved against the config file's folder
 * @param disable       check ids switched off
 * @param severity      severity overrides per check id
 * @param failOn        the gate threshold word: {@code error}, {@code warning} or {@code never}
 * @param maxScore      the highest acceptable score
 * @param accept        the accept file, resolved against the config file's folder
 * @param serve         the {@code serve:} section for {@code transcheck serve} (never null)
 */
public record DeskConfig(Path file, String from, String to, List<Path> glossaries, Set<String> disable,
                         Map<String, Severity> severity, String failOn, Double maxScore, Path accept,
                         ServeSettings serve) {
    public DeskConfig {
        glossaries = glossaries == null ? List.of() : List.copyOf(glossaries);
        disable = disable == null ? Set.of() : Set.copyOf(disable);
        severity = severity == null ? Map.of() : Map.copyOf(severity);
        serve = serve == null ? ServeSettings.defaults() : serve;
    }

    public DeskConfig(Path file, String from, String to, List<Path> glossaries, Set<String> disable,
                      Map<String, Severity> severity, String failOn, Double maxScore, Path accept) {
        this(file, from, to, glossaries, disable, severity, failOn, maxScore, accept, null);
    }

    /** No configuration file. */
    public static DeskConfig none() {
        return new DeskConfig(null, null, null, List.of(), Set.of(), Map.of(), null, null, null);
    }

    /** The gate threshold: null for {@code never}; {@code fallback} when not set. */
    public Severity failOnOr(Severity fallback) {
        if (failOn == null) {
            return fallback;
        }
        return "never".equals(failOn) ? null : Severity.parse(failOn);
    }
}
