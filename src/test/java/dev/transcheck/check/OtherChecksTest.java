package dev.transcheck.check;

import static dev.transcheck.check.CheckHarness.b;
import static dev.transcheck.check.CheckHarness.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the data pairs of omission, omission.partial, addition and untranslated
 * ({@code src/test/resources/checks/}) do not say: where a finding points and what its message names.
 */
class OtherChecksTest {
    static final Transcheck TC = CheckHarness.engine("-");

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
    void omissionPointsAtTheDroppedSentence() {
        Document s = doc("uk", UK);
        Document t = doc("en", EN[0], EN[1], EN[3]);
        List<Finding> f = CheckHarness.run(TC, "omission", s, t, b(0, 0), b(1, 1),
                new dev.transcheck.model.Bead(List.of(2), List.of(), 0.9), b(3, 2));
        assertEquals(1, f.size());
        assertEquals(2, f.get(0).source().sentence());
    }

    @Test
    void partialOmissionNamesWhatIsMissing() {
        String[] uk = {UK[0], UK[1], "Вчителі отримають підвищення зарплат на 20 відсотків, а директори шкіл у Львові та Харкові — "
                + "додаткову премію у 5 тисяч гривень.", UK[3]};
        Document s = doc("uk", uk);
        // the clause with Lviv, Kharkiv and 5 thousand is dropped
        Document t = doc("en", EN[0], EN[1], "Teachers will get a 20 per cent pay rise.", EN[3]);
        List<Finding> f = CheckHarness.run(TC, "omission.partial", s, t, b(0, 0), b(1, 1), b(2, 2), b(3, 3));
        assertEquals(1, f.size(), f.toString());
        assertEquals(2, f.get(0).source().sentence());
        assertTrue(f.get(0).message().contains("5 тисяч"), f.get(0).message());
    }

    @Test
    void partialOmissionOfATwoToOneBeadPointsAtTheSourceSentenceThatLostItsAnchors() {
        String[] uk = {UK[0], UK[1], UK[2], "Першими нові ставки отримають 12 травня вчителі Харкова та Одеси.", UK[3]};
        Document s = doc("uk", uk);
        // the aligner folded the dropped fourth sentence into the third sentence's bead
        Document t = doc("en", EN[0], EN[1], EN[2], EN[3]);
        dev.transcheck.model.Bead twoToOne = new dev.transcheck.model.Bead(List.of(2, 3), List.of(2), 0.6);
        List<Finding> f = CheckHarness.run(TC, "omission.partial", s, t, b(0, 0), b(1, 1), twoToOne, b(4, 3));
        assertEquals(1, f.size(), f.toString());
        assertEquals(3, f.get(0).source().sentence(), "the sentence with the date and the cities, not the bead's first");
        assertEquals(dev.transcheck.model.Severity.ERROR, f.get(0).severity());
        // near miss: both source sentences rendered in one translation sentence
        Document whole = doc("en", EN[0], EN[1], "Teachers will get a 20 per cent pay rise, and those of Kharkiv and Odesa "
                + "will be the first to get the new rates on 12 May.", EN[3]);
        assertEquals(List.of(), CheckHarness.run(TC, "omission.partial", s, whole, b(0, 0), b(1, 1), twoToOne, b(4, 3)));
    }

    @Test
    void untranslatedCopiedSentenceSaysSo() {
        Document s = doc("uk", UK[0], UK[1]);
        List<Finding> copied = CheckHarness.run(TC, "untranslated", s, doc("en", EN[0], UK[1]), b(0, 0), b(1, 1));
        assertEquals(1, copied.size());
        assertTrue(copied.get(0).message().contains("unchanged"));
    }
}
