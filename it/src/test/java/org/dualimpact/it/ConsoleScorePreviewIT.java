package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The supplier's score preview in the console (issue 18, item 2). A buyer sets up, through the API, a
 * quantitative tender valued by the illustrative catalogue, a tender scored by marks and one without
 * scoring. The supplier drafts an SPO in the browser with a volunteering line (DI-ILL-VOL) and a
 * financial NT1 line, opens the preview from the SPO's page and sees the volunteering line under MAC 8.1
 * with its proxy year and net value (the API's own preview's figures) and NT1 among the lines counting
 * nowhere. The tender without scoring and a malformed tender reference are said on the page; the tender
 * scored by marks shows its criteria and marking scale. Once the SPO is submitted, the preview is of its
 * own tender, and another tender is refused with the kernel's message. A rival supplier gets 404, the
 * buyer 404 before submission (it cannot see a draft) and 403 after. Every page passes axe at desktop
 * width, at 320 px and at 390 × 844, with screenshots.
 */
class ConsoleScorePreviewIT extends ConsoleTest {

    private static final DecimalFormat POUNDS = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));

    private static String supplier;
    private static String supplierToken;
    private static String rival;
    private static String buyer;
    private static String provider;
    private static String providerToken;
    private static String provision;
    private static String scored;
    private static String unscored;
    private static String marked;
    private static String reference;

    @BeforeAll
    static void aQuantitativeTenderAndOneWithoutScoring() {
        String word = "CPV-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        provider = ConsoleFixtures.organisation("PROVIDER", "Preview Larder");
        providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        buyer = ConsoleFixtures.organisation("BUYER", "Preview Police");
        String buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        provision = ConsoleFixtures.publish(providerToken, "Preview larder " + word, word);
        ConsoleFixtures.audit(buyerToken, provision);
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Preview Supplies");
        supplierToken = ConsoleFixtures.anotherAdmin(supplier, "supplier");
        rival = ConsoleFixtures.organisation("SUPPLIER", "Preview Rival");

        scored = ConsoleFixtures.tender(buyerToken, "Preview fleet " + word);
        unscored = ConsoleFixtures.tender(buyerToken, "Preview catering " + word);
        String catalogue = Api.array(Api.get("/api/v1/catalogues", buyerToken)).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getBoolean("illustrative") && !c.getBoolean("local")).findFirst().orElseThrow().getString("id");
        HttpResponse<String> setup = Story.put("/api/v1/tenders/" + scored + "/scoring", buyerToken, null, """
                {"weights": {"price": 60, "quality": 30, "socialValue": 10}, "method": "QUANTITATIVE", "catalogue": "%s",
                 "criteria": [{"framework": "ppn-06-20", "criterion": "MAC 8.1", "weight": 100, "measures": ["DI-ILL-VOL"]}]}
                """.formatted(catalogue));
        assertEquals(200, setup.statusCode(), setup::body);
        marked = ConsoleFixtures.tender(buyerToken, "Preview grounds " + word);
        HttpResponse<String> marks = Story.put("/api/v1/tenders/" + marked + "/scoring", buyerToken, null, """
                {"weights": {"price": 60, "quality": 30, "socialValue": 10}, "method": "MARKS",
                 "criteria": [{"framework": "ppn-06-20", "criterion": "MAC 2.2", "weight": 100}]}
                """);
        assertEquals(200, marks.statusCode(), marks::body);

        join(rival, "supplier");
        join(buyer, "buyer");
        join(supplier, "supplier");
    }

    @Test
    @Order(1)
    void theSupplierPreviewsItsDraftFromTheSposPage() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        browser.open("/provisions/" + provision);
        browser.follow("Draft an SPO for this provision");
        browser.type("title", "Preview funding");
        line(0, "VOLUNTEERING", "", "100", "DI-ILL-VOL", today, today.plusMonths(12), "MONTHLY");
        new Select(browser.driver.findElement(By.id("commitments-0-skillLevel"))).selectByValue("SKILLED");
        line(1, "FINANCIAL", "50", "", "NT1", today, today, "ONE_OFF");
        browser.press("Save SPO");
        browser.waitFor(d -> d.getCurrentUrl().contains("/spos/SPO-") || browser.has("error-summary"));
        assertTrue(browser.has("spo-reference"), () -> browser.driver.findElement(By.tagName("main")).getText());
        reference = browser.text("spo-reference");

        browser.follow("See how this proposal would be valued in a tender");
        assertEquals("How this proposal would be valued", browser.heading());
        assertFalse(browser.has("preview-setup"), "no tender chosen yet");
        check("score-preview-choose");
        new Select(browser.driver.findElement(By.id("tender"))).selectByValue(scored);
        browser.press("Preview");

        JsonObject api = Story.ok(Api.get("/api/v1/tenders/" + scored + "/score-preview?spo=" + reference, supplierToken));
        JsonObject criterion = api.getJsonArray("criteria").getJsonObject(0);
        JsonObject hours = criterion.getJsonArray("lines").getJsonObject(0);
        assertEquals("DI-ILL-VOL", hours.getString("measure"));
        assertTrue(browser.text("preview-tender").startsWith(scored), browser.text("preview-tender"));
        assertEquals("Price 60%, quality 30%, social value 10%", browser.text("preview-weights"));
        assertTrue(browser.text("preview-method").startsWith("Quantitative"), browser.text("preview-method"));
        String volunteering = browser.text("criterion-0-line-1");
        assertTrue(volunteering.contains("DI-ILL-VOL") && volunteering.contains("100 hours"), volunteering);
        assertTrue(volunteering.contains("the " + hours.getInt("proxyYear") + " proxy of"), volunteering);
        assertTrue(volunteering.contains(pounds(hours, "proxyGbpPerUnit") + " per hour"), volunteering);
        assertTrue(volunteering.contains("gross value " + pounds(hours, "grossValue")), volunteering);
        assertTrue(volunteering.contains("Net share") && volunteering.contains("deadweight"), volunteering);
        assertTrue(volunteering.endsWith(pounds(hours, "netValue")), volunteering);
        assertEquals(pounds(criterion, "netValue"), browser.text("criterion-0-net"));
        assertTrue(browser.text("criterion-0-heading").startsWith("MAC 8.1"), browser.text("criterion-0-heading"));
        String nt1 = browser.text("nowhere-line-2");
        assertTrue(nt1.contains("NT1") && nt1.contains("£50.00") && nt1.contains("No proxy in the tender's catalogue values NT1"), nt1);
        assertTrue(browser.text("no-points").startsWith("No points are shown"), browser.text("no-points"));
        check("score-preview");
    }

    @Test
    @Order(2)
    void aTenderWithoutScoringAndAMalformedReferenceAreSaidOnThePage() {
        String path = "/spos/" + reference + "/score-preview?tender=";
        browser.open(path + unscored);
        assertTrue(browser.text("preview-notice").contains("has not yet published how " + unscored + " is scored"),
                browser.text("preview-notice"));
        assertFalse(browser.has("preview-setup"));
        check("score-preview-no-scoring");

        browser.open(path + "TND-nonsense");
        assertTrue(browser.has("error-summary"), "no error summary for a malformed tender");
        assertTrue(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href").endsWith("#tender"));
        assertTrue(browser.has("tender-error"), "the tender field is not marked");
        check("score-preview-error");

        browser.open(path + marked);
        assertTrue(browser.text("preview-method").startsWith("Marks"), browser.text("preview-method"));
        assertTrue(browser.text("criterion-0-heading").startsWith("MAC 2.2"), browser.text("criterion-0-heading"));
        String scale = browser.text("marking-scale");
        assertTrue(scale.contains("Excellent") && scale.contains("Unacceptable"), scale);
        check("score-preview-marks");

        ConsoleSignIn mine = ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier);
        assertEquals(200, mine.get(path + scored).statusCode());
        assertEquals(200, mine.get(path + unscored).statusCode());
        assertEquals(400, mine.get(path + "TND-nonsense").statusCode());
        assertEquals(404, mine.get(path + "TND-TVP-2026-99999999").statusCode());
    }

    @Test
    @Order(3)
    void aRivalSupplierFindsNothingAndTheBuyerSeesNoDraft() {
        String path = "/spos/" + reference + "/score-preview?tender=" + scored;
        assertEquals(404, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, rival).get(path).statusCode());
        assertEquals(404, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, buyer).get(path).statusCode());
    }

    @Test
    @Order(4)
    void onceSubmittedThePreviewIsOfItsOwnTenderAndTheBuyerIsRefused() {
        HttpResponse<String> endorsed = Api.post("/api/v1/spos/" + reference + "/endorsement", providerToken, null, "");
        assertEquals(200, endorsed.statusCode(), endorsed::body);
        ConsoleFixtures.submit(supplierToken, reference, scored);

        browser.open("/spos/" + reference);
        assertEquals("Submitted", browser.text("spo-state"));
        browser.follow("See how this proposal would be valued in a tender");
        assertTrue(browser.text("preview-tender").startsWith(scored), browser.text("preview-tender"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#tender option")).size(), "only its own tender");

        String path = "/spos/" + reference + "/score-preview?tender=" + marked;
        browser.open(path);
        assertTrue(browser.has("not-previewable"), "a proposal submitted to another tender was previewed");
        assertTrue(browser.text("preview-notice").contains("not submitted to another tender"), browser.text("preview-notice"));
        check("score-preview-not-previewable");
        assertEquals(422, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, supplier).get(path).statusCode());

        assertEquals(403, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, buyer).get("/spos/" + reference + "/score-preview")
                .statusCode());
        assertEquals(404, ConsoleSignIn.actingFor(ConsoleSignIn.IVY, rival).get("/spos/" + reference + "/score-preview")
                .statusCode());
    }

    /**
     * The page checked as every console page (desktop and 320 px), and again on a 390 × 844 phone; the
     * phone's screenshot is of the whole length of the page.
     */
    private static void check(String name) {
        browser.checkPage(name);
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.assertNoAxeViolations(name + " at 390 px");
            long height = ((Number) browser.driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
            browser.screenshot(name + "-phone");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String pounds(JsonObject object, String key) {
        return POUNDS.format(object.getJsonNumber(key).bigDecimalValue().setScale(2, RoundingMode.HALF_UP));
    }

    private static void line(int i, String type, String value, String quantity, String measure, LocalDate start, LocalDate end,
            String frequency) {
        String p = "commitments-" + i;
        new Select(browser.driver.findElement(By.id(p))).selectByValue(type);
        browser.type(p + "-value", value);
        browser.type(p + "-quantity", quantity);
        browser.type(p + "-measureCode", measure);
        browser.type(p + "-start", start.toString());
        browser.type(p + "-end", end.toString());
        new Select(browser.driver.findElement(By.id(p + "-frequency"))).selectByValue(frequency);
    }
}
