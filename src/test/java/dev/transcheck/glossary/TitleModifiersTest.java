package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleModifiersTest {
    private static Set<String> at(String lang, String text, String office) {
        List<Token> toks = Tokenizer.tokens(text);
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
        return TitleModifiers.of(lang).kindsAt(toks, first, last);
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
