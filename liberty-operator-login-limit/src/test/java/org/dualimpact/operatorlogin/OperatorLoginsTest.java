package org.dualimpact.operatorlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.dualimpact.operatorlogin.OperatorLogins.Accepted;
import org.dualimpact.operatorlogin.OperatorLogins.Refused;
import org.dualimpact.operatorlogin.OperatorLogins.TooMany;
import org.dualimpact.ratelimit.ManualClock;
import org.dualimpact.ratelimit.RateLimit;
import org.junit.jupiter.api.Test;

class OperatorLoginsTest {

    private static final String RIGHT = basic("operator:secret");
    private static final String WRONG = basic("operator:guess");

    private final ManualClock clock = new ManualClock();
    private final List<String> checked = new ArrayList<>();
    private final List<Object> nested = new ArrayList<>();
    private final OperatorLogins logins = new OperatorLogins(
            new RateLimit(new RateLimit.Settings(3, 1, Duration.ofSeconds(60), 100), clock),
            (user, password) -> {
                checked.add(user + ":" + password);
                if (user.equals("boom")) {
                    throw new IllegalStateException("the registry is down");
                }
                if (user.equals("nested")) {
                    nested.add(logins().attempt("10.0.0.9", WRONG));
                }
                return user.equalsIgnoreCase("operator") && password.equals("secret") ? Optional.of("operator") : Optional.empty();
            });

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheRightPassword() {
        assertEquals(new Accepted("operator"), logins.attempt("10.0.0.1", RIGHT));
    }

    @Test
    void assertsTheUserByItsNameInTheRegistry() {
        assertEquals(new Accepted("operator"), logins.attempt("10.0.0.1", basic("OPERATOR:secret")));
    }

    @Test
    void refusesAWrongPasswordWithinTheAllowance() {
        for (int i = 0; i < 3; i++) {
            assertEquals(new Refused(), logins.attempt("10.0.0.1", WRONG));
        }
    }

    @Test
    void turnsAwayAClientThatSpentItsAllowanceWithTheSecondsToWait() {
        for (int i = 0; i < 3; i++) {
            logins.attempt("10.0.0.1", WRONG);
        }

        assertEquals(new TooMany(60), logins.attempt("10.0.0.1", WRONG));
    }

    @Test
    void checksNoPasswordOnceTheAllowanceIsSpentNotEvenTheRightOne() {
        for (int i = 0; i < 3; i++) {
            logins.attempt("10.0.0.1", WRONG);
        }
        checked.clear();

        assertEquals(new TooMany(60), logins.attempt("10.0.0.1", RIGHT));
        assertTrue(checked.isEmpty());
    }

    @Test
    void limitsEachClientApart() {
        for (int i = 0; i < 3; i++) {
            logins.attempt("10.0.0.1", WRONG);
        }

        assertEquals(new Accepted("operator"), logins.attempt("10.0.0.2", RIGHT));
    }

    @Test
    void acceptedLoginsCostNothing() {
        for (int i = 0; i < 10; i++) {
            logins.attempt("10.0.0.1", RIGHT);
        }

        assertEquals(new Refused(), logins.attempt("10.0.0.1", WRONG));
    }

    @Test
    void letsTheClientTryAgainOnceARefusalHasRefilled() {
        for (int i = 0; i < 3; i++) {
            logins.attempt("10.0.0.1", WRONG);
        }
        clock.advance(Duration.ofSeconds(60));

        assertEquals(new Accepted("operator"), logins.attempt("10.0.0.1", RIGHT));
    }

    @Test
    void countsUnreadableCredentialsAsRefusals() {
        for (String unreadable : List.of("Basic !!!", basic("no-colon"), basic(":password-without-user"))) {
            assertEquals(new Refused(), logins.attempt("10.0.0.1", unreadable));
        }

        assertEquals(new TooMany(60), logins.attempt("10.0.0.1", RIGHT));
    }

    @Test
    void recognisesBasicCredentialsInAnyCase() {
        assertTrue(OperatorLogins.offersBasicCredentials("basic abc"));
        assertFalse(OperatorLogins.offersBasicCredentials("Bearer abc"));
        assertFalse(OperatorLogins.offersBasicCredentials(null));
    }

    @Test
    void attemptsAtOnceGetNoMoreChecksThanTheAllowance() {
        logins.attempt("10.0.0.9", WRONG);
        logins.attempt("10.0.0.9", WRONG);

        // the third and last refusal is being checked when another attempt arrives from the same client
        assertEquals(new Refused(), logins.attempt("10.0.0.9", basic("nested:guess")));
        assertEquals(List.of(new TooMany(60)), nested);
    }

    @Test
    void aFailureOfTheRegistryIsNotCountedAgainstTheClient() {
        for (int i = 0; i < 5; i++) {
            assertThrows(IllegalStateException.class, () -> logins.attempt("10.0.0.1", basic("boom:guess")));
        }

        assertEquals(new Accepted("operator"), logins.attempt("10.0.0.1", RIGHT));
    }

    private OperatorLogins logins() {
        return logins;
    }
}
