package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test of the console shares: the shipped EAR deployed as it is, one headless
 * Chromium ({@link ConsoleBrowser}) started before the class's tests and closed after them, tests run in
 * their {@code @Order} (they share the browser's session), and the browser user joining an organisation
 * the real way: an invitation made through the API by a platform admin, accepted in the browser.
 * A subclass's own {@code @BeforeAll} runs after the browser started.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConsoleTest {

    static ConsoleBrowser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    /**
     * Starts the browser; without Chromium the class is skipped, saying so loudly in the build output,
     * unless {@code DI_REQUIRE_BROWSER=true} (as {@code .ci/run} sets), where it fails.
     */
    @BeforeAll
    static void startTheBrowser() {
        if (!ConsoleBrowser.installed()) {
            if ("true".equals(System.getenv("DI_REQUIRE_BROWSER"))) {
                fail("DI_REQUIRE_BROWSER=true, but " + ConsoleBrowser.MISSING);
            }
            System.err.println("\n*** CONSOLE BROWSER TESTS SKIPPED: " + ConsoleBrowser.MISSING + " ***\n");
            Assumptions.abort("skipped: " + ConsoleBrowser.MISSING);
        }
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * {@link ConsoleSignIn#IVY} joins the organisation with the roles in the shared browser: opens the
     * invitation's link, signs in if the provider asks, accepts, and is back on the home page.
     */
    static void join(String organisation, String... roles) {
        join(browser, ConsoleSignIn.IVY, organisation, roles);
    }

    /** The user joins the organisation with the roles in that browser (signing in there first if needed). */
    static void join(ConsoleBrowser in, String user, String organisation, String... roles) {
        JsonObject invitation = ConsoleFixtures.invite(organisation, user, roles);
        in.open(ConsoleFixtures.path(invitation));
        if (in.driver.getCurrentUrl().contains("/dev-login/")) {
            in.logIn(user, ConsoleSignIn.PASSWORD);
        }
        in.accept();
    }
}
