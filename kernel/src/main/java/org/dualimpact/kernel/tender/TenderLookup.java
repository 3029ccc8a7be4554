package org.dualimpact.kernel.tender;

import java.util.Objects;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Finds the tender a request names, for the tender and scoring use cases alike: an unknown reference
 * is "not found" (so is a malformed one, refused by {@link TenderReference#fromRequest}); a tender
 * acted on by someone other than the buyer that opened it is "not permitted".
 */
public final class TenderLookup {

    private final TenderRepository tenders;

    public TenderLookup(TenderRepository tenders) {
        this.tenders = Objects.requireNonNull(tenders);
    }

    public Tender get(TenderReference reference) {
        return tenders.find(reference).orElseThrow(() -> TenderReference.notFound(reference));
    }

    /** The tender, if the actor is a user of the buyer that opened it. */
    public Tender own(Actor actor, TenderReference reference) {
        actor.require(Role.BUYER);
        Tender tender = get(reference);
        if (!actor.actsFor(tender.buyer().value())) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer that opened " + reference + " acts on it.");
        }
        return tender;
    }
}
