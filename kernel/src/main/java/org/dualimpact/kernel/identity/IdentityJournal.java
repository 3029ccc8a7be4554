package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;

/**
 * Appends the identity changes to the audit journal: memberships, invitations, join decisions and
 * erasures. Entries name users by their pseudonymous {@link UserId} only, never by name or e-mail.
 */
final class IdentityJournal {

    /** The state of a user's tie to an organisation (or the platform) in membership entries; roles go in the detail. */
    static final String MEMBER = "MEMBER";
    static final String ENDED = "ENDED";

    private final AuditJournal journal;
    private final Clock clock;

    IdentityJournal(AuditJournal journal, Clock clock) {
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** One change of {@code subject} (a user, invitation or join request id) by the actor. */
    void record(Actor actor, String subject, String action, String from, String to, Optional<OrganisationId> organisation,
            String detail) {
        journal.append(new JournalEntry(0, clock.instant(), subject, action, from, to, actor.userId(),
                organisation.map(OrganisationId::value), "", detail));
    }

    /** Roles as the journal's detail: their claims, sorted, comma-separated. */
    static String roles(Set<Role> roles) {
        Set<String> claims = new TreeSet<>();
        roles.forEach(role -> claims.add(role.claim()));
        return String.join(",", claims);
    }
}
