package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How sure a replacement is (issue 11): sentences written for this test, each a name of the source
 * with another word in its place, and the severity name.mismatch gives it (error, warning, or none
 * when the word is no replacement at all). The flag/near-miss pairs are in
 * {@code checks/name.mismatch.tsv}.
 */
class NameEvidenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // strong: both open their sentences, next to the rendered first name, after a title of address
        "uk|Прохоров звільняється, повідомляють джерела.|Mikhailov is resigning, sources say.|error",
        "uk|Віце-прем'єр Сергій Прохоров звільняється.|Deputy Prime Minister Sergiy Mikhailov is resigning.|error",
        "uk|За словами пана Прохорова, угоди не буде.|According to Mr. Mikhailov, there will be no deal.|error",
        // weak: an ordinary word opening a sentence, a word after the article, a hyphenated word, a second mention
        // whose word stands far from its place
        "uk|Джерела повідомляють, що Прохоров звільняється.|Sources say he is resigning.|warning",
        "uk|Команда Прохорова виграла.|The Hampden side won.|warning",
        "uk|Руйнування пам'яток обурило Прохорова.|The Attila-like destruction of monuments angered him.|warning",
        "ru|Команда Прохорова выиграла, а Прохоров остался доволен.|Prokhorov's team won, and he was pleased, Interfax said.|warning",
        // a surname alone with an ordinary English word in its place (the translator wrote "he"): weak
        "uk|«Я мріяв пірнати на іграх усе життя», – розповів Прохоров.|\"I dreamt of diving at home Games all my life,\" he said.|warning",
        // a second mention replaced in its place by a word that is no ordinary English word: strong
        "ru|Команда Прохорова выиграла, а Прохоров остался доволен.|Prokhorov's team won and Mikhailov was pleased.|error",
        // no replacement: an acronym in the plural or of mixed case, a common word opening the source sentence
        "uk|Прохоров сказав, що депутати проти.|MPs oppose it, he said.|none",
        "uk|«Вважаю, що Грін-карту треба давати науковцям», — сказав він.|\"Green cards should go to PhD's,\" he said.|none",
    })
    void severityFollowsTheEvidence(String lang, String src, String en, String want) {
        List<Finding> fs = NameChecksTest.of(NameChecksTest.names(NameChecksTest.PLAIN, lang, src, en), "name.mismatch");
        String got = fs.isEmpty() ? "none" : fs.get(0).severity() == Severity.ERROR ? "error" : "warning";
        assertEquals(want, got, src + " / " + en + ": " + fs.stream().map(Finding::message).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uk|Захисник Лукаш Піщек забив гол.|Defender Łukasz Piszczek scored.",
        "uk|Захисниця Моніка Вишневська забила гол.|Defender Monika Wiśniewska scored.",
        "uk|Французький письменник Жан-Філіп Декорк виступив.|French writer Jean-Philippe Decorc spoke.",
        "ru|Делегация прибыла в Сиань.|The delegation arrived in Xi'an.",
        "uk|За словами пана Гетеруея, заміни не знайшли.|Mr. Hetherway said no replacement was found.",
    })
    void foreignSpellingsAreNoReplacements(String lang, String src, String en) {
        assertEquals(List.of(), NameChecksTest.of(NameChecksTest.names(NameChecksTest.PLAIN, lang, src, en), "name.mismatch")
                .stream().map(Finding::message).toList());
    }
}
