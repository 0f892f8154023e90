package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.Resources;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four name checks: a flagged minimal pair and a near miss for each, with and without a glossary. */
class NameChecksTest {
    static final Resources RES = new Resources();
    static final Transcheck PLAIN = Transcheck.builder().resources(RES).build();
    static final Glossary GLOSSARY = TestGlossary.load("/names/glossary-test.csv");
    static final Transcheck GLOSSED = Transcheck.builder().resources(RES).glossary(GLOSSARY).build();
    static final Path SAMPLE = Path.of("samples/zapad-2025");

    static List<Finding> names(Transcheck tc, String lang, String src, String en) {
        Report r = tc.check(tc.document("s." + lang + ".txt", lang, src), tc.document("t.en.txt", "en", en));
        return r.findings().stream().filter(f -> f.check().startsWith("name.") || f.check().startsWith("text.mixed")).toList();
    }

    static List<Finding> reverse(Transcheck tc, String en, String lang, String tgt) {
        Report r = tc.check(tc.document("s.en.txt", "en", en), tc.document("t." + lang + ".txt", lang, tgt));
        return r.findings().stream().filter(f -> f.check().startsWith("name.")).toList();
    }

    static List<Finding> of(List<Finding> fs, String check) {
        return fs.stream().filter(f -> f.check().equals(check)).toList();
    }

    @Test
    void replacedSurnameIsAMismatch() {
        List<Finding> fs = names(PLAIN, "uk", "Лукашенко зустрівся з Путіним у Москві.", "Lavrov met Putin in Moscow.");
        assertEquals(1, of(fs, "name.mismatch").size(), fs.toString());
        Finding f = of(fs, "name.mismatch").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Lavrov", f.translation().text());
        assertEquals("Лукашенко", f.source().text());
        assertEquals("Lukashenko", f.suggestion());
    }

    @Test
    void rightSurnameOrPronounIsSilent() {
        assertEquals(List.of(), names(PLAIN, "uk", "Лукашенко зустрівся з Путіним у Москві.", "Lukashenko met Putin in Moscow."));
        assertEquals(List.of(), names(PLAIN, "uk", "Лукашенко зустрівся з Путіним у Москві.", "He met Putin in Moscow."));
        assertEquals(List.of(), names(PLAIN, "ru", "Лукашенко встретился с Путиным в Москве.", "The Belarusian leader met the Russian president in Moscow."));
    }

    @Test
    void similarButDifferentSurnameIsAMismatchNotSpelling() {
        List<Finding> fs = names(PLAIN, "ru", "Министр обороны Андрей Белоусов прибыл в Минск.", "Defence Minister Andrei Belyayev arrived in Minsk.");
        assertEquals(1, of(fs, "name.mismatch").size(), fs.toString());
        assertEquals(0, of(fs, "name.spelling").size(), fs.toString());
        assertEquals("Belousov", of(fs, "name.mismatch").get(0).suggestion());
    }

    @Test
    void badRomanisationIsSpellingAndAcceptedOnesAreNot() {
        List<Finding> fs = names(PLAIN, "uk", "Президент Володимир Зеленський виступив у Раді.", "President Volodymyr Zelenskyj spoke in the Rada.");
        assertEquals(1, of(fs, "name.spelling").size(), fs.toString());
        assertEquals(Severity.WARNING, of(fs, "name.spelling").get(0).severity());
        for (String ok : new String[] {"Zelensky", "Zelenskyy", "Zelenskyi", "Zelenskiy"}) {
            assertEquals(List.of(), names(PLAIN, "uk", "Президент Володимир Зеленський виступив у Раді.",
                    "President Volodymyr " + ok + " spoke in the Rada."), ok);
        }
    }

    @Test
    void firstNameOnEitherBasisIsSilentWithoutGlossary() {
        assertEquals(List.of(), names(PLAIN, "ru", "Президент Украины Владимир Зеленский выступил в Киеве.", "Ukrainian President Volodymyr Zelensky spoke in Kyiv."));
        assertEquals(List.of(), names(PLAIN, "uk", "Володимир Путін прибув до Мінська.", "Vladimir Putin arrived in Minsk."));
        assertEquals(List.of(), names(PLAIN, "uk", "Володимир Путін прибув до Мінська.", "Volodymyr Putin arrived in Minsk."));
    }

    @Test
    void glossaryDecidesTheBasisOfAFirstName() {
        List<Finding> fs = names(GLOSSED, "uk", "Володимир Путін прибув до Мінська.", "Volodymyr Putin arrived in Minsk.");
        assertEquals(1, of(fs, "name.spelling").size(), fs.toString());
        assertEquals("Vladimir", of(fs, "name.spelling").get(0).suggestion());
        assertEquals(List.of(), names(GLOSSED, "uk", "Володимир Путін прибув до Мінська.", "Vladimir Putin arrived in Minsk."));
        assertEquals(List.of(), names(GLOSSED, "ru", "Владимир Зеленский прибыл в Киев.", "Volodymyr Zelenskyy arrived in Kyiv."));
    }

