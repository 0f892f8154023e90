package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transcheck editions}: languages from file names, exit status (0 when every edition
 * passes, 1 when one fails, 2 on bad input with one line), the JSON and HTML reports, --disable of a
 * cross-edition check.
 */
class EditionsCommandTest {
    static final String UK = "Міністр оборони Андрій Бєлоусов прибув до Мінська у п'ятницю. "
            + "Бюджет програми становить 3,2 мільярда доларів. Наступна зустріч відбудеться у вересні.\n";
    static final String EN = "Defence Minister Andrei Belousov arrived in Minsk on Friday. "
            + "The programme's budget is $3.2 billion. The next meeting will take place in September.\n";
    static final String DE = "Verteidigungsminister Andrej Beloussow ist am Freitag in Minsk eingetroffen. "
            + "Das Budget des Programms beträgt 3,2 Milliarden Dollar. Das nächste Treffen findet im September statt.\n";
    static final String PL = "Minister obrony Andriej Biełousow przybył w piątek do Mińska. "
            + "Budżet programu wynosi 3,2 mld dolarów. Kolejne spotkanie odbędzie się we wrześniu.\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void passesFailsAndWritesTheMatrix() throws Exception {
        Path uk = file("a.uk.txt", UK);
        Path en = file("a.en.txt", EN);
        Path de = file("a.de.txt", DE);
        Path pl = file("a.pl.txt", PL);
        CliGateTest.Run ok = CliGateTest.run("editions", uk.toString(), en.toString(), de.toString(), pl.toString(), "--no-config",
                "--glossary", dir.toString());
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().contains("PASSED"), ok.out());

        Path bad = file("b.de.txt", DE.replace("3,2 Milliarden", "3,5 Milliarden"));
        Path json = dir.resolve("r.json");
        CliGateTest.Run fail = CliGateTest.run("editions", uk.toString(), en.toString(), bad.toString(), pl.toString(), "--no-config",
                "--glossary", dir.toString(), "--format", "json", "-o", json.toString());
        assertEquals(1, fail.status(), fail.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("transcheck-editions/1", root.get("schema").asText());
        assertFalse(root.get("passed").asBoolean());
        JsonNode german = root.get("editions").get(1);
        assertEquals("de", german.get("label").asText());
        assertEquals("edition.number", german.get("cross").get(0).get("check").asText());
        assertEquals(4, german.get("cross").get(0).get("witnesses").size());
        assertEquals("transcheck-report/1", german.get("report").get("schema").asText());
        assertEquals(3, root.get("matrix").size());

        Path html = dir.resolve("r.html");
        CliGateTest.Run page = CliGateTest.run("editions", uk.toString(), en.toString(), bad.toString(), pl.toString(), "--no-config",
                "--glossary", dir.toString(), "--format", "html", "-o", html.toString(), "--disable", "edition.number");
        String h = Files.readString(html);
        assertTrue(h.contains("<table class=\"matrix\""), h);
        assertFalse(h.contains("data-check=\"edition.number\""), "switched off");
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws Exception {
        Path uk = file("a.uk.txt", UK);
        Path en = file("a.en.txt", EN);
        CliGateTest.Run missing = CliGateTest.run("editions", uk.toString(), en.toString(), dir.resolve("none.de.txt").toString(),
                "--no-config", "--glossary", dir.toString());
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("none.de.txt"), missing.err());
        CliGateTest.Run unknown = CliGateTest.run("editions", uk.toString(), en.toString(), "--no-config", "--disable", "edition.nothing");
        assertEquals(2, unknown.status());
        CliGateTest.Run same = CliGateTest.run("editions", uk.toString(), en.toString(), "--no-config", "--glossary", dir.toString(),
                "-o", en.toString());
        assertEquals(2, same.status(), "never writes over an input");
        assertEquals(EN, Files.readString(en));
    }
}
