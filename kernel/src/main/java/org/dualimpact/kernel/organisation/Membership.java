package org.dualimpact.kernel.organisation;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * The organisation an actor acts for, as every use case that needs one checks it: the token must
 * name one ({@code org} claim), it must be a well-formed, registered identifier, and of the kind the
 * use case requires. Each failure is a NOT_PERMITTED refusal with its own code — never a server error,
 * whatever the claim holds.
 */
public final class Membership {

    private Membership() {
    }

    /** The actor's organisation identifier, well formed; refused when the claim is absent or malformed. */
    public static OrganisationId idOf(Actor actor) {
        String org = actor.organisationId().orElseThrow(() -> DomainException.notPermitted("organisation-required",
                "Your token names no organisation (claim 'org')."));
        if (!OrganisationId.isValid(org)) {
            throw DomainException.notPermitted("unknown-organisation", "Your organisation " + org + " is not registered.");
        }
        return new OrganisationId(org);
    }

    /** The actor's registered organisation, which must be of the given kind. */
    public static Organisation of(Actor actor, OrganisationRepository organisations, OrganisationKind kind, String why) {
        OrganisationId id = idOf(actor);
        Organisation organisation = organisations.find(id).orElseThrow(() -> DomainException.notPermitted(
                "unknown-organisation", "Your organisation " + id + " is not registered."));
        if (organisation.kind() != kind) {
            throw DomainException.notPermitted("wrong-organisation-kind", "Your organisation " + id + " is a "
                    + organisation.kind() + ", not a " + kind + (why == null ? "." : "; " + why));
        }
        return organisation;
    }

}
