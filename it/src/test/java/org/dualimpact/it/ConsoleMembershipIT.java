package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Memberships in the console (issue 16): a platform admin invites a browser user's e-mail through the
 * API, the user opens the mailed link, signs in and accepts it on the console's invitation page; with two
 * organisations the user chooses one with radios and changes it from the header; a removal made through
 * the API takes effect on the next page of the session already open. Refused invitations are error pages.
 * The browser tests run in order, in one browser session of {@link ConsoleSignIn#IVY}.
 */
class ConsoleMembershipIT extends ConsoleTest {

    private static final String IVY = ConsoleSignIn.IVY;

    private static String supplier;
    private static String provider;

    @BeforeAll
    static void organisations() {
        supplier = ConsoleFixtures.organisation("SUPPLIER", "Console Supplier Ltd");
        ConsoleFixtures.anotherAdmin(supplier, "supplier");
        provider = ConsoleFixtures.organisation("PROVIDER", "Console Community Larder");
    }

    @Test
    @Order(1)
    void theInvitationLinkSignsInFirstThenShowsTheOrganisationAndRoles() {
        JsonObject invitation = ConsoleFixtures.invite(supplier, IVY, "supplier");

        browser.open(ConsoleFixtures.path(invitation));
        browser.logIn(IVY, ConsoleSignIn.PASSWORD);

        assertTrue(browser.driver.getCurrentUrl().endsWith(ConsoleFixtures.path(invitation)), browser.driver.getCurrentUrl());
        assertTrue(browser.text("invitation-organisation").contains(supplier), browser.text("invitation-organisation"));
        assertEquals("supplier", browser.text("invitation-roles"));
        browser.checkPage("invitation");
    }

    @Test
    @Order(2)
    void acceptingMakesTheUserActForTheOrganisation() {
        browser.press("Accept invitation");

        browser.waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));
        assertTrue(browser.text("acting-for").contains(supplier), browser.text("acting-for"));
        assertEquals("Nothing needs your action.", browser.text("no-tasks"));
        browser.checkPage("home");
    }

    @Test
    @Order(3)
    void aSecondOrganisationIsAcceptedAndTheUserChoosesBetweenThem() {
        browser.open(ConsoleFixtures.path(ConsoleFixtures.invite(provider, IVY, "provider")));
        browser.press("Accept invitation");
        browser.waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));
        assertTrue(browser.text("acting-for").contains(provider), browser.text("acting-for"));

        browser.follow("Change organisation");
        assertEquals("Which organisation are you acting for?", browser.heading());
        browser.checkPage("organisation-choice");
        browser.driver.findElement(By.cssSelector("input[value='" + supplier + "']")).click();
        browser.press("Continue");

        browser.waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));
        assertTrue(browser.text("acting-for").contains(supplier), browser.text("acting-for"));
    }

    @Test
    @Order(4)
    void aRoleChangeShowsOnTheNextPage() {
        ConsoleFixtures.changeRoles(supplier, IVY, "organisation-admin", "supplier");

        browser.open("/organisation");

        assertEquals("Roles: organisation-admin, supplier", browser.text("organisation-" + supplier.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-hint"));
    }

    @Test
    @Order(5)
    void aRemovalTakesEffectInTheOpenSession() {
        ConsoleFixtures.remove(supplier, IVY);

        browser.open("/");

        assertFalse(browser.has("acting-for") && browser.text("acting-for").contains(supplier), "still acting for " + supplier);
        browser.open("/organisation");
        assertFalse(browser.driver.getPageSource().contains(supplier), "the chooser still offers " + supplier);
    }

    @Test
    @Order(6)
    void aLinkUsedAlreadyIsAnErrorPage() {
        JsonObject invitation = ConsoleFixtures.invite(ConsoleFixtures.organisation("SUPPLIER", "Console Twice Ltd"), IVY, "supplier");
        browser.open(ConsoleFixtures.path(invitation));
        browser.press("Accept invitation");
        browser.waitFor(d -> d.getCurrentUrl().equals(Api.base() + "/"));

        browser.open(ConsoleFixtures.path(invitation));

        assertEquals("This invitation has already been used", browser.heading());
        browser.checkPage("invitation-used");
    }

    @Test
    @Order(10)
    void anInvitationForAnotherEmailIsRefused() {
        HttpResponse<String> page = ivy().get(ConsoleFixtures.path(ConsoleFixtures.invite(provider, "someone.else@console.example.test", "provider")));

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("This invitation is for another email address"), page.body());
    }

    @Test
    @Order(11)
    void aRevokedInvitationIsRefused() {
        String organisation = ConsoleFixtures.organisation("SUPPLIER", "Console Revoked Ltd");
        JsonObject invitation = ConsoleFixtures.invite(organisation, IVY, "supplier");
        ConsoleFixtures.revoke(organisation, invitation);

        HttpResponse<String> page = ivy().get(ConsoleFixtures.path(invitation));

        assertEquals(409, page.statusCode());
        assertTrue(page.body().contains("This invitation was withdrawn"), page.body());
    }

    @Test
    @Order(12)
    void anUnknownInvitationIsNotFound() {
        HttpResponse<String> page = ivy().get("/invitations/no-such-token");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Invitation not found"), page.body());
    }

    @Test
    @Order(13)
    void acceptingWithoutTheCsrfTokenIsRefusedAndAcceptsNothing() {
        JsonObject invitation = ConsoleFixtures.invite(ConsoleFixtures.organisation("SUPPLIER", "Console Forged Ltd"), IVY, "supplier");
        ConsoleSignIn client = ivy();

        assertEquals(403, client.post(ConsoleFixtures.path(invitation), "").statusCode());
        assertTrue(client.get(ConsoleFixtures.path(invitation)).body().contains("Accept invitation"));
    }

    @Test
    @Order(14)
    void choosingNoOrganisationIsAnErrorSummary() {
        ConsoleSignIn client = ivy();
        String chooser = client.get("/organisation").body();

        HttpResponse<String> refused = client.post("/organisation", "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(chooser)));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("govuk-error-summary") && refused.body().contains("Select the organisation you want to act for"),
                refused.body());
        assertTrue(refused.body().contains("<title>Error: "), refused.body());
    }

    private static ConsoleSignIn ivy() {
        ConsoleSignIn client = new ConsoleSignIn();
        client.signIn(IVY, ConsoleSignIn.PASSWORD);
        return client;
    }
}
