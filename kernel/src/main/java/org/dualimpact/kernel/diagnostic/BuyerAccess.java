package org.dualimpact.kernel.diagnostic;

import java.util.Optional;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/** Who may answer and compare: a user holding the buyer role, acting for a registered buyer organisation. */
final class BuyerAccess {

    private BuyerAccess() {
    }

    /** The caller's organisation, or a NOT_PERMITTED refusal naming why not. */
    static Organisation organisationOf(Actor actor, OrganisationRepository organisations) {
        actor.require(Role.BUYER);
        String org = actor.organisationId().orElseThrow(() -> DomainException.notPermitted("organisation-required",
                "Your token names no organisation (claim 'org')."));
        Organisation organisation = (OrganisationId.isValid(org) ? organisations.find(new OrganisationId(org))
                : Optional.<Organisation>empty()).orElseThrow(() -> DomainException.notPermitted("unknown-organisation",
                        "Your organisation " + org + " is not registered."));
        if (organisation.kind() != OrganisationKind.BUYER) {
            throw DomainException.notPermitted("wrong-organisation-kind", "Your organisation " + org + " is a "
                    + organisation.kind() + "; the diagnostic is answered by buyer organisations.");
        }
        return organisation;
    }
}
