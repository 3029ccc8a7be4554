package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Erases a user on request: its name and e-mail are removed and its memberships ended. The journal
 * and the ledger are untouched and stay verifiable: they name the user only by its pseudonymous id.
 * The erased user can no longer sign in with the same issuer and subject.
 *
 * <p>Rules: a platform admin erases; a user is erased once ({@code user-erased}).
 */
public final class UserErasure {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final IdentityJournal journal;

    public UserErasure(UserRepository users, MembershipRepository memberships, AuditJournal journal, Clock clock) {
        this.users = Objects.requireNonNull(users);
        this.memberships = Objects.requireNonNull(memberships);
        this.journal = new IdentityJournal(journal, clock);
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
        users.update(user.erase());
        journal.record(actor, id.value(), "user-erase", "", "ERASED", Optional.empty(), "");
    }
}
