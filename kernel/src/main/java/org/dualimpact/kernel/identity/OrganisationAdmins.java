package org.dualimpact.kernel.identity;

import java.util.EnumSet;
import java.util.Set;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Who manages an organisation's members, and which roles a membership of it may hold.
 *
 * <p>Rules: a platform admin (ADMIN, acting for no organisation) manages every organisation; an
 * organisation admin manages only the organisation it acts for. A membership of an organisation
 * holds {@code organisation-admin} and the role of the organisation's kind (buyer, supplier,
 * provider, hub) and nothing else: platform roles are never granted through an organisation.
 */
final class OrganisationAdmins {

    private OrganisationAdmins() {
    }

    static void require(Actor actor, OrganisationId organisation) {
        actor.require(Role.ADMIN, Role.ORGANISATION_ADMIN);
        boolean platformAdmin = actor.has(Role.ADMIN) && actor.organisationId().isEmpty();
        boolean ownAdmin = actor.has(Role.ORGANISATION_ADMIN) && actor.actsFor(organisation.value());
        if (!platformAdmin && !ownAdmin) {
            throw DomainException.notPermitted("not-organisation-admin",
                    "Only an organisation admin of " + organisation + " or a platform admin may manage its members.");
        }
    }

    /** The roles a membership of the organisation may hold. */
    static Set<Role> grantable(Organisation organisation) {
        return EnumSet.of(Role.ORGANISATION_ADMIN, roleOf(organisation.kind()));
    }

    /** Refuses ({@code role-not-allowed}) an empty set or a role the organisation cannot grant. */
    static Set<Role> check(Organisation organisation, Set<Role> roles, Set<Role> grantable) {
        if (roles == null || roles.isEmpty() || !grantable.containsAll(roles)) {
            throw DomainException.invalid("role-not-allowed", "A membership of " + organisation.id() + " holds one or more of "
                    + IdentityJournal.roles(grantable) + ".");
        }
        return Set.copyOf(roles);
    }

    static Role roleOf(OrganisationKind kind) {
        return switch (kind) {
            case BUYER -> Role.BUYER;
            case SUPPLIER -> Role.SUPPLIER;
            case PROVIDER -> Role.PROVIDER;
            case HUB -> Role.HUB;
        };
    }
}