    @Test
    void glossaryForbiddenFormIsAnError() {
        // name.spelling itself (in the report term.forbidden says the same of "Kiev" and keeps the
        // finding, with name.spelling as its evidence: FindingMergerTest)
        Transcheck spellingOnly = Transcheck.builder().resources(RES).glossary(GLOSSARY).registry(
                dev.transcheck.check.CheckRegistry.of(List.of(dev.transcheck.check.CheckRegistry.standard().get("name.spelling")))).build();
        List<Finding> fs = names(spellingOnly, "uk", "Делегація прибула до Києва у вівторок.", "The delegation arrived in Kiev on Tuesday.");
        assertEquals(1, of(fs, "name.spelling").size(), fs.toString());
        assertEquals(Severity.ERROR, of(fs, "name.spelling").get(0).severity());
        assertEquals("Kyiv", of(fs, "name.spelling").get(0).suggestion());
        assertEquals(List.of(), names(GLOSSED, "uk", "Делегація прибула до Києва у вівторок.", "The delegation arrived in Kyiv on Tuesday."));
    }

    @Test
    void oneNameSpeltTwoWaysIsInconsistent() {
        String src = "Андрій Сибіга прибув до Варшави. Сибіга зустрівся з міністром.";
        List<Finding> fs = names(PLAIN, "uk", src, "Andrii Sybiha arrived in Warsaw. Sibiga met the minister.");
        assertEquals(1, of(fs, "name.inconsistent").size(), fs.toString());
        assertEquals("Sibiga", of(fs, "name.inconsistent").get(0).translation().text());
        assertEquals(List.of(), names(PLAIN, "uk", src, "Andrii Sybiha arrived in Warsaw. Sybiha met the minister."));
    }

    @Test
    void twoPeopleWithOneFirstNameAreNotInconsistent() {
        String src = "Володимир Путін подзвонив Лукашенку. Володимир Зеленський засудив розмову.";
        assertEquals(List.of(), names(PLAIN, "uk", src, "Vladimir Putin called Lukashenko. Volodymyr Zelensky condemned the call."));
    }

    @Test
    void mixedScriptWordIsFlaggedInEitherDocument() {
        List<Finding> fs = names(PLAIN, "uk", "Лукашенкo зустрівся з Путіним.", "Lukashenko met Putin.");
        List<Finding> mixed = of(fs, "text.mixed-script");
        assertEquals(1, mixed.size(), fs.toString());
        assertEquals("Лукашенкo", mixed.get(0).source().text());
        assertEquals("Лукашенко", mixed.get(0).suggestion());
        List<Finding> t = of(names(PLAIN, "uk", "Лукашенко зустрівся з Путіним.", "Lukаshenko met Putin."), "text.mixed-script");
        assertEquals(1, t.size());
        assertEquals("Lukashenko", t.get(0).suggestion());
        assertEquals(List.of(), of(names(PLAIN, "uk", "Лукашенко зустрівся з Путіним.", "Lukashenko met Putin."), "text.mixed-script"));
    }

    @Test
    void sampleWithoutGlossary() throws Exception {
        for (String lang : new String[] {"uk", "ru"}) {
            String src = Files.readString(SAMPLE.resolve("source." + lang + ".txt"));
            List<Finding> bad = names(PLAIN, lang, src, Files.readString(SAMPLE.resolve("translation.en.txt")));
            assertEquals(List.of("Belyayev", "Lavrov"), bad.stream().map(f -> f.translation().text()).sorted().toList(), bad.toString());
            assertTrue(bad.stream().allMatch(f -> f.check().equals("name.mismatch") && f.severity() == Severity.ERROR));
            assertEquals(List.of("Belousov", "Lukashenko"), bad.stream().map(Finding::suggestion).sorted().toList(),
                    "Andrei, a Russian-based first name, makes the surname's suggestion Russian-based too");
            assertEquals(List.of(), names(PLAIN, lang, src, Files.readString(SAMPLE.resolve("translation-corrected.en.txt"))));
        }
    }

    @Test
    void sampleWithGlossarySuggestsTheGlossaryForms() throws Exception {
        for (String lang : new String[] {"uk", "ru"}) {
            String src = Files.readString(SAMPLE.resolve("source." + lang + ".txt"));
            List<Finding> bad = names(GLOSSED, lang, src, Files.readString(SAMPLE.resolve("translation.en.txt")));
            assertEquals(2, bad.size(), bad.toString());
            assertEquals(List.of("Belousov", "Lukashenko"), bad.stream().map(Finding::suggestion).sorted().toList());
            assertTrue(bad.stream().anyMatch(f -> f.expected().contains("Andrei Belousov")), bad.toString());
            assertEquals(List.of(), names(GLOSSED, lang, src, Files.readString(SAMPLE.resolve("translation-corrected.en.txt"))));
        }
    }

