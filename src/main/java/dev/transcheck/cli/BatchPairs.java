package dev.transcheck.cli;

import dev.transcheck.io.InputException;
import dev.transcheck.text.Languages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How {@code transcheck batch} finds its pairs. A {@link Pairing} turns the command's input (a
 * folder, a manifest) into pairs; a pair whose files cannot be found is still returned, with its
 * problem, so that the summary reports it while the rest go on. Adding a way of pairing (a
 * bilingual XLIFF file that holds both sides) is one more {@link Pairing}: a pair's source and
 * translation may then be the same file.
 */
final class BatchPairs {
    private BatchPairs() {
    }

    /**
     * One pair to check. {@code from}/{@code to} are the languages the pairing names (null: decide
     * as {@code check} does); {@code problem} is why the pair cannot be checked, or null.
     */
    record Pair(String name, Path source, Path translation, String from, String to, String decidedBy, String problem) {
    }

    /** A way of finding pairs. */
    interface Pairing {
        List<Pair> pairs() throws InputException;
    }

    /** The extensions an article may have; a pair is two files with one stem and these extensions. */
    static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm");

    /** The pairing for {@code input}: a manifest for a {@code .csv} file, else the folder's files by name. */
    static Pairing forInput(Path input, String from, String to) {
        if (Files.isRegularFile(input) && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return new Manifest(input);
        }
        return new ByName(input, from, to);
    }

    /**
     * Files in one folder paired by name: {@code story.uk.txt} with {@code story.en.txt} (also
     * {@code .md}, {@code .html}; the two may differ in extension) for {@code --from uk --to en}.
     * A source without its translation, or a translation without its source, is a pair with a
     * problem.
     */
    static final class ByName implements Pairing {
        private final Path folder;
        private final String from;
        private final String to;

        ByName(Path folder, String from, String to) {
            this.folder = folder;
            this.from = from;
            this.to = to;
        }

        @Override
        public List<Pair> pairs() throws InputException {
            if (!Files.isDirectory(folder)) {
                throw new InputException(folder.toString(), "no such folder (batch takes a folder of articles or a manifest .csv)");
            }
            if (from == null || to == null) {
                throw new Main.UsageError("batch over a folder needs --from and --to (or from/to in the config): "
                        + "they say which file of story.uk.txt and story.en.txt is the source");
            }
            if (from.equals(to)) {
                throw new Main.UsageError("--from and --to are both '" + from + "'");
            }
            // stem -> file, for each side
            Map<String, Path> sources = new TreeMap<>();
            Map<String, Path> translations = new TreeMap<>();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.sorted().toList()) {
                    if (!Files.isRegularFile(f)) {
                        continue;
                    }
                    String[] split = split(f.getFileName().toString());
                    if (split == null) {
                        continue;
                    }
                    Map<String, Path> side = split[1].equals(from) ? sources : split[1].equals(to) ? translations : null;
                    if (side != null) {
                        Path before = side.putIfAbsent(split[0], f);
                        if (before != null) {
                            // story.uk.txt and story.uk.md: the plain text wins, the other is reported
                            side.put(split[0] + "\u0000" + f.getFileName(), f);
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(folder.toString(), "cannot list the folder (" + e.getMessage() + ")");
            }
            List<Pair> out = new ArrayList<>();
            Set<String> stems = new java.util.TreeSet<>(sources.keySet());
            stems.addAll(translations.keySet());
            for (String key : stems) {
                Path src = sources.get(key);
                Path tgt = translations.get(key);
                int nul = key.indexOf('\u0000');
                String stem = nul < 0 ? key : key.substring(0, nul);
                String name = stem + "." + from + "-" + to;
                if (nul >= 0) {
                    Path extra = src != null ? src : tgt;
                    out.add(new Pair(name, src, tgt, from, to, null, "a second file for " + stem + " in the same language ("
                            + extra.getFileName() + "); rename one"));
                } else if (src == null) {
                    out.add(new Pair(name, null, tgt, from, to, null, "no source file " + stem + "." + from + ".* for " + tgt.getFileName()));
                } else if (tgt == null) {
                    out.add(new Pair(name, src, null, from, to, null, "no translation file " + stem + "." + to + ".* for " + src.getFileName()));
                } else {
                    out.add(new Pair(name, src, tgt, null, null, null, null));
                }
            }
            return out;
        }

        /** {@code story.uk.txt} -> {stem "story", lang "uk"}; null when the name has no language and article extension. */
        static String[] split(String fileName) {
            String[] parts = fileName.split("\\.");
            if (parts.length < 3 || !ARTICLE_EXTENSIONS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
                return null;
            }
            String lang = parts[parts.length - 2].toLowerCase(Locale.ROOT);
            if (!Languages.isKnownCode(lang)) {
                return null;
            }
            return new String[] {String.join(".", java.util.Arrays.copyOf(parts, parts.length - 2)), lang};
        }
    }

