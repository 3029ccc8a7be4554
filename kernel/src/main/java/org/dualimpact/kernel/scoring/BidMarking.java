package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * The evaluation inputs, entered once the tender is closed (or past its closing date) and until it is
 * awarded: the buyer's quality score of a bid, each evaluator's mark of a criterion on the tender's
 * scale, and the moderator's consensus mark. Each change names the bid version it was made against.
 */
public final class BidMarking {

    private final ScoringRepository scoring;
    private final ScoringAccess access;
    private final Clock clock;

    public BidMarking(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The buyer enters a bid's quality score (0–100). */
    public Bid setQuality(Actor actor, TenderReference reference, BidId bidId, long expectedVersion, BigDecimal quality) {
        Tender tender = access.ownTender(actor, reference);
        access.requireEvaluationOpen(tender);
        Bid bid = access.findBid(tender, bidId);
        ScoringAccess.requireVersion(bid, expectedVersion);
        Validation validation = new Validation();
        validation.field("quality", () -> {
            bid.setQuality(quality);
            return bid;
        });
        validation.throwIfInvalid("invalid-quality", "The quality score cannot be set as given.");
        scoring.updateBid(bid);
        return bid;
    }

    /** An evaluator marks one criterion of a bid on the tender's scale. */
    public Bid mark(Actor actor, TenderReference reference, BidId bidId, long expectedVersion, String criterionId,
            Integer mark, String note) {
        Tender tender = access.tender(reference);
        TenderScoring setup = access.setupOf(tender);
        if (!ScoringAccess.isEvaluator(actor, tender, setup)) {
            throw DomainException.notPermitted("not-an-evaluator", "Only the evaluators of " + reference + " mark its bids.");
        }
        access.requireEvaluationOpen(tender);
        Bid bid = access.findBid(tender, bidId);
        ScoringAccess.requireVersion(bid, expectedVersion);
        checkMark(setup, criterionId, mark);
        Validation validation = new Validation();
        Mark made = validation.field("note", () -> new Mark(criterionId, actor.userId(), mark, note, clock.instant()));
        validation.throwIfInvalid("invalid-mark", "The mark cannot be recorded as given.");
        bid.mark(made);
        scoring.updateBid(bid);
        return bid;
    }

    /** A moderator (a user of the tender's buyer) records the consensus mark of a criterion. */
    public Bid consensus(Actor actor, TenderReference reference, BidId bidId, long expectedVersion, String criterionId,
            Integer mark, String note) {
        Tender tender = access.ownTender(actor, reference);
        TenderScoring setup = access.setupOf(tender);
        access.requireEvaluationOpen(tender);
        Bid bid = access.findBid(tender, bidId);
        ScoringAccess.requireVersion(bid, expectedVersion);
        checkMark(setup, criterionId, mark);
        Validation validation = new Validation();
        Consensus agreed = validation.field("note", () -> new Consensus(criterionId, mark, actor.userId(), note,
                clock.instant()));
        validation.throwIfInvalid("invalid-mark", "The consensus cannot be recorded as given.");
        bid.consensus(agreed);
        scoring.updateBid(bid);
        access.record(bid.id().value(), "consensus", actor, criterionId + "=" + mark);
        return bid;
    }

    private static void checkMark(TenderScoring setup, String criterionId, Integer mark) {
        if (setup.criterion(criterionId).isEmpty()) {
            throw DomainException.notFound("criterion-not-found", "Tender " + setup.tender() + " has no social value "
                    + "criterion '" + criterionId + "'.");
        }
        if (mark == null) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-mark", "A mark is required.",
                    List.of(new FieldError("mark", "is required")));
        }
        if (!setup.scale().allows(mark)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "mark-not-on-scale", mark
                    + " is not a mark of the tender's scale (" + setup.scale().marks() + ").",
                    List.of(new FieldError("mark", "one of " + setup.scale().marks())));
        }
    }
}
