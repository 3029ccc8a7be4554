package org.dualimpact.kernel.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a trusted identity provider says the caller is. The pair issuer and subject names the user
 * (or the service account) for good; e-mail and name may change between sign-ins.
 *
 * <p>Rules: issuer and subject are non-blank and at most 500 characters; an e-mail the provider has
 * not verified is never used to bind an invitation.
 */
public record Identity(String issuer, String subject, Optional<String> email, boolean emailVerified,
        Optional<String> name) {

    public Identity {
        issuer = required(issuer, "issuer");
        subject = required(subject, "subject");
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(e -> !e.isEmpty());
        name = Objects.requireNonNull(name, "name").map(String::strip).filter(n -> !n.isEmpty());
    }

    /** The e-mail address, only when the provider verified it. */
    public Optional<String> verifiedEmail() {
        return emailVerified ? email : Optional.empty();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > 500) {
            throw new IllegalArgumentException(field + " is longer than 500 characters");
        }
        return value;
    }
}
