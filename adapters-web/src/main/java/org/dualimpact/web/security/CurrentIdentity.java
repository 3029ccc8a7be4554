package org.dualimpact.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dualimpact.kernel.identity.Identity;

/**
 * Who the caller of the current request is, as its verified token says (issuer, subject, e-mail, name),
 * for endpoints that need no organisation or role, such as accepting an invitation.
 */
@RequestScoped
public class CurrentIdentity {

    @Inject
    RequestCaller caller;

    public Identity get() {
        return caller.identity();
    }
}
