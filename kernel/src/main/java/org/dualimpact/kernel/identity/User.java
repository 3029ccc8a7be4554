package org.dualimpact.kernel.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or service account the product has seen: its pseudonymous id, the issuer and subject that
 * name it at its identity provider, and the name and e-mail the provider last gave. No password, ever.
 *
 * <p>Rules: issuer and subject are non-blank; name and e-mail are kept to their first 500 characters;
 * an erased user keeps no name and no e-mail.
 */
public record User(UserId id, String issuer, String subject, Optional<String> name, Optional<String> email,
        boolean erased) {

    public User {
        Objects.requireNonNull(id, "id");
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a user needs an issuer and a subject");
        }
        name = Objects.requireNonNull(name, "name").map(User::capped);
        email = Objects.requireNonNull(email, "email").map(User::capped);
        if (erased && (name.isPresent() || email.isPresent())) {
            throw new IllegalArgumentException("an erased user keeps no name and no e-mail");
        }
    }

    /** A user seen for the first time, with a fresh pseudonymous id. */
    public static User firstSeen(Identity identity) {
        return new User(UserId.random(), identity.issuer(), identity.subject(), identity.name(), identity.email(), false);
    }

    /**
     * The user with the name and e-mail the identity carries; a detail the identity omits is kept
     * (access tokens often carry no e-mail).
     */
    public User updatedFrom(Identity identity) {
        return new User(id, issuer, subject, identity.name().or(() -> name), identity.email().or(() -> email), erased);
    }

    /** Whether the identity carries a name or e-mail other than the stored one. */
    public boolean differsFrom(Identity identity) {
        return !updatedFrom(identity).equals(this);
    }

    /** The user with its personal data removed; the id stays, so records naming it stay consistent. */
    public User erase() {
        return new User(id, issuer, subject, Optional.empty(), Optional.empty(), true);
    }

    private static String capped(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
