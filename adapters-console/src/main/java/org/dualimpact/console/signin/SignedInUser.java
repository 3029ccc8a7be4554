package org.dualimpact.console.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.identity.Identity;

/**
 * Who is signed in to this session, from the validated ID token: the issuer and subject that identify
 * the user, the name and e-mail to show (and whether the provider verified the e-mail), the ID token itself (the hint for signing out at the
 * provider), when the user signed in (for the absolute time-out), and the session's CSRF token.
 */
public record SignedInUser(String issuer, String subject, String name, String email, boolean emailVerified,
        String idToken, Instant signedInAt, String csrfToken) implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = "dualimpact.console.user";

    public SignedInUser {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(signedInAt, "signedInAt");
        Objects.requireNonNull(csrfToken, "csrfToken");
        name = name == null || name.isBlank() ? subject : name;
        email = email == null ? "" : email;
    }

    /** The identity the kernel knows the user by, as the API's verified token gives it. */
    public Identity identity() {
        return new Identity(issuer, subject, Optional.of(email), emailVerified, Optional.of(name));
    }
}
