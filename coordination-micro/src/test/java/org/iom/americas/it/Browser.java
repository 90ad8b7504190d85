package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at Debian's Chromium, driven through Debian's chromedriver (no browser or driver is downloaded: the
 * paths are fixed, so Selenium Manager never runs). Each has a fresh profile, so a cold cache and its own session.
 * It can sign in, go to a page, run the axe-core checker on it and keep a screenshot of it for a reviewer.
 */
final class Browser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final URL base;
    private final ChromeDriverService service;
    final WebDriver driver;

    Browser(URL base, String acceptLanguage) {
        this(base, acceptLanguage, "UTC");
    }

    /** @param timeZone where the person sits: the browser's own clock, as the operating system tells it */
    Browser(URL base, String acceptLanguage, String timeZone) {
        this.base = base;
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("TZ", timeZone))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        // the flags this machine's closed network needs (no background calls to Google), and a fixed page size
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(base.toString() + path);
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return find(id).getText();
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Date fields take their ISO value whatever the browser's language shows. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(id), isoDate);
    }

    void choose(String id, String value) {
        new Select(find(id)).selectByValue(value);
    }

    void click(By by) {
        driver.findElement(by).click();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /**
     * Runs axe-core's WCAG 2.2 A and AA rules on the page as it stands and asserts that none of serious or critical
     * impact fails; the lesser ones are logged, for the next pass.
     */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on " + page).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        results.getViolations().stream().filter(rule -> !blocking.contains(rule)).forEach(rule -> LOG.info(() ->
                page + ": " + rule.getImpact() + " " + rule.getId() + " on " + targets(rule)));
        assertThat(blocking).as(page + " has serious or critical accessibility violations: " + blocking.stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + ") on " + targets(rule))
                .collect(Collectors.joining("; "))).isEmpty();
        assertThat(results.getPasses()).as("axe-core checked something on " + page).isNotEmpty();
    }

    /** The whole page, not only the window: the window grows to the page's height for the picture. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 8000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The bytes the page and everything it loaded took over the wire (after compression, headers included). */
    long transferredBytes() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].transferSize"
                + " + performance.getEntriesByType('resource').reduce((sum, e) => sum + e.transferSize, 0);"))
                .longValue();
    }

    private static String targets(Rule rule) {
        return rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
