package org.dualimpact.kernel.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderLookup;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * What the scoring use cases check the same way: the tender and bid a request names, who belongs to
 * a tender's evaluation team, whether evaluation is open, the version a change was made against; and
 * the journal entry of a scoring step.
 */
final class ScoringAccess {

    private final TenderLookup tenders;
    private final ScoringRepository scoring;
    private final AuditJournal journal;
    private final Clock clock;

    ScoringAccess(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        this.tenders = new TenderLookup(tenders);
        this.scoring = Objects.requireNonNull(scoring);
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
    }

    Tender tender(TenderReference reference) {
        return tenders.get(reference);
    }

    Tender ownTender(Actor actor, TenderReference reference) {
        return tenders.own(actor, reference);
    }

    TenderScoring setupOf(Tender tender) {
        return scoring.find(tender.reference()).orElseThrow(() -> DomainException.notFound("scoring-not-configured",
                "Tender " + tender.reference() + " has no scoring setup yet."));
    }

    Bid findBid(Tender tender, BidId bidId) {
        return scoring.findBid(bidId).filter(b -> b.tender().equals(tender.reference()))
                .orElseThrow(() -> bidNotFound(bidId));
    }

    static DomainException bidNotFound(BidId bidId) {
        return BidId.notFound(bidId);
    }

    /** The buyer's users and the evaluators named in the setup. */
    static boolean isEvaluationTeam(Actor actor, Tender tender, TenderScoring setup) {
        return actor.has(Role.BUYER) && (actor.actsFor(tender.buyer().value())
                || setup != null && setup.evaluators().contains(actor.userId()));
    }

    /** The evaluators named, or the buyer's users when none is named. */
    static boolean isEvaluator(Actor actor, Tender tender, TenderScoring setup) {
        if (!actor.has(Role.BUYER)) {
            return false;
        }
        if (setup.evaluators().isEmpty()) {
            return actor.actsFor(tender.buyer().value());
        }
        return setup.evaluators().contains(actor.userId());
    }

    void requireEvaluationOpen(Tender tender) {
        if (tender.status() == TenderStatus.AWARDED) {
            throw DomainException.conflict("tender-awarded", "Tender " + tender.reference() + " is awarded; its evaluation "
                    + "is final.");
        }
        if (tender.acceptsSubmissions(LocalDate.now(clock))) {
            throw DomainException.conflict("evaluation-not-open", "Tender " + tender.reference() + " still accepts bids "
                    + "until " + tender.closingDate() + "; bids are evaluated once it is closed.");
        }
    }

    static void requireVersion(Bid bid, long expectedVersion) {
        if (bid.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", bid.id() + " has changed since you read "
                    + "it (version " + bid.version() + ", you sent " + expectedVersion + ").");
        }
    }

    void record(String subject, String action, Actor actor, String detail) {
        journal.append(new JournalEntry(0, clock.instant(), subject, action, "", "RECORDED", actor.userId(),
                actor.organisationId(), "", detail.length() > 500 ? detail.substring(0, 500) : detail));
    }
}
