package dev.transcheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Paragraphs, lines, offsets and thread safety of {@link Segmenter}. */
class SegmenterTest {
    static final Segmenter S = new Segmenter();

    private static List<String> texts(String text, String lang) {
        List<Sentence> got = S.segment(text, lang);
        for (Sentence s : got) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets point into the original text");
            assertEquals(s.text().strip(), s.text(), "whitespace is trimmed");
        }
        return got.stream().map(Sentence::text).toList();
    }

    private static List<Integer> paragraphs(String text, String lang) {
        return S.segment(text, lang).stream().map(Sentence::paragraph).toList();
    }

    @Test
    void headlineIsItsOwnParagraph() {
        String t = "Лукашенко запевняє світ\n\nВін заявив це у п'ятницю. Росія погодилася.\n\nДругий абзац.";
        assertEquals(List.of("Лукашенко запевняє світ", "Він заявив це у п'ятницю.", "Росія погодилася.", "Другий абзац."),
                texts(t, "uk"));
        assertEquals(List.of(0, 1, 1, 2), paragraphs(t, "uk"));
    }

    @Test
    void crlfAndSeveralBlankLines() {
        String t = "Headline here\r\n\r\n\r\nFirst sentence. Second one.\r\n\r\nThird.\r\n";
        assertEquals(List.of("Headline here", "First sentence.", "Second one.", "Third."), texts(t, "en"));
        assertEquals(List.of(0, 1, 1, 2), paragraphs(t, "en"));
    }

    @Test
    void aPointInsideACodeIsNoSentenceEnd() {
        // a registration number with a capital after a point and no space: one sentence
        String t = "Свидетельство № RU.77.99.88.003.Е.004512.10.25. Изготовитель: АО «Вита Норд».";
        assertEquals(List.of("Свидетельство № RU.77.99.88.003.Е.004512.10.25.", "Изготовитель: АО «Вита Норд»."),
                texts(t, "ru"));
        // near miss: a sentence ending in a number, then a space and a capital, still ends
        assertEquals(List.of("Свидетельство № 003.", "Е-серия выпущена в 2025 году."),
                texts("Свидетельство № 003. Е-серия выпущена в 2025 году.", "ru"));
    }

    @Test
    void blankLinesWithSpacesSeparateParagraphs() {
        String t = "One.\n   \t\nTwo.";
        assertEquals(List.of(0, 1), paragraphs(t, "en"));
    }

    @Test
    void unpunctuatedLinesAreSentencesOfTheirOwn() {
        String t = "Учасники навчань:\n- Росія\n- Білорусь\n1. Перший етап\n2) Другий етап\nЗаголовок блоку\nЩе один рядок";
        assertEquals(List.of("Учасники навчань:", "- Росія", "- Білорусь", "1. Перший етап", "2) Другий етап",
                "Заголовок блоку", "Ще один рядок"), texts(t, "uk"));
    }

    @Test
    void hardWrappedProseRunsOn() {
        String t = "The minister said that the drills\nwould be defensive and that nobody,\nCertainly not Belarus, would attack. Then he left.";
        assertEquals(List.of("The minister said that the drills\nwould be defensive and that nobody,\nCertainly not Belarus, would attack.",
                "Then he left."), texts(t, "en"));
    }

    @Test
    void aListOfValuesInLowerCaseIsOneItemALine() {
        String t = "Поживна цінність на 100 мл:\nенергетична цінність — 247 кДж / 59 ккал\nжири — 3,0 г\nсіль — 0,10 г";
        assertEquals(List.of("Поживна цінність на 100 мл:", "енергетична цінність — 247 кДж / 59 ккал", "жири — 3,0 г",
                "сіль — 0,10 г"), texts(t, "uk"));
        // near miss: wrapped prose with a dash and a number on one line only runs on
        String p = "Він сказав, що ціна — 300 грн\nі що знижок не буде.";
        assertEquals(List.of("Він сказав, що ціна — 300 грн\nі що знижок не буде."), texts(p, "uk"));
    }

    @Test
    void aSentenceCanEndAtALineBreakAfterAnAbbreviation() {
        // "тис." is a postfix abbreviation; the line break after it still ends the sentence
        String t = "Зібрали 250 тис.\nГроші передадуть шпиталю.";
        assertEquals(List.of("Зібрали 250 тис.", "Гроші передадуть шпиталю."), texts(t, "uk"));
    }

    @Test
    void aLineEndingInAPrefixAbbreviationRunsOn() {
        assertEquals(List.of("Міст через р.\nДніпро відкрили."), texts("Міст через р.\nДніпро відкрили.", "uk"));
        assertEquals(List.of("Mr.\nSmith came.", "He left."), texts("Mr.\nSmith came.\nHe left.", "en"));
    }

    @Test
    void listItemsAfterAPunctuatedLineStayApart() {
        assertEquals(List.of("Ми обговорили таке.", "- Росія.", "- Білорусь."), texts("Ми обговорили таке.\n- Росія.\n- Білорусь.", "uk"));
        assertEquals(List.of("a. first item", "b. second item"), texts("a. first item\nb. second item", "en"));
    }

    @Test
    void decomposedTextKeepsOffsets() {
        String nfd = Normalizer.normalize("Йосип прийшов. Її не було. Ще рядок.", Normalizer.Form.NFD);
        List<String> got = texts(nfd, "uk");
        assertEquals(3, got.size());
        assertEquals(Normalizer.normalize("Її не було.", Normalizer.Form.NFD), got.get(1));
    }

    @Test
    void languageWithoutDataStillSegments() {
        assertEquals(List.of("Das ist gut.", "Wir gehen."), texts("Das ist gut. Wir gehen.", "de"));
        assertEquals(List.of("One.", "Two."), texts("One. Two.", "und"));
        assertEquals(List.of("One.", "Two."), texts("One. Two.", null));
        assertEquals(List.of("One.", "Two."), texts("One. Two.", "../x"));
        // a region subtag uses the language's data
        assertEquals(List.of("Навчання у 2025 р.", "Наступного дня все скінчилося."),
                texts("Навчання у 2025 р. Наступного дня все скінчилося.", "uk-UA"));
        assertEquals(List.of("Заяву зробив В. Зеленський."), texts("Заяву зробив В. Зеленський.", "uk_UA"));
    }

    @Test
    void emptyAndBlankTexts() {
        assertTrue(S.segment("", "uk").isEmpty());
        assertTrue(S.segment(" \n\r\n\t ", "uk").isEmpty());
    }

    @Test
    void idsAreConsecutive() {
        List<Sentence> got = S.segment("A one. B two.\n\nC three.", "en");
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i).id());
        }
    }

    @Test
    void threadSafe() throws Exception {
        String uk = "Навчання заплановано на вересень 2025 р. Наступного дня міністр прибув. В. В. Путін мовчав.\n\n";
        String en = "Mr. Smith went to the U.S. Army base. He left at 5 p.m. The end.\n\n";
        String bigUk = uk.repeat(50);
        String bigEn = en.repeat(50);
        List<Sentence> expectUk = S.segment(bigUk, "uk");
        List<Sentence> expectEn = S.segment(bigEn, "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Segmenter fresh = new Segmenter();
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean isUk = i % 2 == 0;
                fs.add(pool.submit(() -> isUk ? fresh.segment(bigUk, "uk").equals(expectUk)
                        : fresh.segment(bigEn, "en").equals(expectEn)));
            }
            for (Future<Boolean> f : fs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void samplesSegmentSensibly() throws Exception {
        Path dir = Path.of("samples/zapad-2025");
        for (String f : new String[] {"source.uk.txt", "source.ru.txt", "translation.en.txt"}) {
            Path p = dir.resolve(f);
            if (!Files.exists(p)) {
                continue;
            }
            String text = Files.readString(p);
            List<Sentence> got = S.segment(text, f.substring(f.indexOf('.') + 1, f.indexOf('.') + 3));
            assertTrue(got.size() > 10, f);
            assertEquals(0, got.get(0).paragraph(), f);
            assertEquals(1, got.get(1).paragraph(), f + ": the headline is its own paragraph");
            for (Sentence s : got) {
                assertTrue(s.text().length() < 600, f + ": sentence too long: " + s.text());
            }
        }
    }

    /** The root sentence iterator made from ICU's compiled rules breaks where ICU's factory's does. */
    @Test
    void theDirectSentenceIteratorBreaksWhereIcusFactoryDoes() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("samples", "lab/corpus")) {
            try (var files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        java.util.Random rnd = new java.util.Random(15);
        String alphabet = "aA bB. ?!…\"«»()1.5 Др. вул. U.S. e.g.\n\n";
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(60); n > 0; n--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        assertTrue(texts.size() > 3100, "texts: " + texts.size());
        for (String t : texts) {
            assertEquals(breaks(com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.ROOT), t),
                    breaks(Segmenter.sentenceBreaks(), t), t);
        }
    }

    private static List<Integer> breaks(com.ibm.icu.text.BreakIterator it, String text) {
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != com.ibm.icu.text.BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }
}
