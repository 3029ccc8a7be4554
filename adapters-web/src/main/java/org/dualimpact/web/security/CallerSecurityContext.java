package org.dualimpact.web.security;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

import org.dualimpact.kernel.shared.Role;

/**
 * The request's security context once a bearer token is verified: the principal is the token's subject,
 * and a role is held when the resolved actor holds it (resolved on the first role check).
 */
final class CallerSecurityContext implements SecurityContext {

    private final RequestCaller caller;
    private final boolean secure;

    CallerSecurityContext(RequestCaller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        String subject = caller.identity().subject();
        return () -> subject;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.fromClaim(role).map(r -> caller.actor().has(r)).orElse(false);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
