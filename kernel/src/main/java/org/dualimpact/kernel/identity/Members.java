package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * An organisation's members as its admins manage them: list, change roles, remove. A change takes
 * effect on the member's next request, since every request reads the memberships.
 *
 * <p>Rules: only an organisation admin of the organisation, or a platform admin; an organisation keeps
 * at least one person as organisation admin ({@code last-organisation-admin}).
 */
public final class Members {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final IdentityJournal journal;

    public Members(MembershipRepository memberships, UserRepository users, OrganisationRepository organisations,
            AuditJournal journal, Clock clock) {
        this.memberships = Objects.requireNonNull(memberships);
        this.users = Objects.requireNonNull(users);
        this.organisations = Objects.requireNonNull(organisations);
        this.journal = new IdentityJournal(journal, clock);
    }

    /** A member as its organisation's admins see it; service accounts show their issuer and subject. */
    public record Member(UserId user, Optional<String> name, Optional<String> email, String issuer, String subject,
            Set<Role> roles, MembershipKind kind) {

        static Member of(User user, Membership membership) {
            return new Member(user.id(), user.name(), user.email(), user.issuer(), user.subject(), membership.roles(),
                    membership.kind());
        }
    }

    public List<Member> of(Actor actor, OrganisationId organisation) {
        OrganisationAdmins.require(actor, organisation);
        existing(organisation);
        List<Member> members = new ArrayList<>();
        for (Membership membership : memberships.ofOrganisation(organisation)) {
            users.find(membership.user()).ifPresent(user -> members.add(Member.of(user, membership)));
        }
        return members;
    }

    public Membership changeRoles(Actor actor, OrganisationId organisationId, UserId user, Set<Role> roles) {
        OrganisationAdmins.require(actor, organisationId);
        Organisation organisation = existing(organisationId);
        Membership membership = membershipOf(organisationId, user);
        Set<Role> grantable = membership.kind() == MembershipKind.SERVICE ? ServiceAccounts.grantable(organisation)
                : OrganisationAdmins.grantable(organisation);
        Membership changed = membership.withRoles(OrganisationAdmins.check(organisation, roles, grantable));
        if (!changed.roles().contains(Role.ORGANISATION_ADMIN)) {
            requireAnotherAdmin(membership);
        }
        memberships.update(changed);
        journal.record(actor, user.value(), "membership-roles", IdentityJournal.MEMBER, IdentityJournal.MEMBER,
                Optional.of(organisationId), IdentityJournal.roles(membership.roles()) + " -> " + IdentityJournal.roles(changed.roles()));
        return changed;
    }

    public void remove(Actor actor, OrganisationId organisation, UserId user) {
        OrganisationAdmins.require(actor, organisation);
        existing(organisation);
        end(actor, membershipOf(organisation, user));
    }

    /** Ends the membership, keeping the last organisation admin; used by service accounts too. */
    void end(Actor actor, Membership membership) {
        requireAnotherAdmin(membership);
        memberships.remove(membership.user(), membership.organisation());
        journal.record(actor, membership.user().value(), "membership-end", IdentityJournal.MEMBER, IdentityJournal.ENDED,
                membership.organisation(), membership.kind() + " " + IdentityJournal.roles(membership.roles()));
    }

    Membership membershipOf(OrganisationId organisation, UserId user) {
        return memberships.of(user).stream().filter(m -> m.isFor(organisation)).findFirst().orElseThrow(
                () -> DomainException.notFound("member-not-found", "The user " + user + " is not a member of " + organisation + "."));
    }

    Organisation existing(OrganisationId organisation) {
        return organisations.find(organisation).orElseThrow(() -> OrganisationId.notFound(organisation));
    }

    private void requireAnotherAdmin(Membership membership) {
        if (!membership.roles().contains(Role.ORGANISATION_ADMIN)) {
            return;
        }
        long admins = memberships.ofOrganisation(membership.organisation().orElseThrow()).stream()
                .filter(m -> m.kind() == MembershipKind.USER && m.roles().contains(Role.ORGANISATION_ADMIN)).count();
        if (admins <= 1) {
            throw DomainException.ruleViolated("last-organisation-admin",
                    "An organisation keeps at least one organisation admin; make another member admin first.");
        }
    }
}
