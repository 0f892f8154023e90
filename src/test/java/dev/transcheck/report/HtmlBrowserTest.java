package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.WordCheck;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report in Debian's headless Chromium (skipped when chromium or chromedriver is not
 * installed; ./test.sh installs them): the zapad sample's page side by side, highlights with
 * messages, severity and category filters, anchors, escaping, and a screenshot for a person to look at.
 */
class HtmlBrowserTest {
    static final Path SAMPLE = Path.of("samples/zapad-2025");
    static final Path OUT = Path.of("target/screenshots");

    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(dev.transcheck.Chromium.installed(),
                "chromium and chromedriver are not installed");
        profile = Files.createTempDirectory("transcheck-chromium");
        driver = dev.transcheck.Chromium.start(profile, "--window-size=1400,1000");
    }

    @AfterAll
    static void stop() throws Exception {
        dev.transcheck.Chromium.stop(driver, profile);
    }

    /**
     * The sample's report with the shipped checks plus test checks on the four words a correct
     * checker must flag, so that the page has those highlights whatever checks have landed.
     */
    static Report zapad() throws Exception {
        List<Check> checks = new ArrayList<>(CheckRegistry.standard().checks());
        checks.add(new WordCheck("test.lavrov", Severity.ERROR, Category.MISTRANSLATION, null, "Lavrov", "Lukashenko"));
        checks.add(new WordCheck("test.belyayev", Severity.ERROR, Category.MISTRANSLATION, null, "Belyayev", "Belousov"));
        checks.add(new WordCheck("test.zahod", Severity.ERROR, Category.WRONG_TERM, null, "Zahod-2025", "Zapad-2025"));
        checks.add(new WordCheck("test.belta", Severity.WARNING, Category.WRONG_TERM, null, "BELTA", "BelTA"));
        checks.add(new WordCheck("test.zahid", Severity.INFO, Category.WRONG_TERM, "Захід-2025", null, null));
        Transcheck tc = Transcheck.builder().registry(CheckRegistry.of(checks)).build();
        String uk = Files.readString(SAMPLE.resolve("source.uk.txt"));
        String en = Files.readString(SAMPLE.resolve("translation.en.txt"));
        return tc.check(tc.document("samples/zapad-2025/source.uk.txt", "uk", uk),
                tc.document("samples/zapad-2025/translation.en.txt", "en", en));
    }

    private static Path write(String name, Report r) throws Exception {
        Files.createDirectories(OUT);
        Path f = OUT.resolve(name).toAbsolutePath();
        Files.writeString(f, new HtmlRenderer().render(r), StandardCharsets.UTF_8);
        return f;
    }

    private static List<WebElement> visible(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void zapadReportSideBySideWithHighlightsFiltersAndAnchors() throws Exception {
        Report r = zapad();
        driver.get(write("zapad.html", r).toUri().toString());

        List<WebElement> rows = driver.findElements(By.cssSelector("table.pairs tbody tr.pair"));
        assertEquals(r.alignment().beads().size(), rows.size());
        for (WebElement row : rows) {
            assertEquals(1, row.findElements(By.cssSelector("td.src")).size());
            assertEquals(1, row.findElements(By.cssSelector("td.tgt")).size());
        }
        WebElement first = rows.get(0);
        assertTrue(first.findElement(By.cssSelector("td.src")).getLocation().getX()
                < first.findElement(By.cssSelector("td.tgt")).getLocation().getX(), "source left of translation");

        for (String word : List.of("Lavrov", "Belyayev", "Zahod-2025", "BELTA")) {
            List<WebElement> marks = driver.findElements(By.xpath("//td[contains(@class,'tgt')]//mark[normalize-space(.)='" + word + "']"));
            assertFalse(marks.isEmpty(), "highlight on " + word);
            String title = marks.get(0).getAttribute("title");
            assertTrue(title.contains("Test finding: - / " + word), title);
            for (String id : marks.get(0).getAttribute("aria-describedby").split(" ")) {
                assertTrue(driver.findElement(By.id(id)).getText().length() > 0);
            }
        }
        assertFalse(driver.findElements(By.xpath("//td[contains(@class,'src')]//mark[contains(.,'Захід-2025')]")).isEmpty());

        takeScreenshot("report.png");

        // the message shows on keyboard focus (CSS tooltip from data-tip)
        WebElement lavrov = driver.findElement(By.xpath("//td[contains(@class,'tgt')]//mark[normalize-space(.)='Lavrov']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", lavrov);
        String tip = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0], '::after').content", lavrov);
        assertTrue(tip.contains("Lukashenko"), tip);
        // and leads to its finding in the list
        lavrov.click();
        // (any finding on the word: the shipped name.mismatch marks Lavrov too)
        String url = driver.getCurrentUrl();
        assertTrue(java.util.stream.IntStream.range(0, r.findings().size())
                .filter(i -> r.findings().get(i).translation() != null
                        && r.findings().get(i).translation().text().equals("Lavrov"))
                .anyMatch(i -> url.endsWith("#f-" + i)), url);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); arguments[0].blur()", lavrov);

        // every finding is listed; every finding whose place is known links to its pair
        int total = r.findings().size();
        assertEquals(total, visible("#finding-list > li").size());
        int errors = (int) r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(errors >= 3);

        // severity filter: untick error, the errors disappear and their highlights switch off
        driver.findElement(By.id("filter-error")).click();
        assertEquals(total - errors, visible("#finding-list > li").size());
        assertTrue(visible("#finding-list > li.sev-error").isEmpty());
        assertTrue(lavrov.getAttribute("class").contains("off"), lavrov.getAttribute("class"));
        WebElement belta = driver.findElement(By.xpath("//td[contains(@class,'tgt')]//mark[normalize-space(.)='BELTA']"));
        assertFalse(belta.getAttribute("class").contains("off"));
        assertEquals((total - errors) + " of " + total + " findings shown", driver.findElement(By.id("shown")).getText());
        driver.findElement(By.id("filter-error")).click();
        assertEquals(total, visible("#finding-list > li").size());
        assertFalse(lavrov.getAttribute("class").contains("off"));

        // category filter
        new Select(driver.findElement(By.id("filter-category"))).selectByValue("terminology/wrong-term");
        long terms = r.findings().stream().filter(f -> f.category() == Category.WRONG_TERM).count();
        assertEquals(terms, visible("#finding-list > li").size());
        for (WebElement li : visible("#finding-list > li")) {
            assertEquals("terminology/wrong-term", li.getAttribute("data-category"));
        }
        // only pairs with shown findings
        driver.findElement(By.id("filter-rows")).click();
        assertTrue(visible("tr.pair").size() < rows.size());
        driver.findElement(By.id("filter-rows")).click();
        new Select(driver.findElement(By.id("filter-category"))).selectByValue("");
        assertEquals(total, visible("#finding-list > li").size());

        // the finding's link jumps to its sentence pair
        Finding belyayev = r.findings().stream().filter(f -> f.check().equals("test.belyayev")).findFirst().orElseThrow();
        int index = r.findings().indexOf(belyayev);
        WebElement jump = driver.findElement(By.cssSelector("#f-" + index + " a.jump"));
        String target = jump.getAttribute("href").replaceAll(".*#", "");
        jump.click();
        assertTrue(driver.getCurrentUrl().endsWith("#" + target), driver.getCurrentUrl());
        WebElement row = driver.findElement(By.id(target));
        assertTrue(row.findElement(By.cssSelector("td.tgt")).getText().contains("Belyayev"));
        Number top = (Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].getBoundingClientRect().top", row);
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 1000, "scrolled into view: " + top);
    }

    @Test
    void markupInTheArticleRendersAsTextAndGapsShow() throws Exception {
        Report r = Fixtures.report();
        driver.get(write("escaping.html", r).toUri().toString());
        // an executed <script> from the article would have changed the title or raised an alert
        assertTrue(driver.getTitle().startsWith("transcheck FAILED"));
        WebElement src = driver.findElement(By.cssSelector("#pair-1 td.src"));
        assertEquals(r.source().sentence(0).text().strip(), src.getText().strip());
        WebElement tgt = driver.findElement(By.cssSelector("#pair-1 td.tgt"));
        assertEquals(r.translation().sentence(0).text().strip(), tgt.getText().strip());
        assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return document.scripts.length"));
        assertEquals("no translation", driver.findElement(By.cssSelector("#pair-3 td.tgt.gap")).getText());
        assertTrue(driver.findElement(By.cssSelector("#pair-5 td.src.gap")).getText().startsWith("no source"));
        // overlapping findings: three marks in a row, the middle one belongs to both
        List<WebElement> marks = tgt.findElements(By.cssSelector("mark"));
        assertEquals(List.of("<script>alert(1)</script>", "Bondarchuk &", "Co", "announced"),
                marks.stream().map(m -> m.getText().strip()).toList());
        assertEquals(2, marks.get(2).getAttribute("data-findings").split(" ").length);
        takeScreenshot("escaping.png");

        // print layout: no controls, every finding and row shown even when filtered out on screen
        driver.findElement(By.id("filter-warning")).click();
        assertFalse(driver.findElement(By.cssSelector("#finding-list > li.sev-warning")).isDisplayed());
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.id("filters")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#finding-list > li.sev-warning")).isDisplayed());
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private static void takeScreenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(OUT);
        Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
