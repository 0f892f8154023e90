package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Flagged cases and near misses for omission, omission.partial, addition and untranslated. */
class OtherChecksTest {
    static final Transcheck TC = Transcheck.builder().build();

    /** A document whose sentences are the given strings, one per line. */
    static Document doc(String lang, String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            int start = sb.length();
            sb.append(sentences[i]);
            out.add(new Sentence(i, i, start, sb.length(), sentences[i]));
            sb.append('\n');
        }
        return new Document("<" + lang + ">", lang, sb.toString(), out);
    }

    static List<Finding> run(String check, Document s, Document t, Bead... beads) {
        return TC.check(s, t, new Alignment(List.of(beads), s.size(), t.size())).findings().stream()
                .filter(f -> f.check().equals(check)).collect(Collectors.toList());
    }

    static Bead b(int s, int t) {
        return new Bead(List.of(s), List.of(t), 0.9);
    }

    static final String[] UK = {
        "Уряд ухвалив новий закон про освіту після тривалого обговорення.",
        "Міністр Оксана Лісова заявила, що реформа почнеться з вересня.",
        "Вчителі отримають підвищення зарплат на 20 відсотків.",
        "Опозиція критикує поспіх, з яким документ пройшов парламент.",
    };
    static final String[] EN = {
        "The government passed a new education law after a long debate.",
        "Minister Oksana Lisova said the reform would begin in September.",
        "Teachers will get a 20 per cent pay rise.",
        "The opposition criticises the haste with which the document passed parliament.",
    };

    @Test
    void omissionOfAConfidentOneZeroBead() {
        Document s = doc("uk", UK);
        Document t = doc("en", EN[0], EN[1], EN[3]);
        List<Finding> f = run("omission", s, t, b(0, 0), b(1, 1), new Bead(List.of(2), List.of(), 0.9), b(3, 2));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(2, f.get(0).source().sentence());
    }

    @Test
    void omissionNearMisses() {
        Document s = doc("uk", UK[0], "—", UK[1]);
        Document t = doc("en", EN[0], EN[1]);
        // a dash dropped is not worth a finding
        assertEquals(List.of(), run("omission", s, t, b(0, 0), new Bead(List.of(1), List.of(), 0.9), b(2, 1)));
        // an unsure 1-0 bead is only worth a look
        Document s2 = doc("uk", UK);
        Document t2 = doc("en", EN[0], EN[1], EN[3]);
        List<Finding> f = run("omission", s2, t2, b(0, 0), b(1, 1), new Bead(List.of(2), List.of(), 0.2), b(3, 2));
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void additionOfARealSentence() {
        Document s = doc("uk", UK[0], UK[1]);
        Document t = doc("en", EN[0], "Critics say the plan was drafted in a hurry by foreign consultants.", EN[1]);
        List<Finding> f = run("addition", s, t, b(0, 0), new Bead(List.of(), List.of(1), 0.9), b(1, 2));
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(1, f.get(0).translation().sentence());
        // near misses: a byline of two words, and an unsure bead (info only)
        Document t2 = doc("en", EN[0], "By Reuters.", EN[1]);
        assertEquals(List.of(), run("addition", s, t2, b(0, 0), new Bead(List.of(), List.of(1), 0.9), b(1, 2)));
        List<Finding> unsure = run("addition", s, t, b(0, 0), new Bead(List.of(), List.of(1), 0.1), b(1, 2));
        assertEquals(Severity.INFO, unsure.get(0).severity());
    }

    @Test
    void partialOmissionNeedsShortTranslationAndMissingAnchors() {
        String[] uk = {UK[0], UK[1], "Вчителі отримають підвищення зарплат на 20 відсотків, а директори шкіл у Львові та Харкові — "
                + "додаткову премію у 5 тисяч гривень.", UK[3]};
        Document s = doc("uk", uk);
        // the clause with Lviv, Kharkiv and 5 thousand is dropped
        Document t = doc("en", EN[0], EN[1], "Teachers will get a 20 per cent pay rise.", EN[3]);
        List<Finding> f = run("omission.partial", s, t, b(0, 0), b(1, 1), b(2, 2), b(3, 3));
        assertEquals(1, f.size(), f.toString());
        assertEquals(2, f.get(0).source().sentence());
        assertTrue(f.get(0).message().contains("5 тисяч"), f.get(0).message());
        // near miss: the same short translation of a source sentence that has nothing more to say
        Document s2 = doc("uk", UK);
        assertEquals(List.of(), run("omission.partial", s2, doc("en", EN), b(0, 0), b(1, 1), b(2, 2), b(3, 3)));
        // near miss: a terse but complete rendering (short, yet every anchor is there)
        String[] en = {EN[0], EN[1], "Teachers get 20% more; Lviv and Kharkiv heads 5,000 UAH.", EN[3]};
        assertEquals(List.of(), run("omission.partial", s, doc("en", en), b(0, 0), b(1, 1), b(2, 2), b(3, 3)));
        // near miss: a bare month turned into an adjective («червневе») is not proof of a loss
        String[] en2 = {EN[0], EN[1], "The fall in restaurant takings that analysts recorded in June went on through July.", EN[3]};
        String[] uk2 = {UK[0], UK[1], "Червневе падіння виторгу тривало й у липні.", UK[3]};
        assertEquals(List.of(), run("omission.partial", doc("en", en2), doc("uk", uk2), b(0, 0), b(1, 1), b(2, 2), b(3, 3)));
        // but the same short translation that also drops a number is flagged
        String[] en3 = {EN[0], EN[1], "The fall of 4 per cent in restaurant takings that analysts recorded in June went on through July.", EN[3]};
        assertEquals(1, run("omission.partial", doc("en", en3), doc("uk", uk2), b(0, 0), b(1, 1), b(2, 2), b(3, 3)).size());
    }

    @Test
    void untranslatedCyrillicAndCopiedSentences() {
        Document s = doc("uk", UK[0], UK[1]);
        List<Finding> f = run("untranslated", s, doc("en", EN[0], "Minister Oksana Lisova said the реформа почнеться in September."),
                b(0, 0), b(1, 1));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("реформа почнеться", f.get(0).translation().text());
        List<Finding> copied = run("untranslated", s, doc("en", EN[0], UK[1]), b(0, 0), b(1, 1));
        assertEquals(1, copied.size());
        assertTrue(copied.get(0).message().contains("unchanged"));
        // near miss: the original quoted in parentheses on purpose
        assertEquals(List.of(), run("untranslated", s,
                doc("en", EN[0], "Minister Oksana Lisova (Оксана Лісова) said the reform would begin in September."), b(0, 0), b(1, 1)));
    }

    @Test
    void untranslatedEnglishWordInRussian() {
        Document s = doc("en", "Typical symptoms are anosmia and ageusia in most patients.");
        List<Finding> f = run("untranslated", s, doc("ru", "Типичные симптомы — аносмия и ageusia у большинства пациентов."), b(0, 0));
        assertEquals(1, f.size());
        assertEquals("ageusia", f.get(0).translation().text());
        // near miss: names and acronyms stay in Latin letters
        assertEquals(List.of(), run("untranslated", doc("en", "The EMBOSS toolkit was used by Florida Sleeve teams."),
                doc("ru", "Использовали набор EMBOSS, как и группы Florida Sleeve."), b(0, 0)));
        // near miss: a web or mail address keeps its words ("newsdesk", "weather")
        assertEquals(List.of(), run("untranslated", doc("en", "Write to help@newsdesk.org, the weather.com column says."),
                doc("ru", "Пишите на help@newsdesk.org, советует колонка weather.com."), b(0, 0)));
        // near miss: lower-case words inside a name kept in Latin letters
        assertEquals(List.of(), run("untranslated", doc("en", "The Global citizen festival and the Union plus plan were cancelled."),
                doc("uk", "Фестиваль Global citizen і план Union-plus скасували."), b(0, 0)));
        // but a lower-case English word on its own is still flagged
        assertEquals(1, run("untranslated", doc("en", "The festival offered free citizen tickets."),
                doc("uk", "Фестиваль пропонував безкоштовні квитки citizen."), b(0, 0)).size());
    }
}
