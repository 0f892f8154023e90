package dev.transcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, started the one way that never reaches the
 * network: the installed binary and driver (Selenium never fetches one), no background
 * networking, a fresh profile folder removed afterwards.
 */
public final class Chromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Whether the browser and its driver are installed (the tests are skipped otherwise). */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** A headless browser on {@code profile}, with {@code extra} arguments (a window size, say). */
    public static ChromeDriver start(Path profile, String... extra) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--lang=en-US"));
        args.addAll(List.of(extra));
        options.addArguments(args);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Quits {@code driver} (if started) and removes {@code profile} (if made). */
    public static void stop(WebDriver driver, Path profile) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
