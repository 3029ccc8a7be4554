package org.dualimpact.web.problem;

import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;

import org.dualimpact.kernel.shared.DomainException;

/**
 * Optimistic locking over HTTP: responses carry an object's version as {@code ETag: "<version>"}; a
 * change sends it back as {@code If-Match}. Missing where required → 428 {@code if-match-required},
 * malformed → 400 {@code invalid-if-match}; a stale version is the kernel's 412 {@code stale-version}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version from {@code If-Match}; absent → 428, malformed → 400. {@code what} names the object ("SPO"). */
    public static long required(String ifMatch, String what) {
        return optional(ifMatch, what).orElseThrow(() -> new PreconditionRequired(what));
    }

    /** The version from {@code If-Match}, when the request sends one. */
    public static Optional<Long> optional(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches
            throw new DomainException(DomainException.Kind.STALE, "stale-version",
                    "A weak ETag never matches If-Match; send the " + what + "'s ETag as given, e.g. \"3\".");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("invalid-if-match", "If-Match must be the ETag of the " + what + ", e.g. \"3\".");
        }
    }

    /** No If-Match on a change: 428 Precondition Required. */
    static final class PreconditionRequired extends WebApplicationException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired(String what) {
            super(Problems.of(428, "if-match-required", "Precondition required", "A change must send If-Match with the "
                    + "ETag of the " + what + " as read, so it cannot overwrite a newer change."));
        }
    }
}
