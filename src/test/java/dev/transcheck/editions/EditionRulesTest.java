package dev.transcheck.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.model.Document;
import dev.transcheck.model.Severity;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each cross-edition rule on a six-sentence article in Ukrainian with English, German and Polish
 * editions: a case it must flag and a near miss it must not.
 */
class EditionRulesTest {
    static final Transcheck TC = Transcheck.builder().build();

    static final String[] UK = {
        "Міністр оборони Андрій Бєлоусов прибув до Мінська у п'ятницю.",
        "Він провів переговори з президентом Олександром Лукашенком.",
        "Сторони обговорили спільні навчання, у яких візьмуть участь 13 тисяч військових.",
        "Бюджет програми становить 3,2 мільярда доларів.",
        "Наступна зустріч відбудеться у вересні.",
        "Переговори з Лукашенком тривали дві години."};
    static final String[] EN = {
        "Defence Minister Andrei Belousov arrived in Minsk on Friday.",
        "He held talks with President Alexander Lukashenko.",
        "The sides discussed joint exercises involving 13,000 troops.",
        "The programme's budget is $3.2 billion.",
        "The next meeting will take place in September.",
        "The talks with Lukashenko lasted two hours."};
    static final String[] DE = {
        "Verteidigungsminister Andrej Beloussow ist am Freitag in Minsk eingetroffen.",
        "Er führte Gespräche mit Präsident Alexander Lukaschenko.",
        "Die Seiten erörterten gemeinsame Übungen, an denen 13.000 Soldaten teilnehmen sollen.",
        "Das Budget des Programms beträgt 3,2 Milliarden Dollar.",
        "Das nächste Treffen findet im September statt.",
        "Die Gespräche mit Lukaschenko dauerten zwei Stunden."};
    static final String[] PL = {
        "Minister obrony Andriej Biełousow przybył w piątek do Mińska.",
        "Przeprowadził rozmowy z prezydentem Alaksandrem Łukaszenką.",
        "Strony omówiły wspólne ćwiczenia, w których weźmie udział 13 tysięcy żołnierzy.",
        "Budżet programu wynosi 3,2 mld dolarów.",
        "Kolejne spotkanie odbędzie się we wrześniu.",
        "Rozmowy z Łukaszenką trwały dwie godziny."};

    static Document doc(String lang, String... sentences) {
        return TC.document("article." + lang + ".txt", lang, String.join(" ", sentences) + "\n");
    }

    static String[] with(String[] base, int index, String replacement) {
        List<String> out = new ArrayList<>(List.of(base));
        if (replacement == null) {
            out.remove(index);
        } else {
            out.set(index, replacement);
        }
        return out.toArray(String[]::new);
    }

    static List<CrossFinding> run(String[] uk, String[] en, String[] de, String[] pl) {
        EditionsReport r = Editions.check(TC, doc("uk", uk), List.of(doc("en", en), doc("de", de), doc("pl", pl)));
        List<CrossFinding> all = new ArrayList<>();
        r.editions().forEach(e -> all.addAll(e.cross()));
        return all;
    }

    static void assertOne(List<CrossFinding> found, String check, int edition, int row, String text) {
        assertEquals(1, found.size(), found.toString());
        CrossFinding cf = found.get(0);
        assertEquals(check, cf.finding().check(), found.toString());
        assertEquals(edition, cf.edition(), found.toString());
        assertEquals(row, cf.row(), found.toString());
        if (text != null) {
            assertEquals(text, cf.finding().translation().text());
        }
    }

    @Test
    void correctEditionsGiveNothing() {
        assertEquals(List.of(), run(UK, EN, DE, PL));
    }

    @Test
    void omissionFlaggedWhenOneEditionDropsASentence() {
        List<CrossFinding> found = run(UK, EN, with(DE, 2, null), PL);
        assertOne(found, "edition.omission", 1, 2, null);
        assertEquals(Severity.ERROR, found.get(0).finding().severity());
        assertTrue(found.get(0).witnesses().stream().anyMatch(w -> w.label().equals("pl") && w.reading().startsWith("Strony")));
    }

    @Test
    void omissionNearMissTwoSentencesJoinedIntoOne() {
        String[] de = with(with(DE, 1, "Er führte Gespräche mit Präsident Alexander Lukaschenko, und die Seiten erörterten "
                + "gemeinsame Übungen, an denen 13.000 Soldaten teilnehmen sollen."), 2, null);
        assertEquals(List.of(), run(UK, EN, de, PL));
    }

