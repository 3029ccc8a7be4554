package org.dualimpact.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dualimpact.kernel.shared.Actor;

/**
 * The caller of the current request as the kernel sees it: user, the organisation acted for and roles,
 * from the product's memberships (or from the token's claims for an issuer trusted for them).
 * Resources pass {@link #get()} to kernel services, which check party rules.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    RequestCaller caller;

    public Actor get() {
        return caller.actor();
    }
}
