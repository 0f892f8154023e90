package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import dev.transcheck.text.Resources;
import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TermIndex.placeAdjectives on the shipped glossary: adjectives made from place names (profile key
 * place-adjective.suffixes) and words that only look like them; TermIndex.hashtagWords.
 */
class PlaceAdjectivesTest {
    static TermIndex index;

    @BeforeAll
    static void load() throws Exception {
        index = TermIndex.of(GlossaryLoader.loadAll(List.of(Path.of("glossaries"))), new Resources());
    }

    static List<String> places(String lang, String text) {
        Document d = new Document("<test>", lang, text, new Segmenter().segment(text, lang));
        List<String> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            for (TermHit h : index.placeAdjectives(d, s)) {
                assertEquals(d.text().substring(h.span().start(), h.span().end()), h.span().text(), "span fits the text");
                out.add(h.span().text() + "=" + h.concept().id());
            }
        }
        return out;
    }

    @Test
    void ukrainianAdjectivesOfPlaces() {
        assertEquals(List.of("харківського=place.kharkiv"), places("uk", "Мешканці харківського будинку."));
        assertEquals(List.of("Київський=place.kyiv"), places("uk", "Київський метрополітен."));
        // consonant changes and inserted letters: Одеса, Донецьк, Москва, Запоріжжя
        assertEquals(List.of("одеського=place.odesa"), places("uk", "Біля одеського порту."));
        assertEquals(List.of("донецький=place.donetsk"), places("uk", "Це донецький клуб."));
        assertEquals(List.of("московських=place.moscow"), places("uk", "Серед московських чиновників."));
        assertEquals(List.of("запорізького=place.zaporizhzhia"), places("uk", "Біля запорізького мосту."));
    }

    @Test
    void russianAndEnglishAdjectivesOfPlaces() {
        assertEquals(List.of("харьковского=place.kharkiv"), places("ru", "Жильцы харьковского дома."));
        assertEquals(List.of("Московский=place.moscow"), places("ru", "Московский суд."));
        assertEquals(List.of("Russian=place.russia", "Chinese=place.china"), places("en", "Russian and Chinese officials met."));
    }

    @Test
    void laterPartsOfHyphenatedNamesAreNoAdjectivesOfOtherPlaces() {
        // a capitalised part after a capitalised part and a hyphen belongs to one proper name
        assertEquals(List.of(), places("uk", "Сніг в Івано-Франківській та Вінницькій областях.").stream()
                .filter(p -> !p.startsWith("Вінницькій")).toList()); // not France (Франція)
        assertEquals(List.of(), places("ru", "В Ивано-Франковской области."));
        // near misses: a lower-case part of a compound adjective, and the same word standing alone, still count
        assertEquals(List.of("одеського=place.odesa"), places("uk", "Біля харківсько-одеського кордону."));
        assertEquals(List.of("Одеського=place.odesa"), places("uk", "Біля кордону Одеського району."));
    }

    @Test
    void wordsThatOnlyLookLikeAdjectivesOfPlaces() {
        // a city adjective with no glossary place, a word of three letters before the suffix, a noun
        assertEquals(List.of(), places("uk", "Міська рада і морський порт, людський фактор."));
        // a noun ending like the suffix (киоск, not Киев); a lower-case English word (polish, not Poland)
        assertEquals(List.of(), places("ru", "Газетный киоск у дороги."));
        assertEquals(List.of(), places("en", "They polish the brian shoes; Bryan and Adrian came."));
        // before the noun for a language, the adjective names the language
        assertEquals(List.of(), places("ru", "Французский язык оказался единственным."));
        assertEquals(List.of(), places("uk", "Вона вивчає французьку мову."));
        assertEquals(List.of(), places("en", "The Russian language is taught there."));
    }

    @Test
    void camelCaseHashtagsAreSplitIntoWords() {
        List<String> words = TermIndex.hashtagWords(Tokenizer.tokens("#KyivDigital and BelTA #Kyiv"))
                .stream().filter(Token::isWord).map(Token::text).toList();
        assertEquals(List.of("Kyiv", "Digital", "and", "BelTA", "Kyiv"), words);
    }
}
