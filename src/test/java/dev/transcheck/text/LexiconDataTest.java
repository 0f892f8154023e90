package dev.transcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.lang.LanguageProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bilingual word list {@code lexicon/en-uk-ru.tsv}: its shape (three columns of lower-case
 * single-word alternatives in the right script, no repeated row) and that every Ukrainian and
 * Russian alternative is a lemma of the morphology dictionary the product looks words up in, read
 * there as a content word (not only as a preposition, conjunction, particle or pronoun).
 */
class LexiconDataTest {
    private static final String RESOURCE = "/lexicon/en-uk-ru.tsv";
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][a-z-]*");
    /** Ukrainian lower case; the dictionary writes the apostrophe as U+0027. */
    private static final Pattern UKRAINIAN = Pattern.compile("[а-щьюяєіїґ'][а-щьюяєіїґ'-]*");
    private static final Pattern RUSSIAN = Pattern.compile("[а-яё][а-яё-]*");

    private static Morphology uk;
    private static Morphology ru;
    private static List<String> UK_FUNCTION_TAGS;
    private static List<String> RU_FUNCTION_TAGS;
    /** The commonest English function words (the English profile's {@code guess.words}). */
    private static Set<String> ENGLISH_FUNCTION_WORDS;

    @BeforeAll
    static void loadDictionaries() {
        uk = Morphology.load("uk");
        ru = Morphology.load("ru");
        UK_FUNCTION_TAGS = LanguageProfiles.of("uk").functionTags();
        RU_FUNCTION_TAGS = LanguageProfiles.of("ru").functionTags();
        ENGLISH_FUNCTION_WORDS = LanguageProfiles.of("en").functionWords();
    }

    /** True when looking {@code word} up gives a reading whose lemma is {@code word} itself. */
    static boolean isLemma(Morphology morphology, String word) {
        return !lemmaTags(morphology, word).isEmpty();
    }

    /** The tags of the readings of {@code word} whose lemma is {@code word} itself. */
    private static List<String> lemmaTags(Morphology morphology, String word) {
        List<String> tags = new ArrayList<>();
        for (Morphology.Reading reading : morphology.lookup(word)) {
            if (reading.lemma().equals(word)) {
                tags.add(reading.tag());
            }
        }
        return tags;
    }

    /**
     * True when some reading of {@code word} with itself as lemma is a content word: its tag does not
     * start with one of the language's function tags (profile {@code morphology.function-tags}), is
     * not pronominal (Ukrainian {@code pron}, Russian {@code PNN} pronouns and {@code MPR} pronoun
     * adjectives) and not a numeral (Ukrainian {@code numr}, Russian {@code NumC}, {@code Ord}).
     * "весь", "завжди", "он", "перший" fail; "край" (edge, also a rare preposition) passes.
     */
    static boolean isContentLemma(Morphology morphology, List<String> functionTags, String word) {
        return hasContentTag(lemmaTags(morphology, word), functionTags);
    }

    private static boolean hasContentTag(List<String> tags, List<String> functionTags) {
        for (String tag : tags) {
            boolean function = tag.startsWith("PNN") || tag.contains(":pron") || tag.contains(":MPR")
                    || tag.startsWith("numr") || tag.contains(":numr") || tag.startsWith("Num") || tag.startsWith("Ord")
                    || functionTags.stream().anyMatch(tag::startsWith);
            if (!function) {
                return true;
            }
        }
        return false;
    }

    /** One line per problem found in {@code lines} (the file's lines, comments included). */
    static List<String> problems(List<String> lines) {
        List<String> out = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "line " + (i + 1) + ": ";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                out.add(where + "blank line");
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                out.add(where + columns.length + " columns, want 3: " + line);
                continue;
            }
            if (!rows.add(rowKey(columns))) {
                out.add(where + "repeated row: " + line);
            }
            check(columns[0], ENGLISH, null, List.of(), "en", where, out);
            check(columns[1], UKRAINIAN, uk, UK_FUNCTION_TAGS, "uk", where, out);
            check(columns[2], RUSSIAN, ru, RU_FUNCTION_TAGS, "ru", where, out);
        }
        return out;
    }

    /** A row's alternatives column by column in sorted order: a row that repeats another in another order is a repeat. */
    private static String rowKey(String[] columns) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            String[] alternatives = column.split("\\|", -1);
            Arrays.sort(alternatives);
            key.append(String.join("|", alternatives)).append('\t');
        }
        return key.toString();
    }

    private static void check(String column, Pattern shape, Morphology morphology, List<String> functionTags,
            String lang, String where, List<String> out) {
        if (column.isEmpty()) {
            out.add(where + lang + " column empty");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String alternative : column.split("\\|", -1)) {
            if (!shape.matcher(alternative).matches()) {
                out.add(where + lang + " alternative '" + alternative + "' is not one lower-case word in its script");
            } else if (!seen.add(alternative)) {
                out.add(where + lang + " alternative '" + alternative + "' given twice");
            } else if (morphology == null) {
                if (ENGLISH_FUNCTION_WORDS.contains(alternative)) {
                    out.add(where + lang + " alternative '" + alternative + "' is a function word");
                }
            } else {
                List<String> tags = lemmaTags(morphology, alternative);
                if (tags.isEmpty()) {
                    out.add(where + lang + " alternative '" + alternative + "' is not a lemma of the " + lang
                            + " dictionary");
                } else if (!hasContentTag(tags, functionTags)) {
                    out.add(where + lang + " alternative '" + alternative + "' is a function word or pronoun");
                }
            }
        }
    }

    private static List<String> fileLines() throws IOException {
        try (InputStream in = LexiconDataTest.class.getResourceAsStream(RESOURCE)) {
            assertTrue(in != null, RESOURCE + " missing from the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(text.startsWith("\uFEFF"), "no byte-order mark");
            return text.lines().toList();
        }
    }

    @Test
    void everyRowHasThreeColumnsOfDictionaryLemmas() throws IOException {
        List<String> lines = fileLines();
        List<String> problems = problems(lines);
        assertEquals(List.of(), problems, problems.size() + " problems");
        long rows = lines.stream().filter(l -> !l.startsWith("#")).count();
        assertTrue(rows >= 600, "the list has " + rows + " rows");
    }

    @Test
    void theFileSaysWhatItIsInItsFirstComments() throws IOException {
        List<String> lines = fileLines();
        StringBuilder header = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        String text = header.toString();
        assertTrue(text.contains("written here from general bilingual knowledge"), "how it was made");
        assertTrue(text.contains("morfologik"), "what the lemmas were checked against");
        assertTrue(text.contains("en<TAB>uk<TAB>ru"), "the format");
    }

    @Test
    void lemmaCheckRejectsMisspellingsAndInflectedForms() {
        assertTrue(isLemma(uk, "уряд"));
        assertFalse(isLemma(uk, "уряду"), "a case form is not the lemma");
        assertFalse(isLemma(uk, "урят"), "misspelt");
        assertFalse(isLemma(uk, "Уряд"), "Ukrainian lookup is case-sensitive");
        assertTrue(isLemma(ru, "правительство"));
        assertTrue(isLemma(ru, "зелёный"));
        assertFalse(isLemma(ru, "зеленый"), "the Russian dictionary's lemma is written with ё");
        assertFalse(isLemma(ru, "правителство"), "misspelt");
        assertFalse(isLemma(ru, "заявил"), "a past form is not the infinitive");
    }

    @Test
    void contentCheckRejectsFunctionWordsAndPronouns() {
        assertTrue(isContentLemma(uk, UK_FUNCTION_TAGS, "уряд"));
        assertTrue(isContentLemma(uk, UK_FUNCTION_TAGS, "край"), "a noun that is also a rare preposition");
        assertFalse(isContentLemma(uk, UK_FUNCTION_TAGS, "завжди"), "a pronominal adverb");
        assertFalse(isContentLemma(uk, UK_FUNCTION_TAGS, "біля"), "a preposition");
        assertTrue(isContentLemma(ru, RU_FUNCTION_TAGS, "правительство"));
        assertFalse(isContentLemma(ru, RU_FUNCTION_TAGS, "этот"), "a pronoun adjective");
        assertFalse(isContentLemma(ru, RU_FUNCTION_TAGS, "он"), "a pronoun");
        assertFalse(isContentLemma(ru, RU_FUNCTION_TAGS, "через"), "a preposition");
        assertFalse(isContentLemma(uk, UK_FUNCTION_TAGS, "перший"), "an ordinal numeral");
        assertFalse(isContentLemma(uk, UK_FUNCTION_TAGS, "мільйон"), "a numeral noun");
        assertFalse(isContentLemma(ru, RU_FUNCTION_TAGS, "первый"), "an ordinal numeral");
        assertFalse(isContentLemma(ru, RU_FUNCTION_TAGS, "пять"), "a cardinal numeral");
        assertTrue(isContentLemma(ru, RU_FUNCTION_TAGS, "половина"));
        assertEquals(3, problems(List.of("which\tуряд\tправительство", "government\tзавжди\tэтот")).size());
    }

    @Test
    void shapeProblemsAreReported() {
        List<String> bad = List.of(
                "# comment",
                "government\tуряд\tправительство",
                "government\tуряд\tправительство",
                "court\tсуд",
                "weapon\tзброя|\tоружие",
                "weaPon\tзброя\tоружие",
                "weapon\tзброя\tweapon",
                "go out\tвийти\tвыйти",
                "court\tсуд|суд\tсуд",
                "court\tсуд\tсуду");
        List<String> problems = problems(bad);
        assertEquals(8, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("repeated row"));
        assertTrue(problems.get(1).contains("2 columns"));
        assertTrue(problems.get(problems.size() - 1).contains("not a lemma of the ru dictionary"));
        assertEquals(List.of(), problems(List.of("court|trial\tсуд\tсуд")));
        assertEquals(List.of(), problems(List.of("Monday\tпонеділок\tпонедельник")), "English capitalises weekdays");
        List<String> reordered = problems(List.of("court\tсуд|трибунал\tсуд", "court\tтрибунал|суд\tсуд"));
        assertEquals(1, reordered.size(), String.join("\n", reordered));
        assertTrue(reordered.get(0).startsWith("line 2: repeated row"));
    }
}
