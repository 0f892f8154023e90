package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.text.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    static final Transcheck TC = Transcheck.builder().resources(new Resources()).build();

    static List<String> find(String lang, String text) {
        Resources r = TC.resources();
        NameFinder f = new NameFinder(r.morphology(lang), lang, NameTables.of(r), "ru".equals(lang) ? r.morphology("uk") : null);
        return f.find(TC.document("t", lang, text)).stream()
                .map(p -> p.span().text() + ":" + p.kind() + ":" + p.lemma() + ":" + p.group()).toList();
    }

    @Test
    void ukrainianPersonWithPatronymicInParentheses() {
        assertEquals(List.of("Володимиром:FIRST:Володимир:0", "Володимировичем:PATRONYMIC:Володимирович:0", "Путіним:SURNAME:Путін:0"),
                find("uk", "Ми з Володимиром Володимировичем (Путіним) обговорили це."));
    }

    @Test
    void initialsPlacesAndCaseForms() {
        assertEquals(List.of("Зеленський:SURNAME:Зеленський", "Києві:PLACE:Київ", "Білорусі:PLACE:Білорусь"),
                find("uk", "Вчора В. Зеленський у Києві говорив про ситуацію в Білорусі.").stream()
                        .map(x -> x.substring(0, x.lastIndexOf(':'))).toList());
        assertEquals(List.of("Лукашенка:SURNAME:Лукашенко:0"), find("uk", "Заява Лукашенка здивувала всіх.").subList(0, 1));
    }

    @Test
    void russianFullNameAndPlaces() {
        assertEquals(List.of("Александр:FIRST:Александр:0", "Григорьевич:PATRONYMIC:Григорьевич:0", "Лукашенко:SURNAME:Лукашенко:0"),
                find("ru", "Вчера Александр Григорьевич Лукашенко выступил."));
        assertEquals(List.of("Харькове:PLACE:Харьков:0"), find("ru", "Переговоры прошли в Харькове."));
        assertEquals(List.of("Захаровой:SURNAME:Захарова:0"), find("ru", "Заявление Захаровой опубликовали."));
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        assertEquals(List.of(), find("uk", "Захід готується до зими."));
        assertEquals(List.of(), find("ru", "Сегодня прошли переговоры."));
        assertTrue(find("ru", "Песков заявил, что переговоры продолжаются.").get(0).startsWith("Песков:SURNAME"));
    }

    @Test
    void aFirstNameReadingAfterAnUnknownFirstNameIsTheSurname() {
        // Линдси: no dictionary knows it; Грэм: the dictionary reads it as a first name only
        assertTrue(find("ru", "Вчера Линдси Грэм выступил.").get(1).startsWith("Грэм:SURNAME"));
        // near miss: the same first name opening a name stays a first name
        assertTrue(find("ru", "Вчера Грэм Поттер выступил.").get(0).startsWith("Грэм:FIRST"));
    }

    @Test
    void acronymsAndLatinWordsAreNotNames() {
        assertEquals(List.of(), find("uk", "Агентство БЕЛТА повідомило про NATO."));
    }

    @Test
    void titlesWrittenWithOneCapitalAreNotNames() {
        // the adjective agrees with the lower-case noun (and adjectives) after it: a title, a prize, a war
        assertEquals(List.of(), find("uk", "Фільм здобув Срібну пальмову гілку."));
        assertEquals(List.of(), find("ru", "Государства признали Римский статут."));
        // the same word followed by a verb is a surname
        assertEquals(List.of("Срібна:SURNAME:Срібна:0"), find("uk", "Суддя Срібна відхилила позов."));
        // a genitive complement counts only at a sentence or quotation start
        assertEquals(List.of(), find("ru", "Звезда шоу «Логово дракона» ушла."));
        assertTrue(find("ru", "«Лавров заявил об этом», — сказал он.").get(0).startsWith("Лавров:SURNAME"));
    }

    @Test
    void compoundsAndLocativesAtTheStartAreNotNames() {
        assertEquals(List.of(), find("uk", "Він відкрив Інтернет-магазин минулого року."));
        assertEquals(List.of("Ростов:PLACE:Ростов:0"), find("ru", "Он приехал в Ростов-на-Дону.").subList(0, 1));
        // a locative needs a preposition: at a sentence start only the common word is left
        assertEquals(List.of(), find("uk", "Друзі, ми відкрилися."));
        assertEquals(List.of("Друзі:SURNAME:Друзь:0"), find("uk", "Ми говорили про Друзі.").stream()
                .filter(x -> x.startsWith("Друзі")).toList());
    }
}
