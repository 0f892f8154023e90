package dev.transcheck.glossary;

import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads glossary files and folders (CSV, TBX); later ones override earlier ones concept by
 * concept. The format is described in {@code docs/GLOSSARY.md}. Every problem is an
 * {@link InputException} naming the file, the line and what is wrong.
 */
public final class GlossaryLoader {
    static final List<String> REQUIRED = List.of("concept", "type", "lang", "form", "status");
    static final List<String> OPTIONAL = List.of("romanised_from", "note", "source");

    private GlossaryLoader() {
    }

    /** Every glossary file in {@code paths} (folders are read in name order), merged in order. */
    public static Glossary loadAll(List<Path> paths) throws InputException {
        return loadFiles(files(paths));
    }

    /** {@link #loadAll(List)} through {@code cache} (none when null; see {@link GlossaryCodec#load}). */
    public static Glossary loadAll(List<Path> paths, GlossaryCache cache) throws InputException {
        return cache == null ? loadAll(paths) : GlossaryCodec.load(files(paths), cache);
    }

    static Glossary loadFiles(List<Path> files) throws InputException {
        Glossary g = Glossary.empty();
        List<Relation> relations = new ArrayList<>();
        for (Path f : files) {
            if (isRelations(f)) {
                relations.addAll(readRelations(f));
            } else {
                g = g.overriddenBy(load(f));
            }
        }
        if (relations.isEmpty()) {
            return g;
        }
        java.util.Set<String> pairs = new java.util.HashSet<>(g.relations());
        for (Relation r : relations) {
            for (String id : List.of(r.concept(), r.related())) {
                if (g.concept(id) == null) {
                    throw new InputException(r.file(), r.line(), "unknown concept '" + id + "' (no glossary file defines it)");
                }
            }
            pairs.add(r.key());
        }
        return new Glossary(g.concepts(), pairs);
    }

    /** Columns of a relations file: two concepts, the relation (related, the default, or rival), a note and its source. */
    static final List<String> RELATION_COLUMNS = List.of("concept", "related", "relation", "note", "source");
    /** One declared relation, where it was read, with its key in {@link Glossary#relations()}. */
    record Relation(String file, int line, String concept, String related, String key) { }

