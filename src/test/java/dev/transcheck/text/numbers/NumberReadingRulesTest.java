package dev.transcheck.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reading and matching rules of issue 11's second pass, each with a case it must read and a
 * near miss it must not (the checks' pairs are in {@code checks/number.mismatch.tsv}).
 */
class NumberReadingRulesTest {
    static List<NumericEntity> read(String text, String lang) {
        return NumberExtractor.extract(text, lang);
    }

    static List<Double> values(String text, String lang) {
        return read(text, lang).stream().filter(e -> !e.isDate()).map(NumericEntity::value).toList();
    }

    @Test
    void aRangeCarriesItsScaleAndCurrencyToBothEnds() {
        assertEquals(List.of(19.6e6, 9.8e6), values("з 19,6 до 9,8 млн грн", "uk"));
        assertEquals(List.of(1.2e9, 1.5e9), values("UAH 1.2–1.5 billion", "en"));
        assertEquals("UAH", read("UAH 1.2–1.5 billion", "en").get(1).unit());
        // near miss: a bare first end far below the second is what it says
        assertEquals(List.of(500.0, 2e6), values("з 500 до 2 млн", "uk"));
    }

    @Test
    void slashesMakeADateOrACode() {
        NumericEntity d = read("on 25/03/2024", "en").get(0);
        assertEquals(List.of(25, 3, 2024), List.of(d.day(), d.month(), d.year()));
        NumericEntity either = read("on 03/04/2024", "en").get(0);
        assertEquals(NumericEntity.EITHER_ORDER, either.period());
        NumericEntity uk = read("04.03.2024", "uk").get(0);
        assertTrue(NumberMatch.sameDate(either, uk));
        assertFalse(NumberMatch.sameDate(read("on 03/05/2024", "en").get(0), uk));
        List<NumericEntity> code = read("справа № 910/7215/23", "uk");
        assertEquals(List.of(910.0, 7215.0, 23.0), code.stream().map(NumericEntity::value).toList());
        assertTrue(code.stream().noneMatch(NumericEntity::spelled), "a code's parts are hard values");
        // near miss: two numbers with a slash and no number sign stay soft
        assertTrue(read("open 24/7", "en").stream().allMatch(NumericEntity::spelled));
    }

    @Test
    void aSeasonCodeIsAYear() {
        NumericEntity y = read("their SS19 collection", "en").get(0);
        assertEquals(Kind.YEAR, y.kind());
        assertEquals(2019, y.value());
        // near misses: other letters, or lower case, are an identifier
        assertTrue(read("the H19 motorway", "en").isEmpty());
        assertTrue(read("a Ss19 part", "en").isEmpty());
    }

    @Test
    void aUnitWithAnArticleIsOneOfIt() {
        NumericEntity mile = read("about a mile away", "en").get(0);
        assertEquals(1, mile.value());
        assertEquals("mi", mile.unit());
        assertTrue(mile.spelled());
        NumericEntity half = read("over half an inch of rain", "en").get(0);
        assertEquals(0.5, half.value());
        assertEquals("in", half.unit());
        // near miss: an article before a word that is no unit of measure
        assertTrue(read("a mild winter", "en").isEmpty());
    }

    @Test
    void aBareScaleWordAfterAMarkerIsOneOfIt() {
        NumericEntity e = read("было убито свыше тысячи людей", "ru").get(0);
        assertEquals(1000, e.value());
        assertTrue(e.spelled());
        // near miss: without a marker it is as often a plural ("thousands of people")
        assertTrue(read("тысячи людей вышли на улицы", "ru").isEmpty());
    }

    @Test
    void aWordOfAbsenceIsASoftZero() {
        NumericEntity e = read("без переплати", "uk").get(0);
        assertEquals(0, e.value());
        assertTrue(e.spelled());
        NumberMatch m = NumberMatch.of(read("at 0% interest", "en"), read("без переплати", "uk"));
        assertTrue(m.clean(), m.toString());
        // near miss: "No." before a number is a number sign, not an absence
        assertTrue(read("case No. 5", "en").stream().noneMatch(x -> x.value() == 0));
    }

    @Test
    void aRaceIsNamedByItsDistance() {
        assertTrue(NumberMatch.of(read("she ran the 15K", "en"), read("15 км", "uk")).clean());
        assertFalse(NumberMatch.of(read("she ran the 15K", "en"), read("21 км", "uk")).clean());
        // near miss: a K after a currency sign is thousands of money, not kilometres
        assertFalse(NumberMatch.of(read("a $15K bonus", "en"), read("15 км", "uk")).clean());
    }

    @Test
    void conversionsRoundAndChain() {
        // 0.5 in = 1.27 cm written at the half step
        assertTrue(NumberMatch.rounded(1.27, 1.5));
        assertFalse(NumberMatch.rounded(1.27, 2.5));
        // 385 miles = 619.6 km: 360 is no rounding of it, 620 is
        assertFalse(NumberMatch.rounded(619.6, 360));
        assertTrue(NumberMatch.of(read("a 6-foot-6 forward", "en"), read("зростом 1,98 м", "uk")).clean());
        assertFalse(NumberMatch.of(read("a 6-foot-6 forward", "en"), read("зростом 1,82 м", "uk")).clean());
    }

    @Test
    void aPrepositionGluedToDigitsIsNoCode() {
        NumericEntity e = read("місцями до10,16 см", "uk").get(0);
        assertEquals(10.16, e.value());
        assertEquals("cm", e.unit());
        // near miss: letters that are no preposition make an identifier
        assertTrue(read("штам H1N1", "uk").isEmpty());
    }

    @Test
    void primeMarksAreInchesAndFeet() {
        NumericEntity in = read("a desk 47.6\" high", "en").get(0);
        assertEquals("in", in.unit());
        assertEquals(47.6, in.value());
        assertEquals("in", read("a 55\u2033 screen", "en").get(0).unit());
        // feet and inches join into inches: 6'1" = 73 in
        List<NumericEntity> h = read("he is 6'1\" tall", "en");
        assertEquals(1, h.size());
        assertEquals(73.0, h.get(0).value());
        assertEquals("in", h.get(0).unit());
        // near misses: the closing quote of a quoted name, and an apostrophe of a decade
        assertEquals(null, read("the show \"Room 101\" is back", "en").get(0).unit());
        assertTrue(read("the 90's music", "en").stream().noneMatch(e -> "ft".equals(e.unit())));
    }

    @Test
    void aDayAndMonthWithoutYearNeedAWeekdayOrAClockTime() {
        NumericEntity us = read("Ends Monday 12/2 at 11:59 pm", "en").get(0);
        assertEquals(List.of(2, 12), List.of(us.day(), us.month()));
        NumericEntity uk = read("Діє до понеділка, 2.12, 23:59", "uk").get(0);
        assertEquals(List.of(2, 12), List.of(uk.day(), uk.month()));
        assertTrue(NumberMatch.sameDate(us, uk));
        NumericEntity ru = read("Итоги — 15.03 в 19:00", "ru").get(0);
        assertEquals(List.of(15, 3), List.of(ru.day(), ru.month()));
        // near misses: a ratio, a decimal with its unit, a bare pair
        assertTrue(read("open 12/2 weeks", "en").stream().noneMatch(NumericEntity::isDate));
        assertTrue(read("у вівторок 2.10 кг", "uk").stream().noneMatch(NumericEntity::isDate));
        assertTrue(read("коефіцієнт 2.12", "uk").stream().noneMatch(NumericEntity::isDate));
        // a programme line: a day and month heading the line before a dash or a colon
        NumericEntity line = read("Показы:\n▪️ 14.03 — лекция", "ru").get(0);
        assertEquals(List.of(14, 3), List.of(line.day(), line.month()));
        assertTrue(read("12.11: показ", "ru").get(0).isDate());
        // near misses: within the line, a decimal glued to a hyphen, a month of one digit
        assertTrue(read("Курс 14.03 — рекорд", "uk").stream().noneMatch(NumericEntity::isDate));
        assertTrue(read("14.03-14.05 м", "uk").stream().noneMatch(NumericEntity::isDate));
        assertTrue(read("1.6 — об'єм двигуна", "uk").stream().noneMatch(NumericEntity::isDate));
    }

    @Test
    void anEnglishClockTimeWithoutMeridiemMayBeTheAfternoon() {
        NumericEntity bare = read("dinner at 7:15", "en").get(0);
        assertEquals(7 * 60 + 15, bare.value());
        assertEquals(19 * 60 + 15, bare.alt());
        // near misses: a time with p.m., a time past noon, a Ukrainian time (24-hour clock)
        assertTrue(Double.isNaN(read("dinner at 7:15 p.m.", "en").get(0).alt()));
        assertTrue(Double.isNaN(read("dinner at 19:15", "en").get(0).alt()));
        assertTrue(Double.isNaN(read("вечеря о 7:15", "uk").get(0).alt()));
    }

    @Test
    void aCapitalLetterAfterAHyphenIsAnIndex() {
        assertTrue(read("у 1-А клас", "uk").isEmpty());
        assertTrue(read("корпус 12-Б", "ru").isEmpty());
        // near misses: an ordinal ending in small letters, an ordinal in a heading in capitals
        assertEquals(NumericEntity.Kind.ORDINAL, read("у 1-а групі", "uk").get(0).kind());
        assertEquals(NumericEntity.Kind.ORDINAL, read("ЗАЙНЯЛИ 1-Е МІСЦЕ", "uk").get(0).kind());
    }

    @Test
    void halfAUnitInWords() {
        for (String s : List.of("пів року", "півроку", "полгода")) {
            NumericEntity e = read("ще " + s + " тому", s.startsWith("пол") ? "ru" : "uk").get(0);
            assertEquals(0.5, e.value(), s);
            assertEquals("yr", e.unit(), s);
            assertTrue(e.spelled(), s);
        }
        assertEquals("h", read("за полчаса", "ru").get(0).unit());
        // near miss: «пів» before a word of no unit
        assertTrue(read("пів міста", "uk").isEmpty());
    }

    @Test
    void noonAndMidnightAreSoftClockTimes() {
        NumericEntity noon = read("from noon today", "en").get(0);
        assertEquals(Kind.TIME, noon.kind());
        assertEquals(720.0, noon.value());
        assertTrue(noon.spelled());
        assertEquals(0.0, read("до опівночі", "uk").get(0).value());
        // near miss: the afternoon is no clock time
        assertTrue(read("после полудня", "ru").isEmpty());
    }

    @Test
    void aTemperatureGlossIsFahrenheitForCelsiusWithEitherSign() {
        assertTrue(NumberMatch.temperatureGloss(50, 58)); // −50 °C (−58 °F)
        assertTrue(NumberMatch.temperatureGloss(10, 14)); // −10 °C (14 °F)
        assertTrue(NumberMatch.temperatureGloss(20, 68));
        // near miss: no reading of either sign converts
        assertFalse(NumberMatch.temperatureGloss(10, 30));
    }

    @Test
    void aPhoneNumberIsOneValueInEitherForm() {
        NumericEntity intl = read("Telegram: +380 67 481 2305, Ostap.", "en").get(0);
        NumericEntity local = read("Telegram: 067 481 23 05, Остап.", "uk").get(0);
        assertEquals(NotationRules.PHONE, intl.unit());
        assertEquals(674812305.0, intl.value());
        assertEquals(intl.value(), local.value());
        assertEquals(1, read("Call 0161 496 0734 (Mon–Fri)", "en").size());
        assertEquals(read("Call 0161 496 0734 (Mon–Fri)", "en").get(0).value(), read("+44 161 496 0734", "uk").get(0).value());
        assertEquals(read("+7 916 204-37-81", "ru").get(0).value(), read("+7 916 204 3781", "en").get(0).value());
        assertEquals(1, read("8 800 555-42-17 (бесплатно)", "ru").size());
        // a changed digit is another value
        assertFalse(NumericEntity.same(local.value(), read("067 481 23 06", "uk").get(0).value()));
        // near misses: grouped counts and a decimal are no phone numbers
        assertEquals(List.of(1500000.0), values("1 500 000 грн", "uk"));
        assertEquals(List.of(8500000.0), values("8 500 000 рублей", "ru"));
        assertEquals(List.of(0.5, 12.0), values("0,5 л і 12 шт.", "uk"));
    }

    @Test
    void aModelNumberAfterALatinNameIsNoThousands() {
        assertEquals(List.of(13.0, 128.0), values("Продам iPhone 13 128 ГБ", "uk"));
        assertTrue(values("Terrana Sport 2 205/55 R16", "ru").contains(205.0));
        // near misses: a currency code and a Cyrillic word before a grouped number
        assertEquals(List.of(1200.0), values("UAH 1 200", "uk"));
        assertEquals(List.of(13128.0), values("продано 13 128 шт.", "uk"));
    }

    @Test
    void aUnitOfTimeInACompoundAdjectiveConverts() {
        NumericEntity uk = read("1,5-річні папери", "uk").get(0);
        NumericEntity en = read("18-month notes", "en").get(0);
        assertEquals("yr", uk.unit());
        assertEquals("mo", en.unit());
        assertTrue(uk.spelled() && en.spelled());
        assertTrue(NumberMatch.of(List.of(uk), List.of(en)).sourceOnly().isEmpty());
        // years and months join into months: «2 років і 6 місяців» is "a 2½-year sentence"
        NumberMatch m = NumberMatch.of(read("до 2 років і 6 місяців позбавлення волі", "uk"), read("a 2½-year sentence", "en"));
        assertTrue(m.sourceOnly().isEmpty() && m.translationOnly().isEmpty());
        // near miss: another duration
        NumberMatch miss = NumberMatch.of(read("до 3 років і 6 місяців позбавлення волі", "uk"), read("a 2½-year sentence", "en"));
        assertFalse(miss.sourceOnly().isEmpty());
        // near miss: two durations apart ("1 year, or 6 months on the battery") stay two values
        NumberMatch two = NumberMatch.of(read("Warranty: 1 year, or 6 months on the battery.", "en"),
                read("Гарантія — 1 рік, на акумулятор — 6 місяців.", "uk"));
        assertTrue(two.sourceOnly().isEmpty() && two.translationOnly().isEmpty());
    }

    @Test
    void aPhoneNumberBeforeABracketEndsBeforeIt() {
        List<NumericEntity> es = read("Call Olena on +380 67 412 58 30 (9 am to 8 pm).", "en");
        assertEquals(read("Телефонуйте: +380 67 412 58 30, Олена", "uk").get(0).value(), es.get(0).value());
        assertEquals(NotationRules.PHONE, es.get(0).unit());
        assertEquals(Kind.TIME, es.get(1).kind());
    }

    @Test
    void aSizeInASystemOnlyOneSideNamesIsNotCounted() {
        NumberMatch m = NumberMatch.of(read("XS – EU 34 / UK 6 / US 2 – 66", "en"), read("XS — RU 40 / EU 34 / UK 6 / US 2 — 66", "ru"));
        assertTrue(m.sourceOnly().isEmpty() && m.translationOnly().isEmpty());
        // near miss: one label alone is no size chart ("the US 40" stays a count)
        assertEquals("person", read("in the US 40 people", "en").get(0).unit());
    }

    @Test
    void aUnitSymbolGluedInItsOwnCaseIsAUnit() {
        NumericEntity mah = read("a 20,000mAh power bank", "en").get(0);
        assertEquals("mAh", mah.unit());
        assertEquals(20000.0, mah.value());
        assertEquals("kWh", read("uses 5kWh a day", "en").get(0).unit());
        // near miss: a capital the unit does not have is a code (5G is a network, 3MAH no unit)
        assertTrue(read("a 3MAH part", "en").isEmpty());
    }

    @Test
    void anAreaInSquareFeetIsAGlossOfSquareMetres() {
        NumericEntity m2 = read("до 200 м²", "uk").get(0);
        assertEquals("m2", m2.unit());
        assertEquals(200.0, m2.value());
        NumberMatch m = NumberMatch.of(read("Covers up to 200 m² (2,150 sq ft).", "en"), read("Покриття — до 200 м².", "uk"));
        assertTrue(m.sourceOnly().isEmpty() && m.translationOnly().isEmpty());
        // near miss: a gloss that is no conversion stays
        NumberMatch miss = NumberMatch.of(read("Covers up to 200 m² (3,150 sq ft).", "en"), read("Покриття — до 200 м².", "uk"));
        assertFalse(miss.sourceOnly().isEmpty());
    }
}
