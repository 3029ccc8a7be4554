package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console on the real EAR: one headless Chromium (the Debian chromium and chromium-driver, never
 * downloaded) signs in through the development OpenID provider's login form, checks the pages with
 * axe-core and at 320 px, and signs out; plain HTTP clients check the session cookie, the PKCE
 * request and the CSRF refusals. The browser tests run in order, sharing the one browser session.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The console's browser tests need the Debian packages chromium and "
                    + "chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        browser = new ChromeDriver(options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theStartPageOffersSignInAndPassesAxe() {
        browser.get(Api.base() + "/");

        assertEquals("Sign in", browser.findElement(By.cssSelector("a.govuk-button--start")).getText());
        assertNoAxeViolations("start page");
    }

    @Test
    @Order(2)
    void aDemoUserSignsInThroughTheProvidersLoginForm() {
        browser.findElement(By.cssSelector("a.govuk-button--start")).click();
        waitFor(ExpectedConditions.urlContains("/dev-login/"));
        assertNoAxeViolations("provider's login form");

        browser.findElement(By.id("j_username")).sendKeys(ConsoleSignIn.BUYER);
        browser.findElement(By.id("j_password")).sendKeys(ConsoleSignIn.BUYER_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        waitFor(ExpectedConditions.urlToBe(Api.base() + "/"));
        assertEquals(ConsoleSignIn.BUYER, browser.findElement(By.id("user-name")).getText());
        assertEquals(ConsoleSignIn.BUYER, browser.findElement(By.id("user-email")).getText());
    }

    @Test
    @Order(3)
    void theSignedInPagesPassAxe() {
        for (String path : List.of("/", "/accessibility", "/no-such-page")) {
            browser.get(Api.base() + path);
            assertNoAxeViolations(path);
        }
    }

    @Test
    @Order(4)
    void thePagesFitA320PixelScreen() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String path : List.of("/", "/accessibility")) {
                browser.get(Api.base() + path);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, ((Number) overflow).longValue(), path + " scrolls sideways at 320 px");
                assertNoAxeViolations(path + " at 320 px");
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(5)
    void signingOutEndsTheConsoleSessionAndTheProviders() {
        browser.get(Api.base() + "/");
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.govuk-button--start")));

        browser.get(Api.base() + "/");
        assertTrue(browser.findElements(By.id("user-name")).isEmpty(), "still signed in to the console");
        browser.findElement(By.cssSelector("a.govuk-button--start")).click();
        waitFor(ExpectedConditions.urlContains("/dev-login/"));
        assertTrue(browser.findElement(By.id("j_password")).isDisplayed(), "the provider did not ask for the password again");
    }

    @Test
    @Order(10)
    void signInSendsAPkceChallengeWithStateAndNonce() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = noRedirects.send(HttpRequest.newBuilder(URI.create(Api.base() + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, start.statusCode());
        String location = start.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("code_challenge=")
                && location.contains("state=") && location.contains("nonce="), location);
    }

    @Test
    @Order(11)
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = noRedirects.send(HttpRequest.newBuilder(URI.create(Api.base() + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());

        String cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + start.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    @Order(12)
    void signingInRenewsTheSessionId() {
        ConsoleSignIn client = new ConsoleSignIn();
        client.get("/signin");
        String before = client.sessionId().orElseThrow();

        HttpResponse<String> home = client.signIn(ConsoleSignIn.BUYER, ConsoleSignIn.BUYER_PASSWORD);

        assertTrue(home.body().contains("id=\"user-email\">" + ConsoleSignIn.BUYER), home.body());
        assertNotEquals(before, client.sessionId().orElseThrow());
    }

    @Test
    @Order(13)
    void aFormWithoutTheCsrfTokenIsRefused() {
        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn(ConsoleSignIn.BUYER, ConsoleSignIn.BUYER_PASSWORD);

        HttpResponse<String> refused = client.post("/signout", "");

        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Exception"), refused.body());
        assertTrue(client.get("/").body().contains("id=\"user-email\""), "the refused form signed the user out");
    }

    @Test
    @Order(14)
    void aFormWithAWrongCsrfTokenIsRefused() {
        ConsoleSignIn client = new ConsoleSignIn();
        String home = client.signIn(ConsoleSignIn.BUYER, ConsoleSignIn.BUYER_PASSWORD).body();
        String wrong = new StringBuilder(ConsoleSignIn.csrfToken(home)).reverse().toString();

        assertEquals(403, client.post("/signout", "csrf=" + ConsoleSignIn.encode(wrong)).statusCode());
    }

    @Test
    @Order(15)
    void signingOutWithTheTokenInvalidatesTheSession() {
        ConsoleSignIn client = new ConsoleSignIn();
        String home = client.signIn(ConsoleSignIn.BUYER, ConsoleSignIn.BUYER_PASSWORD).body();

        HttpResponse<String> after = client.post("/signout", "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(home)));

        assertEquals(200, after.statusCode());
        assertEquals("/", after.uri().getPath(), "not back at the start page: " + after.uri());
        assertFalse(client.get("/").body().contains("id=\"user-email\""), "still signed in after signing out");
    }

    @Test
    @Order(16)
    void anUnknownPageIsAnHtml404WithoutAStackTrace() {
        HttpResponse<String> missing = new ConsoleSignIn().get("/no-such-page");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(missing.body().contains("at org."), missing.body());
    }

    private static void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private static void assertNoAxeViolations(String page) {
        Results results = new AxeBuilder().analyze(browser);
        assertTrue(results.getViolations().isEmpty(), () -> "axe-core violations on " + page + ": "
                + results.getViolations().stream().map(v -> v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size()
                        + " nodes): " + v.getHelp()).collect(Collectors.joining("; ")));
    }
}
