package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Service accounts: an integrator's client at a trusted provider (its client credentials token carries
 * the client id as {@code sub}) acting for one organisation with roles.
 *
 * <p>Rules: registered, listed and removed by an organisation admin of the organisation or a platform
 * admin; a service account holds the organisation kind's role only, never organisation-admin; an
 * issuer and subject already a member of the organisation is refused ({@code already-a-member}).
 */
public final class ServiceAccounts {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final Members members;
    private final IdentityJournal journal;

    public ServiceAccounts(MembershipRepository memberships, UserRepository users, Members members, AuditJournal journal,
            Clock clock) {
        this.memberships = Objects.requireNonNull(memberships);
        this.users = Objects.requireNonNull(users);
        this.members = Objects.requireNonNull(members);
        this.journal = new IdentityJournal(journal, clock);
    }

    /** What an organisation admin registers: the provider's issuer, the client's subject, a name, roles. */
    public record Registration(String issuer, String subject, String name, Set<Role> roles) {
    }

    public Members.Member register(Actor actor, OrganisationId organisationId, Registration request) {
        OrganisationAdmins.require(actor, organisationId);
        Organisation organisation = members.existing(organisationId);
        Set<Role> roles = OrganisationAdmins.check(organisation, request.roles(), grantable(organisation));
        Identity identity;
        try {
            identity = new Identity(request.issuer(), request.subject(), Optional.empty(), false, Optional.ofNullable(request.name()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-service-account", e.getMessage());
        }
        if (identity.name().isEmpty() || identity.name().get().length() > 200) {
            throw DomainException.invalid("invalid-service-account", "a service account needs a name of at most 200 characters");
        }
        User user = new UserRegistry(users).recognise(identity);
        if (memberships.of(user.id()).stream().anyMatch(m -> m.isFor(organisationId))) {
            throw DomainException.conflict("already-a-member", "This issuer and subject is already a member of " + organisationId + ".");
        }
        Membership membership = new Membership(user.id(), Optional.of(organisationId), roles, MembershipKind.SERVICE);
        memberships.add(membership);
        journal.record(actor, user.id().value(), "membership-add", "", IdentityJournal.MEMBER, Optional.of(organisationId),
                MembershipKind.SERVICE + " " + IdentityJournal.roles(roles));
        return new Members.Member(user.id(), user.name(), user.email(), user.issuer(), user.subject(), roles, MembershipKind.SERVICE);
    }

    public List<Members.Member> of(Actor actor, OrganisationId organisation) {
        return members.of(actor, organisation).stream().filter(m -> m.kind() == MembershipKind.SERVICE).toList();
    }

    public void remove(Actor actor, OrganisationId organisation, UserId account) {
        OrganisationAdmins.require(actor, organisation);
        members.existing(organisation);
        Membership membership = members.membershipOf(organisation, account);
        if (membership.kind() != MembershipKind.SERVICE) {
            throw DomainException.notFound("service-account-not-found", "The user " + account + " is not a service account of "
                    + organisation + ".");
        }
        members.end(actor, membership);
    }

    static Set<Role> grantable(Organisation organisation) {
        return EnumSet.of(OrganisationAdmins.roleOf(organisation.kind()));
    }
}
