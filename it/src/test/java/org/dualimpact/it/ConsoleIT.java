package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console on the real EAR: one headless Chromium ({@link ConsoleBrowser}) signs in through the
 * development OpenID provider's login form as a user without membership, checks the pages with axe-core
 * at desktop width and at 320 px (with screenshots), and signs out; plain HTTP clients check the session cookie, the PKCE
 * request and the CSRF refusals. The browser tests run in order, sharing the one browser session.
 */
class ConsoleIT extends ConsoleTest {

    @Test
    @Order(1)
    void theStartPageOffersSignInAndPassesAxe() {
        browser.open("/");

        assertEquals("Sign in", browser.driver.findElement(By.cssSelector("a.govuk-button--start")).getText());
        browser.checkPage("start");
    }

    @Test
    @Order(2)
    void aUserWithoutMembershipSignsInAndIsToldSo() {
        browser.driver.findElement(By.cssSelector("a.govuk-button--start")).click();
        browser.waitFor(ExpectedConditions.urlContains("/dev-login/"));
        browser.assertNoAxeViolations("provider's login form");

        browser.logIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);

        assertEquals(Api.base() + "/", browser.driver.getCurrentUrl());
        assertEquals("You are not a member of an organisation", browser.heading());
        assertEquals(ConsoleSignIn.NINA, browser.text("user-name"));
        assertEquals(ConsoleSignIn.NINA, browser.text("user-email"));
        browser.checkPage("no-organisation");
    }

    @Test
    @Order(3)
    void theOtherPagesPassAxeAtBothWidths() {
        browser.open("/accessibility");
        browser.checkPage("accessibility");
        browser.open("/no-such-page");
        browser.checkPage("not-found");
    }

    @Test
    @Order(5)
    void signingOutEndsTheConsoleSessionAndTheProviders() {
        browser.open("/");
        browser.press("Sign out");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.govuk-button--start")));

        browser.open("/");
        assertFalse(browser.has("user-name"), "still signed in to the console");
        browser.driver.findElement(By.cssSelector("a.govuk-button--start")).click();
        browser.waitFor(ExpectedConditions.urlContains("/dev-login/"));
        assertTrue(browser.driver.findElement(By.id("j_password")).isDisplayed(), "the provider did not ask for the password again");
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

        HttpResponse<String> home = client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);

        assertTrue(home.body().contains("id=\"user-email\">" + ConsoleSignIn.NINA), home.body());
        assertNotEquals(before, client.sessionId().orElseThrow());
    }

    @Test
    @Order(13)
    void aFormWithoutTheCsrfTokenIsRefused() {
        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);

        HttpResponse<String> refused = client.post("/signout", "");

        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Exception"), refused.body());
        assertTrue(client.get("/").body().contains("id=\"user-email\""), "the refused form signed the user out");
    }

    @Test
    @Order(14)
    void aFormWithAWrongCsrfTokenIsRefused() {
        ConsoleSignIn client = new ConsoleSignIn();
        String home = client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD).body();
        String wrong = new StringBuilder(ConsoleSignIn.csrfToken(home)).reverse().toString();

        assertEquals(403, client.post("/signout", "csrf=" + ConsoleSignIn.encode(wrong)).statusCode());
    }

    @Test
    @Order(15)
    void signingOutWithTheTokenInvalidatesTheSession() {
        ConsoleSignIn client = new ConsoleSignIn();
        String home = client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD).body();

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

    @Test
    @Order(17)
    void everyConsoleResponseCarriesTheSecurityHeaders() {
        ConsoleSignIn client = new ConsoleSignIn();
        for (String path : List.of("/", "/accessibility", "/assets/console.css", "/no-such-page")) {
            HttpResponse<String> response = client.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    @Order(18)
    void signedInPagesAreNotCached() {
        ConsoleSignIn client = new ConsoleSignIn();
        HttpResponse<String> home = client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);

        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    @Order(19)
    void everyPageWritesTheCsrfTokenAfreshAndEachIsAccepted() {
        ConsoleSignIn client = new ConsoleSignIn();
        String first = ConsoleSignIn.csrfToken(client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD).body());
        String second = ConsoleSignIn.csrfToken(client.get("/").body());

        assertNotEquals(first, second, "the same bytes on two pages: a compressed page would be an oracle on them");
        HttpResponse<String> after = client.post("/signout", "csrf=" + ConsoleSignIn.encode(first));
        assertEquals("/", after.uri().getPath(), "the first page's token was refused: " + after.statusCode());
    }

    @Test
    @Order(20)
    void pagesAndTheStyleSheetGoGzippedToAClientThatAcceptsIt() throws Exception {
        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);
        for (String path : List.of("/accessibility", "/assets/console.css")) {
            HttpResponse<byte[]> gzipped = client.http.send(HttpRequest.newBuilder(URI.create(Api.base() + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<String> plain = client.get(path);

            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), path);
            String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(plain.body().length(), unzipped.length(), path);
            assertTrue(gzipped.body().length * 2 < unzipped.length(), path + ": " + gzipped.body().length + " bytes");
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path + " compressed unasked");
        }
    }
}
