package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole SPO story of issue 17 in three browser sessions: a supplier, a community provider and a
 * buyer, each signed in in a browser of their own. The buyer audits the provision and opens a tender;
 * the supplier drafts an SPO from Spotlight, the provider endorses it, the supplier submits it with a
 * bid; the buyer closes and awards the tender; both sign; the buyer attaches the contract; the supplier
 * records two contributions; the provider confirms one and disputes the other; the buyer reviews the
 * agreement and verifies it. Every step is checked on the page. It runs at desktop width and again at
 * 390 × 844, a phone's viewport, with organisations of its own each time.
 */
class ConsoleStoryIT extends ConsoleTest {

    @Test
    @Order(1)
    void theStoryInThreeSessionsAtDesktopWidth() {
        try (ConsoleBrowser provider = new ConsoleBrowser(); ConsoleBrowser buyer = new ConsoleBrowser()) {
            story(browser, provider, buyer, "desktop");
        }
    }

    @Test
    @Order(2)
    void theStoryAgainOnAPhone() {
        try (ConsoleBrowser supplier = new ConsoleBrowser(390, 844); ConsoleBrowser provider = new ConsoleBrowser(390, 844);
                ConsoleBrowser buyer = new ConsoleBrowser(390, 844)) {
            story(supplier, provider, buyer, "phone");
        }
    }

