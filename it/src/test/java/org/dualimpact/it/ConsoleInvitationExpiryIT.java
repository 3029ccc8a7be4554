package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An expired invitation in the browser. The shipped EAR is deployed with its API WAR giving invitations
 * a validity of seconds, through the WAR's own {@code microprofile-config.properties}
 * ({@code dualimpact.invitation-validity}, docs/identity.md), so the test waits seconds, not days, and no
 * other test runs with it. The browser is {@link ConsoleTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleInvitationExpiryIT {

    private static final Duration VALIDITY = Duration.ofSeconds(4);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.earWithWar("dual-impact-web.war", war -> war.addAsResource(new StringAsset(
                "dualimpact.invitation-validity=" + VALIDITY + "\n"), "META-INF/microprofile-config.properties"));
    }

    @BeforeAll
    static void startTheBrowser() {
        ConsoleTest.startTheBrowser();
    }

    @AfterAll
    static void closeTheBrowser() {
        ConsoleTest.closeTheBrowser();
    }

    @Test
    void anExpiredLinkIsAnErrorPageAndJoinsNothing() throws InterruptedException {
        String organisation = ConsoleFixtures.organisation("SUPPLIER", "Console Late Ltd");
        JsonObject invitation = ConsoleFixtures.invite(organisation, ConsoleSignIn.IVY, "supplier");
        ConsoleBrowser browser = ConsoleTest.browser;

        Thread.sleep(VALIDITY.plusSeconds(1).toMillis());
        browser.open(ConsoleFixtures.path(invitation));
        if (browser.driver.getCurrentUrl().contains("/dev-login/")) {
            browser.logIn(ConsoleSignIn.IVY, ConsoleSignIn.PASSWORD);
        }

        assertEquals("This invitation has expired", browser.heading());
        assertFalse(browser.has("invitation-organisation"), "the expired invitation still offers to join");
        browser.checkPage("invitation-expired");
        browser.open("/organisation");
        assertFalse(browser.driver.getPageSource().contains(organisation), "the expired invitation made a membership");
    }
}
