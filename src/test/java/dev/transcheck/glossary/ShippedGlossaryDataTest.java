package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data sanity of the shipped glossaries in {@code glossaries/*.csv}. Reads the files with Commons
 * CSV directly, so it does not depend on the glossary loader. Each rule is a small function that
 * returns violations ("file:line: message"); the rules are themselves tested on tiny in-memory
 * files so that a broken rule cannot pass silently.
 */
class ShippedGlossaryDataTest {
    static final Path DIR = Path.of("glossaries");
    static final List<String> HEADER =
            List.of("concept", "type", "lang", "form", "status", "romanised_from", "note", "source");
    static final Set<String> TYPES = Set.of("person", "place", "organisation", "event", "title", "term");
    static final Set<String> STATUSES = Set.of("preferred", "admitted", "forbidden");
    static final Set<String> LANGS = Set.of("uk", "ru", "en", "be");
    static final Set<String> ROMANISED_FROM = Set.of("uk", "ru", "be");
    static final Set<String> REQUIRED_LANGS = Set.of("uk", "ru", "en");
    static final int MIN_CONCEPTS = 300;

    static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    static final Pattern CONCEPT_ID = Pattern.compile("[a-z]+\\.[a-z0-9_]+");

    /** One data row with its file and line for messages. */
    record Row(String file, long line, String concept, String type, String lang, String form,
            String status, String romanisedFrom, String note, String source) {
        String where() {
            return file + ":" + line;
        }
    }

    static List<Row> shipped;
    static List<String> headerViolations;

    @BeforeAll
    static void load() throws IOException {
        shipped = new ArrayList<>();
        headerViolations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "expected the shipped glossary files in " + DIR.toAbsolutePath());
        for (Path f : files) {
            try {
                if (GlossaryLoader.isRelations(f)) {
                    continue; // related concepts, not rows of forms: GlossaryLoaderTest
                }
            } catch (dev.transcheck.io.InputException e) {
                throw new IOException(e.getMessage());
            }
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                shipped.addAll(read(f.getFileName().toString(), r, headerViolations));
            }
        }
    }

    static List<Row> read(String name, Reader reader, List<String> violations) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(reader, fmt)) {
            if (!p.getHeaderNames().equals(HEADER)) {
                violations.add(name + ":1: header is " + p.getHeaderNames() + ", expected " + HEADER);
                return rows;
            }
            for (CSVRecord rec : p) {
                if (rec.size() != HEADER.size()) {
                    violations.add(name + ":" + (rec.getRecordNumber() + 1) + ": " + rec.size() + " fields");
                    continue;
                }
                rows.add(new Row(name, rec.getRecordNumber() + 1, rec.get(0), rec.get(1), rec.get(2),
                        rec.get(3), rec.get(4), rec.get(5), rec.get(6), rec.get(7)));
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- rules

    /** Required fields present, enumerations valid, forms tidy, source given on every row. */
    static List<String> fieldRules(List<Row> rows) {
        List<String> v = new ArrayList<>();
        for (Row r : rows) {
            if (!CONCEPT_ID.matcher(r.concept()).matches()) {
                v.add(r.where() + ": concept id '" + r.concept() + "' is not of the form type.name");
            }
            if (!TYPES.contains(r.type())) {
                v.add(r.where() + ": unknown type '" + r.type() + "'");
            } else if (!r.concept().startsWith(r.type() + ".")) {
                v.add(r.where() + ": concept id '" + r.concept() + "' does not start with its type");
            }
            if (!LANGS.contains(r.lang())) {
                v.add(r.where() + ": unknown lang '" + r.lang() + "'");
            }
            if (!STATUSES.contains(r.status())) {
                v.add(r.where() + ": unknown status '" + r.status() + "'");
            }
            if (r.form().isBlank()) {
                v.add(r.where() + ": empty form");
            } else if (!r.form().equals(r.form().strip()) || r.form().contains("  ")) {
                v.add(r.where() + ": stray whitespace in form '" + r.form() + "'");
            } else if (r.form().matches("(?s).*[-,;:]$|^[-,;:].*")) {
                v.add(r.where() + ": form begins or ends with punctuation: '" + r.form() + "'");
            }
            if (r.source().isBlank()) {
                v.add(r.where() + ": no source");
            }
            if (!r.romanisedFrom().isEmpty()) {
                if (!ROMANISED_FROM.contains(r.romanisedFrom())) {
                    v.add(r.where() + ": romanised_from '" + r.romanisedFrom() + "' is not uk, ru or be");
                } else if (!r.lang().equals("en") || !r.type().equals("person")) {
                    v.add(r.where() + ": romanised_from is only for English forms of person names");
                }
            }
            Matcher m = PLACEHOLDER.matcher(r.form());
            while (m.find()) {
                if (!m.group().equals("{year}")) {
                    v.add(r.where() + ": unknown placeholder " + m.group());
                }
            }
            if (r.form().replace("{year}", "").matches("(?s).*[{}\\[\\]].*")) {
                v.add(r.where() + ": stray brace or bracket in form '" + r.form() + "'");
            }
        }
        return v;
    }

    /** Forms are written in the script of their language, with no mixed-script words (homoglyphs). */
    static List<String> scriptRules(List<Row> rows) {
        List<String> v = new ArrayList<>();
        for (Row r : rows) {
            String f = r.form();
            if (r.lang().equals("en") && CYRILLIC.matcher(f).find()) {
                v.add(r.where() + ": Cyrillic letter in English form '" + f + "'");
            }
            for (String word : f.split("[\\s\\-/]+")) {
                if (CYRILLIC.matcher(word).find() && LATIN.matcher(word).find()) {
                    v.add(r.where() + ": word mixes Latin and Cyrillic letters: '" + word + "'");
                }
            }
            if (r.lang().equals("uk") && f.matches("(?s).*[ыэъёЫЭЪЁ].*")) {
                v.add(r.where() + ": Russian-only letter in Ukrainian form '" + f + "'");
            }
            if (r.lang().equals("ru") && f.matches("(?s).*[іїєґІЇЄҐ].*")) {
                v.add(r.where() + ": Ukrainian-only letter in Russian form '" + f + "'");
            }
            if (f.matches("(?s).*[\u2019\u02BC\u02B9`].*")) {
                v.add(r.where() + ": use the plain apostrophe ' in forms: '" + f + "'");
            }
        }
        return v;
    }

    /** Per concept: one type, one file, a preferred uk/ru/en form, at most one preferred per language,
     *  no repeated (lang, form). */
    static List<String> conceptRules(List<Row> rows) {
        List<String> v = new ArrayList<>();
        Map<String, List<Row>> byConcept = new LinkedHashMap<>();
        rows.forEach(r -> byConcept.computeIfAbsent(r.concept(), k -> new ArrayList<>()).add(r));
        for (var e : byConcept.entrySet()) {
            List<Row> rs = e.getValue();
            String at = rs.get(0).where() + ": concept " + e.getKey();
            Set<String> types = rs.stream().map(Row::type).collect(Collectors.toSet());
            if (types.size() > 1) {
                v.add(at + " has several types " + types);
            }
            Set<String> files = rs.stream().map(Row::file).collect(Collectors.toSet());
            if (files.size() > 1) {
                v.add(at + " is split over files " + files);
            }
            Map<String, Long> preferred = rs.stream().filter(r -> r.status().equals("preferred"))
                    .collect(Collectors.groupingBy(Row::lang, Collectors.counting()));
            for (String lang : REQUIRED_LANGS) {
                if (!preferred.containsKey(lang)) {
                    v.add(at + " has no preferred " + lang + " form");
                }
            }
            preferred.forEach((lang, n) -> {
                if (n > 1) {
                    v.add(at + " has " + n + " preferred " + lang + " forms");
                }
            });
            Set<String> seen = new HashSet<>();
            Map<String, Row> folded = new HashMap<>();
            for (Row r : rs) {
                if (!seen.add(r.lang() + "\u0000" + r.form())) {
                    v.add(r.where() + ": duplicate " + r.lang() + " form '" + r.form() + "' in " + r.concept());
                    continue;
                }
                // letter case is the engine's style check; a case-only variant needs a reason
                Row twin = folded.putIfAbsent(r.lang() + "\u0000" + r.form().toLowerCase(java.util.Locale.ROOT), r);
                if (twin != null && r.note().isBlank()) {
                    v.add(r.where() + ": '" + r.form() + "' differs from '" + twin.form()
                            + "' only in letter case and gives no note why it is listed");
                }
            }
            boolean year = rs.stream().anyMatch(r -> r.form().contains("{year}"));
            if (year && !rs.stream().filter(r -> r.status().equals("preferred"))
                    .allMatch(r -> r.form().contains("{year}"))) {
                v.add(at + " mixes forms with and without {year} among its preferred forms");
            }
        }
        return v;
    }

    /** A form forbidden in one concept must not be an accepted form of another concept in the same
     *  language: the engine could not tell a wrong name from a right one. */
    static List<String> crossConceptRules(List<Row> rows) {
        List<String> v = new ArrayList<>();
        Map<String, Set<String>> accepted = new HashMap<>();
        for (Row r : rows) {
            if (!r.status().equals("forbidden")) {
                accepted.computeIfAbsent(r.lang() + "\u0000" + r.form(), k -> new HashSet<>()).add(r.concept());
            }
        }
        for (Row r : rows) {
            if (r.status().equals("forbidden")) {
                Set<String> others = accepted.getOrDefault(r.lang() + "\u0000" + r.form(), Set.of());
                if (!others.isEmpty()) {
                    v.add(r.where() + ": '" + r.form() + "' is forbidden in " + r.concept()
                            + " but accepted in " + others);
                }
            }
            if (r.status().equals("preferred")) {
                Set<String> others = new HashSet<>(accepted.get(r.lang() + "\u0000" + r.form()));
                others.remove(r.concept());
                if (!others.isEmpty()) {
                    v.add(r.where() + ": preferred " + r.lang() + " form '" + r.form()
                            + "' of " + r.concept() + " is also a form of " + others);
                }
            }
        }
        return v;
    }

    static List<String> all(List<Row> rows) {
        List<String> v = new ArrayList<>();
        v.addAll(fieldRules(rows));
        v.addAll(scriptRules(rows));
        v.addAll(conceptRules(rows));
        v.addAll(crossConceptRules(rows));
        return v;
    }

    static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " violation(s):\n"
                + violations.stream().limit(40).collect(Collectors.joining("\n")));
    }

    // ---------------------------------------------------------------- shipped data

    @Test
    void headersAreExact() {
        assertNone(headerViolations);
    }

    @Test
    void fieldsAreValid() {
        assertNone(fieldRules(shipped));
    }

    @Test
    void formsAreInTheRightScript() {
        assertNone(scriptRules(shipped));
    }

    @Test
    void conceptsAreComplete() {
        assertNone(conceptRules(shipped));
    }

    @Test
    void formsDoNotContradictOtherConcepts() {
        assertNone(crossConceptRules(shipped));
    }

    @Test
    void enoughConcepts() {
        long n = shipped.stream().map(Row::concept).distinct().count();
        assertTrue(n >= MIN_CONCEPTS, "only " + n + " concepts");
    }

    @Test
    void everyTypeIsPresent() {
        Set<String> types = shipped.stream().map(Row::type).collect(Collectors.toSet());
        assertEquals(TYPES, types);
    }

    // ---------------------------------------------------------------- the rules themselves

    static List<Row> parse(String csv) throws IOException {
        List<String> v = new ArrayList<>();
        List<Row> rows = read("t.csv", new StringReader(csv), v);
        assertNone(v);
        return rows;
    }

    static final String HEAD = String.join(",", HEADER) + "\n";
    static final String GOOD = HEAD
            + "place.kyiv,place,uk,Київ,preferred,,,R55\n"
            + "place.kyiv,place,ru,Киев,preferred,,,R55\n"
            + "place.kyiv,place,en,Kyiv,preferred,,,R55\n"
            + "place.kyiv,place,en,Kiev,forbidden,,Russian-era spelling,R55\n"
            + "person.lavrov,person,uk,Сергій Лавров,preferred,,,mid.ru\n"
            + "person.lavrov,person,ru,Сергей Лавров,preferred,,,mid.ru\n"
            + "person.lavrov,person,en,Sergei Lavrov,preferred,ru,,mid.ru\n"
            + "event.zapad,event,uk,Захід-{year},preferred,,,mil.ru\n"
            + "event.zapad,event,ru,Запад-{year},preferred,,,mil.ru\n"
            + "event.zapad,event,en,Zapad-{year},preferred,,,mil.ru\n";

    @Test
    void rulesAcceptAGoodFile() throws IOException {
        assertNone(all(parse(GOOD)));
        // near misses of the case and script rules: a case variant with a reason, a Latin acronym in Ukrainian
        assertNone(all(parse(GOOD + "place.kyiv,place,en,KYIV,admitted,,headline capitals,R55\n"
                + "place.kyiv,place,uk,Kyiv,admitted,,Latin name in Ukrainian text,R55\n")));
    }

    @Test
    void rulesCatchEachKindOfMistake() throws IOException {
        // each line breaks one rule; the good file above is the near miss
        String[][] cases = {
            {"place.kyiv,place,en,Kyiv ,admitted,,,R55", "stray whitespace"},
            {"place.kyiv,place,en,Kyiv City,admitted,,,", "no source"},
            {"place.kyiv,place,en,Kyiv City,approved,,,R55", "unknown status"},
            {"place.kyiv,city,en,Kyiv City,admitted,,,R55", "unknown type"},
            {"place.kyiv,place,de,Kiew,admitted,,,R55", "unknown lang"},
            {"place.kyiv,place,en,Kyiv City,preferred,,,R55", "2 preferred en forms"},
            {"place.kyiv,place,en,Kyiv,admitted,,,R55", "duplicate en form"},
            {"place.kyiv,place,en,KYIV,admitted,,,R55", "only in letter case"},
            {"place.kyiv,place,uk,Кuїв,admitted,,,R55", "mixes Latin and Cyrillic"},
            {"place.kyiv,place,uk,Кыив,admitted,,,R55", "Russian-only letter"},
            {"place.kyiv,place,ru,Київ,admitted,,,R55", "Ukrainian-only letter"},
            {"place.kyiv,place,en,Кyiv,admitted,,,R55", "Cyrillic letter in English"},
            {"place.kyiv,place,en,Kiev,forbidden,,,R55\nplace.kiev_oblast,place,en,Kiev,admitted,,,R55",
                "is forbidden in"},
            {"place.kyiv,place,en,Kyiv,admitted,uk,,R55", "only for English forms of person names"},
            {"event.zapad,event,en,Zapad-{yr},admitted,,,mil.ru", "unknown placeholder"},
            {"event.zapad,event,en,Zapad-,admitted,,,mil.ru", "ends with punctuation"},
            {"event.zapad,event,en,Zapad {Russian code name,forbidden,,,mil.ru", "stray brace"},
            {"event.zapad,event,en,Zapad,preferred,,,mil.ru\nevent.zapad,event,en,Zapad-{year},admitted,,,mil.ru",
                "mixes forms with and without {year}"},
            {"person.belousov,person,en,Andrei Belousov,preferred,ru,,mil.ru", "no preferred uk form"},
            {"person.lavrov,person,uk,Лавров,admitted,,,mid.ru\nperson.lavrov,place,ru,Лавров,admitted,,,mid.ru",
                "several types"},
            {"place.kyiv,place,uk,Мар\u2019їнка,admitted,,,R55", "plain apostrophe"},
        };
        for (String[] c : cases) {
            List<String> v = all(parse(GOOD + c[0] + "\n"));
            assertTrue(v.stream().anyMatch(s -> s.contains(c[1])),
                    "expected '" + c[1] + "' for row " + c[0] + " but got " + v);
        }
    }

    @Test
    void wrongHeaderIsReported() throws IOException {
        List<String> v = new ArrayList<>();
        read("t.csv", new StringReader("concept,type,lang,form,status,note,source\n"), v);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).startsWith("t.csv:1: header"), v.get(0));
    }
}
