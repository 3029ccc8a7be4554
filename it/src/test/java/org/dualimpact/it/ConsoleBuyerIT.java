package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The buyer's pages (issue 17): the audit queue of provisions in its territories (approve, or suspend
 * with a reason; one its provider edited after the queue was read is a conflict), tenders (open, close, award), the post-contract review, and verifying a contracted
 * agreement by its reference and code. Bad input is an error summary keeping the input; a supplier is
 * refused the buyer's pages and another buyer finds neither the tender nor the agreement to review.
 */
class ConsoleBuyerIT extends ConsoleTest {

    private static String buyer;
    private static String rivalBuyer;
    private static String supplier;
    private static String supplierToken;
    private static String providerToken;
    private static String provider;
    private static String provision;
    private static String approve;
    private static String suspend;
    private static String contracted;
    private static String tender;
    private static String word;

    @BeforeAll
    static void provisionsToAuditAndAContractedAgreement() {
        word = "CBU-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        provider = ConsoleFixtures.organisation("PROVIDER", "Console Buyer Larder");
        providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        buyer = ConsoleFixtures.organisation("BUYER", "Console Buyer Police");
        String buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        rivalBuyer = ConsoleFixtures.organisation("BUYER", "Console Other Police");
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Console Buyer Supplies");
        supplierToken = ConsoleFixtures.anotherAdmin(supplier, "supplier");
        provision = ConsoleFixtures.publish(providerToken, "Audited larder " + word, word);
        ConsoleFixtures.audit(buyerToken, provision);
        approve = "Approve me " + word;
        suspend = "Suspend me " + word;
        ConsoleFixtures.publish(providerToken, approve, word);
        ConsoleFixtures.publish(providerToken, suspend, word);
        contracted = ConsoleFixtures.contracted(supplierToken, providerToken, buyerToken, provider, provision, buyer,
                "Reviewed larder " + word);

        join(supplier, "supplier");
        join(rivalBuyer, "buyer");
        join(buyer, "buyer");
    }

    @Test
    @Order(1)
    void aSupplierIsRefusedTheBuyersPages() {
        ConsoleSignIn client = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);

