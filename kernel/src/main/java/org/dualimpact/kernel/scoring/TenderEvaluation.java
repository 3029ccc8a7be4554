package org.dualimpact.kernel.scoring;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * Reading a tender's bids and evaluation. The buyer's users and the evaluators named see every bid and
 * the full evaluation at any time, complete or not; a supplier sees its own bid, and its own result
 * only after award, never another bid. Anyone else is refused; a bid another may not see is answered
 * as not found. The evaluation is computed by {@link Evaluator}.
 */
public final class TenderEvaluation {

    private final ScoringRepository scoring;
    private final ScoringAccess access;

    public TenderEvaluation(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
    }

    /** The bids of a tender: all for its buyer's users and evaluators, its own for a supplier. */
    public List<Bid> bids(Actor actor, TenderReference reference) {
        Tender tender = access.tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElse(null);
        if (ScoringAccess.isEvaluationTeam(actor, tender, setup)) {
            return scoring.bids(tender.reference());
        }
        if (actor.has(Role.SUPPLIER) && actor.organisationId().isPresent()) {
            return scoring.bids(tender.reference()).stream().filter(b -> actor.actsFor(b.supplier().value())).toList();
        }
        throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference
                + " and its evaluators see its bids.");
    }

    public Bid bid(Actor actor, TenderReference reference, BidId bidId) {
        Tender tender = access.tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElse(null);
        Bid bid = access.findBid(tender, bidId);
        if (ScoringAccess.isEvaluationTeam(actor, tender, setup) || actor.has(Role.SUPPLIER) && actor.actsFor(bid.supplier().value())) {
            return bid;
        }
        throw ScoringAccess.bidNotFound(bidId);
    }

    /**
     * The evaluation: in full for the buyer's users and evaluators (at any time, complete or not);
     * for a supplier, its own bid only and only once the tender is awarded.
     */
    public Evaluation evaluation(Actor actor, TenderReference reference) {
        Tender tender = access.tender(reference);
        TenderScoring setup = access.setupOf(tender);
        if (ScoringAccess.isEvaluationTeam(actor, tender, setup)) {
            return Evaluator.evaluate(setup, scoring.bids(tender.reference()));
        }
        if (actor.has(Role.SUPPLIER) && actor.organisationId().isPresent()) {
            Bid own = scoring.bids(tender.reference()).stream().filter(b -> actor.actsFor(b.supplier().value())).findFirst()
                    .orElseThrow(() -> DomainException.notFound("bid-not-found", "You have no bid for " + reference + "."));
            if (tender.status() != TenderStatus.AWARDED) {
                throw DomainException.notPermitted("evaluation-not-available", "The evaluation of " + reference
                        + " is shown to bidders after award.");
            }
            return Evaluator.evaluate(setup, scoring.bids(tender.reference())).only(own.id());
        }
        throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference
                + ", its evaluators and, after award, each bidder for its own bid see the evaluation.");
    }
}
