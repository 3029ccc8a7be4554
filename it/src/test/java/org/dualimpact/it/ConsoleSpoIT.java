package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The SPO story's first steps in the console (issue 17): a supplier drafts an SPO with commitment lines
 * from a provision's page and edits it (bad input and a concurrent change keep what was typed); the
 * provider, in the same browser acting for its own organisation, sees the proposal on its home page and
 * endorses it; a competitor finds nothing. The browser user belongs to all three organisations and
 * switches between them; every membership comes from an invitation accepted in the browser.
 */
class ConsoleSpoIT extends ConsoleTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static String provision;
    private static String supplier;
    private static String provider;
    private static String competitor;
    private static String reference;

    @BeforeAll
    static void organisationsAndAProvision() {
        String outcome = "CSP-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        provider = ConsoleFixtures.organisation("PROVIDER", "Console Story Larder");
        String providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        String buyer = ConsoleFixtures.organisation("BUYER", "Console Story Police");
        provision = ConsoleFixtures.publish(providerToken, "Console story larder " + outcome, outcome);
        ConsoleFixtures.audit(ConsoleFixtures.anotherAdmin(buyer, "buyer"), provision);
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Console Story Supplies");
        competitor = ConsoleFixtures.organisation("SUPPLIER", "Console Story Rival");

        join(provider, "provider");
        join(competitor, "supplier");
        join(supplier, "supplier");
    }

    @Test
    @Order(1)
    void aSupplierDraftsAnSpoWithCommitmentLinesFromAProvision() {
        browser.open("/provisions/" + provision);
        browser.follow("Draft an SPO for this provision");
        browser.checkPage("spo-new");

        browser.type("title", "Cooking club for Thames Valley");
        line(0, "FINANCIAL", "1500", "", "NT1", "2027-01-01", "2027-12-31", "ONE_OFF");
        line(1, "VOLUNTEERING", "", "20", "NT2", "2027-02-01", "2027-06-30", "MONTHLY");
        new Select(browser.driver.findElement(By.id("commitments-1-skillLevel"))).selectByValue("GENERAL");
        browser.press("Save SPO");

        browser.waitFor(d -> d.getCurrentUrl().contains("/spos/SPO-") || browser.has("error-summary"));
        assertTrue(browser.has("spo-reference"), () -> browser.driver.findElement(By.tagName("main")).getText());
        reference = browser.text("spo-reference");
        assertEquals("Draft", browser.text("spo-state"));
        assertEquals(2, browser.driver.findElements(By.cssSelector("#commitments tbody tr")).size());
        browser.checkPage("spo");
    }

    @Test
    @Order(2)
    void badInputIsAnErrorSummaryWithEachFieldMarkedAndTheInputKept() {
        browser.open("/spos/" + reference + "/edit");
        browser.type("title", "");
        browser.type("commitments-0-value", "lots");
        browser.type("commitments-1-start", "31/01/2027");
        browser.press("Save SPO");

        String summary = browser.text("error-summary");
        assertTrue(summary.contains("Enter a title") && summary.contains("Enter the value in pounds")
                && summary.contains("Enter the start date"), summary);
        assertTrue(browser.driver.findElement(By.id("commitments-0-value")).getAttribute("class").contains("govuk-input--error"));
        assertEquals("lots", browser.driver.findElement(By.id("commitments-0-value")).getAttribute("value"));
        assertEquals("31/01/2027", browser.driver.findElement(By.id("commitments-1-start")).getAttribute("value"));
        browser.checkPage("spo-form-errors");
    }

    @Test
    @Order(3)
    void aRuleOfTheKernelIsMarkedOnItsLine() {
        browser.open("/spos/" + reference + "/edit");
        new Select(browser.driver.findElement(By.id("commitments-2"))).selectByValue("IN_KIND");
        browser.type("commitments-2-measureCode", "NT3");
        browser.type("commitments-2-start", "2027-01-01");
        browser.type("commitments-2-end", "2027-01-31");
        new Select(browser.driver.findElement(By.id("commitments-2-frequency"))).selectByValue("ONE_OFF");
        browser.press("Save SPO");

        assertTrue(browser.has("error-summary"), "an in-kind line without quantity was saved");
        assertTrue(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href").contains("#commitments-2"),
                browser.text("error-summary"));
        assertEquals("NT3", browser.driver.findElement(By.id("commitments-2-measureCode")).getAttribute("value"));
    }

    @Test
    @Order(4)
    void aChangeMadeMeanwhileIsAConflictThatLosesNoInput() {
        browser.open("/spos/" + reference + "/edit");
        ConsoleSignIn elsewhere = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);
        String form = elsewhere.get("/spos/" + reference + "/edit").body();
        HttpResponse<String> saved = elsewhere.post("/spos/" + reference + "/edit", "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(form))
                + "&version=" + version(form) + "&providers=" + provider + "&provisions=" + provision + "&territory=E23000029"
                + "&title=Changed+elsewhere&summary=&commitments%5B0%5D.type=FINANCIAL&commitments%5B0%5D.value=900"
                + "&commitments%5B0%5D.quantity=&commitments%5B0%5D.unit=&commitments%5B0%5D.skillLevel="
                + "&commitments%5B0%5D.measureCode=NT1&commitments%5B0%5D.start=2027-01-01&commitments%5B0%5D.end=2027-12-31"
                + "&commitments%5B0%5D.frequency=ONE_OFF");
        assertEquals(200, saved.statusCode(), saved.body());

        browser.type("title", "My careful edit");
        browser.press("Save SPO");

        assertTrue(browser.text("error-summary").contains("Someone else changed this SPO"), browser.text("error-summary"));
        assertEquals("My careful edit", browser.driver.findElement(By.id("title")).getAttribute("value"));
        browser.press("Save SPO");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("My careful edit", browser.text("spo-title"));
    }

    @Test
    @Order(5)
    void theProviderSeesTheProposalToEndorseAndEndorsesIt() {
        browser.actFor(provider);

        assertTrue(browser.text("tasks").contains("Endorse") && browser.text("tasks").contains(reference), browser.text("tasks"));
        browser.checkPage("home-provider");
        browser.open("/spos/" + reference);
        browser.press("Endorse this proposal");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Endorsed", browser.text("spo-state"));
        assertEquals(ConsoleFixtures.name(provider), browser.text("spo-endorsed"));
    }

    @Test
    @Order(6)
    void theSuppliersHomeListsTheProposal() {
        browser.actFor(supplier);

        assertTrue(browser.text("stage-proposals").contains(reference), browser.text("stage-proposals"));
        assertTrue(browser.text("events").contains(reference), browser.text("events"));
    }

    @Test
    @Order(7)
    void aCompetitorFindsNothing() {
        ConsoleSignIn rival = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, competitor);

        assertEquals(404, rival.get("/spos/" + reference).statusCode());
        assertEquals(404, rival.get("/spos/" + reference + "/edit").statusCode());
        assertFalse(rival.get("/").body().contains(reference), "the competitor's home shows the SPO");
    }

    private static String version(String form) {
        Matcher matcher = VERSION.matcher(form);
        assertTrue(matcher.find(), form);
        return matcher.group(1);
    }

    private static void line(int i, String type, String value, String quantity, String measure, String start, String end,
            String frequency) {
        String p = "commitments-" + i;
        new Select(browser.driver.findElement(By.id(p))).selectByValue(type);
        browser.type(p + "-value", value);
        browser.type(p + "-quantity", quantity);
        browser.type(p + "-measureCode", measure);
        browser.type(p + "-start", start);
        browser.type(p + "-end", end);
        new Select(browser.driver.findElement(By.id(p + "-frequency"))).selectByValue(frequency);
    }
}
