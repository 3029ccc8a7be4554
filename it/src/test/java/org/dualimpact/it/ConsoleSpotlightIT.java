package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Spotlight in the console (issue 17): a provider publishes two provisions through the API and a buyer
 * serving the territory audits one; a supplier's member, signed in to the console, finds the audited one
 * by territory, need and outcome and opens its page, and finds nothing of the pending one.
 */
class ConsoleSpotlightIT extends ConsoleTest {

    private static String outcome;
    private static String audited;
    private static String pending;

    @BeforeAll
    static void provisionsAndABrowser() {
        outcome = "CSL-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String provider = ConsoleFixtures.organisation("PROVIDER", "Console Spotlight Larder");
        String providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        String buyer = ConsoleFixtures.organisation("BUYER", "Console Spotlight Police");
        String buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        audited = ConsoleFixtures.publish(providerToken, "Console larder " + outcome, outcome);
        pending = ConsoleFixtures.publish(providerToken, "Console pending " + outcome, outcome);
        ConsoleFixtures.audit(buyerToken, audited);

        join(ConsoleFixtures.organisation("SUPPLIER", "Console Spotlight Supplies"), "supplier");
    }

    @Test
    @Order(1)
    void theFiltersFindTheAuditedProvisionOnly() {
        browser.follow("Spotlight");
        new Select(browser.driver.findElement(By.id("territory"))).selectByValue("E23000029");
        new Select(browser.driver.findElement(By.id("need"))).selectByValue("VOLUNTEERING");
        browser.driver.findElement(By.id("outcome")).sendKeys(outcome);
        browser.press("Search");
        browser.waitFor(d -> d.getCurrentUrl().contains("need=VOLUNTEERING")); // the results page, not the form's

        assertEquals("1 provision found", browser.text("result-count"));
        assertTrue(browser.driver.getPageSource().contains("/provisions/" + audited));
        assertFalse(browser.driver.getPageSource().contains(pending), "a pending provision is in Spotlight");
        assertEquals(outcome, browser.driver.findElement(By.id("outcome")).getAttribute("value"));
        browser.checkPage("spotlight");
    }

    @Test
    @Order(2)
    void aNeedTheProvisionDoesNotHaveFindsNothing() {
        browser.open("/spotlight?need=IN_KIND&outcome=" + outcome);

        assertEquals("0 provisions found", browser.text("result-count"));
    }

    @Test
    @Order(3)
    void aProvisionsPageShowsItsProviderAndNeeds() {
        browser.open("/spotlight?outcome=" + outcome);
        browser.follow("Console larder " + outcome);

        assertEquals("Console larder " + outcome, browser.text("provision-title"));
        assertTrue(browser.text("provision-provider").startsWith("Console Spotlight Larder"), browser.text("provision-provider"));
        assertTrue(browser.text("needs").contains("Drivers for deliveries"), browser.text("needs"));
        assertTrue(browser.text("provision-status").startsWith("Audited by Console Spotlight Police"), browser.text("provision-status"));
        browser.checkPage("provision");
    }

    @Test
    @Order(4)
    void aSupplierFindsNothingOfAPendingProvision() {
        browser.open("/provisions/" + pending);

        assertEquals("Page not found", browser.heading());
    }

    @Test
    @Order(5)
    void anUnknownTerritoryIsAnErrorSummaryAndKeepsTheInput() {
        browser.open("/spotlight?territory=E99999999&q=kept+words");

        assertTrue(browser.text("error-summary").contains("unknown territory code E99999999"), browser.text("error-summary"));
        assertEquals("kept words", browser.driver.findElement(By.id("q")).getAttribute("value"));
        assertTrue(browser.driver.getTitle().startsWith("Error: "), browser.driver.getTitle());
        browser.checkPage("spotlight-error");
    }

    @Test
    @Order(10)
    void aUserWithoutMembershipCannotSearch() {
        ConsoleSignIn nina = new ConsoleSignIn();
        nina.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD);

        HttpResponse<String> page = nina.get("/spotlight?outcome=" + outcome);

        assertTrue(page.body().contains("You are not a member of an organisation"), page.body());
        assertFalse(page.body().contains(audited));
    }
}
