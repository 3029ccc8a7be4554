package org.dualimpact.kernel.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * An evaluator's mark sheet: every bid × criterion of a tender with the caller's own mark and note,
 * read and saved in one request. The sheet's version is the sum of its bids' versions: every change
 * to a bid raises it, so a sheet saved against an older version is refused whole ({@code STALE}).
 * A sheet is saved all or nothing: any bad line refuses it, naming each line ({@code marks[i].…}).
 * Lines left out keep their marks.
 */
public final class MarkSheets {

    /** One bid × criterion cell of the sheet: the evaluator's mark and note, null while unmarked. */
    public record Cell(BidId bid, OrganisationId supplier, String criterion, Integer mark, String note) {
    }

    /** The evaluator's sheet of a tender, at a version. */
    public record Sheet(TenderReference tender, String evaluator, List<Cell> cells, long version) {
    }

    /** One mark as the evaluator sends it. */
    public record MarkRequest(String bid, String criterion, Integer mark, String note) {
    }

    private final ScoringRepository scoring;
    private final ScoringAccess access;
    private final Clock clock;

    public MarkSheets(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The calling evaluator's sheet. */
    public Sheet sheet(Actor actor, TenderReference reference) {
        Tender tender = access.tender(reference);
        TenderScoring setup = evaluatorsSetup(actor, tender);
        return sheetOf(actor, setup, scoring.bids(tender.reference()));
    }

    /** Records the calling evaluator's marks of the lines given, all or nothing, against the sheet's version. */
    public Sheet save(Actor actor, TenderReference reference, long expectedVersion, List<MarkRequest> marks) {
        Tender tender = access.tender(reference);
        TenderScoring setup = evaluatorsSetup(actor, tender);
        access.requireEvaluationOpen(tender);
        List<Bid> bids = scoring.bids(tender.reference());
        long version = version(bids);
        if (version != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "The mark sheet of " + reference
                    + " has changed since you read it (version " + version + ", you sent " + expectedVersion + ").");
        }
        Map<String, Bid> byId = new LinkedHashMap<>();
        bids.forEach(b -> byId.put(b.id().value(), b));
        Set<Bid> changed = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Validation validation = new Validation();
        Instant now = clock.instant();
        for (int i = 0; i < marks.size(); i++) {
            MarkRequest line = marks.get(i);
            String path = "marks[" + i + "]";
            if (line == null) {
                validation.reject(path, "is required");
                continue;
            }
            Bid bid = line.bid() == null ? null : byId.get(line.bid());
            boolean criterion = line.criterion() != null && setup.criterion(line.criterion()).isPresent();
            boolean onScale = line.mark() != null && setup.scale().allows(line.mark());
            validation.require(bid != null, path + ".bid", "no bid " + line.bid() + " on this tender");
            validation.require(criterion, path + ".criterion", "the tender has no social value criterion '"
                    + line.criterion() + "'");
            validation.require(onScale, path + ".mark", "one of " + setup.scale().marks());
            Mark mark = bid == null || !criterion || !onScale ? null : validation.field(path + ".note",
                    () -> new Mark(line.criterion(), actor.userId(), line.mark(), line.note(), now));
            if (mark != null && !seen.add(line.bid() + "\n" + line.criterion())) {
                validation.reject(path, "bid " + line.bid() + " and criterion " + line.criterion() + " appear twice");
            }
            if (validation.ok()) {
                bid.mark(mark);
                changed.add(bid);
            }
        }
        validation.throwIfInvalid("invalid-mark-sheet", "The mark sheet cannot be saved as given; nothing was saved.");
        for (Bid bid : changed) {
            scoring.updateBid(bid);
        }
        return sheetOf(actor, setup, bids);
    }

    private TenderScoring evaluatorsSetup(Actor actor, Tender tender) {
        TenderScoring setup = access.setupOf(tender);
        if (!ScoringAccess.isEvaluator(actor, tender, setup)) {
            throw DomainException.notPermitted("not-an-evaluator", "Only the evaluators of " + tender.reference()
                    + " mark its bids.");
        }
        return setup;
    }

    private static Sheet sheetOf(Actor actor, TenderScoring setup, List<Bid> bids) {
        List<Cell> cells = new ArrayList<>();
        for (Bid bid : bids) {
            for (ScoringCriterion criterion : setup.criteria()) {
                Optional<Mark> own = bid.marks().stream().filter(m -> m.criterionId().equals(criterion.criterionId())
                        && m.evaluator().equals(actor.userId())).findFirst();
                cells.add(new Cell(bid.id(), bid.supplier(), criterion.criterionId(), own.map(Mark::mark).orElse(null),
                        own.map(Mark::note).orElse(null)));
            }
        }
        return new Sheet(setup.tender(), actor.userId(), cells, version(bids));
    }

    private static long version(List<Bid> bids) {
        return bids.stream().mapToLong(Bid::version).sum();
    }
}