    private static void story(ConsoleBrowser s, ConsoleBrowser p, ConsoleBrowser b, String size) {
        String word = "CST-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String supplierOrg = ConsoleFixtures.organisation("SUPPLIER", "Story Supplies");
        String providerOrg = ConsoleFixtures.organisation("PROVIDER", "Story Larder");
        String buyerOrg = ConsoleFixtures.organisation("BUYER", "Story Police");
        String provision = ConsoleFixtures.publish(ConsoleFixtures.anotherAdmin(providerOrg, "provider"), "Story larder " + word, word);
        join(s, ConsoleSignIn.SUE, supplierOrg, "supplier");
        s.actFor(supplierOrg);
        join(p, ConsoleSignIn.PAT, providerOrg, "provider");
        p.actFor(providerOrg);
        join(b, ConsoleSignIn.BEA, buyerOrg, "buyer");
        b.actFor(buyerOrg);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // the buyer audits the provision and opens a tender
        b.follow("Audit queue");
        b.press("Approve Story larder " + word);
        b.waitFor(d -> d.getCurrentUrl().endsWith("/audit") && !d.getPageSource().contains("Story larder " + word));
        b.open("/tenders");
        b.type("title", "Story fleet " + word);
        b.type("territory", "E23000029");
        b.type("closingDate", today.plusDays(14).toString());
        click(b, "Open tender");
        b.waitFor(d -> d.getCurrentUrl().contains("/tenders/"));
        String tender = b.text("tender-reference");
        b.checkPage("story-" + size + "-tender");

        // the supplier finds the provision in Spotlight and drafts an SPO
        s.open("/spotlight?outcome=" + word);
        s.follow("Story larder " + word);
        s.follow("Draft an SPO for this provision");
        s.type("title", "Story funding " + word);
        new Select(s.driver.findElement(By.id("commitments-0"))).selectByValue("FINANCIAL");
        s.type("commitments-0-value", "90000");
        s.type("commitments-0-measureCode", "NT1");
        s.type("commitments-0-start", today.minusDays(60).toString());
        s.type("commitments-0-end", today.plusDays(300).toString());
        new Select(s.driver.findElement(By.id("commitments-0-frequency"))).selectByValue("ONE_OFF");
        click(s, "Save SPO");
        s.waitFor(d -> d.getCurrentUrl().contains("/spos/SPO-"));
        String reference = s.text("spo-reference");
        assertEquals("Draft", s.text("spo-state"));
        s.checkPage("story-" + size + "-draft");

        // the provider endorses it from its home page
        p.open("/");
        assertTrue(p.text("tasks").contains(reference), p.text("tasks"));
        p.followPartly(reference);
        click(p, "Endorse this proposal");
        p.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Endorsed", p.text("spo-state"));

        // the supplier submits it with a bid to the tender
        s.open("/spos/" + reference);
        s.follow("Submit this proposal");
        s.driver.findElement(By.cssSelector("input[name=tender][value='" + tender + "']")).click();
        click(s, "Submit");
        s.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Submitted", s.text("spo-state"));

        // the buyer closes the tender and awards it
        b.open("/tenders/" + tender);
        b.driver.findElement(By.id("close")).click();
        b.waitFor(d -> d.findElement(By.id("tender-status")).getText().equals("Closed"));
        b.driver.findElement(By.cssSelector("input[name=supplier][value='" + supplierOrg + "']")).click();
        click(b, "Award");
        b.waitFor(d -> d.findElement(By.id("tender-status")).getText().startsWith("Awarded"));

        // both sign over the content hash shown
        s.open("/spos/" + reference);
        assertEquals("Awaiting signatures", s.text("spo-state"));
        String hash = s.text("signing-hash");
        click(s, "Sign the agreement");
        s.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        p.open("/spos/" + reference);
        assertEquals(hash, p.text("signing-hash"));
        p.checkPage("story-" + size + "-cosign");
        click(p, "Sign the agreement");
        p.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Signed", p.text("spo-state"));

        // the buyer attaches the contract
        b.open("/spos/" + reference);
        b.follow("Attach the contract");
        b.type("contractReference", "STORY-" + word);
        b.type("start", today.minusDays(30).toString());
        b.type("end", today.toString());
        b.type("value", "2500000");
        click(b, "Attach the contract");
        b.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Contracted", b.text("spo-state"));

        // the supplier records two contributions
        long first = record(s, reference, "1500", today);
        long second = record(s, reference, "2500", today);

        // the provider confirms one and disputes the other
        p.open("/spos/" + reference + "/contributions/" + first);
        click(p, "Confirm this contribution");
        p.waitFor(d -> d.findElement(By.id("contribution-state")).getText().equals("Confirmed"));
        p.open("/spos/" + reference + "/contributions/" + second);
        p.type("reason", "Only £2,000 reached us");
        click(p, "Dispute this contribution");
        p.waitFor(d -> d.findElement(By.id("contribution-state")).getText().equals("Disputed"));
        p.checkPage("story-" + size + "-contribution");

        // the buyer reviews the agreement at the contract's end, and verifies it
        b.open("/spos/" + reference);
        String line = b.text("delivery-line-1");
        assertTrue(line.contains("£90,000.00") && line.contains("£4,000.00") && line.contains("£1,500.00")
                && line.contains("£2,500.00"), line);
        b.checkPage("story-" + size + "-agreement");
        b.follow("Record the post-contract review");
        b.driver.findElement(By.id("verdict-DELIVERED")).click();
        click(b, "Record the review");
        b.waitFor(d -> d.getCurrentUrl().endsWith("/spos/" + reference));
        assertEquals("Reviewed", b.text("spo-state"));
        String code = b.text("spo-verification-code");
        b.open("/verify?reference=" + reference + "&code=" + ConsoleSignIn.encode(code));
        assertEquals(hash, b.text("verified-hash"));

        // every party sees the reviewed agreement with its history
        s.open("/spos/" + reference);
        assertEquals("Reviewed", s.text("spo-state"));
        assertTrue(s.text("history").contains(ConsoleFixtures.name(buyerOrg)), s.text("history"));
        for (String event : List.of("Drafted", "Endorsed: every provider has endorsed", "Submitted with a bid",
                "Tender awarded: awaiting signatures", "Signed: every party has signed", "Contract attached", "Reviewed")) {
            assertTrue(s.text("history").contains(event), event + " missing from " + s.text("history"));
        }
        s.checkPage("story-" + size + "-reviewed");
    }

    private static long record(ConsoleBrowser s, String reference, String value, LocalDate day) {
        s.open("/spos/" + reference);
        s.follow("Record a contribution");
        s.driver.findElement(By.id("line-1")).click();
        s.type("value", value);
        s.type("deliveryDate", day.toString());
        click(s, "Record contribution");
        s.waitFor(d -> d.getCurrentUrl().matches(".*/contributions/\\d+$"));
        String url = s.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static void click(ConsoleBrowser in, String button) {
        in.press(button);
    }
}
