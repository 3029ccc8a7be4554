package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * The platform's own staff, as platform admins manage them: platform memberships (no organisation)
 * holding {@code admin}, {@code auditor} or {@code operator}. A grant takes effect on the user's next
 * request, since every request reads the memberships.
 *
 * <p>Rules: only a platform admin acting for no organisation; the user has signed in at least once (a
 * user the product has never seen has no id), is not erased and is no service account; only platform
 * roles; the platform keeps at least one admin who is a person not erased ({@code last-platform-admin}).
 * Every change goes to the journal. A platform membership is what a user acts through when it chooses
 * no organisation ({@link SignInService}); a user whose verified e-mail is a configured platform admin
 * address gets {@code admin} back at its next sign-in.
 */
public final class PlatformStaff {

    /** The roles a platform membership may hold. */
    public static final Set<Role> ROLES = Set.copyOf(EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.OPERATOR));

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final IdentityJournal journal;

    public PlatformStaff(MembershipRepository memberships, UserRepository users, AuditJournal journal, Clock clock) {
        this.memberships = Objects.requireNonNull(memberships);
        this.users = Objects.requireNonNull(users);
        this.journal = new IdentityJournal(journal, clock);
    }

    /** The users holding platform roles, with their names and e-mails as their sign-in gave them. */
    public List<Members.Member> of(Actor actor) {
        requirePlatformAdmin(actor);
        List<Members.Member> staff = new ArrayList<>();
        for (Membership membership : memberships.ofPlatform()) {
            users.find(membership.user()).ifPresent(user -> staff.add(Members.Member.of(user, membership)));
        }
        return staff;
    }

    /** Gives the user these platform roles, replacing any it held. */
    public Membership grant(Actor actor, UserId user, Set<Role> roles) {
        requirePlatformAdmin(actor);
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw DomainException.invalid("role-not-allowed", "A platform membership holds one or more of "
                    + IdentityJournal.roles(ROLES) + ".");
        }
        User person = users.find(user).orElseThrow(() -> notFound(user));
        if (person.erased()) {
            throw DomainException.ruleViolated("user-erased", "The user " + user + " was erased and cannot be given a role.");
        }
        if (memberships.of(user).stream().anyMatch(m -> m.kind() == MembershipKind.SERVICE)) {
            throw DomainException.ruleViolated("service-account", "The user " + user + " is a service account; platform "
                    + "roles are for people.");
        }
        Optional<Membership> held = platformMembershipOf(user);
        Membership granted = new Membership(user, Optional.empty(), Set.copyOf(roles), MembershipKind.USER);
        if (held.isPresent()) {
            if (!roles.contains(Role.ADMIN)) {
                requireAnotherAdmin(held.get());
            }
            memberships.update(granted);
        } else {
            memberships.add(granted);
        }
        journal.record(actor, user.value(), held.isPresent() ? "membership-roles" : "membership-grant",
                held.isPresent() ? IdentityJournal.MEMBER : "", IdentityJournal.MEMBER, Optional.empty(),
                held.map(m -> IdentityJournal.roles(m.roles()) + " -> ").orElse("") + IdentityJournal.roles(granted.roles()));
        return granted;
    }

    /** Ends the user's platform membership; its organisation memberships stay. */
    public void remove(Actor actor, UserId user) {
        requirePlatformAdmin(actor);
        Membership held = platformMembershipOf(user).orElseThrow(() -> notFound(user));
        requireAnotherAdmin(held);
        memberships.remove(user, Optional.empty());
        journal.record(actor, user.value(), "membership-end", IdentityJournal.MEMBER, IdentityJournal.ENDED,
                Optional.empty(), held.kind() + " " + IdentityJournal.roles(held.roles()));
    }

    private Optional<Membership> platformMembershipOf(UserId user) {
        return memberships.of(user).stream().filter(Membership::isPlatform).findFirst();
    }

    private void requireAnotherAdmin(Membership membership) {
        if (membership.roles().contains(Role.ADMIN) && memberships.ofPlatform().stream()
                .filter(m -> m.kind() == MembershipKind.USER && m.roles().contains(Role.ADMIN))
                .filter(m -> users.find(m.user()).filter(u -> !u.erased()).isPresent()).count() <= 1) {
            throw DomainException.ruleViolated("last-platform-admin",
                    "The platform keeps at least one platform admin; make another user platform admin first.");
        }
    }

    private static void requirePlatformAdmin(Actor actor) {
        actor.require(Role.ADMIN);
        if (actor.organisationId().isPresent()) {
            throw DomainException.notPermitted("not-platform-admin", "Only a platform admin, acting for no organisation, "
                    + "manages the platform's staff.");
        }
    }

    private static DomainException notFound(UserId user) {
        return DomainException.notFound("member-not-found", "The user " + user + " has no platform membership or has "
                + "never signed in.");
    }
}
