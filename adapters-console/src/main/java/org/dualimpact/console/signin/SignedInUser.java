package org.dualimpact.console.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who is signed in to this session, from the validated ID token: the issuer and subject that identify
 * the user, the name and e-mail to show, the ID token itself (the hint for signing out at the
 * provider), when the user signed in (for the absolute time-out), and the session's CSRF token.
 */
public record SignedInUser(String issuer, String subject, String name, String email, String idToken,
        Instant signedInAt, String csrfToken) implements Serializable {

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
}
