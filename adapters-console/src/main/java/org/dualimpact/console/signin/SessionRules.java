package org.dualimpact.console.signin;

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

    /**
     * The session's token as one page writes it: a fresh random pad followed by the token XOR that pad,
     * URL-safe. Every page thus carries different bytes for the same token, so a compressed page gives
     * no length oracle on it (BREACH; docs/decisions/0018-compressed-responses.md).
     */
    public static String masked(String token) {
        byte[] secret = Base64.getUrlDecoder().decode(token);
        byte[] pad = new byte[secret.length];
        RANDOM.nextBytes(pad);
        byte[] out = new byte[secret.length * 2];
        System.arraycopy(pad, 0, out, 0, pad.length);
        for (int i = 0; i < secret.length; i++) {
            out[secret.length + i] = (byte) (pad[i] ^ secret[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /**
     * True when a form's token, as {@link #masked} wrote it, unmasks to the session's token (compared in
     * constant time); a missing or malformed one never matches.
     */
    public static boolean csrfMatches(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        byte[] secret;
        byte[] masked;
        try {
            secret = Base64.getUrlDecoder().decode(expected);
            masked = Base64.getUrlDecoder().decode(given);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (masked.length != secret.length * 2) {
            return false;
        }
        byte[] unmasked = new byte[secret.length];
        for (int i = 0; i < secret.length; i++) {
            unmasked[i] = (byte) (masked[i] ^ masked[secret.length + i]);
        }
        return MessageDigest.isEqual(secret, unmasked);
    }
}
