package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.Mailer;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Invites people into an organisation by e-mail and turns an accepted invitation into a membership.
 *
 * <p>Rules: an organisation admin of the organisation, or a platform admin, invites; the link is mailed
 * and returned to the inviter. Accepting needs a signed-in identity whose provider-verified e-mail is the
 * invited one (any case), before expiry, once. Whoever may invite may revoke a pending invitation; a
 * revoked link is refused like an expired one.
 */
public final class Invitations {

    /** How long an invitation stays valid unless configured otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserRegistry users;
    private final OrganisationRepository organisations;
    private final Mailer mailer;
    private final IdentityJournal journal;
    private final Clock clock;
    private final String publicUrl;
    private final Duration validity;

    public Invitations(InvitationRepository invitations, MembershipRepository memberships, UserRepository users,
            OrganisationRepository organisations, Mailer mailer, AuditJournal journal, Clock clock, String publicUrl,
            Duration validity) {
        this.invitations = Objects.requireNonNull(invitations);
        this.memberships = Objects.requireNonNull(memberships);
        this.users = new UserRegistry(users);
        this.organisations = Objects.requireNonNull(organisations);
        this.mailer = Objects.requireNonNull(mailer);
        this.journal = new IdentityJournal(journal, clock);
        this.clock = Objects.requireNonNull(clock);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an invitation's validity is positive");
        }
        this.validity = validity;
    }

    /** What the inviter asks for. */
    public record Invite(String email, Set<Role> roles) {
    }

    /** The invitation made, its acceptance link, and whether the mail went out. */
    public record Sent(Invitation invitation, String link, boolean mailed) {
    }

    public Sent invite(Actor actor, OrganisationId organisationId, Invite request) {
        OrganisationAdmins.require(actor, organisationId);
        Organisation organisation = organisations.find(organisationId).orElseThrow(() -> OrganisationId.notFound(organisationId));
        return send(actor, organisation, request);
    }

    /** Invites without the admin check: for use cases that checked their own rule (an approved join request). */
    Sent send(Actor actor, Organisation organisation, Invite request) {
        EmailAddress email;
        try {
            email = new EmailAddress(request.email());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-email", e.getMessage());
        }
        Set<Role> roles = OrganisationAdmins.check(organisation, request.roles(), OrganisationAdmins.grantable(organisation));
        String token = Secrets.randomToken();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(Invitation.newId(), organisation.id(), email, roles, Invitation.hashOf(token),
                actor.userId(), now, now.plus(validity), InvitationState.PENDING, Optional.empty());
        invitations.add(invitation);
        journal.record(actor, invitation.id(), "invite", "", InvitationState.PENDING.name(), Optional.of(organisation.id()),
                IdentityJournal.roles(roles));
        String link = publicUrl + "/invitations/" + token;
        return new Sent(invitation, link, mail(email, organisation, link, invitation.expiresAt()));
    }

    public List<Invitation> of(Actor actor, OrganisationId organisation) {
        OrganisationAdmins.require(actor, organisation);
        return invitations.ofOrganisation(organisation);
    }

    /** Revokes a pending invitation of the organisation; the revoked invitation is returned. */
    public Invitation revoke(Actor actor, OrganisationId organisation, String invitationId) {
        OrganisationAdmins.require(actor, organisation);
        Invitation invitation = Optional.ofNullable(invitationId).filter(id -> Invitation.ID.matcher(id).matches())
                .flatMap(invitations::find).filter(i -> i.organisation().equals(organisation))
                .orElseThrow(() -> DomainException.notFound("invitation-not-found",
                        "No invitation " + invitationId + " of " + organisation + "."));
        InvitationState state = invitation.stateAt(clock.instant());
        if (!state.allows(InvitationState.Action.REVOKE)) {
            throw DomainException.conflict("invitation-not-pending",
                    "The invitation is " + state.name().toLowerCase(Locale.ROOT) + "; only a pending one is revoked.");
        }
        Invitation revoked = invitation.revoked();
        invitations.update(revoked);
        journal.record(actor, invitation.id(), "invite-revoke", state.name(), InvitationState.REVOKED.name(),
                Optional.of(organisation), "");
        return revoked;
    }

