package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's session time-outs on the real server. The shipped EAR is deployed with its console WAR
 * given short time-outs through the WAR's own {@code microprofile-config.properties} (the settings of
 * docs/console.md, read like any other configuration), so the test waits seconds, not hours, and no
 * other test runs with them.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleSessionIT {

    private static final Duration IDLE = Duration.ofSeconds(6);
    private static final Duration ABSOLUTE = Duration.ofSeconds(14);
    private static final String SIGNED_IN = "id=\"user-email\"";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.earWithWar("dual-impact-console.war", war -> war.addAsResource(new StringAsset(
                "dualimpact.console.session.idle-timeout=" + IDLE + "\n"
                        + "dualimpact.console.session.absolute-timeout=" + ABSOLUTE + "\n"),
                "META-INF/microprofile-config.properties"));
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeOutEnds() throws InterruptedException {
        ConsoleSignIn client = new ConsoleSignIn();
        assertTrue(client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD).body().contains(SIGNED_IN));

        Thread.sleep(IDLE.plusSeconds(1).toMillis());

        assertFalse(client.get("/").body().contains(SIGNED_IN), "still signed in after the idle time-out");
    }

    @Test
    void anActiveSessionEndsAtTheAbsoluteTimeOut() throws InterruptedException {
        ConsoleSignIn client = new ConsoleSignIn();
        Instant signedIn = Instant.now();
        assertTrue(client.signIn(ConsoleSignIn.NINA, ConsoleSignIn.PASSWORD).body().contains(SIGNED_IN));
        Instant end = signedIn.plus(ABSOLUTE);

        while (Instant.now().isBefore(end.minusSeconds(3))) {
            assertTrue(client.get("/").body().contains(SIGNED_IN), "signed out before the absolute time-out");
            Thread.sleep(2_000);
        }
        while (Instant.now().isBefore(end.plusSeconds(3))) {
            client.get("/");
            Thread.sleep(1_000);
        }

        assertFalse(client.get("/").body().contains(SIGNED_IN), "an active session outlived the absolute time-out");
    }
}