        assertEquals(403, client.get("/audit").statusCode());
        assertEquals(403, client.get("/tenders").statusCode());
        String csrf = "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(client.get("/").body()));
        assertEquals(403, client.post("/tenders", csrf + "&title=Mine&territory=E23000029&closingDate=" + today().plusDays(9))
                .statusCode());
    }

    @Test
    @Order(2)
    void theAuditQueueListsPendingProvisionsAndApprovesOne() {
        browser.actFor(buyer);
        browser.follow("Audit queue");
        assertTrue(browser.driver.getPageSource().contains(approve) && browser.driver.getPageSource().contains(suspend));
        browser.checkPage("audit");

        browser.press("Approve " + approve);

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/audit"));
        assertFalse(browser.driver.getPageSource().contains(approve), "the approved provision is still in the queue");
        browser.open("/spotlight?outcome=" + word);
        assertTrue(browser.driver.getPageSource().contains(approve), "the approved provision is not in Spotlight");
    }

    @Test
    @Order(3)
    void suspendingNeedsAReason() {
        browser.open("/audit");
        browser.press("Suspend " + suspend);

        assertTrue(browser.text("error-summary").contains("Enter the reason to suspend"), browser.text("error-summary"));
        assertTrue(browser.driver.findElement(By.cssSelector("textarea.govuk-textarea--error")).isDisplayed());
        browser.checkPage("audit-errors");
        browser.driver.findElement(By.cssSelector("textarea.govuk-textarea--error")).sendKeys("No safeguarding policy");
        browser.press("Suspend " + suspend);

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/audit"));
        assertFalse(browser.driver.getPageSource().contains(suspend), "the suspended provision is still in the queue");
    }

    @Test
    @Order(4)
    void badTenderInputIsMarkedAndKept() {
        browser.open("/tenders");
        browser.type("title", "");
        browser.type("territory", "E99999999");
        browser.type("closingDate", "soon");
        browser.press("Open tender");
        assertTrue(browser.text("error-summary").contains("Enter the closing date"), browser.text("error-summary"));
        assertEquals("soon", browser.driver.findElement(By.id("closingDate")).getAttribute("value"));

        browser.type("closingDate", today().plusDays(20).toString());
        browser.press("Open tender");

        String summary = browser.text("error-summary");
        assertTrue(summary.contains("Title") && summary.contains("Territory: unknown territory code E99999999"), summary);
        assertTrue(browser.driver.findElement(By.id("territory")).getAttribute("class").contains("govuk-input--error"));
        assertEquals("E99999999", browser.driver.findElement(By.id("territory")).getAttribute("value"));
        browser.checkPage("tenders-errors");
    }

    @Test
    @Order(5)
    void theBuyerOpensATender() {
        browser.open("/tenders");
        browser.type("title", "Fleet " + word);
        browser.type("territory", "E23000029");
        browser.type("closingDate", today().plusDays(20).toString());
        browser.press("Open tender");

        browser.waitFor(d -> d.getCurrentUrl().contains("/tenders/"));
        tender = browser.text("tender-reference");
        assertEquals("Open", browser.text("tender-status"));
        browser.checkPage("tender");
        browser.open("/tenders");
        assertTrue(browser.text("tenders").contains(tender), browser.text("tenders"));
        browser.checkPage("tenders");
    }

    @Test
    @Order(6)
    void theBuyerClosesAndAwardsTheTender() {
        String bid = ConsoleFixtures.endorsedSpo(supplierToken, providerToken, provider, provision, "Bid " + word, null);
        ConsoleFixtures.submit(supplierToken, bid, tender);
        browser.open("/tenders/" + tender);
        browser.driver.findElement(By.id("close")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/tenders/" + tender));
        assertEquals("Closed", browser.text("tender-status"));

        browser.press("Award");
        assertTrue(browser.text("error-summary").contains("Choose the supplier"), browser.text("error-summary"));
        browser.driver.findElement(By.cssSelector("input[name=supplier][value='" + supplier + "']")).click();
        browser.press("Award");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/tenders/" + tender) && d.findElement(By.id("tender-status")).getText().startsWith("Awarded"));
        assertEquals("Awarded to " + ConsoleFixtures.name(supplier), browser.text("tender-status"));
        browser.open("/spos/" + bid);
        assertEquals("Awaiting signatures", browser.text("spo-state"));
    }

    @Test
    @Order(7)
    void anotherBuyerFindsNeitherTheTenderNorTheAgreementToReview() {
        ConsoleSignIn other = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, rivalBuyer);

        assertEquals(404, other.get("/tenders/" + tender).statusCode());
        assertEquals(404, other.get("/spos/" + contracted + "/review").statusCode());
        String csrf = "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(other.get("/").body()));
        assertEquals(404, other.post("/spos/" + contracted + "/review", csrf + "&verdict=DELIVERED").statusCode());
    }

    @Test
    @Order(8)
    void theBuyerReviewsTheAgreementAtTheContractsEnd() {
        browser.open("/spos/" + contracted);
        browser.follow("Record the post-contract review");
        browser.press("Record the review");
        assertTrue(browser.text("error-summary").contains("Choose whether the social value was delivered"));
        browser.checkPage("review-errors");

        browser.driver.findElement(By.id("verdict-PARTLY_DELIVERED")).click();
        browser.type("notes", "Volunteering came late");
        browser.press("Record the review");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + contracted));
        assertEquals("Reviewed", browser.text("spo-state"));
        assertEquals("Partly delivered: Volunteering came late", browser.text("spo-review"));
    }

    @Test
    @Order(9)
    void anyBuyerVerifiesTheAgreementByItsReferenceAndCode() {
        browser.open("/spos/" + contracted);
        String code = browser.text("spo-verification-code");
        String hash = browser.text("spo-hash");

        browser.open("/verify?reference=" + contracted + "&code=WRONG-CODE");
        assertTrue(browser.text("error-summary").contains("No contracted agreement has this reference and verification code"));
        assertEquals("WRONG-CODE", browser.driver.findElement(By.id("code")).getAttribute("value"));

        browser.actFor(rivalBuyer);
        browser.follow("Verify an agreement");
        browser.type("reference", contracted);
        browser.type("code", code);
        browser.press("Verify");

        browser.waitFor(d -> d.getCurrentUrl().contains("code="));
        assertEquals(ConsoleFixtures.name(supplier), browser.text("verified-supplier"));
        assertEquals(hash, browser.text("verified-hash"));
        browser.checkPage("verify");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    @Order(10)
    void anAuditOfAProvisionEditedMeanwhileDecidesNothing() {
        String before = "Before the edit " + word;
        String after = "After the edit " + word;
        String edited = ConsoleFixtures.publish(providerToken, before, word);
        browser.open("/audit");
        String etag = Api.get("/api/v1/provisions/" + edited, providerToken).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> edit = Story.put("/api/v1/provisions/" + edited, providerToken, etag, """
                {"title": "%s", "territories": ["E23000029"], "needs": [{"type": "MONEY", "description": "Rent"}]}
                """.formatted(after));
        assertEquals(200, edit.statusCode(), edit::body);

        browser.press("Approve " + before);

        assertTrue(browser.text("error-summary").contains("changed this provision"), browser.text("error-summary"));
        assertEquals("PENDING", Api.object(Api.get("/api/v1/provisions/" + edited, providerToken)).getString("status"));
        browser.press("Approve " + after);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/audit"));
        assertEquals("AUDITED", Api.object(Api.get("/api/v1/provisions/" + edited, providerToken)).getString("status"));
    }
}
