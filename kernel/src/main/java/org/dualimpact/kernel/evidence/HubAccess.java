package org.dualimpact.kernel.evidence;

import java.time.Clock;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/** What the evidence use cases share: the acting hub, a hub's own evidence, the journal. */
final class HubAccess {

    private final EvidenceRepository evidence;
    private final OrganisationRepository organisations;
    private final AuditJournal journal;
    private final Clock clock;

    HubAccess(EvidenceRepository evidence, OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        this.evidence = evidence;
        this.organisations = organisations;
        this.journal = journal;
        this.clock = clock;
    }

    Organisation hub(Actor actor) {
        actor.require(Role.HUB);
        return Membership.of(actor, organisations, OrganisationKind.HUB, "evidence is gathered by research hubs");
    }

    /** Evidence of the acting hub; any other is not found. */
    Evidence own(Actor actor, EvidenceId id) {
        Organisation hub = hub(actor);
        return evidence.find(id).filter(e -> e.hub().equals(hub.id())).orElseThrow(() -> EvidenceId.notFound(id));
    }

    /** Published evidence for anyone (also without sign-in); otherwise only for its hub's members. */
    Evidence visible(Optional<Actor> actor, EvidenceId id) {
        Evidence found = evidence.find(id).orElseThrow(() -> EvidenceId.notFound(id));
        if (found.isPublished() || actor.filter(a -> a.has(Role.HUB) && a.actsFor(found.hub().value())).isPresent()) {
            return found;
        }
        throw EvidenceId.notFound(id);
    }

    void record(Evidence e, String action, EvidenceStage from, Actor actor, String detail) {
        journal.append(new JournalEntry(0, clock.instant(), e.id().value(), action, from.name(), e.stage().name(),
                actor.userId(), actor.organisationId(), "", detail));
    }

    void update(Evidence e) {
        evidence.update(e);
    }

    static void requireVersion(Evidence e, long expected) {
        if (e.version() != expected) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "The evidence has changed since you "
                    + "read it (version " + e.version() + ", you sent " + expected + "). Read it again.");
        }
    }
}
