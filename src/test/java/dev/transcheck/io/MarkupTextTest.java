package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown and HTML article text: markup removed, offsets mapped back to the file. */
class MarkupTextTest {
    @TempDir
    Path dir;

    /** Every extracted character comes from the original at its mapped offset (or is markup-made). */
    private static void assertMapped(PlainText p) {
        int prev = 0;
        for (int i = 0; i < p.text().length(); i++) {
            int o = p.originalOffset(i);
            assertTrue(o >= prev, "offsets never go back");
            prev = o;
            char c = p.text().charAt(i);
            if (Character.isLetterOrDigit(c) && p.original().charAt(o) != '&') {
                assertEquals(c, p.original().charAt(o), "letter at " + i);
            }
        }
        assertEquals(p.original().length(), p.originalOffset(p.text().length()));
    }

    @Test
    void htmlArticle() {
        String html = "<!DOCTYPE html>\n<html><head><title>Заголовок сторінки</title>"
                + "<style>p { color: red; }</style><script>var a = '<p>не текст</p>';</script></head>\n"
                + "<body><nav><a href=\"/\">Головна</a></nav>\n"
                + "<h1>Лукашенко &laquo;запевняє&raquo; світ</h1>\n"
                + "<p>Він  заявив,\n що <b>Білорусь</b> не нападатиме&nbsp;&mdash; так&#8230; <!-- коментар --> "
                + "Росія&#x2019;s погодилася.</p>\n"
                + "<ul><li>Перший пункт</li><li>Другий пункт</li></ul>"
                + "<p>AT&amp;T &amp; Co. <a href=\"x?a=1&amp;b=2\" title='a > b'>посилання</a>.<br>Новий рядок.</p></body></html>";
        PlainText p = HtmlText.extract(html);
        assertEquals("Лукашенко «запевняє» світ\n\n"
                + "Він заявив, що Білорусь не нападатиме\u00A0— так… Росія’s погодилася.\n\n"
                + "Перший пункт\nДругий пункт\n\n"
                + "AT&T & Co. посилання.\nНовий рядок.", p.text());
        assertMapped(p);
        int at = p.text().indexOf("Білорусь");
        assertEquals("Білорусь", p.original().substring(p.originalOffset(at), p.originalOffset(at) + 8));
        assertEquals(6, p.originalLine(at));
    }

    @Test
    void htmlWithUnclosedAndStrayMarks() {
        PlainText p = HtmlText.extract("<p>5 < 6 and 7 > 3 &unknown; &amp</p><p>Кінець");
        assertEquals("5 < 6 and 7 > 3 &unknown; &amp\n\nКінець", p.text());
        assertMapped(p);
    }

    @Test
    void markdownArticle() {
        String md = "# Лукашенко запевняє світ #\n\n"
                + "Він **заявив**, що _Білорусь_ не нападатиме. Див. [сайт агентства](https://belta.by/a_(b)) "
                + "і ![фото](img.png) `код` ~~старе~~.\n"
                + "snake_case і 5 * 3 лишаються.\n\n"
                + "> Цитата з *документа*.\n\n"
                + "- перший пункт\n- другий пункт\n1. третій\n\n"
                + "```\nкод, не текст\n```\n"
                + "Заголовок другого рівня\n---\n"
                + "Текст \\*без\\* зірочок, AT&amp;T, <span>тег</span>, <https://kmu.gov.ua>.\n\n"
                + "[ref]: https://example.org\n";
        PlainText p = MarkdownText.extract(md);
        assertEquals("Лукашенко запевняє світ\n\n"
                + "Він заявив, що Білорусь не нападатиме. Див. сайт агентства і  код старе.\n"
                + "snake_case і 5 * 3 лишаються.\n\n"
                + "Цитата з документа.\n\n"
                + "перший пункт\n\nдругий пункт\n\nтретій\n\n"
                + "\n\n\n"
                + "Заголовок другого рівня\n\n"
                + "Текст *без* зірочок, AT&T, тег, https://kmu.gov.ua.\n\n\n", p.text());
        assertMapped(p);
    }

    @Test
    void markdownTablesAndYears() {
        PlainText p = MarkdownText.extract("2025. Рік змін.\n\n| Країна | Війська |\n|---|:---:|\n| Росія | 13 тис. |\n");
        assertEquals("2025. Рік змін.\n\n Країна  Війська \n\n Росія  13 тис. \n", p.text());
        assertMapped(p);
    }

    @Test
    void markdownListItemsStaySentences() {
        PlainText p = MarkdownText.extract("Учасники:\n- росія\n- білорусь\n");
        List<Sentence> s = new Segmenter().segment(p.text(), "uk");
        assertEquals(List.of("Учасники:", "росія", "білорусь"), s.stream().map(Sentence::text).toList());
    }

    @Test
    void readerChoosesByExtensionAndKeepsTheContract() throws Exception {
        Path html = dir.resolve("a.uk.html");
        Files.writeString(html, "<html><body><h1>Заголовок</h1><p>Речення одне. Речення два.</p></body></html>", StandardCharsets.UTF_8);
        PlainText p = TextReader.readArticle(html, null);
        List<Sentence> s = new Segmenter().segment(p.text(), "uk");
        assertEquals(List.of("Заголовок", "Речення одне.", "Речення два."), s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(p.text().substring(x.start(), x.end()), x.text());
            int o = p.originalOffset(x.start());
            assertEquals(x.text().substring(0, 3), p.original().substring(o, o + 3));
        }
        Path txt = dir.resolve("a.uk.txt");
        Files.writeString(txt, "<p>Не розмітка.</p>", StandardCharsets.UTF_8);
        assertEquals("<p>Не розмітка.</p>", TextReader.readArticle(txt, null).text());
        Path md = dir.resolve("a.MD");
        Files.writeString(md, "**Жирний** текст.", StandardCharsets.UTF_8);
        assertEquals("Жирний текст.", TextReader.readArticle(md, null).text());
    }

    @Test
    void markupOnlyFileHasNoText() throws Exception {
        Path html = dir.resolve("empty.html");
        Files.writeString(html, "<html><head><script>x()</script></head><body></body></html>");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> TextReader.readArticle(html, null));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }
}
