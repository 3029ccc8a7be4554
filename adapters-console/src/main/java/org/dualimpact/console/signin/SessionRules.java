package org.dualimpact.console.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The rules a signed-in session obeys on every request, apart from the servlet API so they can be unit tested. */
public final class SessionRules {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionRules() {
    }

    /** True once the absolute lifetime has passed since sign-in, however active the session was. */
    public static boolean expired(Instant signedInAt, Instant now, Duration absoluteTimeout) {
        return !now.isBefore(signedInAt.plus(absoluteTimeout));
    }

    /**
     * True once the session has been idle for the idle time-out since its last request. The container
     * also ends idle sessions, but only when its reaper runs; this rule applies on the next request.
     */
    public static boolean idle(Instant lastRequest, Instant now, Duration idleTimeout) {
        return !now.isBefore(lastRequest.plus(idleTimeout));
    }

    /** A new synchronizer token: 256 random bits, URL-safe. */
    public static String newCsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when a form's token is the session's (compared in constant time); a missing one never matches. */
    public static boolean csrfMatches(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
