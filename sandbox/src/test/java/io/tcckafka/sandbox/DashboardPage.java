package io.tcckafka.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The orchestrator's dashboard as a browser shows it, read the way an operator would. */
final class DashboardPage {

    private final ChromeDriver browser;

    /** Opens the dashboard: the login page comes first, where the operator logs in. */
    DashboardPage(ChromeDriver browser, String url, String user, String password) {
        this.browser = browser;
        browser.get(url);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The HTTP status a state-changing request of this browser session gets, sent with or without its CSRF token. */
    long postFromTheSession(String path, boolean withCsrfToken) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
                const headers = arguments[1] && token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.substring(11)) } : {};
                fetch(arguments[0], { method: 'POST', headers }).then(r => done(r.status), e => done(-1));""",
                path, withCsrfToken);
        return (Long) status;
    }

    /** The number on a status card (or {@code STUCK}), or -1 before the first refresh. */
    long count(String status) {
        List<String> value = texts("#count-" + status + " .value");
        return value.isEmpty() ? -1 : Long.parseLong(value.get(0).replace(",", ""));
    }

    boolean hasChartCanvas(String chart) {
        return !browser.findElements(By.cssSelector("#" + chart + "-chart canvas")).isEmpty();
    }

    /** The sum of one series of a chart's data as uPlot holds it (series 1 is the first after the x values). */
    double chartSeriesSum(String chart, int series) {
        Object sum = browser.executeScript("""
                const chart = window.dashboard.charts[arguments[0] + '-chart'];
                return chart ? chart.data[arguments[1]].reduce((total, v) => total + (v || 0), 0) : 0;""",
                chart, series);
        return ((Number) sum).doubleValue();
    }

    void searchTransfer(String transferId) {
        WebElement box = browser.findElement(By.id("search-id"));
        box.clear();
        box.sendKeys(transferId);
        browser.findElement(By.cssSelector("#search button")).click();
    }

    /** The timeline's steps as shown: time, title, detail. */
    List<String> timelineSteps() {
        return texts("#timeline-body .step");
    }

    String timelineStatus() {
        return String.join("", texts("#timeline-body .summary .badge"));
    }

    List<String> inFlightTransfers() {
        return texts("#in-flight-body a[data-transfer]");
    }

    List<String> stuckTransfers() {
        return texts("#stuck-body a[data-transfer]");
    }

    String sectionText(String id) {
        return String.join("", texts("#" + id));
    }

    /** One row per account of the bank's table, cells separated by spaces; empty when the bank is unavailable. */
    List<String> bankAccounts(String bank) {
        return texts("#bank-" + bank + " tbody tr");
    }

    String bankCard(String bank) {
        return String.join("", texts("#bank-" + bank));
    }

    void saveScreenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read in one script: the page redraws every few seconds, so elements found earlier may be gone. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.replace(/\\s+/g, ' ').trim())", css);
    }
}
