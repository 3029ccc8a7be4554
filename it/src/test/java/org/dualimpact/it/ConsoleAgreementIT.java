package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The agreement's steps in the console (issue 17): the supplier submits an endorsed SPO with a bid to an
 * open tender, and another as an existing relationship; a competitor withdraws its lost bid; supplier and
 * provider sign over the content hash shown; the buyer attaches the contract; the supplier records and
 * corrects contributions; the provider confirms one and disputes another; the agreement page shows the
 * delivery as a chart and a table, the history, each contribution's inclusion proof and the agreement's PDF. Bad input is an
 * error summary keeping the input, a change made meanwhile a conflict keeping it; a competitor and an
 * unrelated provider find nothing, a party without the role is refused. The browser user belongs to every
 * organisation and switches between them.
 */
class ConsoleAgreementIT extends ConsoleTest {

    private static String supplier;
    private static String provider;
    private static String buyer;
    private static String competitor;
    private static String unrelated;
    private static String tender;
    private static String agreement;
    private static String existing;
    private static String lost;
    private static String supplierToken;
    private static String buyerToken;
    private static long first;
    private static long second;

    @BeforeAll
    static void anEndorsedSpoAndAnOpenTender() {
        String outcome = "CAG-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        provider = ConsoleFixtures.organisation("PROVIDER", "Console Agreement Larder");
        String providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        buyer = ConsoleFixtures.organisation("BUYER", "Console Agreement Police");
        buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        String provision = ConsoleFixtures.publish(providerToken, "Console agreement larder " + outcome, outcome);
        ConsoleFixtures.audit(buyerToken, provision);
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Console Agreement Supplies");
        supplierToken = ConsoleFixtures.anotherAdmin(supplier, "supplier");
        competitor = ConsoleFixtures.organisation("SUPPLIER", "Console Agreement Rival");
        String competitorToken = ConsoleFixtures.anotherAdmin(competitor, "supplier");
        unrelated = ConsoleFixtures.organisation("PROVIDER", "Console Unrelated Charity");

        tender = ConsoleFixtures.tender(buyerToken, "Fleet maintenance " + outcome);
        agreement = ConsoleFixtures.endorsedSpo(supplierToken, providerToken, provider, provision, "Larder funding " + outcome, null);
        existing = ConsoleFixtures.endorsedSpo(supplierToken, providerToken, provider, provision, "Larder drivers " + outcome, buyer);
        lost = ConsoleFixtures.endorsedSpo(competitorToken, providerToken, provider, provision, "Rival bid " + outcome, null);
        ConsoleFixtures.submit(competitorToken, lost, tender);

        join(supplier, "supplier");
        join(provider, "provider");
        join(buyer, "buyer");
        join(competitor, "supplier");
        join(unrelated, "provider");
    }

