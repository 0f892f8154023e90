package dev.transcheck.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The editions matrix in Debian's headless Chromium (skipped when chromium or chromedriver is not
 * installed; ./test.sh installs them), started as HtmlBrowserTest does: the zapad sample with the
 * three seeded editions (English with a changed number, German without a sentence, Polish with a
 * wrong name). Each seeded error is marked in its own cell and nowhere else; a screenshot goes to
 * target/screenshots/editions.png.
 */
class EditionsBrowserTest {
    static final Path S = Path.of("samples/zapad-2025");
    static final Path OUT = Path.of("target/screenshots");

    static WebDriver driver;
    static Path profile;
    static EditionsReport report;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(dev.transcheck.Chromium.installed(),
                "chromium and chromedriver are not installed");
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(Path.of("glossaries")))).build();
        Document src = tc.document(S.resolve("source.uk.txt").toString(), "uk", Files.readString(S.resolve("source.uk.txt")));
        List<Document> eds = new ArrayList<>();
        for (String f : List.of("seeded/translation-changed-number.en.txt", "seeded/translation-dropped.de.txt",
                "seeded/translation-wrong-name.pl.txt")) {
            eds.add(tc.document(S.resolve(f).toString(), f.substring(f.length() - 6, f.length() - 4), Files.readString(S.resolve(f))));
        }
        report = Editions.check(tc, src, eds);

        profile = Files.createTempDirectory("transcheck-chromium");
        driver = dev.transcheck.Chromium.start(profile, "--window-size=1600,1000");
    }

    @AfterAll
    static void stop() throws Exception {
        dev.transcheck.Chromium.stop(driver, profile);
    }

    static CrossFinding only(String label) {
        EditionsReport.Edition e = report.editions().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        assertEquals(1, e.cross().size(), e.cross().toString());
        return e.cross().get(0);
    }

    static WebElement cell(String edition, int row) {
        return driver.findElement(By.cssSelector("td.cell[data-edition='" + edition + "'][data-row='" + row + "']"));
    }

    @Test
    void matrixMarksEachSeededErrorInItsCell() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("editions.html").toAbsolutePath();
        Files.writeString(page, new EditionsHtml().render(report), StandardCharsets.UTF_8);
        driver.get(page.toUri().toString());

        List<WebElement> rows = driver.findElements(By.cssSelector("table.matrix tbody tr"));
        assertEquals(report.source().size(), rows.size(), "one row per source sentence");
        for (WebElement row : rows) {
            assertEquals(1, row.findElements(By.cssSelector("td.src")).size());
            assertEquals(3, row.findElements(By.cssSelector("td.cell")).size());
        }
        List<String> heads = driver.findElements(By.cssSelector("table.matrix thead th[data-edition]")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("en", "de", "pl"), heads);

        // German: the dropped sentence is an empty cell, marked, with the cross-edition evidence
        CrossFinding de = only("de");
        WebElement gap = cell("de", de.row());
        assertTrue(gap.getAttribute("class").contains("omitted") && gap.getAttribute("class").contains("has-error"));
        assertFalse(gap.findElements(By.cssSelector(".evidence[data-check='edition.omission']")).isEmpty());
        assertFalse(cell("en", de.row()).getAttribute("class").contains("has-"), "the English cell of that row is clean");
        assertFalse(cell("pl", de.row()).getAttribute("class").contains("has-"), "the Polish cell of that row is clean");

        // Polish: the wrong name is marked in its cell, and the witnesses show the others
        CrossFinding pl = only("pl");
        WebElement name = cell("pl", pl.row());
        assertTrue(name.getAttribute("class").contains("has-error"));
        WebElement mark = name.findElement(By.cssSelector("mark[data-check='edition.name']"));
        assertEquals("Bielajewem", mark.getText());
        assertTrue(mark.isDisplayed());
        assertTrue(name.findElement(By.cssSelector(".witnesses")).getText().contains("Beloussow"));
        assertFalse(cell("en", pl.row()).getAttribute("class").contains("has-error"));
        assertFalse(cell("de", pl.row()).getAttribute("class").contains("has-error"));

        // English: the changed number is marked; the pair finding carries the cross-edition evidence
        CrossFinding en = only("en");
        WebElement number = cell("en", en.row());
        assertTrue(number.getAttribute("class").contains("has-error"));
        assertEquals("150,000", number.findElement(By.cssSelector("mark.error")).getText());
        assertFalse(number.findElements(By.cssSelector(".evidence[data-check='edition.number']")).isEmpty());

        // no other cell carries an error
        long errorCells = driver.findElements(By.cssSelector("td.cell.has-error")).size();
        assertEquals(3, errorCells);
        assertEquals(3, driver.findElements(By.cssSelector("table.summary tr.failed")).size());
        assertTrue(driver.findElement(By.id("verdict")).getText().startsWith("Failed"));

        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve("editions.png"), png);
    }
}
