package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.Resources;
import dev.transcheck.model.Document;
import dev.transcheck.segment.Segmenter;
import dev.transcheck.text.analysis.Token;
import dev.transcheck.text.analysis.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names no dictionary knows (made-up surnames) still match in every case through the declension tables. */
class DeclensionRulesTest {
    static final Resources RESOURCES = new Resources();
    static final Glossary GLOSSARY = new Glossary(List.of(
            person("person.kvitchastov", "ru", "Игорь Квитчастов"),
            person("person.verbolozsky", "ru", "Пётр Верболозский"),
            person("person.sybyha-ru", "ru", "Андрей Сибига"),
            person("person.harbuziuk", "uk", "Остап Брязкотюк"),
            person("person.dzvonenko", "uk", "Тарас Дзвоненко"),
            person("person.zhabokrytska", "uk", "Олена Брязкоцька")));

    static Concept person(String id, String lang, String form) {
        return new Concept(id, ConceptType.PERSON, List.of(new Term(lang, form, TermStatus.PREFERRED, null, null, "test")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
        "ru, person.kvitchastov, Квитчастова, true",
        "ru, person.kvitchastov, Квитчастову, true",
        "ru, person.kvitchastov, Квитчастовым, true",
        "ru, person.kvitchastov, Квитчастове, true",
        "ru, person.kvitchastov, Игорем Квитчастовым, false",
        "ru, person.kvitchastov, Игоря Квитчастова, false",
        "ru, person.verbolozsky, Верболозского, true",
        "ru, person.verbolozsky, Верболозскому, true",
        "ru, person.verbolozsky, Верболозским, true",
        "ru, person.verbolozsky, Верболозском, true",
        "ru, person.verbolozsky, Петром Верболозским, false",
        "ru, person.sybyha-ru, Сибиги, true",
        "ru, person.sybyha-ru, Сибиге, true",
        "ru, person.sybyha-ru, Сибигу, true",
        "ru, person.sybyha-ru, Сибигой, true",
        "uk, person.harbuziuk, Брязкотюка, true",
        "uk, person.harbuziuk, Брязкотюкові, true",
        "uk, person.harbuziuk, Брязкотюком, true",
        "uk, person.harbuziuk, Брязкотюку, true",
        "uk, person.harbuziuk, Остапом Брязкотюком, false",
        "uk, person.dzvonenko, Дзвоненка, true",
        "uk, person.dzvonenko, Дзвоненкові, true",
        "uk, person.dzvonenko, Дзвоненком, true",
        "uk, person.dzvonenko, Дзвоненку, true",
        "uk, person.dzvonenko, Тарасові Дзвоненкові, false",
        "uk, person.zhabokrytska, Брязкоцької, true",
        "uk, person.zhabokrytska, Брязкоцькій, true",
        "uk, person.zhabokrytska, Брязкоцьку, true",
        "uk, person.zhabokrytska, Брязкоцькою, true",
        "uk, person.zhabokrytska, Оленою Брязкоцькою, false",
    })
    void unknownSurnamesMatchInEveryCase(String lang, String concept, String phrase, boolean partial) {
        List<Token> words = Tokenizer.tokens(phrase);
        String surname = words.get(words.size() - 1).text();
        assertTrue(RESOURCES.morphology(lang).lookup(surname).isEmpty()
                        && RESOURCES.morphology(lang).lookup(surname.toLowerCase(java.util.Locale.ROOT)).isEmpty(),
                surname + " must be unknown to the dictionary for this test to mean something");
        String text = "Вчера " + phrase + " приехал.";
        Document d = new Document("<t>", lang, text, new Segmenter().segment(text, lang));
        List<TermHit> hits = TermIndex.of(GLOSSARY, RESOURCES).find(d, d.sentence(0));
        assertEquals(1, hits.size(), () -> phrase + ": " + hits);
        assertEquals(concept, hits.get(0).concept().id());
        assertEquals(phrase, hits.get(0).span().text());
        assertEquals(partial, hits.get(0).partial());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ru, Квитчаст",
        "ru, Квитчастовский",
        "uk, Брязкіт",
        "uk, Дзвоник",
    })
    void otherWordsOfTheSameRootDoNotMatch(String lang, String word) {
        String text = "Вчера " + word + " приехал.";
        Document d = new Document("<t>", lang, text, new Segmenter().segment(text, lang));
        assertEquals(List.of(), TermIndex.of(GLOSSARY, RESOURCES).find(d, d.sentence(0)));
    }
}
