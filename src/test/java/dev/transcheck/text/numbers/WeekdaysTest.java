package dev.transcheck.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekdays found in running text from the profiles' {@code weekday} rows: each found form beside a near miss. */
class WeekdaysTest {
    private static List<Integer> days(String text, String lang) {
        return Weekdays.in(text, lang).stream().map(Weekdays.Mention::day).toList();
    }

    @Test
    void englishDaysAreCapitalisedWordsNotAbbreviations() {
        assertEquals(List.of(0, 4), days("Open from Monday to Friday.", "en"));
        assertEquals(List.of(6), days("Closed on Sundays.", "en"));
        assertEquals(List.of(), days("The Sun and the Mon Repos cafe; wed on a sunday morning.", "en"));
        assertEquals(List.of(1), days("ON TUESDAY", "en"));
    }

    @Test
    void ukrainianFormsInEveryCaseAndAnyApostrophe() {
        assertEquals(List.of(4, 4, 4), days("У п'ятницю, у п’ятницю і у пʼятницю.", "uk"));
        assertEquals(List.of(0, 6), days("з понеділка до неділі", "uk"));
        assertEquals(List.of(), days("Серед них є студенти; ср, пн.", "uk"));
        assertEquals(List.of(2), days("Засідання в середу.", "uk"));
    }

    @Test
    void russianWednesdayOnlyAfterADatePreposition() {
        assertEquals(List.of(2), days("Встреча пройдёт в среду.", "ru"));
        assertEquals(List.of(2), days("По средам музей закрыт.", "ru"));
        assertEquals(List.of(2), days("До среды ответа не будет.", "ru"));
        assertEquals(List.of(), days("Бактерии живут в кислой среде, окружающая среда важна.", "ru"));
        assertEquals(List.of(), days("Её среды хватает.", "ru"));
        assertEquals(List.of(), days("Словосреду нет.", "ru"));
        assertEquals(List.of(3), days("В четверг", "ru"));
    }

    @Test
    void germanAndPolishJoinThroughTheirProfiles() {
        assertEquals(List.of(0, 6), days("Geöffnet von Montag bis Sonntag, samstags nicht.", "de").subList(0, 2));
        assertEquals(List.of(0, 6, 5), days("Geöffnet von Montag bis Sonntag, samstags nicht.", "de"));
        assertEquals(List.of(2, 4), days("Muzeum jest otwarte w środę i w piątek.", "pl"));
        assertEquals(List.of(), days("W środku miasta.", "pl"));
    }

    @Test
    void aLanguageWithoutWeekdayRowsNamesNone() {
        assertEquals(List.of(), days("Lundi et mardi.", "fr"));
        assertEquals(List.of(), days("Monday", "xx"));
    }
}
