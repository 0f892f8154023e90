package dev.transcheck.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.Resources;
import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfile.Script;
import dev.transcheck.segment.Segmenter;
import dev.transcheck.text.Languages;
import dev.transcheck.text.Morphology;
import dev.transcheck.text.analysis.Analyzers;
import dev.transcheck.text.analysis.Declension;
import dev.transcheck.text.numbers.NumberLexicon;
import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import dev.transcheck.text.translit.VariantTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry finds every profile folder, and every profile is complete and loads in every stage. */
class LanguageProfilesTest {
    private static final Path FOLDER = Path.of("src/main/resources/lang");
    /** Languages with segmentation and number data (the rest have an analyzer and guess data only). */
    private static final Set<String> FULL = Set.of("uk", "ru", "en", "de", "pl");
    private static final Resources RESOURCES = new Resources();

    static List<String> folders() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void registryFindsEveryFolder() throws IOException {
        assertEquals(folders(), LanguageProfiles.codes());
        assertTrue(LanguageProfiles.codes().containsAll(List.of("uk", "ru", "en", "de", "pl")));
        assertEquals(LanguageProfiles.codes(), LanguageProfiles.all().stream().map(LanguageProfile::code).toList());
    }

    @ParameterizedTest
    @MethodSource("folders")
    void everyProfileIsComplete(String code) throws IOException {
        LanguageProfile p = LanguageProfiles.of(code);
        assertTrue(p.isDefined(), code);
        assertEquals(code, p.code());
        assertFalse(p.name().equals(code), code + ": a name");
        assertTrue(p.script() == Script.LATIN || p.script() == Script.CYRILLIC, code);
        // every file in the folder is one the profile reads (no stray, misnamed data)
        try (Stream<Path> s = Files.list(FOLDER.resolve(code))) {
            for (Path f : s.toList()) {
                String n = f.getFileName().toString();
                assertTrue(n.equals(LanguageProfiles.PROFILE_FILE)
                        || Stream.of(DataFile.values()).anyMatch(d -> d.fileName().equals(n)), code + ": unknown file " + n);
            }
        }
        // each stage loads what the profile has
        assertFalse(Analyzers.of(code, RESOURCES).keys("Test").isEmpty(), code + ": analyzer");
        p.data(DataFile.SEGMENT).ifPresent(t -> assertFalse(new Segmenter().segment("Ein Satz. Another one.", code).isEmpty()));
        assertEquals(p.data(DataFile.NUMBERS).isPresent(), NumberLexicon.of(code).known(), code + ": numbers");
        assertEquals(p.data(DataFile.ENDINGS).isPresent(), !Declension.of(code).isEmpty(), code + ": endings");
        for (DataFile f : List.of(DataFile.ROMANISATION, DataFile.CYRILLIC_NAMES)) {
            p.data(f).ifPresent(t -> assertNotNull(VariantTable.parse(p.resourceName(f), t).typical("Київ")));
        }
        p.morphology().ifPresent(m -> assertNotNull(Morphology.load(code), code + ": morphology " + m));
        if (FULL.contains(code)) {
            assertTrue(p.data(DataFile.SEGMENT).isPresent(), code + ": segment.txt");
            assertTrue(p.data(DataFile.NUMBERS).isPresent(), code + ": numbers.tsv");
            assertTrue(Languages.canGuess(code), code + ": letters or function words to be told by");
        }
        if (p.script() == Script.CYRILLIC && !code.equals("be")) {
            assertTrue(p.data(DataFile.ROMANISATION).isPresent(), code + ": romanisation.tsv");
        }
    }

    @Test
    void languageWithoutFolderIsGeneric() {
        LanguageProfile p = LanguageProfiles.of("sw");
        assertFalse(p.isDefined());
        assertEquals(Script.OTHER, p.script());
        assertTrue(p.data(DataFile.SEGMENT).isEmpty());
        assertEquals(Set.of("kitabu"), Analyzers.of("sw", RESOURCES).keys("Kitabu"));
        assertFalse(Languages.canGuess("sw"));
    }

    @Test
    void regionSubtagsShareTheProfileAndTheRegistryCaches() {
        assertSame(LanguageProfiles.of("de"), LanguageProfiles.of("de-AT"));
        assertSame(LanguageProfiles.of("pl"), LanguageProfiles.of("pl_PL"));
        assertEquals("pl", LanguageProfiles.of("PL").code());
    }

    @Test
    void analyzersComeFromTheProfile() {
        // German light stemmer: plural and case endings, umlauts folded
        assertEquals(Analyzers.of("de", RESOURCES).keys("Streitkräfte"), Analyzers.of("de", RESOURCES).keys("Streitkräften"));
        // Stempel: the inflected form meets the dictionary form's keys
        Set<String> form = Analyzers.of("pl", RESOURCES).formKeys("obrona");
        assertTrue(Analyzers.of("pl", RESOURCES).keys("obrony").stream().anyMatch(form::contains));
        assertTrue(Analyzers.of("pl", RESOURCES).keys("obronie").stream().anyMatch(form::contains));
        assertFalse(Analyzers.of("pl", RESOURCES).keys("obroża").stream().anyMatch(form::contains));
        // English: plural and possessive, as before profiles
        assertEquals(Set.of("sanction"), Analyzers.of("en", RESOURCES).keys("sanctions"));
        assertEquals(Set.of("lukashenko"), Analyzers.of("en", RESOURCES).keys("Lukashenko's"));
    }

    /** German and Polish press spellings of Cyrillic names, from the profiles' cyrillic-names.tsv. */
    @ParameterizedTest
    @CsvSource({
        "de, Зеленський, Selenskyj", "de, Шойгу, Schoigu", "de, Белоусов, Beloussow", "de, Лавров, Lawrow",
        "de, Чернігів, Tschernihiw", "de, Харків, Charkiw", "de, Жуков, Schukow", "de, Сергій, Serhij",
        "pl, Зеленський, Zełenski", "pl, Шойгу, Szojgu", "pl, Белоусов, Biełousow", "pl, Лавров, Ławrow",
        "pl, Тимошенко, Tymoszenko", "pl, Кулеба, Kułeba", "pl, Жуков, Żukow", "de, Тимошенко, Tymoschenko"})
    void pressSpellingOfCyrillicNames(String lang, String cyrillic, String latin) {
        VariantTable t = Romanizer.create().writtenIn(lang).orElseThrow();
        assertTrue(t.pattern(cyrillic).matcher(LatinKeys.normal(latin)).matches(), lang + " " + cyrillic + " " + latin);
    }

    /** Near misses: the English spelling is not the German or Polish one, nor one the other's. */
    @ParameterizedTest
    @CsvSource({"de, Зеленський, Zelensky", "de, Шойгу, Shoigu", "de, Лавров, Lavrov", "pl, Зеленський, Selenskyj",
        "pl, Шойгу, Schoigu", "pl, Лавров, Lavrov", "de, Жуков, Zhukov", "pl, Тимошенко, Tymoshenko"})
    void otherSpellingsAreNotThePressSpelling(String lang, String cyrillic, String latin) {
        VariantTable t = Romanizer.create().writtenIn(lang).orElseThrow();
        assertFalse(t.pattern(cyrillic).matcher(LatinKeys.normal(latin)).matches(), lang + " " + cyrillic + " " + latin);
    }

    @Test
    void onlyLatinPressProfilesHaveNameSpellings() {
        assertTrue(Romanizer.create().writtenIn("en").isEmpty());
        assertTrue(Romanizer.create().writtenIn("uk").isEmpty());
    }
}
