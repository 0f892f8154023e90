package dev.transcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code transcheck serve} in Debian's headless Chromium (skipped when chromium or
 * chromedriver is missing; ./test.sh installs them): paste the zapad sample, press Check, step to
 * the Lavrov finding, accept it, and find the acceptance in the desk's accept file.
 */
class ServeBrowserTest {

    static WebDriver driver;
    static Path profile;
    static Path dir;
    static ServerFixture s;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(dev.transcheck.Chromium.installed(),
                "chromium and chromedriver are not installed");
        dir = Files.createTempDirectory("transcheck-serve-browser");
        s = new ServerFixture(List.of(Path.of("glossaries")), dir.resolve("desk.accept"),
                ServerFixture.limits(null, 1024, 120, 2, 8));
        profile = Files.createTempDirectory("transcheck-chromium");
        driver = dev.transcheck.Chromium.start(profile, "--window-size=1400,1000");
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
        dev.transcheck.Chromium.stop(driver, profile);
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Puts {@code text} into a text area as a paste does: the value changes and an input event fires. */
    private static void paste(String id, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "var a = document.getElementById(arguments[0]); a.focus(); a.value = arguments[1];"
                        + "a.dispatchEvent(new Event('input', {bubbles: true}));", id, text);
    }

    @Test
    void pasteCheckStepToLavrovAndAcceptIt() throws Exception {
        driver.get(s.uri("/").toString());
        waiting(30).until(d -> d.findElements(By.cssSelector("#from option")).size() > 3);
        paste("source", ServerFixture.uk());
        paste("translation", ServerFixture.en());
        waiting(30).until(d -> d.findElement(By.id("from-detected")).getText().contains("uk")
                && d.findElement(By.id("to-detected")).getText().contains("en"));
        driver.findElement(By.id("who")).sendKeys("Test Translator");
        driver.findElement(By.id("check")).click();
        waiting(180).until(d -> !d.findElements(By.cssSelector("#report #finding-list > li.finding")).isEmpty());
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("FAILED"), driver.findElement(By.id("status")).getText());

        // the same side-by-side view as the HTML report: source left, translation right
        List<WebElement> rows = driver.findElements(By.cssSelector("#report table.pairs tbody tr.pair"));
        assertTrue(rows.size() > 5);
        WebElement src = rows.get(0).findElement(By.cssSelector("td.src"));
        WebElement tgt = rows.get(0).findElement(By.cssSelector("td.tgt"));
        assertTrue(src.getLocation().getX() < tgt.getLocation().getX());
        assertTrue(src.getText().contains("Захід") || src.getText().length() > 10);

        // step through the findings until the Lavrov one
        int n = driver.findElements(By.cssSelector("#finding-list > li.finding")).size();
        WebElement current = null;
        for (int i = 0; i < n; i++) {
            driver.findElement(By.id("next")).click();
            current = driver.findElement(By.cssSelector("#finding-list > li.finding.current"));
            if (current.getText().contains("Lavrov") && current.getText().contains("name.")) {
                break;
            }
            current = null;
        }
        assertTrue(current != null, "a finding about Lavrov among " + n);
        String position = driver.findElement(By.id("position")).getText();
        assertTrue(position.startsWith("finding ") && position.contains(" of " + n), position);
        List<WebElement> marks = driver.findElements(By.cssSelector("mark.hl.current"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("Lavrov") && m.isDisplayed()),
                "the Lavrov highlight is lit");
        String id = current.findElement(By.cssSelector(".fid code")).getText();

        driver.findElement(By.id("accept")).click();
        try {
            waiting(30).until(d -> d.findElement(By.id("status")).getText().startsWith("Accepted"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not accepted; the page says: " + driver.findElement(By.id("status")).getText(), e);
        }
        assertTrue(current.getAttribute("class").contains("accepted"));
        assertFalse(driver.findElement(By.id("accept")).isEnabled(), "an accepted finding cannot be accepted twice");
        String file = Files.readString(dir.resolve("desk.accept"), StandardCharsets.UTF_8);
        assertTrue(file.startsWith(id + "  # accepted by Test Translator at 20"), file);

        // the report's own script runs under the page's CSP: its filters work
        driver.findElement(By.id("filter-error")).click();
        assertTrue(driver.findElements(By.cssSelector("#finding-list > li.finding.sev-error")).stream()
                .noneMatch(WebElement::isDisplayed), "error findings hidden by the filter");
        driver.findElement(By.id("filter-error")).click();

        assertTrue(driver.findElement(By.id("export-json")).isDisplayed());
        assertTrue(driver.findElement(By.id("export-html")).isDisplayed());
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("serve-zapad.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void glossaryPageSearches() {
        driver.get(s.uri("/glossary").toString());
        waiting(30).until(d -> d.findElement(By.id("summary")).getText().contains("concepts in"));
        assertTrue(driver.findElements(By.cssSelector("#files tbody tr")).size() > 1);
        driver.findElement(By.id("q")).sendKeys("Lukashenko");
        waiting(30).until(d -> d.findElement(By.id("found")).getText().matches("[1-9]\\d* concepts? match.*"));
        String table = driver.findElement(By.id("matches")).getText();
        assertTrue(table.contains("Лукашенко"), table);
        assertEquals(0, driver.findElements(By.cssSelector("script:not([src])")).size(), "no inline script");
    }
}
