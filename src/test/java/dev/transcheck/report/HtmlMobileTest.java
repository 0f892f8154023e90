package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report at a desk (1400 px) and on a phone (390 px) in Debian's headless Chromium
 * (skipped when it is not installed; ./test.sh installs it). Measured in the page, not by eye:
 * side by side on the desk, stacked on the phone with no horizontal scrolling and the first
 * finding on the first screen, no ordinary word broken across lines, the previous/next keys and
 * buttons moving focus from finding to finding, and the header's counts filtering by severity.
 * Screenshots of both widths go to target/screenshots/ and their sizes are checked.
 */
class HtmlMobileTest {
    static ChromeDriver driver;
    static Path profile;
    static final Path OUT = Path.of("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(dev.transcheck.Chromium.installed(), "chromium and chromedriver are not installed");
        profile = Files.createTempDirectory("transcheck-chromium");
        driver = dev.transcheck.Chromium.start(profile, "--window-size=1400,1000", "--hide-scrollbars");
    }

    @AfterAll
    static void stop() throws Exception {
        dev.transcheck.Chromium.stop(driver, profile);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double num(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    /** Emulates a screen of {@code width} x {@code height} CSS pixels (a phone: mobile). */
    private static void screen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static Path page(Report r) throws Exception {
        Files.createDirectories(OUT);
        Path f = OUT.resolve("mobile.html").toAbsolutePath();
        Files.writeString(f, new HtmlRenderer().render(r), StandardCharsets.UTF_8);
        return f;
    }

    private static BufferedImage shot(String name) throws Exception {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(OUT);
        Path to = OUT.resolve(name);
        Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(to.toFile());
    }

    /**
     * Runs of letters and digits (outside long tokens) that the browser laid out on two lines: a
     * word broken mid-letter. A break after a hyphen (pro-|government) is a normal line break.
     */
    private static List<?> brokenWords() {
        return (List<?>) js("""
                var broken = [];
                document.querySelectorAll('td.src, td.tgt').forEach(function (td) {
                  var walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
                  var n;
                  while ((n = walk.nextNode())) {
                    if (n.parentElement.closest('.long')) { continue; }
                    var re = /[\\p{L}\\p{N}\\p{M}]+/gu, m;
                    while ((m = re.exec(n.data))) {
                      var r = document.createRange();
                      r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                      var tops = {};
                      Array.prototype.forEach.call(r.getClientRects(), function (b) { if (b.width > 0) { tops[Math.round(b.top)] = 1; } });
                      if (Object.keys(tops).length > 1) { broken.push(m[0]); }
                    }
                  }
                });
                return broken;""");
    }

    private static Map<String, Double> box(WebElement e) {
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) js(
                "var r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};", e);
        return Map.of("left", ((Number) b.get("left")).doubleValue(), "top", ((Number) b.get("top")).doubleValue(),
                "right", ((Number) b.get("right")).doubleValue(), "bottom", ((Number) b.get("bottom")).doubleValue());
    }

    @Test
    void deskAndPhoneLayouts() throws Exception {
        Report r = HtmlBrowserTest.zapad();
        String url = page(r).toUri().toString();

        // the desk: source and translation side by side, the findings in a column on the right
        screen(1400, 1000, false);
        driver.get(url);
        WebElement row = driver.findElement(By.cssSelector("#pair-1"));
        Map<String, Double> src = box(row.findElement(By.cssSelector("td.src")));
        Map<String, Double> tgt = box(row.findElement(By.cssSelector("td.tgt")));
        assertTrue(tgt.get("left") >= src.get("right") - 1, "side by side: " + src + " " + tgt);
        assertEquals(src.get("top"), tgt.get("top"), 1.0);
        assertTrue(box(driver.findElement(By.id("findings"))).get("left") >= box(driver.findElement(By.id("pairs"))).get("right") - 1);
        assertEquals(List.of(), brokenWords());
        BufferedImage desk = shot("report-1400.png");
        assertEquals(1400, desk.getWidth());

        // the phone: stacked, nothing wider than the screen, the findings on the first screen
        screen(390, 844, true);
        driver.get(url);
        double width = num("return window.innerWidth");
        double height = num("return window.innerHeight");
        assertEquals(390, width, 1.0);
        assertTrue(num("return document.scrollingElement.scrollWidth") <= width,
                "horizontal scrolling: " + num("return document.scrollingElement.scrollWidth"));
        row = driver.findElement(By.cssSelector("#pair-1"));
        src = box(row.findElement(By.cssSelector("td.src")));
        tgt = box(row.findElement(By.cssSelector("td.tgt")));
        assertTrue(tgt.get("top") >= src.get("bottom") - 1, "translation below source: " + src + " " + tgt);
        assertEquals(src.get("left"), tgt.get("left"), 1.0);
        assertTrue(src.get("right") <= width && tgt.get("right") <= width);
        Map<String, Double> first = box(driver.findElement(By.id("f-0")));
        assertTrue(first.get("top") >= 0 && first.get("top") < height, "first finding at " + first + ", screen " + height);
        assertEquals(List.of(), brokenWords());
        BufferedImage phone = shot("report-390.png");
        assertEquals(390, phone.getWidth());
        assertTrue(phone.getHeight() >= 800 && phone.getHeight() <= 900, "height " + phone.getHeight());
        // every pair's row is laid out inside the screen
        for (WebElement tr : driver.findElements(By.cssSelector("tr.pair"))) {
            assertTrue(box(tr).get("right") <= width + 0.5, tr.getAttribute("id"));
        }
    }

    @Test
    void nextAndPreviousMoveFocusAndCountsFilter() throws Exception {
        Report r = HtmlBrowserTest.zapad();
        screen(390, 844, true);
        driver.get(page(r).toUri().toString());
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("j");
        assertTrue(focusedOn(0), focused());
        body.sendKeys("j");
        assertTrue(focusedOn(1), focused());
        driver.switchTo().activeElement().sendKeys("k");
        assertTrue(focusedOn(0), focused());
        driver.findElement(By.id("next-finding")).click();
        assertTrue(focusedOn(1), focused());
        driver.findElement(By.id("next-finding")).click();
        assertTrue(focusedOn(2), focused());
        driver.findElement(By.id("prev-finding")).click();
        assertTrue(focusedOn(1), focused());
        assertEquals("2 / " + r.findings().size(), driver.findElement(By.id("nav-status")).getText());
        // the focused finding is on the screen
        double top = box(driver.switchTo().activeElement()).get("top");
        assertTrue(top >= 0 && top < num("return window.innerHeight"), "focused at " + top);

        // "N errors" shows only the errors; pressed again, everything
        long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(errors >= 3 && errors < r.findings().size());
        WebElement count = driver.findElement(By.cssSelector("button.count.sev-error"));
        assertEquals(errors + " errors", count.getText());
        count.click();
        assertEquals("true", count.getAttribute("aria-pressed"));
        List<WebElement> shown = driver.findElements(By.cssSelector("#finding-list > li.finding")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(errors, shown.size());
        assertTrue(shown.stream().allMatch(li -> "error".equals(li.getAttribute("data-severity"))));
        assertFalse(driver.findElement(By.id("filter-warning")).isSelected());
        // navigation walks the shown findings only
        body.sendKeys("j");
        String index = driver.switchTo().activeElement().getAttribute("data-findings");
        index = index != null ? index.split(" ")[0] : driver.switchTo().activeElement().getAttribute("data-index");
        assertEquals(Severity.ERROR, r.findings().get(Integer.parseInt(index)).severity());
        count.click();
        assertEquals("false", count.getAttribute("aria-pressed"));
        assertEquals(r.findings().size(), driver.findElements(By.cssSelector("#finding-list > li.finding")).stream()
                .filter(WebElement::isDisplayed).count());

        // each check id links to its page
        WebElement doc = driver.findElement(By.cssSelector("#f-0 a.check-doc"));
        assertTrue(doc.getAttribute("href").endsWith("docs/checks/" + r.findings().get(0).check() + ".md"), doc.getAttribute("href"));
    }

    private static String focused() {
        WebElement a = driver.switchTo().activeElement();
        return a.getTagName() + " " + a.getAttribute("id") + " " + a.getAttribute("data-findings") + " " + a.getAttribute("data-index");
    }

    /** Whether the focus is on finding {@code i}: its highlight in the text, or its entry in the list. */
    private static boolean focusedOn(int i) {
        WebElement a = driver.switchTo().activeElement();
        String fs = a.getAttribute("data-findings");
        if ("mark".equals(a.getTagName()) && fs != null) {
            return List.of(fs.split(" ")).contains(String.valueOf(i));
        }
        return ("f-" + i).equals(a.getAttribute("id"));
    }
}
