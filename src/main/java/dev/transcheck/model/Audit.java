package dev.transcheck.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What produced a report, so that a desk can tell later which tool, glossaries and gate settings
 * gave a verdict: the tool version, when it ran, the glossary files (each with its SHA-256) and one
 * hash over all of them, the gate settings, the desk configuration in effect and how each language
 * was decided. Every renderer shows it; the verdict a report shows is stated with {@link #gate()}.
 *
 * @param version    the transcheck version ({@code dev.transcheck.Version})
 * @param time       when the check ran (UTC); null when the caller did not say
 * @param glossaries the glossary files read, in the order they were merged; empty: no glossary
 *                   (or the caller did not say)
 * @param gate       the gate's settings
 * @param config     the desk configuration file in effect, or null
 * @param disabled   check ids switched off
 * @param severities severity overrides per check id
 * @param source     the source language and how it was decided
 * @param translation the translation language and how it was decided
 */
public record Audit(String version, Instant time, List<GlossaryFile> glossaries, Gate gate, String config,
                    List<String> disabled, Map<String, Severity> severities, Language source, Language translation) {
    public Audit {
        glossaries = glossaries == null ? List.of() : List.copyOf(glossaries);
        disabled = disabled == null ? List.of() : List.copyOf(new java.util.TreeSet<>(disabled));
        severities = severities == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(severities));
    }

    /** One glossary file as read: its path as named and the SHA-256 of its bytes (hex). */
    public record GlossaryFile(String path, String sha256) {
    }

    /** A language code and how it was decided: {@link #OPTION}, {@link #FILE_NAME}, {@link #CONFIG}, {@link #GUESSED}. */
    public record Language(String code, String decidedBy) {
        public static final String OPTION = "option";
        public static final String FILE_NAME = "file name";
        public static final String CONFIG = "config";
        public static final String GUESSED = "guessed from text";
        public static final String GIVEN = "given by the caller";
        public static final String DOCUMENT = "document";
    }

    /**
     * The gate: fail on a finding at or above {@code failOn} (null: never), or on a score above
     * {@code maxScore} (null: no limit); {@code acceptFile} (or null) held {@code acceptedIds} ids.
     */
    public record Gate(Severity failOn, Double maxScore, String acceptFile, int acceptedIds) {
        /** The settings in words, as the command line takes them: {@code fail-on error, max-score 10}. */
        public String describe() {
            StringBuilder sb = new StringBuilder("fail-on ").append(failOn == null ? "never" : failOn.word());
            if (maxScore != null) {
                sb.append(", max-score ").append(number(maxScore));
            }
            if (acceptFile != null) {
                sb.append(", accept ").append(acceptFile).append(" (").append(acceptedIds)
                        .append(acceptedIds == 1 ? " id)" : " ids)");
            } else if (acceptedIds > 0) {
                sb.append(", ").append(acceptedIds).append(acceptedIds == 1 ? " accepted id" : " accepted ids");
            }
            return sb.toString();
        }
    }

    /**
     * One SHA-256 over the glossary set: over each file's hash in merge order (not over paths, so
     * the same files give the same hash in any checkout); the hash of nothing when there is none.
     */
    public String glossaryHash() {
        StringBuilder sb = new StringBuilder();
        for (GlossaryFile g : glossaries) {
            sb.append(g.sha256()).append('\n');
        }
        return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** This audit with another time (the command line stamps it; tests fix it). */
    public Audit withTime(Instant t) {
        return new Audit(version, t, glossaries, gate, config, disabled, severities, source, translation);
    }

    /** The time as ISO-8601 UTC to the second, or null. */
    public String timeText() {
        return time == null ? null : java.time.format.DateTimeFormatter.ISO_INSTANT
                .format(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The audit as lines of text for a person (the text and HTML reports). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("transcheck " + version + (time == null ? "" : ", checked " + timeText()));
        out.add("languages: " + source.code() + " (" + source.decidedBy() + ") -> " + translation.code()
                + " (" + translation.decidedBy() + ")");
        if (glossaries.isEmpty()) {
            out.add("glossaries: none");
        } else {
            out.add("glossaries: " + glossaries.size() + (glossaries.size() == 1 ? " file" : " files")
                    + ", sha256 " + glossaryHash());
            for (GlossaryFile g : glossaries) {
                out.add("  " + g.path() + "  sha256 " + g.sha256());
            }
        }
        out.add("gate: " + gate.describe());
        out.add("config: " + (config == null ? "none" : config)
                + "; disabled checks: " + (disabled.isEmpty() ? "none" : String.join(", ", disabled))
                + "; severity overrides: " + (severities.isEmpty() ? "none" : overrides()));
        return out;
    }

    /** {@code id=level, id=level}. */
    public String overrides() {
        StringBuilder sb = new StringBuilder();
        severities.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v.word()));
        return sb.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
