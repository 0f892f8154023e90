package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Near misses from classes of false alarms seen on professional translations (sentences written
 * for this test): foreign spellings of foreign names, names of other orthographies, nicknames,
 * "Saint" in place names. Each pair is a correct translation and must stay silent; the minimal
 * pairs that must be flagged are in {@link NameChecksTest} and the triple sets.
 */
class NameNearMissTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uk|Македонія проведе референдум у неділю.|Macedonia will hold a referendum on Sunday.",
        "ru|Захватчик отдал пас Матео Ковачичу.|The striker passed to Mateo Kovacic.",
        "uk|Гол забив Франческо Тотті.|Francesco Totti scored.",
        "uk|Серхіо Рамос забив гол.|Sergio Ramos scored a goal.",
        "ru|Патрик Стюарт прибыл в Лондон.|Patrick Stewart arrived in London.",
        "uk|Президент Джоко Відодо відвідав острів.|President Joko Widodo visited the island.",
        "uk|Нападник Франсуа Бушар зрівняв рахунок.|Forward Francois Bouchard equalised.",
        "ru|Гол забил бельгиец Эден Азар.|The Belgian Eden Hazard scored.",
        "uk|Шон Пенн прибув до Києва.|Sean Penn arrived in Kyiv.",
        "uk|Її привезли до лікарні імені Луї Пастера.|She was taken to the Louis Pasteur hospital.",
        "uk|Сенатор від штату Массачусетс виступив у суботу.|The Massachusetts senator spoke on Saturday.",
        "uk|Церква Сен-Мартен стоїть у Гарлемі.|The church of St. Martin stands in Harlem.",
        "ru|Его коллега Майк Орган сообщил о травме.|His colleague Mike Organ reported the injury.",
        "uk|Його замінить Ентоні Макпартлін.|He will be replaced by Ant McPartlin.",
        "uk|Дипломат Роберто Кальсадія виступив першим.|The diplomat Roberto Calzadilla spoke first.",
        "ru|Тренер Ларри Гайлз дал интервью.|Coach Larry Giles gave an interview.",
        "uk|Інженерка Марта Якубовська показала модель.|Engineer Marta Jakubowska showed the model.",
        "uk|Сумка з рафії стала головною річчю на паризькому показі.|The raffia bag was the star of the Paris show.",
        "uk|Вона запалила свічки на Шабат.|She lit the Sabbath candles.",
        "uk|Вона поїхала до Гватемали.|She went to Guatemala.",
        "ru|Орден получил капитан Витторио Пиччоло.|The medal went to Captain Vittorio Picciolo.",
        "uk|Місто Хіросіма відбудували після війни.|The city of Hiroshima was rebuilt after the war.",
        "uk|Тренер Паскуале Маско дав інтерв'ю.|Coach Pasquale Masco gave an interview.",
        "uk|Новий уряд Мексики склав присягу.|The new Mexican government was sworn in.",
        "uk|Вона нагороджена хрестом Вікторії.|She was awarded the Victoria Cross.",
        "uk|Подружжя Клінтонів приїхало до Арканзасу. Клінтон виступив першим.|The Clintons came to Arkansas. Clinton spoke first.",
    })
    void correctTranslationIsSilent(String lang, String src, String en) {
        List<Finding> fs = NameChecksTest.names(NameChecksTest.PLAIN, lang, src, en);
        assertEquals(List.of(), fs.stream().map(f -> f.check() + ": " + f.message()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sean Penn arrived in Kyiv.|uk|Шон Пенн прибув до Києва.",
        "President Joko Widodo visited the island.|uk|Президент Джоко Відодо відвідав острів.",
        "The church of St. Martin stands in Harlem.|uk|Церква Сен-Мартен стоїть у Гарлемі.",
        "His colleague Mike Organ reported the injury.|ru|Его коллега Майкл Орган сообщил о травме.",
        "The Belgian Eden Hazard scored.|ru|Гол забил бельгиец Эден Азар.",
        "The defender heeled it back to Rory McIlroy.|uk|Захисник віддав м'яч Рорі Макілрою.",
        "The Rev. Paul Grey served at St. Anne's for years.|uk|Преподобний Пол Ґрей багато років служив у Сент-Енн.",
        "Rapper Kanye West arrived on Monday. Fans cheered West.|uk|Репер Каньє Вест приїхав у понеділок. Фанати вітали Веста.",
        "Seven wardens were hurt in the riot.|ru|В ходе беспорядков в тюрьме Лонг-Бридж пострадали семь охранников.",
    })
    void correctTranslationFromEnglishIsSilent(String en, String lang, String tgt) {
        List<Finding> fs = NameChecksTest.reverse(NameChecksTest.PLAIN, en, lang, tgt);
        assertEquals(List.of(), fs.stream().map(f -> f.check() + ": " + f.message()).toList());
    }
}
