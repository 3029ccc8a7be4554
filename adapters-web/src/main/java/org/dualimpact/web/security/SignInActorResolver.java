package org.dualimpact.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * The two paths of {@link ActorResolver}, both through the kernel's {@link SignInService} (which also
 * records the user): an issuer trusted for organisation claims gives the actor its claims say; every
 * other issuer's caller acts only through a membership the product keeps. It runs in a transaction
 * (its own when the role check asks before the resource's transaction began): signing in may write the
 * user, a bootstrapped platform admin's membership and its journal entry.
 */
@ApplicationScoped
public class SignInActorResolver implements ActorResolver {

    @Inject
    SignInService signIn;

    @Override
    @Transactional(dontRollbackOn = DomainException.class)
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
