package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the console's browser tests: the Debian chromium and chromium-driver, never
 * downloaded (a clear failure with the install command when they are missing). It signs in through the
 * development provider's login form, runs axe-core, checks a page at 320 px, and saves screenshots of
 * every page at desktop and mobile widths under {@code target/screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MOBILE_WIDTH = 320;

    final ChromeDriver driver;

    ConsoleBrowser() {
        this(1280, 900);
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static final String MISSING = "the console's browser tests need the Debian packages chromium and chromium-driver "
            + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver";

    /** Whether Debian's chromium and chromium-driver are installed. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser whose window is {@code width} × {@code height} CSS pixels (390 × 844: a phone). */
    ConsoleBrowser(int width, int height) {
        if (!installed()) {
            throw new IllegalStateException(MISSING);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        driver = new ChromeDriver(options);
    }

    void open(String path) {
        driver.get(Api.base() + path);
    }

    /** Fills the provider's login form the console sent the browser to, and waits to be back on the console. */
    void logIn(String user, String password) {
        waitFor(ExpectedConditions.urlContains("/dev-login/"));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(Api.base() + "/") && !d.getCurrentUrl().contains("/dev-login"));
    }

    /** Accepts the invitation shown and waits for the home page. */
    void accept() {
        driver.findElement(By.xpath("//button[normalize-space()='Accept invitation']")).click();
        waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));
    }

    /** Chooses the organisation to act for from the header's link. */
    void actFor(String organisation) {
        driver.findElement(By.linkText("Change organisation")).click();
        driver.findElement(By.cssSelector("input[value='" + organisation + "']")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
        waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));
    }

    /** Presses the button labelled {@code label} and waits until the answer has replaced this page. */
    void press(String label) {
        leaveBy(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Follows the link whose text is {@code text} and waits for the page it leads to. */
    void follow(String text) {
        leaveBy(driver.findElement(By.linkText(text)));
    }

    /** Follows the link whose text contains {@code text} and waits for the page it leads to. */
    void followPartly(String text) {
        leaveBy(driver.findElement(By.partialLinkText(text)));
    }

    private void leaveBy(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        waitFor(d -> gone(page));
    }

    /**
     * Whether the element's page was replaced. Chromium answers a stale element, or, while the next page
     * is loading, "Node with given id does not belong to the document": both mean the old page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Replaces the text of an input. */
    void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Waits up to 30 s; an element replaced by the next page while the condition reads it is read again. */
    void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    void assertNoAxeViolations(String page) {
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getViolations().isEmpty(), () -> "axe-core violations on " + page + ": "
                + results.getViolations().stream().map(v -> v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size()
                        + " nodes): " + v.getHelp()).collect(Collectors.joining("; ")));
    }

    /**
     * The page now shown, checked as every console page must be: no axe-core violation at desktop width
     * and at 320 px, no sideways scrolling at 320 px; a screenshot of each width is saved as
     * {@code target/screenshots/<name>-desktop.png} and {@code -mobile.png}.
     */
    void checkPage(String name) {
        assertNoAxeViolations(name);
        screenshot(name + "-desktop");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", MOBILE_WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), name + " scrolls sideways at " + MOBILE_WIDTH + " px");
            assertNoAxeViolations(name + " at " + MOBILE_WIDTH + " px");
            screenshot(name + "-mobile");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(Api.database() + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
