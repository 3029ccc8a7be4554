package org.dualimpact.kernel.identity;

import org.dualimpact.kernel.shared.DomainException;

/**
 * A user's pseudonymous identifier: {@code usr-} and 26 random base32 characters. It is never derived
 * from the e-mail, name or subject, so the journal and the ledger, which name users by it, stay
 * meaningful and verifiable after the user's personal data is erased.
 */
public record UserId(String value) {

    private static final String PATTERN = "usr-[a-z2-7]{26}";

    public UserId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("a user identifier is usr- and 26 base32 characters");
        }
    }

    public static UserId random() {
        return new UserId(Secrets.randomId("usr-"));
    }

    /** The user a request names; a malformed identifier names none and is refused as not found. */
    public static UserId fromRequest(String text) {
        if (text == null || !text.matches(PATTERN)) {
            throw notFound(text);
        }
        return new UserId(text);
    }

    public static DomainException notFound(Object id) {
        return DomainException.notFound("user-not-found", "No user has the identifier " + id + ".");
    }

    @Override
    public String toString() {
        return value;
    }
}
