package org.dualimpact.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dualimpact.kernel.identity.Identity;
import org.dualimpact.web.security.CurrentIdentity;

/**
 * Who the caller's verified token says it is, as the kernel's {@link Identity}, mapped from the claims
 * its issuer is configured with ({@link CurrentIdentity}). Endpoints that any signed-in identity may call
 * without a membership (accept an invitation, apply to join, {@code GET /me}) use it.
 */
@RequestScoped
public class CallerIdentity {

    @Inject
    CurrentIdentity identity;

    /** The caller's identity; 401 without a valid token. */
    public Identity get() {
        return identity.get();
    }
}
