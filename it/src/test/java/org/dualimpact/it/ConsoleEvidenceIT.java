package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A research hub's evidence in the console, in four browsers: a hub member drafts evidence (bad input
 * first: the error summary, the fields marked, the input kept; then a kernel rule; then valid), uploads a
 * document (a multipart form), submits it; approving it is refused to her (four eyes) and a second
 * member approves it after a return without a reason was marked; she publishes it. Signed out, the
 * public territory page shows it and its document downloads with the right bytes and headers; the
 * provision page of the provider it names and an agreement with that provider show it too. A supplier
 * and another hub find no draft (404). Every new page passes axe at desktop width, at 320 px and on a
 * 390 × 844 phone, with screenshots of each.
 */
class ConsoleEvidenceIT extends ConsoleTest {

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(java.time.Duration.ofSeconds(10)).build();
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final byte[] REPORT = "%PDF-1.4\nconsole evaluation of the larder\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @Order(1)
    void aHubDraftsReviewsAndPublishesEvidenceThatEveryoneThenReads() throws Exception {
        String word = "CEV-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String title = "Larder evaluation " + word;
        String hub = ConsoleFixtures.organisation("HUB", "Evidence Hub");
        String otherHub = ConsoleFixtures.organisation("HUB", "Rival Hub");
        String supplier = ConsoleFixtures.organisation("SUPPLIER", "Evidence Supplies");
        String provider = ConsoleFixtures.organisation("PROVIDER", "Evidence Larder");
        String buyer = ConsoleFixtures.organisation("BUYER", "Evidence Police");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        try (ConsoleBrowser author = new ConsoleBrowser(); ConsoleBrowser approver = new ConsoleBrowser();
                ConsoleBrowser competitor = new ConsoleBrowser()) {
            join(author, ConsoleSignIn.SUE, hub, "hub");
            author.actFor(hub);
            assertTrue(author.text("hub-links").contains("Draft evidence"), author.text("hub-links"));
            author.checkPage("evidence-home");

            // bad input first: marked, and kept
            author.follow("Draft evidence");
            assertEquals("Draft evidence", author.heading());
            author.checkPage("evidence-form");
            author.type("summary", "Families fed and a cooking club attended.");
            author.type("method", "Records of 120 households, before and after");
            author.type("periodFrom", "31");
            author.type("periodFrom-month", "2");
            author.type("periodFrom-year", "2024");
            author.press("Save draft");
            assertTrue(author.driver.getTitle().startsWith("Error: "), author.driver.getTitle());
            assertEquals("Enter a title", errorLink(author, "title").getText());
            assertEquals("The date the period starts must be a real date, like 31 3 2025", errorLink(author, "periodFrom").getText());
            assertEquals("Enter the date the period ends", errorLink(author, "periodTo").getText());
            assertTrue(author.driver.findElement(By.id("periodFrom-month")).getAttribute("class").contains("govuk-input--error"));
            assertEquals("Families fed and a cooking club attended.", author.driver.findElement(By.id("summary")).getAttribute("value"));
            assertEquals("31", author.driver.findElement(By.id("periodFrom")).getAttribute("value"));
            author.checkPage("evidence-form-errors");

            // then a rule of the kernel: the period has not ended
            author.type("title", title);
            author.type("periodFrom", "1");
            author.type("periodTo", "31");
            author.type("periodTo-month", "12");
            author.type("periodTo-year", String.valueOf(today.getYear() + 1));
            author.driver.findElement(By.cssSelector("input[name=providers][value='" + provider + "']")).click();
            author.type("outcomes", "food-security, " + word);
            author.press("Save draft");
            assertTrue(errorLink(author, "periodTo").getText().startsWith("End of the period: evidence covers a period that has ended"),
                    errorLink(author, "periodTo").getText());
            assertTrue(author.driver.findElement(By.cssSelector("input[name=providers][value='" + provider + "']")).isSelected());

            // then valid
            author.type("periodTo-year", String.valueOf(today.getYear() - 1));
            author.press("Save draft");
            author.waitFor(d -> d.getCurrentUrl().contains("/evidence/EVD-"));
            String id = author.driver.getCurrentUrl().substring(author.driver.getCurrentUrl().lastIndexOf('/') + 1);
            assertEquals("Draft", author.text("evidence-stage"));
            assertEquals("1 February 2024 to 31 December " + (today.getYear() - 1), author.text("evidence-period"));
            assertTrue(author.text("evidence-providers").contains(provider), author.text("evidence-providers"));

            // submitting without a document is refused
            author.press("Submit for review");
            assertTrue(author.text("error-summary").contains("Attach at least one document"), author.text("error-summary"));
            author.checkPage("evidence-draft");

            // a supplier and another hub find no draft
            join(competitor, ConsoleSignIn.BEA, supplier, "supplier");
            competitor.actFor(supplier);
            competitor.open("/evidence/" + id);
            assertEquals("Page not found", competitor.heading());
            competitor.open("/evidence");
            assertEquals("You cannot do that", competitor.heading());
            join(browser, ConsoleSignIn.IVY, otherHub, "hub");
            browser.actFor(otherHub);
            browser.open("/evidence/" + id);
            assertEquals("Page not found", browser.heading());
            browser.open("/evidence");
            assertFalse(browser.driver.getPageSource().contains(id), "another hub lists the draft");

            // a document, uploaded as a multipart form
            Path file = Files.createTempDirectory("evidence").resolve("evaluation.pdf");
            Files.write(file, REPORT);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(REPORT));
            author.open("/evidence/" + id);
            author.press("Upload document");
            assertEquals("Choose a file to upload", errorLink(author, "document").getText());
            author.driver.findElement(By.id("document")).sendKeys(file.toAbsolutePath().toString());
            author.press("Upload document");
            author.waitFor(d -> d.getCurrentUrl().endsWith("/evidence/" + id + "#documents"));
            assertTrue(author.text("document-list").contains("evaluation.pdf") && author.text("document-list").contains(sha),
                    author.text("document-list"));
            HttpResponse<byte[]> own = signedInClient(ConsoleSignIn.SUE, hub).download("/evidence/" + id + "/documents/" + sha);
            assertEquals(200, own.statusCode());
            assertArrayEquals(REPORT, own.body());
            assertEquals(404, ANONYMOUS.send(HttpRequest.newBuilder(URI.create(Api.base() + "/public/evidence/" + id
                    + "/documents/" + sha)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            author.checkPage("evidence-with-document");
            phone(author, "evidence-with-document");

            // submitted; its author may not approve it (four eyes)
            author.press("Submit for review");
            author.waitFor(d -> d.getCurrentUrl().endsWith("/evidence/" + id));
            assertEquals("In review", author.text("evidence-stage"));
            assertTrue(author.has("four-eyes"));
            assertTrue(author.driver.findElements(By.xpath("//button[normalize-space()='Approve']")).isEmpty());
            ConsoleSignIn sue = signedInClient(ConsoleSignIn.SUE, hub);
            String page = sue.get("/evidence/" + id).body();
            HttpResponse<String> refused = sue.post("/evidence/" + id + "/approve", "csrf="
                    + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(page)) + "&version=" + version(page));
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("did not write, edit, attach to or submit"), refused.body());

            // a second member: a return without a reason is marked, then approval
            join(approver, ConsoleSignIn.PAT, hub, "hub");
            approver.actFor(hub);
            assertTrue(approver.text("tasks").contains(title), approver.text("tasks"));
            approver.follow(title);
            approver.checkPage("evidence-review");
            approver.press("Return to draft");
            assertEquals("Reason is required", errorLink(approver, "reason").getText());
            approver.press("Approve");
            approver.waitFor(d -> d.findElement(By.id("evidence-stage")).getText().equals("Approved"));

            // the author publishes it from her home page's task
            author.open("/");
            assertTrue(author.text("tasks").contains(title), author.text("tasks"));
            author.follow(title);
            author.press("Publish");
            author.waitFor(d -> d.findElement(By.id("evidence-stage")).getText().equals("Published"));
            author.open("/evidence");
            assertTrue(author.text("evidence").contains(title) && author.text("evidence").contains("Published"),
                    author.text("evidence"));
            author.checkPage("evidence-list");

            // signed out: the territory's public page, and the document with the API's headers
            try (ConsoleBrowser resident = new ConsoleBrowser()) {
                resident.open("/public/territories/E23000029");
                String shown = resident.text("evidence-" + id);
                assertTrue(shown.contains(title) && shown.contains(ConsoleFixtures.name(hub)) && shown.contains(sha)
                        && shown.contains("1 February 2024 to 31 December " + (today.getYear() - 1)), shown);
                resident.checkPage("evidence-public-territory");
                phone(resident, "evidence-public-territory");
                String link = resident.driver.findElement(By.cssSelector("#evidence-" + id + " a[href*='/documents/']"))
                        .getAttribute("href");
                HttpResponse<byte[]> download = ANONYMOUS.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, download.statusCode());
                assertArrayEquals(REPORT, download.body());
                assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
                assertEquals("attachment; filename=\"evaluation.pdf\"", download.headers().firstValue("Content-Disposition").orElseThrow());
                assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":",
                        download.headers().firstValue("Repr-Digest").orElseThrow());
                assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
                assertTrue(download.headers().firstValue("Set-Cookie").isEmpty(), "a session for a public download");
            }

