package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.text.Resources;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TermIndex.find on inflected Ukrainian and Russian forms, English analysis, spans and near misses. */
class TermIndexTest {
    static final Path DIR = Path.of("src/test/resources/glossary");
    static Resources resources = new Resources();
    static Glossary glossary;
    static TermIndex index;

    @BeforeAll
    static void load() throws Exception {
        glossary = GlossaryLoader.loadAll(List.of(DIR.resolve("terms.csv")));
        index = TermIndex.of(glossary, resources);
    }

    static Document doc(String lang, String text) {
        return new Document("<test>", lang, text, new Segmenter().segment(text, lang));
    }

    static List<TermHit> find(String lang, String text) {
        Document d = doc(lang, text);
        List<TermHit> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            out.addAll(index.find(d, s));
        }
        for (TermHit h : out) {
            assertEquals(d.text().substring(h.span().start(), h.span().end()), h.span().text(), "span fits the text");
        }
        return out;
    }

    static Stream<Arguments> caseForms() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("case-forms.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String[] forms = f[2].split("\\|");
            for (int i = 0; i < forms.length; i++) {
                out.add(Arguments.of(f[0], f[1], i, forms[i]));
            }
        }
        return out.stream();
    }

    /** Every case form, inside a sentence, is found as its concept with the exact span. */
    @ParameterizedTest(name = "{0} {1} case {2}: {3}")
    @MethodSource("caseForms")
    void findsEveryCaseForm(String lang, String concept, int caseIndex, String form) {
        String before = lang.equals("uk") ? "Учора про це йшлося: " : "Вчера об этом шла речь: ";
        String text = before + form + " — і не тільки.";
        List<TermHit> hits = find(lang, text);
        int start = before.length();
        assertTrue(hits.stream().anyMatch(h -> h.concept().id().equals(concept) && h.span().start() == start
                        && h.span().end() == start + form.length() && !h.partial()),
                () -> "no full hit of " + concept + " for '" + form + "': " + hits);
    }

    @Test
    void caseFormTableIsLargeEnough() throws IOException {
        long uk = caseForms().filter(a -> a.get()[0].equals("uk")).count();
        long ru = caseForms().filter(a -> a.get()[0].equals("ru")).count();
        long concepts = caseForms().map(a -> a.get()[1]).distinct().count();
        assertTrue(concepts >= 20 && uk >= 140 && ru >= 120, concepts + " concepts, " + uk + " uk, " + ru + " ru forms");
    }

    @Test
    void surnameAloneIsAPartialHit() {
        List<TermHit> uk = find("uk", "Лукашенкові передали лист, а Бєлоусовим опікувалися інші. Сибіги не було.");
        assertEquals(List.of("person.lukashenko", "person.belousov", "person.sybiha"),
                uk.stream().map(h -> h.concept().id()).toList());
        assertTrue(uk.stream().allMatch(TermHit::partial));
        List<TermHit> ru = find("ru", "С Белоусовым говорил Лукашенко, а Белоусову писал Зеленский.");
        assertEquals(List.of("person.belousov", "person.lukashenko", "person.belousov", "person.zelensky"),
                ru.stream().map(h -> h.concept().id()).toList());
    }

    @Test
    void eventWithQuotesAndAnyYear() {
        List<TermHit> hits = find("ru", "Армия провела на учениях «Запад-2021» то же, что и на «Западе-2025».");
        assertEquals(List.of("Запад-2021", "Западе-2025"), hits.stream().map(h -> h.span().text()).toList());
        assertEquals("2021", hits.get(0).year());
        assertEquals("Запад-2021", hits.get(0).writtenForm());
    }

    @Test
    void apostropheAndGheVariants() {
        Glossary g = new Glossary(List.of(new Concept("place.ivano", ConceptType.PLACE, List.of(
                new Term("uk", "Ґуцульщина", TermStatus.PREFERRED, null, null, "t"),
                new Term("uk", "П'ятихатки", TermStatus.PREFERRED, null, null, "t")))));
        TermIndex idx = TermIndex.of(g, resources);
        Document d = doc("uk", "У Гуцульщині та в П’ятихатках і в Пʼятихатках.");
        List<TermHit> hits = idx.find(d, d.sentence(0));
        assertEquals(List.of("Гуцульщині", "П’ятихатках", "Пʼятихатках"), hits.stream().map(h -> h.span().text()).toList());
    }

    @Test
    void functionWordIsNotReadAsARareNoun() {
        // "после" (after) is also the locative of "посол" (ambassador); "при" (at) a form of "пря"
        Glossary g = new Glossary(List.of(new Concept("title.ambassador", ConceptType.TITLE, List.of(
                new Term("ru", "посол", TermStatus.PREFERRED, null, null, "t"),
                new Term("uk", "посол", TermStatus.PREFERRED, null, null, "t")))));
        TermIndex idx = TermIndex.of(g, resources);
        Document d = doc("ru", "После встречи о после говорили при после.");
        assertEquals(List.of(), idx.find(d, d.sentence(0)).stream().filter(h -> h.span().text().startsWith("П")).toList());
        Document ok = doc("ru", "Послу вручили ноту, а с послом поговорили.");
        assertEquals(List.of("Послу", "послом"), idx.find(ok, ok.sentence(0)).stream().map(h -> h.span().text()).toList());
    }

    @Test
    void englishPossessivePluralAndCase() {
        List<TermHit> hits = find("en", "Kyiv's mayor met BELTA reporters and two Defence Ministers in Minsk.");
        assertEquals(List.of("Kyiv's", "BELTA", "Defence Ministers", "Minsk"), hits.stream().map(h -> h.span().text()).toList());
        TermHit belta = hits.get(1);
        assertEquals("BelTA", belta.term().form());
        assertFalse(belta.exact());
    }

    @Test
    void dottedAbbreviationMatchesTheAbbreviation() {
        List<TermHit> hits = find("en", "At the U.N. General Assembly, UN officials spoke. Plan B. Then U.N.-led talks.");
        assertEquals(List.of("U.N.", "UN", "U.N."), hits.stream().map(h -> h.span().text()).toList());
        assertTrue(hits.stream().allMatch(h -> h.concept().id().equals("org.un")));
    }

    @Test
    void nearMissesAreNotHits() {
        // lower-case common words never match a capitalised name or an acronym
        assertEquals(List.of(), find("en", "The kremlin of an old town; a belta of cloth; minsk in lower case."));
        // "Kievan" is not "Kiev"; a forbidden form inside an accepted one is still a hit, the check decides
        assertEquals(List.of("place.kievan-rus"), find("en", "The history of Kievan Rus.").stream().map(h -> h.concept().id()).toList());
        // an acronym needs capitals inside the word: "Un" and "un" are not the UN
        assertEquals(List.of(), find("en", "Un jour. Un homme. The un-American acts."));
        // the Ukrainian common noun захід (event) is not the exercise without its year
        assertEquals(List.of(), find("uk", "Захід відбувся вчора, а наступний захід буде в 2026 році."));
        // a different number is not a year
        assertEquals(List.of(), find("ru", "Запад-25 и Запад-12345."));
    }

    @Test
    void multiWordFormNeedsEveryWordInOrder() {
        assertEquals(List.of(), find("uk", "Рада вирішила, а Верховний суд — ні."));
        assertEquals(List.of(), find("en", "Minister of the Defence"));
    }

    @Test
    void cyrillicTargetWorksLikeTheSource() {
        // en -> uk direction: the translation is Ukrainian
        List<TermHit> hits = find("uk", "Це сказав міністр закордонних справ Андрій Сибіга у Харкові.");
        assertEquals(List.of("title.foreign-minister", "person.sybiha", "place.kharkiv"),
                hits.stream().map(h -> h.concept().id()).toList());
    }

    @Test
    void indexIsCachedPerGlossary() {
        assertTrue(TermIndex.of(glossary, resources) == index);
    }
}