    @Test
    void englishSourceAgainstUkrainianOrRussianTranslation() {
        List<Finding> fs = reverse(PLAIN, "Lukashenko met Putin in Moscow on Friday.", "uk", "Лавров зустрівся з Путіним у Москві в п'ятницю.");
        assertEquals(1, of(fs, "name.mismatch").size(), fs.toString());
        assertEquals("Lukashenko", fs.get(0).source().text());
        assertEquals("Лавров", fs.get(0).translation().text());
        assertEquals(List.of(), reverse(PLAIN, "Lukashenko met Putin in Moscow on Friday.", "uk", "Лукашенко зустрівся з Путіним у Москві в п'ятницю."));
        assertEquals(1, of(reverse(PLAIN, "Defence Minister Andrei Belousov arrived in Minsk.", "ru",
                "Министр обороны Андрей Беляев прибыл в Минск."), "name.mismatch").size());
        assertEquals(List.of(), reverse(PLAIN, "Defence Minister Andrei Belousov arrived in Minsk.", "ru",
                "Министр обороны Андрей Белоусов прибыл в Минск."));
    }

    @Test
    void sampleInTheOtherDirection() throws Exception {
        String en = Files.readString(SAMPLE.resolve("translation-corrected.en.txt"));
        for (String lang : new String[] {"uk", "ru"}) {
            assertEquals(List.of(), reverse(PLAIN, en, lang, Files.readString(SAMPLE.resolve("source." + lang + ".txt"))));
        }
    }

    static String article(String name) throws Exception {
        return new String(NameChecksTest.class.getResourceAsStream("/names/articles/" + name).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void correctArticleIsSilentInAllDirections() throws Exception {
        String en = article("talks.en.txt");
        for (String lang : new String[] {"uk", "ru"}) {
            String src = article("talks." + lang + ".txt");
            assertEquals(List.of(), names(PLAIN, lang, src, en), lang);
            assertEquals(List.of(), reverse(PLAIN, en, lang, src), "en->" + lang);
            assertEquals(List.of(), names(GLOSSED, lang, src, en), lang + " with glossary");
        }
    }

    @Test
    void wrongArticleGetsExactlyItsFindings() throws Exception {
        String en = article("talks-wrong.en.txt");
        for (String lang : new String[] {"uk", "ru"}) {
            List<String> got = names(PLAIN, lang, article("talks." + lang + ".txt"), en).stream()
                    .map(f -> f.check() + " " + f.translation().text() + " -> " + f.suggestion()).sorted().toList();
            assertEquals(List.of(
                    "name.inconsistent Sibiga -> Sybiha",
                    "name.mismatch Johnson -> Starmer",
                    "name.mismatch Stoltenberg -> Rutte",
                    "name.spelling Peskow -> Peskov",
                    "text.mixed-script Lukаshenko -> Lukashenko"), got, lang);
        }
    }

    @Test
    void secondArticleInstitutionsAdjectivesAndInitials() throws Exception {
        String src = article("energy.uk.txt");
        assertEquals(List.of(), names(PLAIN, "uk", src, article("energy.en.txt")));
        assertEquals(List.of(), reverse(PLAIN, article("energy.en.txt"), "uk", src));
        List<String> got = names(PLAIN, "uk", src, article("energy-wrong.en.txt")).stream()
                .map(f -> f.check() + " " + f.translation().text() + " -> " + f.suggestion()).sorted().toList();
        assertEquals(List.of(
                "name.mismatch Synehubov -> Terekhov",
                "name.mismatch Zakharchenko -> Zakharova",
                "name.spelling Svyrydenco -> Svyrydenko"), got);
        String ru = article("energy.ru.txt");
        assertEquals(List.of(), names(PLAIN, "ru", ru, article("energy.en.txt")));
        assertEquals(List.of(), reverse(PLAIN, article("energy.en.txt"), "ru", ru));
        assertEquals(List.of("name.mismatch Synehubov -> Terekhov", "name.mismatch Zakharchenko -> Zakharova",
                        "name.spelling Svyrydenco -> Svyrydenko"),
                names(PLAIN, "ru", ru, article("energy-wrong.en.txt")).stream()
                        .map(f -> f.check() + " " + f.translation().text() + " -> " + f.suggestion()).sorted().toList());
    }

    @Test
    void noReplacementSearchInALanguageWithoutACapitalisationList() {
        Report r = PLAIN.check(PLAIN.document("s.uk.txt", "uk", "Лукашенко зустрівся з Путіним у Москві."),
                PLAIN.document("t.de.txt", "de", "Der Staatschef traf Putin in Moskau."));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.check().startsWith("name.")).toList());
    }

    @Test
    void titleCaseHeadlineIsNoReplacement() {
        assertEquals(List.of(), names(PLAIN, "uk", "Лукашенко запевняє світ у мирних намірах Білорусі",
                "Belarusian Leader Assures World Of Peaceful Intentions"));
        assertEquals(1, of(names(PLAIN, "uk", "Лукашенко запевняє світ у мирних намірах Білорусі",
                "Lavrov assures the world of Belarus's peaceful intentions"), "name.mismatch").size());
    }
}
