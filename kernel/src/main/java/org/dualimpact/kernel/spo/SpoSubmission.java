package org.dualimpact.kernel.spo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderStatus;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Stage 1, from proposal to submission: a named provider endorses; the supplier submits an endorsed
 * proposal to an open tender of the same territory (an existing relationship goes to signature with no
 * tender), or withdraws a proposal that was not awarded, purging its content. Provisions are checked
 * again at submission: one may have lost its audit since the draft.
 */
public final class SpoSubmission {

    private final TenderRepository tenders;
    private final ContentRules rules;
    private final SpoSteps steps;
    private final Clock clock;

    public SpoSubmission(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, TenderRepository tenders, AuditJournal journal, Clock clock) {
        this.tenders = Objects.requireNonNull(tenders);
        this.rules = new ContentRules(provisions, organisations, territories);
        this.steps = new SpoSteps(spos, journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A named provider endorses the proposal. */
    public Spo endorse(Actor actor, SpoReference reference) {
        Spo spo = steps.visible(actor, reference);
        return steps.apply(spo, spo.endorse(Membership.idOf(actor), actor, clock.instant()));
    }

    /**
     * The supplier submits an endorsed proposal to an open tender, or — an existing relationship —
     * for signature (no tender).
     */
    public Spo submit(Actor actor, SpoReference reference, Optional<TenderReference> tenderReference) {
        Spo spo = steps.visible(actor, reference);
        SpoSteps.requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " submits it.");
        spo.requireAllowed(SpoAction.SUBMIT);
        Instant now = clock.instant();
        if (spo.isExistingRelationship()) {
            if (tenderReference.isPresent()) {
                throw DomainException.invalid("tender-not-expected", spo.reference()
                        + " is an existing relationship under a named contract: submit it without a tender.");
            }
            rules.checkProvisions(spo.content().orElseThrow());
            return steps.apply(spo, spo.submitForSignature(actor, now));
        }
        Tender tender = openTender(spo, tenderReference.orElseThrow(() -> DomainException.invalid("tender-required",
                "Name the tender to submit " + spo.reference() + " to.")));
        rules.checkProvisions(spo.content().orElseThrow());
        return steps.apply(spo, spo.submit(tender.reference(), tender.buyer(), actor, now));
    }

    /** The tender named, if it accepts submissions today in the SPO's territory. */
    private Tender openTender(Spo spo, TenderReference named) {
        Tender tender = tenders.find(named).orElseThrow(() -> DomainException.ruleViolated(
                "tender-not-found", "There is no tender " + named + "."));
        if (!tender.acceptsSubmissions(LocalDate.now(clock))) {
            throw DomainException.conflict("tender-not-open", "Tender " + named + " is " + tender.status()
                    + (tender.status() == TenderStatus.OPEN ? " but closed on " + tender.closingDate() : "")
                    + "; it accepts no submissions.");
        }
        if (!tender.territory().equals(spo.content().map(SpoContent::territory).orElse(""))) {
            throw DomainException.ruleViolated("territory-mismatch", "Tender " + named + " is in territory "
                    + tender.territory() + "; " + spo.reference() + " is for another territory.");
        }
        return tender;
    }

    /** The supplier withdraws a proposal that was not awarded; the content is purged. */
    public Spo withdraw(Actor actor, SpoReference reference) {
        Spo spo = steps.visible(actor, reference);
        SpoSteps.requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " withdraws it.");
        return steps.apply(spo, spo.withdraw(actor, clock.instant()));
    }
}
