package dev.transcheck.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.numbers.NumericEntity.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor's API: values, kinds, units, markers and offsets. */
class NumberExtractorTest {
    static NumericEntity only(String text, String lang) {
        List<NumericEntity> all = NumberExtractor.extract(text, lang);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void separatorsFollowTheLanguage() {
        assertEquals(1.5, only("ціна 1,5", "uk").value());
        assertEquals(1500, only("price 1,500", "en").value());
        assertEquals(1.5, only("price 1.5", "en").value());
        assertEquals(100000, only("прибуло 100\u202F000 осіб", "uk").value());
        assertEquals(100000, only("прибыло 100\u00A0000", "ru").value());
    }

    @Test
    void scaleWordsCurrenciesAndMarkers() {
        NumericEntity e = only("з понад 100 тисячами військових", "uk");
        assertEquals(100000, e.value());
        assertEquals("more", e.approx());
        assertEquals("100 тисячами", e.text());
        NumericEntity m = only("It cost $5m.", "en");
        assertEquals(5e6, m.value());
        assertEquals("USD", m.unit());
        assertEquals(Kind.MONEY, m.kind());
        NumericEntity p = only("на 8,5 відсотка", "uk");
        assertEquals(Kind.PERCENT, p.kind());
        assertEquals(8.5, p.value());
    }

    @Test
    void datesInEveryForm() {
        NumericEntity d = NumberExtractor.extract("24 лютого 2022 року", "uk").get(0);
        assertEquals(Kind.DATE, d.kind());
        assertEquals(2, d.month());
        assertEquals(24, d.day());
        assertEquals(2022, d.year());
        NumericEntity mid = only("in mid-September", "en");
        assertEquals(9, mid.month());
        assertEquals("mid", mid.period());
        assertEquals("mid", only("в середине сентября", "ru").period());
        // "May" the modal verb is not a month, nor a lower-case "march"
        assertTrue(NumberExtractor.extract("Prices may march on.", "en").isEmpty());
    }

    @Test
    void spelledOrdinalAndIdentifiers() {
        NumericEntity s = only("пʼятнадцять бригад", "uk");
        assertTrue(s.spelled());
        assertEquals(15, s.value());
        assertEquals(15, only("п’ятнадцять", "uk").value());
        assertEquals(25, only("Twenty-five people", "en").value());
        assertEquals(Kind.ORDINAL, only("1-й группы", "ru").kind());
        assertTrue(NumberExtractor.extract("H1N1 and T2", "en").isEmpty());
        assertEquals(19, only("COVID-19", "en").value());
    }

    @Test
    void formatIssues() {
        assertTrue(only("1,5 million", "en").issue().contains("decimal comma"));
        NumericEntity dot = only("100.000 people", "en");
        assertEquals(100, dot.value());
        assertEquals(100000, dot.alt());
        assertTrue(only("1.5 млн", "uk").issue().contains("decimal point"));
        assertNull(only("1,5 млн", "uk").issue());
        assertTrue(only("95%", "ru").issue().contains("space before the percent sign"));
        assertNull(only("95%", "en").issue());
    }

    @Test
    void offsetsPointIntoTheText() {
        String t = "Вони виїхали 24 лютого.";
        NumericEntity d = only(t, "uk");
        assertEquals(t.substring(d.start(), d.end()), d.text());
        assertEquals("24 лютого", d.text());
    }

    @Test
    void fractionSigns() {
        NumericEntity mixed = only("about 2½ hours", "en");
        assertEquals(2.5, mixed.value());
        assertEquals("h", mixed.unit());
        assertEquals("2½ hours", mixed.text());
        List<NumericEntity> chart = NumberExtractor.extract("100 см / 39½″", "uk");
        assertEquals(2, chart.size());
        assertEquals(39.5, chart.get(1).value());
        assertEquals(0.75, only("¾ cup", "en").value());
        List<NumericEntity> apart = NumberExtractor.extract("2 ½", "en"); // a sign apart from the digits is its own value
        assertEquals(2, apart.size());
        assertEquals(0.5, apart.get(1).value());
    }

    @Test
    void rimSizesYoAndWordsOfTwo() {
        NumericEntity rim = only("диски R17", "uk");
        assertEquals(17, rim.value());
        assertEquals("in", rim.unit());
        List<NumericEntity> tyre = NumberExtractor.extract("шины 205/55 R16", "ru");
        assertEquals(16, tyre.get(tyre.size() - 1).value());
        assertEquals("in", tyre.get(tyre.size() - 1).unit());
        assertTrue(NumberExtractor.extract("the R2-D2 droid", "en").isEmpty());
        assertTrue(NumberExtractor.extract("GR17 and R170", "en").isEmpty());
        assertEquals(4, only("в четырёх коробках", "ru").value());
        assertEquals(4, only("в четырех коробках", "ru").value());
        assertEquals(2, only("dual-zone climate control", "en").value());
    }
}
