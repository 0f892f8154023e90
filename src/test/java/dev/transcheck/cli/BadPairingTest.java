package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair that cannot be a source and its translation never passes the gate: it is refused with
 * exit status 2 and one line naming the file. Each refusal has a near miss that is checked as usual.
 */
class BadPairingTest {
    @TempDir
    Path dir;

    private static final String UK = """
            Президент України Володимир Зеленський провів у Києві зустріч з прем'єр-міністром Польщі.
            Сторони обговорили постачання зерна, безпеку кордону та спільні проєкти в енергетиці.
            За словами президента, уряди домовилися створити робочу групу до кінця місяця.
            """;
    private static final String RU = """
            Президент Украины Владимир Зеленский провел в Киеве встречу с премьер-министром Польши.
            Стороны обсудили поставки зерна, безопасность границы и совместные проекты в энергетике.
            По словам президента, правительства договорились создать рабочую группу до конца месяца.
            """;
    private static final String EN = """
            Ukrainian President Volodymyr Zelensky met the Prime Minister of Poland in Kyiv.
            The two sides discussed grain supplies, border security and joint energy projects.
            According to the president, the governments agreed to set up a working group by the end of the month.
            """;

    private static Run.Result run(String... args) {
        return Run.main(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void refused(Run.Result r, String... expected) {
        Run.assertRefused(r, expected);
    }

    private static void checked(Run.Result r) {
        assertTrue(r.status() == 0 || r.status() == 1, r.err());
        assertEquals("", r.err());
    }

    @Test
    void theSameFileTwiceIsRefused() throws Exception {
        Path a = file("a.uk.txt", UK);
        refused(run("check", a.toString(), a.toString(), "--to", "en", "--no-config"), "a.uk.txt", "same text");
    }

    @Test
    void aCopyWithOtherWhiteSpaceIsRefused() throws Exception {
        Path a = file("a.uk.txt", UK);
        Path b = file("b.en.txt", "\n" + UK.replace("\n", "\n\n") + "  ");
        refused(run("check", a.toString(), b.toString(), "--no-config"), "b.en.txt");
    }

    @Test
    void nearMissARealTranslationIsChecked() throws Exception {
        checked(run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", EN).toString(), "--no-config", "--fail-on", "never"));
        checked(run("check", file("b.ru.txt", RU).toString(), file("b.en.txt", EN).toString(), "--no-config", "--fail-on", "never"));
        checked(run("check", file("c.en.txt", EN).toString(), file("c.uk.txt", UK).toString(), "--no-config", "--fail-on", "never"));
    }

    @Test
    void bothSidesInOneLanguageAreRefused() throws Exception {
        refused(run("check", file("a.uk.txt", UK).toString(), file("b.txt", EN).toString(), "--to", "uk", "--no-config"),
                "b.txt", "Ukrainian");
    }

    @Test
    void aTranslationInTheWrongScriptIsRefused() throws Exception {
        // declared English by its name, but the "translation" is the Russian text
        refused(run("check", file("a.uk.txt", UK).toString(), file("a.en.txt", RU).toString(), "--no-config"),
                "a.en.txt", "English", "Cyrillic");
    }

    @Test
    void toContradictingTheTextIsRefused() throws Exception {
        refused(run("check", file("a.txt", UK).toString(), file("b.txt", EN).toString(), "--from", "en", "--to", "uk", "--no-config"),
                "a.txt", "--from");
    }

    @Test
    void aRussianTextDeclaredUkrainianIsRefused() throws Exception {
        refused(run("check", file("a.uk.txt", RU).toString(), file("a.en.txt", EN).toString(), "--no-config"),
                "a.uk.txt", "Russian");
    }

    @Test
    void nearMissAUkrainianArticleQuotingRussianIsChecked() throws Exception {
        // a long Russian quotation in a Ukrainian article does not make the article Russian
        String quoted = UK + "\nВін нагадав слова російського посла: «" + RU.strip() + "»\n";
        Path en = file("q.en.txt", EN + "\nHe recalled the Russian ambassador's words: \"" + EN.strip() + "\"\n");
        checked(run("check", file("q.uk.txt", quoted).toString(), en.toString(), "--no-config", "--fail-on", "never"));
    }

    @Test
    void nearMissEnglishNamesInACyrillicTextAreFine() throws Exception {
        String uk = UK + "\nУ заході взяли участь представники компаній Microsoft, Google та Siemens.\n";
        String en = EN + "\nRepresentatives of Microsoft, Google and Siemens took part in the event.\n";
        checked(run("check", file("m.uk.txt", uk).toString(), file("m.en.txt", en).toString(), "--no-config", "--fail-on", "never"));
    }
}