    /** True for a CSV file whose header has a {@code related} column (docs/GLOSSARY.md, related concepts). */
    static boolean isRelations(Path f) throws InputException {
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = TextReader.read(f, null);
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            return List.of(l.split(",")).stream().map(String::strip).anyMatch("related"::equals);
        }
        return false;
    }

    /** The rows of a relations file (columns {@link #RELATION_COLUMNS}; concept and related required). */
    static List<Relation> readRelations(Path file) throws InputException {
        String name = file.toString();
        List<Relation> out = new ArrayList<>();
        String[] lines = TextReader.read(file, null).split("\n", -1);
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = List.of(l.split(",", -1)).stream().map(String::strip).toList();
                for (String h : header) {
                    if (!RELATION_COLUMNS.contains(h)) {
                        throw new InputException(name, i + 1, "unknown column '" + h + "' (columns: "
                                + String.join(", ", RELATION_COLUMNS) + ")");
                    }
                }
                if (!header.contains("concept")) {
                    throw new InputException(name, i + 1, "missing required column 'concept'");
                }
                continue;
            }
            String[] cells = l.split(",", -1);
            int a = header.indexOf("concept");
            int b = header.indexOf("related");
            if (cells.length <= Math.max(a, b)) {
                throw new InputException(name, i + 1, "expected the columns " + String.join(", ", header));
            }
            String c = cells[a].strip();
            String r = cells[b].strip();
            if (c.isEmpty() || r.isEmpty()) {
                throw new InputException(name, i + 1, "empty concept id");
            }
            if (c.equals(r)) {
                throw new InputException(name, i + 1, "concept '" + c + "' related to itself");
            }
            String kind = header.indexOf("relation") < 0 ? "" : cells.length <= header.indexOf("relation") ? "" : cells[header.indexOf("relation")].strip();
            if (!List.of("", "related", "rival").contains(kind)) {
                throw new InputException(name, i + 1, "unknown relation '" + kind + "' (expected related or rival)");
            }
            out.add(new Relation(name, i + 1, c, r, (kind.equals("rival") ? Glossary.RIVAL : "") + Glossary.pair(c, r)));
        }
        return out;
    }

    /** One glossary file, by its extension: {@code .csv} or {@code .tbx} (also {@code .xml}). */
    public static Glossary load(Path file) throws InputException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            if (isRelations(file)) {
                java.util.Set<String> pairs = new java.util.HashSet<>();
                readRelations(file).forEach(r -> pairs.add(r.key()));
                return new Glossary(List.of(), pairs);
            }
            return loadCsv(file);
        }
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TbxReader.read(file);
        }
        throw new InputException(file.toString(), "not a glossary: expected a .csv or .tbx file");
    }

    /** The glossary files {@link #loadAll} reads for {@code paths}, in merge order. */
    public static List<Path> files(List<Path> paths) throws InputException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : paths) {
            out.addAll(files(p));
        }
        return out;
    }

    private static List<Path> files(Path p) throws InputException {
        if (!Files.exists(p)) {
            throw new InputException(p.toString(), "no such glossary file or folder");
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".tbx");
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(p.toString(), "cannot list the glossary folder (" + e.getMessage() + ")");
        }
    }

    static Glossary loadCsv(Path file) throws InputException {
        String name = file.toString();
        String text = TextReader.read(file, null);
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(false)
                .get();
        ConceptBuilder builder = new ConceptBuilder(name);
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new InputException(name, 1, "bad header (" + e.getMessage() + ")");
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("concept") && DeskCsv.looksLikeDeskHeader(header)) {
                return DeskCsv.read(name, header, parser, text, lineStarts, builder);
            }
            for (String h : header) {
                if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                    throw new InputException(name, 1, "unknown column '" + h + "' (columns: "
                            + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL) + ")");
                }
            }
            for (String r : REQUIRED) {
                if (!header.contains(r)) {
                    throw new InputException(name, 1, "missing required column '" + r + "'");
                }
            }
            var it = parser.iterator();
            for (CSVRecord rec; (rec = nextRecord(it, parser, name)) != null; ) {
                int line = lineOf(lineStarts, firstDataChar(text, (int) rec.getCharacterPosition()));
                if (rec.size() != header.size()) {
                    throw new InputException(name, line, "expected " + header.size() + " columns, found " + rec.size());
                }
                builder.add(line, get(rec, "concept"), get(rec, "type"), get(rec, "lang"), get(rec, "form"),
                        get(rec, "status"), get(rec, "romanised_from"), get(rec, "note"));
            }
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return builder.build();
    }

    private static String get(CSVRecord rec, String column) {
        if (!rec.isMapped(column)) {
            return "";
        }
        String v = rec.get(column);
        return v == null ? "" : v.strip();
    }

    /** The record's own first character: past blank lines and comment lines the parser counts with it. */
    static int firstDataChar(String text, int pos) {
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
                p++;
            } else if (c == '#' && (p == 0 || text.charAt(p - 1) == '\n')) {
                int nl = text.indexOf('\n', p);
                p = nl < 0 ? text.length() : nl + 1;
            } else {
                break;
            }
        }
        return p;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int lineOf(int[] starts, long pos) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Parses a type word: person, place, organisation (or organization), event, title, term. */
    static ConceptType parseType(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.equals("organization")) {
            w = "organisation";
        }
        for (ConceptType t : ConceptType.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(w)) {
                return t;
            }
        }
        return null;
    }

    static TermStatus parseStatus(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "preferred" -> TermStatus.PREFERRED;
            case "admitted" -> TermStatus.ADMITTED;
            case "forbidden" -> TermStatus.FORBIDDEN;
            default -> null;
        };
    }

    /**
     * The next record of a CSV file, or null at its end; a malformed record is an error naming
     * the file and line.
     */
    static CSVRecord nextRecord(java.util.Iterator<CSVRecord> it, org.apache.commons.csv.CSVParser parser, String name)
            throws InputException {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name, (int) parser.getCurrentLineNumber(), "malformed CSV ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")");
        }
    }

    /**
     * Collects the rows (or TBX terms) of one file into concepts and validates them: known type, status and
     * language, non-empty form, one type per concept, one preferred form per concept and language, no form twice.
     */
    static final class ConceptBuilder {
        private final String file;
        private final Map<String, ConceptType> types = new LinkedHashMap<>();
        private final Map<String, List<Term>> terms = new LinkedHashMap<>();
        /** Each form by concept, language and form; each preferred form by concept and language. */
        private final Map<String, Term> forms = new java.util.HashMap<>();
        private final Map<String, Term> preferred = new java.util.HashMap<>();

        ConceptBuilder(String file) {
            this.file = file;
        }

        void add(int line, String concept, String typeWord, String lang, String form, String statusWord,
                 String romanisedFrom, String note) throws InputException {
            if (concept.isEmpty()) {
                throw new InputException(file, line, "empty concept id");
            }
            ConceptType type = parseType(typeWord);
            if (type == null) {
                throw new InputException(file, line, "unknown type '" + typeWord + "' (expected one of "
                        + String.join(", ", List.of("person", "place", "organisation", "event", "title", "term")) + ")");
            }
            String code = lang.toLowerCase(Locale.ROOT);
            if (!dev.transcheck.text.Languages.isKnownCode(code)) {
                throw new InputException(file, line, "unknown language code '" + lang + "' (expected ISO 639-1, such as uk, ru, en)");
            }
            if (form.isBlank()) {
                throw new InputException(file, line, "empty form");
            }
            TermStatus status = parseStatus(statusWord);
            if (status == null) {
                throw new InputException(file, line, "unknown status '" + statusWord + "' (expected preferred, admitted or forbidden)");
            }
            String rom = romanisedFrom == null || romanisedFrom.isBlank() ? null : romanisedFrom.toLowerCase(Locale.ROOT);
            if (rom != null && !dev.transcheck.text.Languages.isKnownCode(rom)) {
                throw new InputException(file, line, "unknown language code '" + romanisedFrom + "' in romanised_from");
            }
            if (form.replace(TermIndex.YEAR, "").chars().anyMatch(c -> c == '{' || c == '}')) {
                throw new InputException(file, line, "unknown placeholder in '" + form + "' (only {year} is known)");
            }
            ConceptType prevType = types.putIfAbsent(concept, type);
            if (prevType != null && prevType != type) {
                throw new InputException(file, line, "concept '" + concept + "' has type "
                        + prevType.name().toLowerCase(Locale.ROOT) + " on an earlier line, " + typeWord + " here");
            }
            List<Term> list = terms.computeIfAbsent(concept, k -> new ArrayList<>());
            // looked up by key, not by a scan of the concept's forms: a concept may have thousands
            Term t = forms.get(concept + '\u0000' + code + '\u0000' + form);
            if (t != null) {
                if (t.status() == status) {
                    return; // the same row twice: harmless
                }
                throw new InputException(file, line, "form '" + form + "' of concept '" + concept + "' (" + code
                        + ") is " + status.name().toLowerCase(Locale.ROOT) + " here but "
                        + t.status().name().toLowerCase(Locale.ROOT) + " at " + t.origin());
            }
            Term p = status == TermStatus.PREFERRED ? preferred.get(concept + '\u0000' + code) : null;
            if (p != null) {
                throw new InputException(file, line, "concept '" + concept + "' has two preferred " + code + " forms: '"
                        + p.form() + "' (" + p.origin() + ") and '" + form + "'");
            }
            String n = note == null || note.isBlank() ? null : note;
            Term added = new Term(code, form, status, n, rom, file + ":" + line);
            list.add(added);
            forms.put(concept + '\u0000' + code + '\u0000' + form, added);
            if (status == TermStatus.PREFERRED) {
                preferred.put(concept + '\u0000' + code, added);
            }
        }

        Glossary build() {
            List<Concept> out = new ArrayList<>();
            for (Map.Entry<String, List<Term>> e : terms.entrySet()) {
                out.add(new Concept(e.getKey(), types.get(e.getKey()), e.getValue()));
            }
            return new Glossary(out);
        }
    }
}
