package org.dualimpact.console.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T09:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void aSessionActiveAllDayStillEndsEightHoursAfterSignIn() {
        assertTrue(SessionRules.expired(SIGNED_IN, SIGNED_IN.plus(EIGHT_HOURS), EIGHT_HOURS));
    }

    @Test
    void aSessionJustUnderItsAbsoluteLifetimeGoesOn() {
        assertFalse(SessionRules.expired(SIGNED_IN, SIGNED_IN.plus(EIGHT_HOURS).minusSeconds(1), EIGHT_HOURS));
    }

    @Test
    void aSessionIdleForThirtyMinutesEnds() {
        assertTrue(SessionRules.idle(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30)));
    }

    @Test
    void aSessionUsedWithinItsIdleTimeGoesOn() {
        assertFalse(SessionRules.idle(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(29)), Duration.ofMinutes(30)));
    }

    @Test
    void aMissingCsrfTokenNeverMatches() {
        assertFalse(SessionRules.csrfMatches(SessionRules.newCsrfToken(), null));
    }

    @Test
    void anotherSessionsTokenDoesNotMatch() {
        assertFalse(SessionRules.csrfMatches(SessionRules.newCsrfToken(), SessionRules.masked(SessionRules.newCsrfToken())));
    }

    @Test
    void theUnmaskedTokenDoesNotMatch() {
        String token = SessionRules.newCsrfToken();
        assertFalse(SessionRules.csrfMatches(token, token));
    }

    @Test
    void aTokenThatIsNotBase64DoesNotMatch() {
        assertFalse(SessionRules.csrfMatches(SessionRules.newCsrfToken(), "not base64!"));
    }

    @Test
    void noSessionTokenMatchesNothingEvenAnEmptyForm() {
        assertFalse(SessionRules.csrfMatches(null, ""));
    }

    @Test
    void theSessionsOwnTokenMatchesAsEveryPageMasksIt() {
        String token = SessionRules.newCsrfToken();
        assertTrue(SessionRules.csrfMatches(token, SessionRules.masked(token)));
        assertTrue(SessionRules.csrfMatches(token, SessionRules.masked(token)));
    }

    @Test
    void eachPageWritesTheTokenDifferently() {
        String token = SessionRules.newCsrfToken();
        assertNotEquals(SessionRules.masked(token), SessionRules.masked(token));
    }

    @Test
    void tokensAreNotRepeated() {
        assertNotEquals(SessionRules.newCsrfToken(), SessionRules.newCsrfToken());
    }
}
