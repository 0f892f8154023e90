package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.translit.AsciiLatin;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SharedAnchorsTest {
    private static final UnaryOperator<String> LATIN = AsciiLatin::of;

    @Test
    void numbersAgreeAcrossLanguages() {
        assertEquals(List.of("100000"), SharedAnchors.numberKeys("Прийшли 100 тисяч людей.", "uk"));
        assertEquals(List.of("100000"), SharedAnchors.numberKeys("Some 100,000 people came.", "en"));
        assertEquals(List.of("1.5"), SharedAnchors.numberKeys("Ріст склав 1,5 відсотка.", "uk"));
        assertEquals(List.of("1.5"), SharedAnchors.numberKeys("Growth was 1.5 percent.", "en"));
        assertEquals(List.of("1500000"), SharedAnchors.numberKeys("Бюджет — 1,5 млн гривень.", "uk"));
        assertEquals(List.of("1500000"), SharedAnchors.numberKeys("A budget of 1.5 million hryvnias.", "en"));
        assertEquals(List.of("3000000000"), SharedAnchors.numberKeys("It cost $3bn.", "en"));
        assertEquals(List.of("25000"), SharedAnchors.numberKeys("Участь взяли 25 000 військових.", "uk"));
    }

    @Test
    void numbersNearMisses() {
        // a year followed by a count is not one grouped number; a date gives its parts
        assertEquals(List.of("2019", "150"), SharedAnchors.numberKeys("У 2019 150 осіб приїхали.", "uk"));
        assertEquals(List.of("12", "2024"), SharedAnchors.numberKeys("Дата: 12.05.2024.", "uk"));
        assertEquals(SharedAnchors.numberKeys("24 лютого 2022 року о 15:00", "uk").stream().sorted().toList(),
                SharedAnchors.numberKeys("at 3 p.m. on February 24, 2022", "en").stream().sorted().toList());
        // 1,500 in English is fifteen hundred, in Ukrainian one and a half
        assertNotEquals(SharedAnchors.numberKeys("1,500", "en"), SharedAnchors.numberKeys("1,500", "uk"));
        assertEquals(List.of("19"), SharedAnchors.numberKeys("COVID-19 cases", "en"));
    }

    private static String cyr(String word) {
        return SharedAnchors.skeleton(LATIN.apply(word), true);
    }

    private static String lat(String word) {
        return SharedAnchors.skeleton(word, false);
    }

    private static String key(String skeleton) {
        return skeleton.length() > 3 ? skeleton.substring(0, 3) : skeleton;
    }

    @Test
    void namesMatchThroughTransliterationAndCaseEndings() {
        assertEquals(key(lat("Lukashenko")), key(cyr("Лукашенко")));
        assertEquals(key(lat("Lukashenko")), key(cyr("Лукашенком")));
        assertEquals(key(lat("Belousov")), key(cyr("Бєлоусовим")));
        assertEquals(key(lat("Belousov")), key(cyr("Белоусова")));
        assertEquals(key(lat("Putin")), key(cyr("Путіна")));
        assertEquals(key(lat("Zelensky")), key(cyr("Зеленського")));
        assertEquals(key(lat("Macron")), key(cyr("Макрона")));
    }

    @Test
    void differentNamesDoNotMatch() {
        assertNotEquals(key(lat("Lavrov")), key(cyr("Лукашенко")));
        assertNotEquals(key(lat("Belyayev")), key(cyr("Бєлоусов")));
        assertNotEquals(key(lat("Minsk")), key(cyr("Москва")));
    }

    @Test
    void cognatesShareAKeyAcrossScripts() {
        assertEquals(SharedAnchors.cognateKey("president", LATIN), SharedAnchors.cognateKey("президента", LATIN));
        assertEquals(SharedAnchors.cognateKey("strategic", LATIN), SharedAnchors.cognateKey("стратегічний", LATIN));
        assertEquals(SharedAnchors.cognateKey("information", LATIN), SharedAnchors.cognateKey("информации", LATIN));
        assertEquals(SharedAnchors.cognateKey("minister", LATIN), SharedAnchors.cognateKey("міністр", LATIN));
    }

    @Test
    void unrelatedWordsAndShortWordsGiveNoSharedKey() {
        assertNotEquals(SharedAnchors.cognateKey("building", LATIN), SharedAnchors.cognateKey("будинок", LATIN));
        assertNotEquals(SharedAnchors.cognateKey("government", LATIN), SharedAnchors.cognateKey("уряду", LATIN));
        assertEquals("", SharedAnchors.cognateKey("nation", LATIN)); // three consonants: too few to tell
    }

    /** The word-list keys both sentences (one Ukrainian, one English) have. */
    private static Set<String> sharedWords(String uk, String en) {
        AnchorSet a = new SharedAnchors().anchors(AnchorAlignerTest.lines("uk", List.of(uk)), AnchorAlignerTest.lines("en", List.of(en)));
        Set<String> s = a.source().get(0).stream().map(Anchor::key).filter(k -> k.startsWith(SharedAnchors.LEXICAL_PREFIX))
                .collect(Collectors.toSet());
        return a.translation().get(0).stream().map(Anchor::key).filter(s::contains).collect(Collectors.toSet());
    }

    @Test
    void aWeekdayEnglishCapitalisesIsAWordOfTheList() {
        // flag: "Tuesday" inside the sentence is an ordinary word (English capitalises weekdays), and so is "German"
        assertEquals(1, sharedWords("У вівторок.", "On Tuesday.").size());
        assertEquals(1, sharedWords("Німецька мова.", "The German tongue.").size());
    }

    @Test
    void aLowerCaseWordIsNoMonthAndACapitalisedOneNoOrdinaryWord() {
        // near miss: a lower-case "march" is the verb, not the month (березень)
        assertTrue(sharedWords("Це сталося у березні.", "They march on.").isEmpty());
        // near miss: a capitalised word inside the sentence counts only for rows English capitalises:
        // "Court" of a name is not the word "court" (суд)
        assertTrue(sharedWords("Справа дійшла до суду.", "It reached the Supreme Court.").isEmpty());
    }

    @Test
    void aHeadlineInTitleCaseHasOrdinaryWords() {
        // flag: in an English headline every long word has a capital; its words are still words of the list
        assertTrue(sharedWords("Сотні дітей переїхали до табору на кордоні.",
                "Hundreds of Children Moved to a Camp on the Border").size() >= 3);
        assertTrue(SharedAnchors.headlineCase(List.of("Hundreds", "of", "Children", "Moved", "to", "a", "Camp")));
        // near miss: an ordinary sentence with a capitalised name keeps it a name
        assertTrue(sharedWords("Справа дійшла до суду.", "It reached the Supreme Court.").isEmpty());
        assertFalse(SharedAnchors.headlineCase(List.of("The", "case", "reached", "the", "Supreme", "Court")));
    }
}
