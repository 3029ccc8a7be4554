package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;

/**
 * Memberships the deployment itself gives, not an admin: the development server's demo users. The user
 * is recorded by its provider's issuer and subject, as on its first sign-in, and gets the membership
 * if it holds none for that organisation (or the platform); one it holds is left as it is.
 *
 * <p>Rules: the organisation must exist; the grant is journaled as done by the given system actor.
 */
public final class PresetMemberships {

    private final UserRegistry users;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final IdentityJournal journal;

    public PresetMemberships(UserRepository users, MembershipRepository memberships, OrganisationRepository organisations,
            AuditJournal journal, Clock clock) {
        this.users = new UserRegistry(users);
        this.memberships = Objects.requireNonNull(memberships);
        this.organisations = Objects.requireNonNull(organisations);
        this.journal = new IdentityJournal(journal, clock);
    }

    /** @return whether the membership was added now */
    public boolean grantIfAbsent(Actor system, Identity identity, Optional<OrganisationId> organisation, Set<Role> roles) {
        organisation.ifPresent(id -> organisations.find(id).orElseThrow(() -> OrganisationId.notFound(id)));
        User user = users.recognise(identity);
        boolean held = memberships.of(user.id()).stream()
                .anyMatch(m -> organisation.map(m::isFor).orElse(m.isPlatform()));
        if (held) {
            return false;
        }
        Membership membership = new Membership(user.id(), organisation, roles, MembershipKind.USER);
        memberships.add(membership);
        journal.record(system, user.id().value(), "membership-grant", "", IdentityJournal.MEMBER, organisation,
                IdentityJournal.roles(membership.roles()) + " (preset by the deployment)");
        return true;
    }
}