    /** What an invitation offers, as its invitee sees it before accepting. */
    public record Offer(OrganisationId organisation, String organisationName, Set<Role> roles, Instant expiresAt) {
    }

    /**
     * The organisation and roles the invitation grants, for the invitee to read before accepting; refused
     * exactly as {@link #accept} would be (unknown, expired, revoked, used, another e-mail, already a member).
     */
    public Offer preview(Identity identity, String token) {
        Invitation invitation = acceptable(identity, token);
        if (memberships.of(users.recognise(identity).id()).stream().anyMatch(m -> m.isFor(invitation.organisation()))) {
            throw alreadyAMember(invitation);
        }
        String name = organisations.find(invitation.organisation()).map(Organisation::name)
                .orElse(invitation.organisation().value());
        return new Offer(invitation.organisation(), name, invitation.roles(), invitation.expiresAt());
    }

    /** Accepts the invitation the token belongs to; the membership is returned. */
    public Membership accept(Identity identity, String token) {
        Invitation invitation = acceptable(identity, token);
        InvitationState state = invitation.stateAt(clock.instant());
        User user = users.recognise(identity);
        if (memberships.of(user.id()).stream().anyMatch(m -> m.isFor(invitation.organisation()))) {
            throw alreadyAMember(invitation);
        }
        Membership membership = new Membership(user.id(), Optional.of(invitation.organisation()), invitation.roles(),
                MembershipKind.USER);
        memberships.add(membership);
        invitations.update(invitation.acceptedBy(user.id()));
        Actor acceptor = new Actor(user.id().value(), Optional.empty(), Set.of());
        journal.record(acceptor, invitation.id(), "accept", state.name(), InvitationState.ACCEPTED.name(),
                Optional.of(invitation.organisation()), user.id().value());
        journal.record(acceptor, user.id().value(), "membership-add", "", IdentityJournal.MEMBER,
                Optional.of(invitation.organisation()), IdentityJournal.roles(membership.roles()) + " by " + invitation.id());
        return membership;
    }

    /** The pending invitation of the token, bound to the identity's verified e-mail; else the refusal. */
    private Invitation acceptable(Identity identity, String token) {
        Invitation invitation = invitations.findByTokenHash(Invitation.hashOf(token == null ? "" : token))
                .orElseThrow(() -> DomainException.notFound("invitation-not-found", "No invitation has this link."));
        InvitationState state = invitation.stateAt(clock.instant());
        if (state == InvitationState.EXPIRED) {
            throw DomainException.conflict("invitation-expired", "This invitation expired; ask for a new one.");
        }
        if (state == InvitationState.REVOKED) {
            throw DomainException.conflict("invitation-revoked", "This invitation was revoked; ask for a new one.");
        }
        if (!state.allows(InvitationState.Action.ACCEPT)) {
            throw DomainException.conflict("invitation-used", "This invitation was already accepted.");
        }
        if (!identity.verifiedEmail().map(invitation.email()::matches).orElse(false)) {
            throw DomainException.notPermitted("invitation-email-mismatch",
                    "This invitation is for another e-mail address than the one your provider verified for you.");
        }
        return invitation;
    }

    private static DomainException alreadyAMember(Invitation invitation) {
        return DomainException.conflict("already-a-member", "You are already a member of " + invitation.organisation() + ".");
    }

    private boolean mail(EmailAddress to, Organisation organisation, String link, Instant expires) {
        try {
            mailer.send(new Mail(to.value(), "Invitation to join " + organisation.name() + " on Dual Impact",
                    "You are invited to act for " + organisation.name() + " (" + organisation.id() + ") on Dual Impact.\n\n"
                            + "Sign in with the provider that verified this e-mail address, then accept the invitation:\n"
                            + link + "\n\nThe link works once and expires at " + expires + ".\n"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
