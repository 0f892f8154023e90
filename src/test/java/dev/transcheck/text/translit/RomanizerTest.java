package dev.transcheck.text.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanizerTest {
    static final Romanizer RZ = Romanizer.create();

    @Test
    void ukrainianNationalSystem2010() {
        assertEquals("Kyiv", RZ.national("Київ"));
        assertEquals("Zaporizhzhia", RZ.national("Запоріжжя"));
        assertEquals("Andrii", RZ.national("Андрій"));
        assertEquals("Zelenskyi", RZ.national("Зеленський"));
        assertEquals("Yuliia", RZ.national("Юлія"));
        assertEquals("Bielousov", RZ.national("Бєлоусов"));
        assertEquals("Zghurskyi", RZ.national("Згурський"));
        assertEquals("Yenakiieve", RZ.national("Єнакієве"));
        assertEquals("Yizhakevych", RZ.national("Їжакевич"));
        assertEquals("Yosypivka", RZ.national("Йосипівка"));
        assertEquals("Marinka", RZ.national("Мар'їнка"));
        assertEquals("Shchuka", RZ.national("Щука"));
        assertEquals("Kharkiv Odesa", RZ.national("Харків Одеса"));
    }

    @Test
    void bgnWithoutMarks() {
        assertEquals("Zelenskyy", RZ.bgn("Зеленський", "uk"));
        assertEquals("Sergey Shoygu", RZ.bgn("Сергей Шойгу", "ru"));
        assertEquals("Dmitriy", RZ.bgn("Дмитрий", "ru"));
    }

    @Test
    void variantTablesAdmitNewsUsageButNotMistakes() {
        assertTrue(RZ.variants("Зеленський", "uk").matcher("zelensky").matches());
        assertTrue(RZ.variants("Зеленський", "uk").matcher("zelenskyy").matches());
        assertFalse(RZ.variants("Зеленський", "uk").matcher("zelenskyj").matches());
        assertTrue(RZ.variants("Сергей", "ru").matcher("sergei").matches());
        assertTrue(RZ.variants("Дмитрий", "ru").matcher("dmitry").matches());
        assertTrue(RZ.variants("Алексей", "ru").matcher("alexei").matches());
        assertTrue(RZ.variants("Лукашенко", "ru").matcher("lukashenka").matches());
        assertTrue(RZ.variants("Пётр", "ru").matcher("pyotr").matches());
        assertTrue(RZ.variants("Сибига", "uk", "ru").matcher("sybiha").matches());
        assertFalse(RZ.variants("Сибига", "uk").matcher("sybiha").matches());
        assertFalse(RZ.variants("Київ", "uk").matcher("kiev").matches());
        assertEquals("Sergei", RZ.commonEnglish("Сергей", "ru"));
        assertEquals("Zelensky", RZ.commonEnglish("Зеленський", "uk"));
    }

    @Test
    void keys() {
        assertEquals("lukashenko", LatinKeys.normal("Lukashenko's"));
        assertEquals("zelenskii", LatinKeys.normal("Zelenśkii"));
        assertEquals(LatinKeys.fold("zelenskyj"), LatinKeys.fold("zelenskyi"));
        assertEquals(LatinKeys.fold("sybiha"), LatinKeys.fold("sibiga"));
        assertNotEquals(LatinKeys.fold("belyayev"), LatinKeys.fold("belousov"));
        assertEquals(LatinKeys.skeleton("scholz"), LatinKeys.skeleton("sholts"));
        assertEquals(LatinKeys.skeleton("macron"), LatinKeys.skeleton("makron"));
        assertEquals(LatinKeys.skeleton("rutte"), LatinKeys.skeleton("ryutte"));
        assertEquals(LatinKeys.skeleton("witkoff"), LatinKeys.skeleton("uitkoff"));
        assertNotEquals(LatinKeys.skeleton("lavrov"), LatinKeys.skeleton("lukashenko"));
    }

    @Test
    void slavicEndings() {
        assertTrue(RZ.looksSlavic("Лукашенко"));
        assertTrue(RZ.looksSlavic("Зеленський"));
        assertFalse(RZ.looksSlavic("Макрон"));
        assertFalse(RZ.looksSlavic("Шольц"));
    }
}
