package org.dualimpact.web.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

import org.dualimpact.kernel.identity.Identity;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.web.problem.Problems;

/**
 * The caller of the current request, set by {@link BearerAuthenticationFilter}; the actor is resolved
 * on first use only, once per request (an endpoint that needs only the identity never looks up a
 * membership), and a refusal is remembered as well. Without a verified token both are 401
 * {@code unauthenticated}.
 */
@RequestScoped
public class RequestCaller {

    @Inject
    ActorResolver resolver;

    private Caller caller;
    private Optional<OrganisationId> actingFor = Optional.empty();
    private Actor actor;
    private RuntimeException refusal;

    void authenticated(Caller verified, Optional<OrganisationId> chosen) {
        this.caller = verified;
        this.actingFor = chosen;
    }

    public boolean isAuthenticated() {
        return caller != null;
    }

    public Identity identity() {
        return required().identity();
    }

    public Actor actor() {
        if (actor == null && refusal == null) {
            try {
                actor = resolver.actorFor(required(), actingFor);
            } catch (RuntimeException e) {
                refusal = e;
            }
        }
        if (refusal != null) {
            throw refusal;
        }
        return actor;
    }

    private Caller required() {
        if (caller == null) {
            throw new NotAuthorizedException(Problems.unauthenticated());
        }
        return caller;
    }
}
