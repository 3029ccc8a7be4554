package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public impact pages, signed out: from the start page to {@code /public}, a region (South East) and
 * a territory (Thames Valley), each passing axe at desktop width, at 320 px and on a 390 × 844 phone
 * (screenshots of each); a quarter that does not parse and a reversed range are the page again with
 * status 400, the error summary linking to the field, the field marked and the input kept; an unknown
 * code is the 404 page. Plain HTTP clients check the status codes, that no session cookie is set and the
 * pages' Cache-Control. Figures themselves are not checked here: the test data has no quarter that has
 * ended with enough suppliers and providers ({@code PublicImpactPageTest} renders a page with figures).
 */
class ConsolePublicImpactIT extends ConsoleTest {

    private static final String REGION = "/public/regions/E12000008";
    private static final String TERRITORY = "/public/territories/E23000029";
    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @Order(1)
    void theStartPageLeadsToTheRegionsAndTheirAreas() {
        browser.open("/");
        browser.follow("See the social value delivered where you live");

        assertEquals(Api.base() + "/public", browser.driver.getCurrentUrl());
        assertEquals("Social value where you live", browser.heading());
        assertTrue(browser.text("rules").contains("at least 3 different suppliers"), browser.text("rules"));
        assertTrue(browser.text("regions").contains("Thames Valley"), browser.text("regions"));
        assertTrue(browser.driver.findElement(By.cssSelector("footer a[href='/public']")).isDisplayed());
        browser.checkPage("public");
    }

    @Test
    @Order(2)
    void aRegionShowsItsRulesAndLinksItsTerritories() {
        browser.follow("South East");

        assertEquals(Api.base() + REGION, browser.driver.getCurrentUrl());
        assertEquals("South East", browser.text("area-name"));
        assertEquals("Region of England", browser.text("area-kind"));
        assertFiguresOrNotEnoughActivity("South East");
        assertTrue(browser.text("rules").contains("Only quarters that have ended are shown"), browser.text("rules"));
        browser.checkPage("public-region");
    }

    @Test
    @Order(3)
    void aTerritoryLinksItsRegion() {
        browser.follow("Thames Valley");

        assertEquals(Api.base() + TERRITORY, browser.driver.getCurrentUrl());
        assertEquals("Thames Valley", browser.text("area-name"));
        assertEquals("South East", browser.text("region-link"));
        assertFiguresOrNotEnoughActivity("Thames Valley");
        browser.checkPage("public-territory");
    }

    @Test
    @Order(4)
    void aQuarterThatDoesNotParseIsMarkedAndKept() {
        browser.open(TERRITORY + "?from=2026-03&to=");

        assertEquals("First quarter must be a quarter written like 2026-Q1", errorLink("from").getText());
        assertField("from", "2026-03", true);
        assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
        assertFalse(browser.has("totals") || browser.has("no-figures"), "figures beside a refused form");
        assertTrue(browser.has("rules"), "the rules left out of the refused page");
        assertEquals(400, anonymous(TERRITORY + "?from=2026-03").statusCode());
        browser.checkPage("public-error");
    }

    @Test
    @Order(5)
    void aReversedRangeIsMarkedOnTheLastQuarter() {
        browser.open(REGION + "?from=2026-Q2&to=2025-Q4");

        assertEquals("Last quarter must be the same as or after the first quarter", errorLink("to").getText());
        assertField("from", "2026-Q2", false);
        assertField("to", "2025-Q4", true);
        assertEquals(400, anonymous(REGION + "?from=2026-Q2&to=2025-Q4").statusCode());
    }

    @Test
    @Order(6)
    void anUnknownCodeIsThePageNotFound() {
        browser.open("/public/territories/E99999999");
        assertEquals("Page not found", browser.heading());

        for (String path : List.of("/public/territories/E99999999", "/public/regions/E23000029", "/public/territories/E12000008",
                "/public/regions/E12000008/more", "/public/elsewhere")) {
            HttpResponse<String> missing = anonymous(path);
            assertEquals(404, missing.statusCode(), path);
            assertFalse(missing.body().contains("at org."), missing.body());
        }
    }

    @Test
    @Order(7)
    void anonymousVisitorsGetNoSessionAndRevalidatedPages() {
        for (String path : List.of("/public", REGION, TERRITORY, TERRITORY + "?from=2025-Q1&to=2026-Q4", TERRITORY + "?from=x")) {
            HttpResponse<String> page = anonymous(path);
            assertTrue(page.statusCode() == 200 || page.statusCode() == 400, path + ": " + page.statusCode());
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " set " + page.headers().allValues("Set-Cookie"));
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
            assertFalse(page.body().contains("<script"), path);
        }
    }

    @Test
    @Order(8)
    void thePagesPassAxeOnAPhone() {
        try (ConsoleBrowser phone = new ConsoleBrowser(390, 844)) {
            for (String[] page : new String[][] {{"/public", "public"}, {REGION, "public-region"},
                    {TERRITORY, "public-territory"}, {TERRITORY + "?from=2026-03", "public-error"}}) {
                phone.open(page[0]);
                phone.assertNoAxeViolations(page[1] + " at 390 px");
                phone.screenshot(page[1] + "-phone");
            }
        }
    }

    private static void assertFiguresOrNotEnoughActivity(String area) {
        if (browser.has("no-figures")) {
            assertTrue(browser.text("no-figures").startsWith("There is not yet enough activity in " + area), browser.text("no-figures"));
        } else {
            assertTrue(browser.has("totals") && browser.has("quarters") && browser.has("measures"), "neither figures nor why not");
        }
    }

    private static WebElement errorLink(String field) {
        assertTrue(browser.has("error-summary"), "no error summary");
        return browser.driver.findElement(By.cssSelector("#error-summary a[href='#" + field + "']"));
    }

    private static void assertField(String id, String value, boolean marked) {
        WebElement input = browser.driver.findElement(By.id(id));
        assertEquals(value, input.getAttribute("value"));
        assertEquals(marked, input.getAttribute("class").contains("govuk-input--error"), id + ": " + input.getAttribute("class"));
        assertEquals(marked, browser.has(id + "-error"), id + "'s error message");
    }

    private static HttpResponse<String> anonymous(String path) {
        return Api.send(ANONYMOUS, HttpRequest.newBuilder(URI.create(Api.base() + path)));
    }
}