    @Test
    @Order(1)
    void submittingWithoutChoosingIsAnErrorSummaryOnTheChoice() {
        browser.actFor(supplier);
        browser.open("/spos/" + agreement);
        browser.follow("Submit this proposal");
        browser.checkPage("spo-submit");

        browser.driver.findElement(By.id("tender-existing")).click();
        browser.press("Submit");

        assertTrue(browser.text("error-summary").contains("Name the tender"), browser.text("error-summary"));
        assertTrue(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href").endsWith("#tender"));
        assertTrue(browser.driver.findElement(By.id("tender-existing")).isSelected(), "the choice was not kept");
    }

    @Test
    @Order(2)
    void theSupplierSubmitsWithABidToTheOpenTender() {
        browser.open("/spos/" + agreement + "/submit");
        browser.driver.findElement(By.cssSelector("input[name=tender][value='" + tender + "']")).click();
        browser.press("Submit");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + agreement));
        assertEquals("Submitted", browser.text("spo-state"));
        assertEquals(tender, browser.text("spo-tender"));
        assertEquals(ConsoleFixtures.name(buyer), browser.text("spo-buyer"));
    }

    @Test
    @Order(3)
    void anExistingRelationshipGoesStraightToSignature() {
        browser.open("/spos/" + existing + "/submit");
        browser.driver.findElement(By.id("tender-existing")).click();
        browser.press("Submit");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + existing));
        assertEquals("Awaiting signatures", browser.text("spo-state"));
    }

    @Test
    @Order(4)
    void theCompetitorWithdrawsItsLostBid() {
        ConsoleFixtures.award(buyerToken, tender, supplier);
        browser.actFor(competitor);
        browser.open("/spos/" + lost);

        browser.press("Withdraw this proposal");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + lost));
        assertEquals("Withdrawn", browser.text("spo-state"));
    }

    @Test
    @Order(5)
    void theSupplierSignsOverTheContentHashShown() {
        browser.actFor(supplier);
        browser.open("/spos/" + agreement);
        assertEquals("Awaiting signatures", browser.text("spo-state"));
        assertEquals(browser.text("spo-hash"), browser.text("signing-hash"));
        assertEquals(64, browser.text("signing-hash").length());
        browser.checkPage("agreement-sign");

        browser.press("Sign the agreement");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + agreement));
        assertTrue(browser.text("spo-signed").contains(ConsoleFixtures.name(supplier)), browser.text("spo-signed"));
        assertFalse(browser.has("sign-panel"), "the supplier is offered to sign twice");
    }

    @Test
    @Order(6)
    void theProviderCoSignsAndTheAgreementIsSigned() {
        browser.actFor(provider);
        assertTrue(browser.text("tasks").contains(agreement), browser.text("tasks"));
        browser.open("/spos/" + agreement);

        browser.press("Sign the agreement");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + agreement));
        assertEquals("Signed", browser.text("spo-state"));
        assertTrue(browser.text("spo-signed").contains(ConsoleFixtures.name(provider)), browser.text("spo-signed"));
    }

    @Test
    @Order(7)
    void aCompetitorAndAnUnrelatedProviderFindNothingAndAPartyWithoutTheRoleIsRefused() {
        ConsoleSignIn rival = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, competitor);
        ConsoleSignIn stranger = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, unrelated);
        ConsoleSignIn party = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, provider);
        String csrf = "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(stranger.get("/").body()));

        assertEquals(404, rival.get("/spos/" + agreement).statusCode());
        assertEquals(404, rival.get("/spos/" + agreement + "/contract").statusCode());
        assertEquals(404, stranger.get("/spos/" + agreement).statusCode());
        HttpResponse<String> signing = stranger.post("/spos/" + agreement + "/sign", csrf);
        assertEquals(404, signing.statusCode());
        assertTrue(signing.body().contains("Page not found"), signing.body());
        HttpResponse<String> contract = party.get("/spos/" + agreement + "/contract");
        assertEquals(403, contract.statusCode());
    }

    @Test
    @Order(8)
    void badContractDetailsAreMarkedAndKept() {
        browser.actFor(buyer);
        browser.open("/spos/" + agreement);
        browser.follow("Attach the contract");
        browser.checkPage("agreement-contract");

        browser.type("contractReference", "TVP-FLEET-1");
        browser.type("start", "1/4/2026");
        browser.type("end", today().toString());
        browser.type("value", "lots");
        browser.press("Attach the contract");

        String summary = browser.text("error-summary");
        assertTrue(summary.contains("Enter the start date") && summary.contains("Enter the contract value"), summary);
        assertTrue(browser.driver.findElement(By.id("value")).getAttribute("class").contains("govuk-input--error"));
        assertEquals("1/4/2026", browser.driver.findElement(By.id("start")).getAttribute("value"));
        assertEquals("TVP-FLEET-1", browser.driver.findElement(By.id("contractReference")).getAttribute("value"));
        browser.checkPage("agreement-contract-errors");
    }

    @Test
    @Order(9)
    void aContractAttachedMeanwhileIsAConflictThatKeepsTheInput() {
        browser.open("/spos/" + agreement + "/contract");
        browser.type("contractReference", "TVP-FLEET-MINE");
        browser.type("start", today().minusDays(30).toString());
        browser.type("end", today().toString());
        browser.type("value", "90000");
        ConsoleSignIn colleague = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, buyer);
        String form = colleague.get("/spos/" + agreement + "/contract").body();
        HttpResponse<String> attached = colleague.post("/spos/" + agreement + "/contract", "csrf="
                + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(form)) + "&version=" + version(form)
                + "&contractReference=TVP-FLEET-77&start=" + today().minusDays(30) + "&end=" + today() + "&value=90000");
        assertEquals(200, attached.statusCode(), attached.body());

        browser.press("Attach the contract");

        assertTrue(browser.text("error-summary").contains("Someone else changed this agreement"), browser.text("error-summary"));
        assertEquals("TVP-FLEET-MINE", browser.driver.findElement(By.id("contractReference")).getAttribute("value"));
        browser.open("/spos/" + agreement);
        assertEquals("Contracted", browser.text("spo-state"));
        assertTrue(browser.text("spo-contract").contains("TVP-FLEET-77") && browser.text("spo-contract").contains("£90,000.00"),
                browser.text("spo-contract"));
    }

    @Test
    @Order(10)
    void badContributionInputIsMarkedAndKept() {
        browser.actFor(supplier);
        browser.open("/spos/" + agreement);
        browser.follow("Record a contribution");
        browser.checkPage("contribution-new");

        browser.type("value", "lots");
        browser.type("deliveryDate", "yesterday");
        browser.press("Record contribution");

        String summary = browser.text("error-summary");
        assertTrue(summary.contains("Choose the commitment line") && summary.contains("Enter the value in pounds")
                && summary.contains("Enter the delivery date"), summary);
        assertEquals("yesterday", browser.driver.findElement(By.id("deliveryDate")).getAttribute("value"));
        browser.checkPage("contribution-new-errors");
    }

    @Test
    @Order(11)
    void aRuleOfTheKernelIsMarkedOnItsField() {
        browser.open("/spos/" + agreement + "/contributions/new");
        browser.driver.findElement(By.id("line-1")).click();
        browser.type("value", "1500");
        browser.type("deliveryDate", today().plusDays(5).toString());
        browser.press("Record contribution");

        assertTrue(browser.text("error-summary").contains("Delivery date: a contribution is recorded once delivered"),
                browser.text("error-summary"));
        assertEquals("1500", browser.driver.findElement(By.id("value")).getAttribute("value"));
    }

    @Test
    @Order(12)
    void theSupplierRecordsTwoContributions() {
        first = record("1500");
        second = record("2500");

        assertEquals("Recorded", browser.text("contribution-state"));
        assertEquals("£2,500.00", browser.text("contribution-value"));
        browser.checkPage("contribution");
    }

    @Test
    @Order(13)
    void theSupplierCorrectsAContribution() {
        browser.open("/spos/" + agreement + "/contributions/" + second);
        browser.driver.findElement(By.id("kind-amend")).click();
        browser.type("quantity", "2000");
        browser.type("value", "2000");
        browser.press("Correct this contribution");

        assertTrue(browser.text("error-summary").contains("Reason"), browser.text("error-summary"));
        assertEquals("2000", browser.driver.findElement(By.id("value")).getAttribute("value"));
        browser.type("reason", "Invoice was £2,000");
        browser.press("Correct this contribution");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/contributions/" + second));
        assertEquals("Recorded (amended)", browser.text("contribution-state"));
        assertEquals("£2,000.00", browser.text("contribution-value"));
    }

    @Test
    @Order(14)
    void theProviderConfirmsOneContribution() {
        browser.actFor(provider);
        browser.open("/spos/" + agreement + "/contributions/" + first);

        browser.press("Confirm this contribution");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/contributions/" + first));
        assertEquals("Confirmed", browser.text("contribution-state"));
    }

    @Test
    @Order(15)
    void aDisputeNeedsAReasonAndACorrectionMeanwhileIsAConflictThatKeepsIt() {
        browser.open("/spos/" + agreement + "/contributions/" + second);
        browser.press("Dispute this contribution");
        assertTrue(browser.text("error-summary").contains("Reason is required"), browser.text("error-summary"));
        assertTrue(browser.driver.findElement(By.id("reason")).getAttribute("class").contains("govuk-textarea--error"));

        browser.type("reason", "We received £1,800 only");
        JsonObject amended = Api.object(Api.post("/api/v1/ledger/entries/" + second + "/correction", supplierToken,
                "application/json", "{\"reversal\": false, \"quantity\": 1900, \"value\": 1900, \"reason\": \"Recounted\"}"));
        assertEquals("CONTRIBUTION_CORRECTED", amended.getString("type"));
        browser.press("Dispute this contribution");

        assertTrue(browser.text("error-summary").contains("Someone else changed this contribution"), browser.text("error-summary"));
        assertEquals("We received £1,800 only", browser.driver.findElement(By.id("reason")).getAttribute("value"));
        browser.press("Dispute this contribution");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/contributions/" + second));
        assertEquals("Disputed (amended)", browser.text("contribution-state"));
    }

    @Test
    @Order(16)
    void theAgreementPageShowsDeliveryHistoryAndNames() {
        browser.open("/spos/" + agreement);

        String line = browser.text("delivery-line-1");
        assertTrue(line.contains("£90,000.00") && line.contains("£3,400.00") && line.contains("£1,500.00")
                && line.contains("£1,900.00"), line);
        assertEquals(8, browser.driver.findElements(By.cssSelector("#delivery-chart rect")).size());
        assertEquals(ConsoleFixtures.name(supplier), browser.text("spo-supplier"));
        assertTrue(browser.text("history").contains(ConsoleFixtures.name(buyer)), browser.text("history"));
        assertTrue(browser.text("contributions").contains("Confirmed") && browser.text("contributions").contains("Disputed"),
                browser.text("contributions"));
        browser.checkPage("agreement");
    }

    @Test
    @Order(17)
    void eachContributionShowsItsInclusionProofInTheCurrentTree() {
        browser.open("/spos/" + agreement + "/contributions/" + first);

        JsonObject head = Api.object(Api.get("/api/v1/ledger/tree-head", buyerToken));
        assertEquals(String.valueOf(head.getJsonNumber("treeSize").longValue()), browser.text("proof-size"));
        assertEquals(head.getString("rootHash"), browser.text("proof-root"));
        JsonObject entry = Api.object(Api.get("/api/v1/ledger/entries/" + first, buyerToken));
        assertEquals(entry.getString("leafHash"), browser.text("proof-leaf"));

        // the browser checks the proof itself (WebCrypto SHA-256) and says so
        browser.waitFor(d -> checked(d.findElement(By.id("proof-check")).getAttribute("data-result")));
        assertEquals("holds", browser.driver.findElement(By.id("proof-check")).getAttribute("data-result"),
                browser.text("proof-check-result"));
        assertTrue(browser.text("proof-check-result").contains("The proof holds"), browser.text("proof-check-result"));
        // and a root hash that is not the tree's makes it fail
        ((JavascriptExecutor) browser.driver).executeScript("var box = document.getElementById('proof-check');"
                + "box.setAttribute('data-result', ''); box.dataset.root = '00'.repeat(32); window.dualImpactCheckProof();");
        browser.waitFor(d -> checked(d.findElement(By.id("proof-check")).getAttribute("data-result")));
        assertEquals("fails", browser.driver.findElement(By.id("proof-check")).getAttribute("data-result"));
        assertTrue(browser.text("proof-check-result").contains("does not lead to the root hash"),
                browser.text("proof-check-result"));
    }

    private static boolean checked(String result) {
        return result != null && !result.isEmpty();
    }

    @Test
    @Order(18)
    void anUnrelatedProviderCannotOpenAContribution() {
        ConsoleSignIn stranger = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, unrelated);
        ConsoleSignIn rival = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, competitor);
        String csrf = "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(rival.get("/").body()));

        assertEquals(404, stranger.get("/spos/" + agreement + "/contributions/" + first).statusCode());
        assertEquals(404, rival.post("/spos/" + agreement + "/contributions/new", csrf + "&line=1&value=10&deliveryDate="
                + today()).statusCode());
    }

    @Test
    @Order(19)
    void everyPartyDownloadsTheAgreementAsAPdfAndOthersCannot() {
        browser.actFor(provider);
        browser.open("/spos/" + agreement);
        assertEquals("Download the agreement (PDF)", browser.text("spo-document"));
        String link = browser.driver.findElement(By.id("spo-document")).getAttribute("href");
        assertEquals(Api.base() + "/spos/" + agreement + "/document", link);

        HttpResponse<byte[]> pdf = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, provider).download("/spos/" + agreement + "/document");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        String text = Pdfs.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(text.contains(agreement) && text.contains("Dual Impact Agreement"), text);
        assertTrue(text.contains("Console Agreement Supplies") && text.contains("Console Agreement Larder")
                && text.contains("Console Agreement Police"), text);
        assertTrue(text.contains("£90,000.00"), text);

        assertEquals(404, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, competitor).download("/spos/" + agreement + "/document").statusCode());
        assertEquals(404, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, unrelated).download("/spos/" + agreement + "/document").statusCode());
    }

    @Test
    @Order(20)
    void contributionsComeTenToAPageNewestFirst() {
        long newest = 0;
        for (int i = 0; i < 10; i++) {
            newest = Story.created(Api.post("/api/v1/agreements/" + agreement + "/contributions", supplierToken,
                    "application/json", LedgerIT.contribution("FINANCIAL", null, "10.00", 1))).getJsonNumber("sequence").longValue();
        }
        browser.open("/spos/" + agreement);

        assertEquals("1 to 10 of 12, newest first", browser.text("contributions-shown"));
        assertEquals(10, browser.driver.findElements(By.cssSelector("#contributions tbody tr")).size());
        assertTrue(browser.has("contribution-" + newest), "the newest on the first page");
        assertFalse(browser.has("contribution-" + first), "the oldest not on the first page");
        browser.checkPage("agreement-contributions-paged");
        browser.followPartly("Older");

        assertEquals("11 to 12 of 12, newest first", browser.text("contributions-shown"));
        assertTrue(browser.has("contribution-" + first) && browser.has("contribution-" + second));
        assertFalse(browser.has("contribution-" + newest));
    }

    /** Records a financial contribution of the value on line 1, delivered today; answers its entry. */
    private static long record(String value) {
        browser.open("/spos/" + agreement + "/contributions/new");
        browser.driver.findElement(By.id("line-1")).click();
        browser.type("value", value);
        browser.type("deliveryDate", today().toString());
        browser.press("Record contribution");
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/contributions/\\d+$"));
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static String version(String form) {
        Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertTrue(matcher.find(), form);
        return matcher.group(1);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
