package org.dualimpact.kernel.spo;

import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * What every SPO use case does the same way: find an SPO the actor may see (else "not found",
 * exactly as for an unknown reference), check the actor acts for the party a step belongs to (else
 * "not permitted"), and store a transition with its journal entry in the same transaction.
 */
final class SpoSteps {

    private final SpoRepository spos;
    private final AuditJournal journal;

    SpoSteps(SpoRepository spos, AuditJournal journal) {
        this.spos = Objects.requireNonNull(spos);
        this.journal = Objects.requireNonNull(journal);
    }

    /** The SPO if the actor may see it. */
    Spo visible(Actor actor, SpoReference reference) {
        return spos.find(reference).filter(s -> SpoVisibility.canSee(actor, s))
                .orElseThrow(() -> notFound(reference));
    }

    static DomainException notFound(SpoReference reference) {
        return DomainException.notFound("spo-not-found", "No SPO " + reference + " is visible to you.");
    }

    /** Stores the SPO after a transition and journals the transition. */
    Spo apply(Spo spo, SpoEvent event) {
        spos.update(spo);
        record(event);
        return spo;
    }

    void record(SpoEvent event) {
        journal.append(new JournalEntry(0, event.at(), event.reference().value(), event.action().label(),
                event.from() == null ? "" : event.from().name(), event.to().name(), event.actor(), event.organisation(),
                event.contentHash(), event.detail()));
    }

    static void requireParty(Actor actor, OrganisationId party, String message) {
        if (!actor.actsFor(party.value())) {
            throw DomainException.notPermitted("not-the-party", message);
        }
    }

    static void requireBuyer(Actor actor, Spo spo) {
        if (spo.buyer().isEmpty() || !actor.actsFor(spo.buyer().get().value())) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer " + spo.reference()
                    + " was submitted to acts on it.");
        }
    }
}
