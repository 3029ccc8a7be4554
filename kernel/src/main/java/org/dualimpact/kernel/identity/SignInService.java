package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Turns an identity a trusted provider proved into the {@link Actor} the use cases see. It runs on
 * every API request: one indexed read of the user, one of its memberships, and a write only when the
 * name or e-mail changed (or on first sight).
 *
 * <p>Rules: an erased user is refused. Platform memberships (no organisation) win when no organisation
 * is chosen; otherwise the only organisation membership is used, and a user with several must choose.
 * A user whose verified e-mail is one of the configured platform admin addresses gets a platform
 * ADMIN membership on sign-in if it has none.
 */
public final class SignInService {

    private final UserRegistry users;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final IdentityJournal journal;
    private final Set<String> platformAdmins;

    public SignInService(UserRepository users, MembershipRepository memberships, OrganisationRepository organisations,
            AuditJournal journal, Clock clock, Set<String> platformAdminEmails) {
        this.users = new UserRegistry(users);
        this.memberships = Objects.requireNonNull(memberships);
        this.organisations = Objects.requireNonNull(organisations);
        this.journal = new IdentityJournal(journal, clock);
        this.platformAdmins = platformAdminEmails.stream().map(SignInService::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /** One membership as the console's chooser and {@code GET /me} show it. */
    public record MembershipSummary(Optional<OrganisationId> organisation, Optional<String> organisationName,
            Set<Role> roles, MembershipKind kind) {
    }

    /** Who the caller is to the product: its pseudonymous id, name, e-mail and memberships. */
    public record Profile(UserId user, Optional<String> name, Optional<String> email, List<MembershipSummary> memberships) {
    }

    /** The memberships a recognised user holds, as read once on a request. */
    public record Held(UserId user, List<Membership> memberships) {

        public Held {
            Objects.requireNonNull(user, "user");
            memberships = List.copyOf(memberships);
        }
    }

    /** The actor for the chosen organisation, or for the only one the user belongs to. */
    public Actor actorFor(Identity identity, Optional<OrganisationId> actingFor) {
        return actorFor(held(identity), actingFor);
    }

    /**
     * Recognises the user (one read; a write only on first sight or a changed name or e-mail) and reads
     * its memberships (one read), for {@link #actorFor(Held, Optional)} and {@link #summaryOf}.
     */
    public Held held(Identity identity) {
        User user = users.recognise(identity);
        return new Held(user.id(), membershipsOf(user, identity));
    }

    /** The actor for the chosen organisation among memberships already read, reading nothing more. */
    public Actor actorFor(Held held, Optional<OrganisationId> actingFor) {
        String userId = held.user().value();
        if (held.memberships().isEmpty()) {
            throw DomainException.notPermitted("no-membership", "You are not a member of any organisation yet: "
                    + "accept an invitation or apply to join.");
        }
        if (actingFor.isPresent()) {
            OrganisationId chosen = actingFor.get();
            Membership membership = held.memberships().stream().filter(m -> m.isFor(chosen)).findFirst().orElseThrow(
                    () -> DomainException.notPermitted("not-a-member", "You are not a member of " + chosen + "."));
            return new Actor(userId, Optional.of(chosen.value()), membership.roles());
        }
        Set<Role> platformRoles = EnumSet.noneOf(Role.class);
        held.memberships().stream().filter(Membership::isPlatform).forEach(m -> platformRoles.addAll(m.roles()));
        if (!platformRoles.isEmpty()) {
            return new Actor(userId, Optional.empty(), platformRoles);
        }
        if (held.memberships().size() > 1) {
            throw DomainException.invalid("organisation-choice-required", "You are a member of several organisations; "
                    + "choose one of " + held.memberships().stream().map(m -> m.organisation().orElseThrow().value())
                            .collect(Collectors.joining(", ")) + ".");
        }
        Membership only = held.memberships().get(0);
        return new Actor(userId, only.organisation().map(OrganisationId::value), only.roles());
    }

    /**
     * For an issuer trusted for organisation and role claims: records the user as {@link #actorFor}
     * does and takes organisation and roles from the claims, without consulting memberships.
     */
    public Actor actorFromClaims(Identity identity, Optional<String> organisationClaim, Set<Role> roles) {
        User user = users.recognise(identity);
        return new Actor(user.id().value(), organisationClaim, roles);
    }

    /** The caller's memberships with the organisations' names. */
    public List<MembershipSummary> membershipsOf(Identity identity) {
        return profileOf(identity).memberships();
    }

    public Profile profileOf(Identity identity) {
        User user = users.recognise(identity);
        List<MembershipSummary> summaries = new ArrayList<>();
        for (Membership membership : membershipsOf(user, identity)) {
            summaries.add(summaryOf(membership));
        }
        return new Profile(user.id(), user.name(), user.email(), List.copyOf(summaries));
    }

    /** One membership with its organisation's name (one read; none for a platform membership). */
    public MembershipSummary summaryOf(Membership membership) {
        Optional<String> name = membership.organisation().flatMap(organisations::find).map(Organisation::name);
        return new MembershipSummary(membership.organisation(), name, membership.roles(), membership.kind());
    }

    private List<Membership> membershipsOf(User user, Identity identity) {
        List<Membership> held = memberships.of(user.id());
        boolean bootstrapAdmin = identity.verifiedEmail().map(SignInService::normalised).filter(platformAdmins::contains)
                .isPresent();
        boolean isPlatformAdmin = held.stream().anyMatch(m -> m.isPlatform() && m.roles().contains(Role.ADMIN));
        if (!bootstrapAdmin || isPlatformAdmin) {
            return held;
        }
        Optional<Membership> platform = held.stream().filter(Membership::isPlatform).findFirst();
        Membership admin;
        if (platform.isPresent()) {
            Set<Role> roles = EnumSet.copyOf(platform.get().roles());
            roles.add(Role.ADMIN);
            admin = platform.get().withRoles(roles);
            memberships.update(admin);
        } else {
            admin = new Membership(user.id(), Optional.empty(), Set.of(Role.ADMIN), MembershipKind.USER);
            memberships.add(admin);
        }
        journal.record(Actor.system("platform-admin-bootstrap"), user.id().value(), "membership-grant",
                platform.isPresent() ? IdentityJournal.MEMBER : "", IdentityJournal.MEMBER, Optional.empty(),
                IdentityJournal.roles(admin.roles()) + " (configured platform admin e-mail)");
        List<Membership> updated = new ArrayList<>(held);
        updated.removeIf(Membership::isPlatform);
        updated.add(0, admin);
        return updated;
    }

    static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
