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
 * A community provider's own pages in the console (issue 17): its provisions, and publishing one with
 * its needs. Bad input is an error summary keeping the input, a kernel rule is marked on the input it is
 * about; "Add another need" adds a row without publishing; a published provision waits for a buyer's
 * audit, then suppliers find it in Spotlight. Editing it sends it back for audit; an edit over a
 * colleague's newer one is a conflict that keeps the input. Another provider lists and edits none of
 * them; a supplier may neither see the pages nor publish nor edit.
 */
class ConsoleProviderIT extends ConsoleTest {

    private static String word;
    private static String provider;
    private static String supplier;
    private static String rival;
    private static String buyerToken;
    private static String published;

    @BeforeAll
    static void aProviderABuyerAndASupplier() {
        word = "CPR-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        provider = ConsoleFixtures.organisation("PROVIDER", "Console Provider Shed");
        String buyer = ConsoleFixtures.organisation("BUYER", "Console Provider Police");
        buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Console Provider Supplies");
        rival = ConsoleFixtures.organisation("PROVIDER", "Console Provider Rival");
        join(provider, "provider");
        join(supplier, "supplier");
        join(rival, "provider");
    }

    @Test
    @Order(1)
    void aNewProviderHasNoProvisionsYet() {
        browser.actFor(provider);
        browser.follow("Your provisions");

        assertEquals("Your provisions", browser.heading());
        assertEquals("You have not published a provision yet.", browser.text("no-provisions"));
        browser.checkPage("provisions-empty");
    }

    @Test
    @Order(2)
    void numbersThatDoNotParseAreMarkedAndEverythingTypedIsKept() {
        browser.follow("Publish a provision");
        browser.checkPage("provision-new");
        assertTrue(browser.driver.findElement(By.id("territories")).isSelected(), "the one territory served is ticked");

        browser.type("capacity", "forty");
        new Select(browser.driver.findElement(By.id("needs-0"))).selectByValue("MONEY");
        browser.type("needs-0-description", "Cooking club ingredients");
        browser.type("needs-0-quantity", "lots");
        browser.press("Publish provision");

        String summary = browser.text("error-summary");
        assertTrue(summary.contains("Enter a title") && summary.contains("Enter the capacity as a whole number")
                && summary.contains("Enter the quantity as a number"), summary);
        assertEquals("lots", browser.driver.findElement(By.id("needs-0-quantity")).getAttribute("value"));
        assertEquals("Cooking club ingredients", browser.driver.findElement(By.id("needs-0-description")).getAttribute("value"));
        assertTrue(browser.driver.findElement(By.id("needs-0-quantity")).getAttribute("class").contains("govuk-input--error"));
        browser.checkPage("provision-new-errors");
    }

    @Test
    @Order(3)
    void aKernelRuleIsMarkedOnTheInputItIsAboutInTheRowTyped() {
        browser.type("title", "Men in sheds " + word);
        browser.type("capacity", "");
        browser.type("needs-0-quantity", "500");
        new Select(browser.driver.findElement(By.id("needs-2"))).selectByValue("VOLUNTEERING");
        browser.press("Publish provision");

        assertTrue(browser.text("error-summary").contains("need description is required"), browser.text("error-summary"));
        assertTrue(browser.driver.findElement(By.id("needs-2-description")).getAttribute("class").contains("govuk-input--error"),
                "the kernel's second need is the form's third row (the second is not used), and the error is on its description");
        assertFalse(browser.driver.findElement(By.id("needs-2")).getAttribute("class").contains("govuk-select--error"));
        assertEquals("Men in sheds " + word, browser.driver.findElement(By.id("title")).getAttribute("value"));
    }

    @Test
    @Order(4)
    void addingANeedShowsTheFormAgainWithAnotherRowAndPublishesNothing() {
        browser.type("needs-2-description", "Woodwork mentors");
        browser.press("Add another need");

        assertFalse(browser.has("error-summary"));
        assertTrue(browser.has("needs-3"), "a fourth need row");
        assertEquals("Woodwork mentors", browser.driver.findElement(By.id("needs-2-description")).getAttribute("value"));
        assertTrue(ConsoleSignIn.actingFor(ConsoleSignIn.IVY, provider).get("/provisions").body().contains("no-provisions"),
                "nothing published yet");
    }

