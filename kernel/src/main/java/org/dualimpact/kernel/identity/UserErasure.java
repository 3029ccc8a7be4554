package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Erases a user on request: its name and e-mail are removed, its memberships ended, and its e-mail
 * address is replaced by {@link EmailAddress#ERASED} in the invitations sent to it or accepted by it and
 * in the join requests it made or that name it as contact. Invitations to its address still pending are
 * revoked first, so that none can be accepted any more. The journal
 * and the ledger are untouched and stay verifiable: they name the user only by its pseudonymous id.
 * The erased user can no longer sign in with the same issuer and subject.
 *
 * <p>Rules: a platform admin erases; a user is erased once ({@code user-erased}).
 */
public final class UserErasure {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final JoinRequestRepository joinRequests;
    private final IdentityJournal journal;
    private final Clock clock;

    public UserErasure(UserRepository users, MembershipRepository memberships, InvitationRepository invitations,
            JoinRequestRepository joinRequests, AuditJournal journal, Clock clock) {
        this.users = Objects.requireNonNull(users);
        this.memberships = Objects.requireNonNull(memberships);
        this.invitations = Objects.requireNonNull(invitations);
        this.joinRequests = Objects.requireNonNull(joinRequests);
        this.journal = new IdentityJournal(journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    public void erase(Actor actor, UserId id) {
        actor.require(Role.ADMIN);
        if (actor.organisationId().isPresent()) {
            throw DomainException.notPermitted("platform-admin-required", "Only a platform admin erases users.");
        }
        User user = users.find(id).orElseThrow(() -> UserId.notFound(id));
        if (user.erased()) {
            throw DomainException.conflict("user-erased", "The user " + id + " is already erased.");
        }
        memberships.removeAll(id);
        EmailAddress email = user.email().flatMap(UserErasure::address).orElse(EmailAddress.ERASED);
        revokePending(actor, email);
        invitations.eraseEmail(email, id);
        joinRequests.eraseEmail(email, id);
        users.update(user.erase());
        journal.record(actor, id.value(), "user-erase", "", "ERASED", Optional.empty(), "");
    }

    private void revokePending(Actor actor, EmailAddress email) {
        for (Invitation invitation : invitations.pendingTo(email)) {
            if (invitation.stateAt(clock.instant()) == InvitationState.PENDING) {
                invitations.update(invitation.revoked());
                journal.record(actor, invitation.id(), "invite-revoke", InvitationState.PENDING.name(),
                        InvitationState.REVOKED.name(), Optional.of(invitation.organisation()), "invitee erased");
            }
        }
    }

    /** The user's e-mail as an address; one that is no address is in no invitation or join request. */
    private static Optional<EmailAddress> address(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