    /**
     * A manifest: a CSV file with a header row and the columns {@code source}, {@code translation}
     * and, optionally, {@code from} and {@code to} (and {@code name}); paths are relative to the
     * manifest's folder. A row whose file is missing is a pair with a problem.
     */
    static final class Manifest implements Pairing {
        private final Path file;

        Manifest(Path file) {
            this.file = file;
        }

        @Override
        public List<Pair> pairs() throws InputException {
            // the checks every input gets: size limit, binary content, encoding (a bad byte named by its line)
            String text = dev.transcheck.io.TextReader.read(file, null);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            Path base = file.toAbsolutePath().getParent();
            List<Pair> out = new ArrayList<>();
            Set<String> names = new java.util.HashSet<>();
            CSVParser parser;
            try {
                parser = CSVParser.parse(new java.io.StringReader(text), format);
            } catch (IllegalArgumentException e) {
                // commons-csv refuses a header with an empty or a repeated column name this way
                throw new InputException(file.toString(), 1, "bad header row (" + Main.oneLine(e.getMessage()) + ")");
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(file.toString(), 1, "not a CSV manifest (" + Main.oneLine(e.getMessage()) + ")");
            }
            try (CSVParser p = parser) {
                Map<String, Integer> header = new HashMap<>();
                p.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
                for (String required : List.of("source", "translation")) {
                    if (!header.containsKey(required)) {
                        throw new InputException(file.toString(), 1, "the manifest needs a header row with the columns "
                                + "source, translation (and optionally from, to, name); '" + required + "' is missing");
                    }
                }
                for (CSVRecord rec : p) {
                    int line = (int) rec.getParser().getCurrentLineNumber();
                    String s = get(rec, header, "source");
                    String t = get(rec, header, "translation");
                    String from = lang(get(rec, header, "from"), line);
                    String to = lang(get(rec, header, "to"), line);
                    Path src = null;
                    Path tgt = null;
                    String badPath = null;
                    try {
                        src = s.isEmpty() ? null : base.resolve(s).normalize();
                        tgt = t.isEmpty() ? null : base.resolve(t).normalize();
                    } catch (java.nio.file.InvalidPathException e) {
                        // a string that is no path (a NUL in it): this row cannot be checked, the others go on
                        badPath = file + ":" + line + ": '" + dev.transcheck.io.Excerpt.of(e.getInput()) + "' is not a file path";
                        src = null;
                        tgt = null;
                    }
                    String name = get(rec, header, "name");
                    if (name.isEmpty()) {
                        name = tgt != null ? stem(tgt) : src != null ? stem(src) : "";
                    }
                    if (name.isEmpty()) {
                        name = "line-" + line; // no name, and no file name to take one from (a path of "/")
                    }
                    name = safeName(name);
                    // each pair its own output files: story, story-2, ... skipping a name a row gave itself
                    String unique = name;
                    for (int n = 2; !names.add(unique); n++) {
                        unique = name + "-" + n;
                    }
                    name = unique;
                    String problem = null;
                    if (badPath != null) {
                        problem = badPath;
                    } else if (src == null || tgt == null) {
                        problem = file + ":" + line + ": the row names no " + (src == null ? "source" : "translation") + " file";
                    } else if (!Files.isRegularFile(src)) {
                        problem = src + ": no such file (" + file.getFileName() + " line " + line + ")";
                    } else if (!Files.isRegularFile(tgt)) {
                        problem = tgt + ": no such file (" + file.getFileName() + " line " + line + ")";
                    }
                    out.add(new Pair(name, src, tgt, from, to, "manifest", problem));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new InputException(file.toString(), "not a CSV manifest (" + Main.oneLine(e.getMessage()) + ")");
            }
            return out;
        }

        private String lang(String code, int line) throws InputException {
            if (code.isEmpty()) {
                return null;
            }
            String c = code.toLowerCase(Locale.ROOT);
            if (!Languages.isKnownCode(c)) {
                throw new InputException(file.toString(), line, "unknown language code '" + Main.oneLine(code)
                        + "' (expected an ISO 639-1 code, such as uk, ru, en)");
            }
            return c;
        }

        private static String get(CSVRecord rec, Map<String, Integer> header, String column) {
            Integer i = header.get(column);
            return i == null || i >= rec.size() ? "" : rec.get(i).trim();
        }

        /** The file name without its extension; empty for a path without a file name ({@code /}). */
        private static String stem(Path p) {
            Path fn = p.getFileName();
            if (fn == null) {
                return "";
            }
            String n = fn.toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }
    }

    /** A name usable as a file name in the output folder: letters, digits, '.', '-', '_' kept. */
    static String safeName(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        String s = sb.toString().replaceAll("^\\.+", "_");
        return s.isEmpty() ? "_" : s.length() > 120 ? s.substring(0, 120) : s;
    }
}