    @Test
    @Order(5)
    void aPublishedProvisionWaitsForAuditThenSpotlightShowsIt() {
        browser.type("needs-2-quantity", "60");
        browser.type("outcomes", word);
        browser.press("Publish provision");

        assertEquals("Men in sheds " + word, browser.text("provision-title"));
        assertTrue(browser.text("provision-status").startsWith("Pending"), browser.text("provision-status"));
        assertTrue(browser.text("needs").contains("Woodwork mentors"), browser.text("needs"));
        String url = browser.driver.getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        published = id;
        browser.open("/provisions");
        assertTrue(browser.text("provisions").contains("Men in sheds " + word) && browser.text("provisions").contains("Pending"),
                browser.text("provisions"));
        browser.checkPage("provisions");

        ConsoleSignIn asSupplier = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);
        assertEquals(404, asSupplier.get("/provisions/" + id).statusCode());
        ConsoleFixtures.audit(buyerToken, id);
        assertEquals(200, asSupplier.get("/provisions/" + id).statusCode());
        assertTrue(asSupplier.get("/spotlight?outcome=" + word).body().contains("/provisions/" + id));
    }

    @Test
    @Order(6)
    void anEditSendsTheProvisionBackForAuditAndSpotlightLosesIt() {
        browser.open("/provisions/" + published);
        browser.follow("Edit this provision");

        assertEquals("Edit “Men in sheds " + word + "”", browser.heading());
        assertEquals("Woodwork mentors", browser.driver.findElement(By.id("needs-1-description")).getAttribute("value"),
                "the kernel's second need is the form's second row");
        browser.checkPage("provision-edit");
        browser.type("title", "Men in sheds and gardens " + word);
        browser.type("needs-1-quantity", "80");
        browser.press("Save changes");

        assertEquals("Men in sheds and gardens " + word, browser.text("provision-title"));
        assertTrue(browser.text("provision-status").startsWith("Pending"), browser.text("provision-status"));
        assertTrue(browser.text("needs").contains("80 hours"), browser.text("needs"));
        ConsoleSignIn asSupplier = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);
        assertEquals(404, asSupplier.get("/provisions/" + published).statusCode());
        assertFalse(asSupplier.get("/spotlight?outcome=" + word).body().contains("/provisions/" + published));
    }

    @Test
    @Order(7)
    void anEditOverSomeoneElsesIsAConflictThatKeepsTheInput() {
        browser.open("/provisions/" + published + "/edit");
        ConsoleSignIn colleague = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, provider);
        String form = colleague.get("/provisions/" + published + "/edit").body();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertTrue(version.find(), form);
        HttpResponse<String> theirs = colleague.post("/provisions/" + published + "/edit", "csrf="
                + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(form)) + "&version=" + version.group(1) + "&title=Their+title+"
                + word + "&territories=E23000029&outcomes=" + word + "&needs%5B0%5D.type=MONEY&needs%5B0%5D.description=Cash");
        assertEquals(200, theirs.statusCode(), theirs::body);
        assertTrue(theirs.body().contains("Their title " + word), "their edit is saved, and its page shown");

        browser.type("title", "My title " + word);
        browser.press("Save changes");

        assertTrue(browser.text("error-summary").contains("Someone else changed this provision"), browser.text("error-summary"));
        assertEquals("My title " + word, browser.driver.findElement(By.id("title")).getAttribute("value"));
        browser.press("Save changes");
        assertEquals("My title " + word, browser.text("provision-title"));
    }

    @Test
    @Order(8)
    void anotherProviderListsNoneOfThemAndEditsNone() {
        ConsoleSignIn asRival = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, rival);
        String theirs = asRival.get("/provisions").body();
        String csrf = ConsoleSignIn.encode(ConsoleSignIn.csrfToken(theirs));

        assertTrue(theirs.contains("no-provisions"), theirs);
        assertFalse(theirs.contains("Men in sheds " + word), theirs);
        assertEquals(404, asRival.get("/provisions/" + published + "/edit").statusCode(), "pending: it does not exist for them");
        assertEquals(404, asRival.post("/provisions/" + published + "/edit", "csrf=" + csrf + "&version=1&title=Taken"
                + "&territories=E23000029&needs%5B0%5D.type=MONEY&needs%5B0%5D.description=Cash").statusCode());
    }

    @Test
    @Order(9)
    void aSupplierMayNeitherSeeTheProviderPagesNorPublishNorEdit() {
        ConsoleSignIn asSupplier = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);
        String csrf = ConsoleSignIn.encode(ConsoleSignIn.csrfToken(asSupplier.get("/").body()));
        ConsoleFixtures.audit(buyerToken, published);

        assertEquals(403, asSupplier.get("/provisions").statusCode());
        assertEquals(403, asSupplier.get("/provisions/new").statusCode());
        assertEquals(403, asSupplier.get("/provisions/" + published + "/edit").statusCode());
        assertFalse(asSupplier.get("/provisions/" + published).body().contains("edit-provision"));
        HttpResponse<String> publishing = asSupplier.post("/provisions/new", "csrf=" + csrf + "&title=Sneaky&territories=E23000029"
                + "&needs%5B0%5D.type=MONEY&needs%5B0%5D.description=Cash");
        assertEquals(403, publishing.statusCode());
        assertEquals(403, asSupplier.post("/provisions/" + published + "/edit", "csrf=" + csrf + "&version=1&title=Sneaky"
                + "&territories=E23000029&needs%5B0%5D.type=MONEY&needs%5B0%5D.description=Cash").statusCode());
    }
}