            // the provision page of the provider it names, and an agreement with that provider
            String providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
            String provision = ConsoleFixtures.publish(providerToken, "Evidence larder " + word, word);
            ConsoleFixtures.audit(ConsoleFixtures.anotherAdmin(buyer, "buyer"), provision);
            author.open("/provisions/" + provision);
            assertTrue(author.text("evidence-" + id).contains(title), author.text("published-evidence"));
            author.checkPage("evidence-on-provision");
            String spo = ConsoleFixtures.endorsedSpo(ConsoleFixtures.anotherAdmin(supplier, "supplier"), providerToken, provider,
                    provision, "Evidence funding " + word, null);
            competitor.open("/spos/" + spo);
            assertTrue(competitor.text("evidence-" + id).contains(title), competitor.text("published-evidence"));
            competitor.checkPage("evidence-on-spo");
        }
    }

    /** The page at 390 × 844, a phone's window: axe, and a screenshot {@code <name>-phone}. */
    private static void phone(ConsoleBrowser in, String name) {
        Dimension before = in.driver.manage().window().getSize();
        in.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            in.assertNoAxeViolations(name + " at 390 px");
            in.screenshot(name + "-phone");
        } finally {
            in.driver.manage().window().setSize(before);
        }
    }

    private static ConsoleSignIn signedInClient(String user, String organisation) {
        return ConsoleSignIn.actingFor(user, organisation);
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertTrue(matcher.find(), "no version on the page");
        return matcher.group(1);
    }

    /** The error summary's link to the field. */
    private static WebElement errorLink(ConsoleBrowser in, String field) {
        return in.driver.findElement(By.cssSelector(".govuk-error-summary a[href='#" + field + "']"));
    }
}
