package org.dualimpact.web.identity;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

import org.dualimpact.kernel.identity.Identity;
import org.dualimpact.web.problem.Problems;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the caller's verified token says it is, as the kernel's {@link Identity}: {@code iss}, {@code sub},
 * {@code email}, {@code email_verified} and {@code name}. Endpoints that any signed-in identity may call
 * without a membership (accept an invitation, apply to join, {@code GET /me}) use it.
 *
 * <p>This is the one place the token becomes an Identity; the multi-issuer token validation (issue 16
 * point 1) replaces {@link #get()} with its own mapping of each issuer's claims.
 */
@RequestScoped
public class CallerIdentity {

    @Inject
    JsonWebToken token;

    /** The caller's identity; 401 without a valid token. */
    public Identity get() {
        if (token == null || token.getRawToken() == null || token.getIssuer() == null || token.getSubject() == null) {
            throw new NotAuthorizedException(Problems.unauthenticated());
        }
        return new Identity(token.getIssuer(), token.getSubject(), text("email"), verified(), text("name"));
    }

    private Optional<String> text(String claim) {
        return Optional.ofNullable(token.<Object>getClaim(claim)).map(CallerIdentity::unquoted);
    }

    private boolean verified() {
        return Optional.ofNullable(token.<Object>getClaim("email_verified")).map(CallerIdentity::unquoted)
                .map("true"::equalsIgnoreCase).orElse(false);
    }

    private static String unquoted(Object claim) {
        String text = claim.toString();
        // JSON string claims may arrive as jakarta.json.JsonString, whose toString keeps the quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
