package org.dualimpact.operatorlogin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

import org.dualimpact.ratelimit.RateLimit;

/**
 * The batch operator's logins, limited per client: each client (remote address) may have its password
 * refused {@code capacity} times in a burst, then one more every refill period. Every attempt takes a token
 * before its password is checked, so requests sent at once get no more checks than the allowance; an
 * accepted login gives its token back. A client that has spent its allowance is turned away without its
 * password being checked, not even a right one, until a refusal refills.
 */
final class OperatorLogins {

    /** What became of one login attempt. */
    sealed interface Outcome {
    }

    /** The registry accepted the credentials of this user (its name in the registry). */
    record Accepted(String user) implements Outcome {
    }

    /** The credentials were wrong or unreadable; the attempt was counted against the client. */
    record Refused() implements Outcome {
    }

    /** The client has spent its allowance: try again after this many seconds. */
    record TooMany(long retryAfterSeconds) implements Outcome {
    }

    /** The user registry's verdict on a user name and password. */
    @FunctionalInterface
    interface PasswordCheck {
        /** The user's name in the registry when it knows the user with this password, else empty. */
        Optional<String> check(String user, String password);
    }

    private record Credentials(String user, String password) {
    }

    private final RateLimit refusals;
    private final PasswordCheck registry;

    OperatorLogins(RateLimit refusals, PasswordCheck registry) {
        this.refusals = refusals;
        this.registry = registry;
    }

    /** Whether an Authorization header offers basic credentials, readable or not. */
    static boolean offersBasicCredentials(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * One login from a client with the Authorization header it sent (which offers basic credentials). A
     * failure of the registry itself is not the client's: its token is given back and the failure thrown.
     */
    Outcome attempt(String client, String authorization) {
        OptionalLong wait = refusals.tryConsume(client);
        if (wait.isPresent()) {
            return new TooMany(wait.getAsLong());
        }
        Optional<String> user;
        try {
            user = parse(authorization).flatMap(c -> registry.check(c.user(), c.password()));
        } catch (RuntimeException registryFailure) {
            refusals.refund(client);
            throw registryFailure;
        }
        if (user.isPresent()) {
            refusals.refund(client);
            return new Accepted(user.get());
        }
        return new Refused();
    }

    private static Optional<Credentials> parse(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
