package org.dualimpact.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * The two paths of {@link ActorResolver}, both through the kernel's {@link SignInService} (which also
 * records the user): an issuer trusted for organisation claims gives the actor its claims say; every
 * other issuer's caller acts only through a membership the product keeps.
 */
@ApplicationScoped
public class SignInActorResolver implements ActorResolver {

    @Inject
    SignInService signIn;

    @Override
    public Actor actorFor(Caller caller, Optional<OrganisationId> actingFor) {
        if (!caller.organisationClaimsTrusted()) {
            return signIn.actorFor(caller.identity(), actingFor);
        }
        if (actingFor.isPresent() && !caller.organisationClaim().equals(actingFor.map(OrganisationId::value))) {
            throw DomainException.notPermitted("not-a-member",
                    "Your token does not let you act for " + actingFor.get().value() + ".");
        }
        return signIn.actorFromClaims(caller.identity(), caller.organisationClaim(), caller.roleClaims());
    }
}
