package org.dualimpact.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * The two paths of {@link ActorResolver}: an issuer trusted for organisation claims gives the actor its
 * claims say; every other issuer's caller acts only through a membership the product keeps.
 */
@ApplicationScoped
public class SignInActorResolver implements ActorResolver {

    @Override
    public Actor actorFor(Caller caller, Optional<OrganisationId> actingFor) {
        if (caller.organisationClaimsTrusted()) {
            return fromClaims(caller, actingFor);
        }
        throw DomainException.notPermitted("no-membership",
                "You are signed in, but you are not a member of any organisation in Dual Impact.");
    }

    private static Actor fromClaims(Caller caller, Optional<OrganisationId> actingFor) {
        if (actingFor.isPresent() && !caller.organisationClaim().equals(actingFor.map(OrganisationId::value))) {
            throw DomainException.notPermitted("not-a-member",
                    "Your token does not let you act for " + actingFor.get().value() + ".");
        }
        return new Actor(caller.identity().subject(), caller.organisationClaim(), caller.roleClaims());
    }
}
