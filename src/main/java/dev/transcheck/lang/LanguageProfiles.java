package dev.transcheck.lang;

import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfile.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The registry of language profiles: one folder {@code lang/<code>/} on the class path per
 * language, read on first use and kept. Thread-safe.
 *
 * <p>{@code profile.properties} keys (see docs/LANGUAGES.md): {@code code} (must equal the folder),
 * {@code name}, {@code script} ({@code Latin}, {@code Cyrillic} or {@code other}), {@code analyzer},
 * {@code analyzer.drop-suffixes}, {@code morphology}, {@code morphology.lower-case},
 * {@code morphology.function-tags}, {@code guess.letters}, {@code guess.words}. Lists are separated
 * by spaces. An unknown key is an error, so that a misspelt key does not pass silently.
 */
public final class LanguageProfiles {
    /** The class-path folder of the profiles, with slashes at both ends. */
    public static final String ROOT = "/lang/";
    /** The settings file every profile folder has. */
    public static final String PROFILE_FILE = "profile.properties";

    private static final Set<String> KEYS = Set.of("code", "name", "script", "analyzer", "analyzer.drop-suffixes",
            "morphology", "morphology.lower-case", "morphology.function-tags", "guess.letters", "guess.words",
            "capitalises-nouns", "place-adjective.suffixes", "place-adjective.capitalised",
            "place-adjective.language-nouns", "place-demonym.suffixes");

    private static final Map<String, LanguageProfile> CACHE = new ConcurrentHashMap<>();
    private static volatile List<String> codes;

    private LanguageProfiles() {
    }

    /**
     * The profile of {@code code} ("de", "de-AT" and "de_AT" all read {@code lang/de/}); a
     * {@link LanguageProfile#generic generic} one when the language has no folder.
     */
    public static LanguageProfile of(String code) {
        String primary = code == null ? "" : code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return CACHE.computeIfAbsent(primary, LanguageProfiles::load);
    }

    /** The codes of every profile folder on the class path, sorted. */
    public static List<String> codes() {
        List<String> c = codes;
        if (c == null) {
            c = List.copyOf(scan());
            codes = c;
        }
        return c;
    }

    /** Every defined profile, in code order. */
    public static List<LanguageProfile> all() {
        return codes().stream().map(LanguageProfiles::of).toList();
    }

    private static LanguageProfile load(String code) {
        if (!code.matches("[a-z]{2,3}")) {
            return LanguageProfile.generic(code);
        }
        String res = ROOT + code + "/" + PROFILE_FILE;
        Properties p = new Properties();
        // a missing file is answered without searching every jar (ShippedResources)
        try (InputStream in = ShippedResources.exists(res) ? LanguageProfiles.class.getResourceAsStream(res) : null) {
            if (in == null) {
                return LanguageProfile.generic(code);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + res, e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalStateException(res + ": unknown key '" + key + "' (known: " + new TreeSet<>(KEYS) + ")");
            }
        }
        String declared = p.getProperty("code", "").strip();
        if (!declared.equals(code)) {
            throw new IllegalStateException(res + ": code '" + declared + "' does not match the folder '" + code + "'");
        }
        Script script = switch (p.getProperty("script", "").strip().toLowerCase(Locale.ROOT)) {
            case "latin" -> Script.LATIN;
            case "cyrillic" -> Script.CYRILLIC;
            case "other" -> Script.OTHER;
            default -> throw new IllegalStateException(res + ": script must be Latin, Cyrillic or other");
        };
        Set<Integer> letters = new HashSet<>();
        p.getProperty("guess.letters", "").toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetter).forEach(letters::add);
        Map<DataFile, String> data = new java.util.EnumMap<>(DataFile.class);
        for (DataFile f : DataFile.values()) {
            String fr = ROOT + code + "/" + f.fileName();
            try (InputStream in = ShippedResources.exists(fr) ? LanguageProfiles.class.getResourceAsStream(fr) : null) {
                if (in != null) {
                    data.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + fr, e);
            }
        }
        String morphology = p.getProperty("morphology", "").strip();
        return new LanguageProfile(code, true, p.getProperty("name", code).strip(), script,
                p.getProperty("analyzer", "").strip(), words(p, "analyzer.drop-suffixes", false),
                morphology.isEmpty() ? null : morphology,
                Boolean.parseBoolean(p.getProperty("morphology.lower-case", "false").strip()),
                words(p, "morphology.function-tags", false), letters, new HashSet<>(words(p, "guess.words", true)), data,
                Boolean.parseBoolean(p.getProperty("capitalises-nouns", "false").strip()))
                .withPlaceAdjectives(placeWords(p),
                        Boolean.parseBoolean(p.getProperty("place-adjective.capitalised", "false").strip()),
                        words(p, "place-adjective.language-nouns", true));
    }

    /**
     * The endings of words made from a place name: its adjectives ({@code place-adjective.suffixes})
     * and the nouns for its people ({@code place-demonym.suffixes}: українець, грузин), read alike.
     */
    private static List<String> placeWords(Properties p) {
        List<String> all = new java.util.ArrayList<>(words(p, "place-adjective.suffixes", true));
        all.addAll(words(p, "place-demonym.suffixes", true));
        return all;
    }

    private static List<String> words(Properties p, String key, boolean lower) {
        String v = p.getProperty(key, "").strip();
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("\\s+")).map(w -> lower ? w.toLowerCase(Locale.ROOT) : w).toList();
    }

    /** Adds the code of {@code entry} (a jar entry's name) to {@code out} when it is {@code <folder><code>/profile.properties}. */
    private static void addProfile(Set<String> out, String folder, String entry) {
        if (entry.startsWith(folder) && entry.endsWith("/" + PROFILE_FILE)) {
            String[] parts = entry.substring(folder.length()).split("/");
            if (parts.length == 2) {
                out.add(parts[0]);
            }
        }
    }

    /**
     * The folders under {@code lang/} that hold a profile file: in transcheck's own jar when it runs
     * from one ({@link ShippedResources}), else in every class-path root (directory or jar).
     */
    private static Set<String> scan() {
        Set<String> out = new TreeSet<>();
        String folder = ROOT.substring(1);
        List<String> own = ShippedResources.jarEntries(folder);
        if (own != null) { // from transcheck's jar: its own directory, not every jar on the class path
            for (String n : own) {
                addProfile(out, folder, n);
            }
            return out;
        }
        try {
            Enumeration<URL> roots = LanguageProfiles.class.getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    Path dir = Path.of(URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8));
                    try (Stream<Path> s = Files.list(dir)) {
                        s.filter(d -> Files.isRegularFile(d.resolve(PROFILE_FILE)))
                                .forEach(d -> out.add(d.getFileName().toString()));
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        List<JarEntry> entries = new ArrayList<>(jar.stream().toList());
                        for (JarEntry e : entries) {
                            addProfile(out, folder, e.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the language profiles", e);
        }
        return out;
    }
}
