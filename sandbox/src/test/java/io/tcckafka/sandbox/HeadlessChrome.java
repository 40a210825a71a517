package io.tcckafka.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, named explicitly so that Selenium Manager never looks for (or downloads) a
 * browser or a driver of its own.
 */
final class HeadlessChrome {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChrome() {
    }

    /** Why no browser test can run here, if so. */
    static Optional<String> whyMissing() {
        List<String> missing = List.of(BROWSER, DRIVER).stream().filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" and ", missing) + " not installed (apt-get install chromium chromium-driver)");
    }

    static ChromeDriver start(Path userDataDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userDataDir, "--window-size=" + width + "," + height);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }
}
