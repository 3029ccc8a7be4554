package org.dualimpact.it;

import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The auditor's ledger explorer in a real browser: the ledger's size and root, signed tree heads, the
 * entries, an entry whose inclusion proof the browser checks with WebCrypto, the export for the offline
 * verifier — and nobody else finds it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleLedgerIT extends ConsoleTest {

    static long entry;
    static String agreement;

    /** A contracted agreement of supplier A with one contribution, and a signed tree head over it. */
    @BeforeAll
    static void aContributionInTheLedger() {
        String provision = Story.auditedProvision("ledger " + Story.unique());
        String tender = Story.openTender("Ledger " + Story.unique());
        String ref = Story.submitted(SUPPLIER_A, provision, tender);
        Story.award(tender, SUPPLIER_A_ORG);
        ok(post("/api/v1/spos/" + ref + "/signatures", SUPPLIER_A, null));
        ok(post("/api/v1/spos/" + ref + "/signatures", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + ref + "/contract", BUYER, """
                {"contractReference": "TVP-LEDGER-%s", "start": "%s", "end": "%s", "value": 90000.00}
                """.formatted(Story.unique(), Story.today().minusDays(10), Story.today().plusMonths(12))));
        JsonObject recorded = created(post("/api/v1/agreements/" + ref + "/contributions", SUPPLIER_A, """
                {"type": "FINANCIAL", "value": 250.00, "measureCode": "NT1", "deliveryDate": "%s", "commitmentLine": 1}
                """.formatted(Story.today())));
        entry = recorded.getJsonNumber("sequence").longValue();
        agreement = ref;
    }

    @Test
    @Order(1)
    void anAuditorSeesTheLedgerAndItsBrowserChecksAnEntrysProof() {
        browser.open("/");
        if (!browser.driver.findElements(By.xpath("//button[normalize-space()='Sign out']")).isEmpty()) {
            browser.press("Sign out");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.govuk-button--start")));
        }
        browser.driver.findElement(By.cssSelector("a.govuk-button--start")).click();
        browser.logIn("aude@auditor.example", "dev-auditor-password");
        browser.open("/ledger");

        assertEquals("Contribution ledger", browser.heading());
        long size = Long.parseLong(browser.text("ledger-size"));
        assertTrue(size > entry, "size " + size + ", our entry " + entry);
        assertTrue(browser.text("entries").contains(Long.toString(entry)), browser.text("entries"));
        browser.checkPage("ledger");

        browser.open("/ledger/entries/" + entry);
        browser.waitFor(d -> "holds".equals(d.findElement(By.id("proof-check")).getAttribute("data-result")));
        assertTrue(browser.text("proof-check-result").contains("The proof holds"), browser.text("proof-check-result"));
        browser.checkPage("ledger-entry");

        // the journal of the entry's agreement, as its parties see it
        browser.follow(agreement);
        assertTrue(browser.text("history").contains("Signed"), browser.text("history"));
    }

    @Test
    @Order(2)
    void theExportHoldsEveryEntryForTheOfflineVerifier() {
        browser.open("/ledger");
        long size = Long.parseLong(browser.text("ledger-size"));
        Object lines = ((JavascriptExecutor) browser.driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/ledger/export').then(function (r) { return r.text(); })"
                + ".then(function (t) { done(t.split('\\n').filter(function (l) { return l.length > 0; }).length); });");
        assertEquals(size, ((Number) lines).longValue());
    }

    @Test
    @Order(3)
    void nobodyButAnAuditorFindsTheLedger() {
        ConsoleSignIn supplier = new ConsoleSignIn();
        supplier.signIn("sam@supplier.example", "dev-supplier-password");
        for (String path : List.of("/ledger", "/ledger/entries/" + entry, "/ledger/export")) {
            assertEquals(404, supplier.get(path).statusCode(), path);
        }
    }
}
