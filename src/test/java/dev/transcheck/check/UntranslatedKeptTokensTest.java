package dev.transcheck.check;

import static dev.transcheck.check.CheckHarness.b;
import static dev.transcheck.check.CheckHarness.doc;
import static dev.transcheck.check.CheckHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * untranslated: addresses, handles and hashtags are kept as they are; a copied line of names,
 * brands and numbers between two languages of one script is right. Each rule with the case it
 * must still flag.
 */
class UntranslatedKeptTokensTest {
    @Test
    void nearMissHandlesLinksAndHashtagsInACyrillicTranslation() {
        Document s = doc("en", "Follow @kyiv_roasters and read more at https://example.com/coffee-beans #specialtycoffee today.");
        Document t = doc("uk", "Стежте за @kyiv_roasters і читайте більше на https://example.com/coffee-beans #specialtycoffee вже сьогодні.");
        assertEquals(List.of(), run("untranslated", s, t, b(0, 0)));
    }

    @Test
    void aLowerCaseSourceWordOutsideAHandleIsStillFlagged() {
        Document s = doc("en", "Follow @kyiv_roasters for fresh roasts and read the newsletter every week.");
        Document t = doc("uk", "Стежте за @kyiv_roasters заради свіжого обсмаження і читайте newsletter щотижня.");
        List<Finding> f = run("untranslated", s, t, b(0, 0));
        assertEquals(1, f.size(), f.toString());
        assertEquals("newsletter", f.get(0).translation().text());
    }

    @Test
    void nearMissACyrillicHashtagInALatinTranslation() {
        Document s = doc("uk", "Приходьте на дегустацію в суботу #ЗерноНаПодолі");
        Document t = doc("en", "Come to the tasting on Saturday #ЗерноНаПодолі");
        assertEquals(List.of(), run("untranslated", s, t, b(0, 0)));
    }

    @Test
    void cyrillicWordsOutsideAHashtagAreStillFlagged() {
        Document s = doc("uk", "Приходьте на нашу дегустацію свіжої кави в суботу вранці #ЗерноНаПодолі");
        Document t = doc("en", "Come along to our дегустацію of freshly roasted coffee on Saturday morning #ЗерноНаПодолі");
        List<Finding> f = run("untranslated", s, t, b(0, 0));
        assertEquals(1, f.size(), f.toString());
        assertEquals("дегустацію", f.get(0).translation().text());
    }

    @Test
    void nearMissAListLineOfNamesAndNumbersCopiedBetweenUkrainianAndRussian() {
        Document s = doc("uk", "2. Томас Феррейра (Бат) — 59,40", "Ноутбук Lenovo IdeaPad Slim 5 14IRU9", "🔗 Банка: https://send.example.ua/jar/5xK2pQ7aBc");
        Document t = doc("ru", "2. Томас Феррейра (Бат) — 59,40", "Ноутбук Lenovo IdeaPad Slim 5 14IRU9", "🔗 Банка: https://send.example.ua/jar/5xK2pQ7aBc");
        assertEquals(List.of(), run("untranslated", s, t, b(0, 0), b(1, 1), b(2, 2)));
    }

    @Test
    void aSentenceOfRunningTextCopiedBetweenUkrainianAndRussianIsFlagged() {
        Document s = doc("uk", "Уряд ухвалив новий закон про освіту після тривалого обговорення.");
        Document t = doc("ru", "Уряд ухвалив новий закон про освіту після тривалого обговорення.");
        List<Finding> f = run("untranslated", s, t, b(0, 0));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("unchanged")), f.toString());
    }

    @Test
    void aCopiedSentenceInAThirdLanguageIsAQuotation() {
        assertTrue(UntranslatedCheck.thirdLanguage("Wir haben das Spiel gewonnen und sind froh.", "en", "uk"));
        assertTrue(!UntranslatedCheck.thirdLanguage("We have won the game and we are happy.", "en", "uk"));
        // too little to tell counts as the source's language
        assertTrue(!UntranslatedCheck.thirdLanguage("Stop right now.", "en", "ru"));
    }

    @Test
    void aNameGlossedInParenthesesIsKeptOnPurpose() {
        String s = "Він очолює Friends of the River Trust (Друзі річки), місцеву групу.";
        int end = s.indexOf(" (");
        assertTrue(UntranslatedCheck.glossedAfter(s, end));
        String latinGloss = "Він очолює Friends of the River Trust (FRT), місцеву групу.";
        assertTrue(!UntranslatedCheck.glossedAfter(latinGloss, latinGloss.indexOf(" (")));
        String none = "Він очолює Friends of the River Trust, місцеву групу.";
        assertTrue(!UntranslatedCheck.glossedAfter(none, none.indexOf(",")));
    }

    @Test
    void addressesAreKeptAndALongRunWithoutAtIsScannedInLinearTime() {
        String line = "Write to news.desk@ukrinform.ua today";
        boolean[] kept = UntranslatedCheck.keptAsIs(line);
        int at = line.indexOf("news");
        assertTrue(kept[at] && kept[line.indexOf(".ua") + 2] && !kept[at - 1] && !kept[line.indexOf("today")]);
        // near miss: a hyphenated run with no @ is running text, not an address
        boolean[] none = UntranslatedCheck.keptAsIs("a-b-c-d @ e");
        assertTrue(!none[0] && !none[6]);
        // lab/fuzz's growth probe: one long run of address characters with no @ after it was quadratic
        String run = "__a-".repeat(50_000) + "@ !";
        boolean[] k = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> UntranslatedCheck.keptAsIs(run));
        assertTrue(!k[0] && !k[run.length() - 3]);
    }
}