    @Test
    void nameFlaggedWhenOneEditionNamesAnotherPerson() {
        List<CrossFinding> found = run(UK, EN, DE, with(PL, 0, "Minister obrony Andriej Bielajew przybył w piątek do Mińska."));
        assertOne(found, "edition.name", 2, 0, "Bielajew");
        assertEquals(Severity.ERROR, found.get(0).finding().severity());
    }

    @Test
    void nameFlaggedInGermanNextToTheFirstName() {
        List<CrossFinding> found = run(UK, EN, with(DE, 0,
                "Verteidigungsminister Andrej Schoigu ist am Freitag in Minsk eingetroffen."), PL);
        assertOne(found, "edition.name", 1, 0, "Schoigu");
    }

    @Test
    void nameNearMissPressSpellingsCaseEndingsAndATitleInsteadOfTheName() {
        // Polish instrumental and a German genitive of the same names: the same person
        String[] pl = with(PL, 1, "Przeprowadził rozmowy z Alaksandrem Łukaszenką, prezydentem Białorusi.");
        String[] de = with(DE, 1, "Er führte Gespräche mit Präsident Alexander Lukaschenko in dessen Residenz.");
        assertEquals(List.of(), run(UK, EN, de, pl));
        // the name left out for a title: a paraphrase, not another name
        assertEquals(List.of(), run(UK, EN, DE, with(PL, 0, "Rosyjski minister obrony przybył w piątek do Mińska.")));
    }

    @Test
    void numberFlaggedWhenOneEditionHasAnotherValue() {
        List<CrossFinding> found = run(UK, EN, with(DE, 3, "Das Budget des Programms beträgt 3,5 Milliarden Dollar."), PL);
        assertOne(found, "edition.number", 1, 3, "3,5 Milliarden Dollar");
        assertEquals(Severity.ERROR, found.get(0).finding().severity());
    }

    @Test
    void numberNearMissSameValueInEachLanguagesWay() {
        // 3.2 billion, 3,2 Milliarden, 3,2 mld; 13,000, 13.000, 13 tysięcy: all agree (see correctEditionsGiveNothing);
        // written out in words in one edition, still the same value
        assertEquals(List.of(), run(UK, EN, with(DE, 2,
                "Die Seiten erörterten gemeinsame Übungen, an denen dreizehntausend Soldaten teilnehmen sollen."), PL));
    }

    /** The source calls him "he" and "the president" in sentence 2 but names him in sentence 6. */
    @Test
    void majorityIsEvidenceWhereTheSourceDoesNotName() {
        String[] uk = with(UK, 1, "Він провів переговори з президентом країни.");
        List<CrossFinding> found = run(uk, EN, DE, with(PL, 1, "Przeprowadził rozmowy z prezydentem Władimirem Putinem."));
        assertEquals(1, found.size(), found.toString());
        CrossFinding cf = found.get(0);
        assertEquals("edition.name", cf.finding().check());
        assertEquals(2, cf.edition());
        assertEquals(Severity.WARNING, cf.finding().severity(), "the source does not settle it: a warning");
        assertTrue(cf.witnesses().stream().filter(w -> w.agrees()).count() >= 2);
        // near misses: every edition names the same person the source leaves unnamed; and a
        // weekday or month that English and German capitalise is no name (September, im September, we wrześniu)
        assertEquals(List.of(), run(uk, EN, DE, PL));
        assertEquals(List.of(), run(UK, EN, DE, with(PL, 4, "Kolejne spotkanie odbędzie się w Warszawie.")));
    }

    @Test
    void soundKeysAcrossLanguages() {
        NameKeys k = new NameKeys(Romanizer.create());
        List<String> zelensky = List.of(k.key("Zelensky", "en"), k.key("Selenskyj", "de"), k.key("Zełenski", "pl"),
                k.key("Зеленский", "ru"), k.key("Зеленський", "uk"));
        List<String> belousov = List.of(k.key("Belousov", "en"), k.key("Beloussow", "de"), k.key("Biełousow", "pl"),
                k.key("Бєлоусовим", "uk"), k.key("Biełousowem", "pl"));
        for (String a : zelensky) {
            assertTrue(NameKeys.same(a, zelensky.get(0)), zelensky.toString());
        }
        for (String a : belousov) {
            assertTrue(NameKeys.same(a, belousov.get(0)), belousov.toString());
        }
        assertTrue(NameKeys.same(k.key("Lukaschenko", "de"), k.key("Łukaszenka", "pl")));
        // near misses: another person
        assertTrue(!NameKeys.same(k.key("Belyayev", "en"), belousov.get(0)));
        assertTrue(!NameKeys.same(k.key("Bielajew", "pl"), belousov.get(0)));
        assertTrue(!NameKeys.same(k.key("Lavrov", "en"), k.key("Lukashenko", "en")));
    }
}
