package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence dropped inside a paragraph (no name, no number of its own) must be reported as an
 * error; the same article with two sentences merged by the translator must stay silent.
 */
class OmissionInParagraphTest {
    private static final Transcheck TC = Transcheck.builder().build();

    static final String[] UK = {
        "Міська рада затвердила нову стратегію розвитку громадського транспорту.",
        "Документ передбачає оновлення автобусного парку та будівництво нових трамвайних колій.",
        "Депутати обговорювали проєкт майже чотири години.",
        "Представники опозиції критикували план за надто оптимістичні оцінки вартості.",
        "Вони наполягали на додатковій експертизі фінансової частини.",
        "Мер міста назвав ухвалення стратегії важливим кроком для мешканців.",
        "За його словами, перші нові автобуси з'являться на маршрутах уже цього року.",
        "Експерти зазначають, що схожі програми в інших містах часто відставали від графіка.",
        "Водночас вони визнають, що без модернізації транспорт і далі погіршуватиметься.",
        "Пасажири давно скаржаться на переповнені вагони та довгі інтервали руху.",
        "Громадські організації пообіцяли стежити за виконанням програми.",
        "Наступне засідання ради, на якому розглянуть бюджет, призначене на кінець місяця.",
    };
    static final String[] EN = {
        "The city council approved a new strategy for the development of public transport.",
        "The document provides for renewing the bus fleet and building new tram lines.",
        "Deputies debated the project for almost four hours.",
        "Opposition representatives criticised the plan for overly optimistic cost estimates.",
        "They insisted on an additional expert review of the financial part.",
        "The mayor called the adoption of the strategy an important step for residents.",
        "According to him, the first new buses will appear on routes this year.",
        "Experts note that similar programmes in other cities often fell behind schedule.",
        "At the same time, they acknowledge that without modernisation transport will keep deteriorating.",
        "Passengers have long complained about overcrowded carriages and long intervals between trains.",
        "Civic organisations promised to monitor the implementation of the programme.",
        "The next council meeting, which will consider the budget, is scheduled for the end of the month.",
    };

    private static String paragraphs(List<String> s) {
        // a headline paragraph of one sentence, then paragraphs of 4, 4 and the rest
        StringBuilder b = new StringBuilder(s.get(0)).append("\n\n");
        for (int i = 1; i < s.size(); i++) {
            b.append(s.get(i)).append(i == 4 || i == 8 ? "\n\n" : " ");
        }
        return b.toString().strip() + "\n";
    }

    private static List<Finding> omissions(Report r, Severity atLeast) {
        return r.findings().stream()
                .filter(f -> f.check().startsWith("omission") || f.check().equals("addition"))
                .filter(f -> f.severity().ordinal() <= atLeast.ordinal())
                .toList();
    }

    @Test
    void aDroppedSentenceInsideAParagraphIsAnError() {
        List<String> en = new java.util.ArrayList<>(List.of(EN));
        en.remove(3); // "Opposition representatives criticised ..." (mid-paragraph, no name, no number)
        Report r = TC.check(TC.document("a.uk.txt", "uk", paragraphs(List.of(UK))),
                TC.document("a.en.txt", "en", paragraphs(en).replace("financial part. The mayor", "financial part. The mayor")));
        List<Finding> errors = omissions(r, Severity.ERROR);
        assertEquals(1, errors.size(), r.findings().toString());
        assertEquals("omission", errors.get(0).check());
        assertTrue(errors.get(0).source().text().startsWith("Представники опозиції"), errors.get(0).toString());
    }

    @Test
    void twoSentencesMergedByTheTranslatorAreSilent() {
        List<String> en = new java.util.ArrayList<>(List.of(EN));
        en.set(3, "Opposition representatives criticised the plan for overly optimistic cost estimates and insisted"
                + " on an additional expert review of the financial part.");
        en.remove(4);
        Report r = TC.check(TC.document("a.uk.txt", "uk", paragraphs(List.of(UK))),
                TC.document("a.en.txt", "en", paragraphs(en)));
        assertEquals(List.of(), omissions(r, Severity.WARNING));
    }
}
