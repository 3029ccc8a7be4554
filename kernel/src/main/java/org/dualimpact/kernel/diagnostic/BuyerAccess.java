package org.dualimpact.kernel.diagnostic;

import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;

/** Who may answer and compare: a user holding the buyer role, acting for a registered buyer organisation. */
final class BuyerAccess {

    private BuyerAccess() {
    }

    /** The caller's organisation, or a NOT_PERMITTED refusal naming why not. */
    static Organisation organisationOf(Actor actor, OrganisationRepository organisations) {
        actor.require(Role.BUYER);
        return Membership.of(actor, organisations, OrganisationKind.BUYER,
                "the diagnostic is answered by buyer organisations.");
    }
}
