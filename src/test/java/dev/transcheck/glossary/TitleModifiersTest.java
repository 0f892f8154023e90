package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleModifiersTest {
    /** The first and last token of {@code office} in {@code text}. */
    private static int[] range(List<Token> toks, String text, String office) {
        int start = text.indexOf(office);
        int end = start + office.length();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= start && toks.get(i).start() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] {first, last};
    }

    private static Set<String> at(String lang, String text, String office) {
        List<Token> toks = Tokenizer.tokens(text);
        int[] r = range(toks, text, office);
        return TitleModifiers.of(lang).kindsAt(toks, r[0], r[1]);
    }

    private static Set<String> loose(String lang, String text, String office) {
        List<Token> toks = Tokenizer.tokens(text);
        int[] r = range(toks, text, office);
        return TitleModifiers.of(lang).kindsAtLoose(toks, r[0], r[1]);
    }

    @Test
    void aModifierAcrossDescribingWordsIsOnlyPossible() {
        assertEquals(Set.of(), at("en", "He met the former long-serving governor of Ohio.", "governor"));
        assertEquals(Set.of("former"), loose("en", "He met the former long-serving governor of Ohio.", "governor"));
        assertEquals(Set.of("former"), loose("uk", "Колишній багаторічний губернатор штату виступив.", "губернатор"));
        // a short or function word begins another phrase: "former" belongs to the head, not the minister
        assertEquals(Set.of(), loose("en", "The former head of the defence minister's office spoke.", "defence minister"));
        assertEquals(Set.of(), loose("ru", "Бывший глава и министр обороны выступил.", "министр обороны"));
        // more than two describing words: too far
        assertEquals(Set.of(), loose("en", "The former very popular long-serving governor spoke.", "governor"));
    }

    @Test
    void compatibleWhenSomeRankFitsBothSides() {
        assertTrue(TitleModifiers.compatible(Set.of(), Set.of("former"), Set.of("former"), Set.of("former")));
        assertTrue(TitleModifiers.compatible(Set.of(), Set.of(), Set.of(), Set.of("deputy")));
        org.junit.jupiter.api.Assertions.assertFalse(TitleModifiers.compatible(Set.of(), Set.of(), Set.of("former"), Set.of("former")));
        org.junit.jupiter.api.Assertions.assertFalse(
                TitleModifiers.compatible(Set.of("deputy"), Set.of("deputy"), Set.of(), Set.of("former")));
    }

    @Test
    void modifiersBeforeAndInsideTheOffice() {
        assertEquals(Set.of("deputy"), at("en", "Deputy Defence Minister Ivanov spoke.", "Defence Minister"));
        assertEquals(Set.of("first-deputy"), at("en", "The first deputy prime minister spoke.", "prime minister"));
        assertEquals(Set.of("former"), at("en", "The former US president spoke.", "president"));
        assertEquals(Set.of("former"), at("en", "The ex-president spoke.", "president"));
        assertEquals(Set.of("deputy"), at("uk", "Заступниця міністра оборони заявила.", "міністра оборони"));
        assertEquals(Set.of("acting"), at("uk", "В.о. міністра оборони заявив.", "міністра оборони"));
        assertEquals(Set.of("first-deputy"), at("ru", "Первый вице-премьер заявил.", "вице-премьер"));
        assertEquals(Set.of("acting"), at("ru", "Исполняющий обязанности министра заявил.", "министра"));
    }

    @Test
    void aPrefixWrittenTogetherWithTheOfficeCarriesItsRank() {
        // Український правопис 2019: віце- is written together (віцепрем'єр); the office word stays an office word
        assertEquals(Set.of("deputy"), at("uk", "Віцепрем'єр-міністерка заявила.", "Віцепрем'єр-міністерка"));
        assertEquals(Set.of("first-deputy"), at("uk", "Перший віцепрем'єр заявив.", "віцепрем'єр"));
        assertEquals(Set.of("deputy"), at("uk", "Віце-прем'єр заявив.", "прем'єр"));
        org.junit.jupiter.api.Assertions.assertFalse(TitleModifiers.of("uk").isModifierWord("віцепрем'єр"));
        // near miss: the bare prefix is no office, and a word that only begins like it carries no rank
        assertEquals(Set.of(), at("uk", "Прем'єр-міністр заявив.", "Прем'єр-міністр"));
    }

    @Test
    void wordsAwayFromTheOfficeDoNotCount() {
        assertEquals(Set.of(), at("en", "The defence minister and his deputy arrived.", "defence minister"));
        assertEquals(Set.of(), at("en", "His deputy said the defence minister arrived.", "defence minister"));
        assertEquals(Set.of(), at("en", "The first minister to arrive.", "minister"));
        assertEquals(Set.of(), at("uk", "Заступник голови та міністр оборони прибули.", "міністр оборони"));
    }

    @Test
    void languageWithoutDataHasNoModifiers() {
        assertTrue(TitleModifiers.of("es").isEmpty());
    }
}
