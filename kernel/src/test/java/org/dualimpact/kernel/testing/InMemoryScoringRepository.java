package org.dualimpact.kernel.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.tender.TenderReference;

/** In-memory fake of the scoring port: stores copies of bids and checks versions, as the database does. */
public final class InMemoryScoringRepository implements ScoringRepository {

    private final Map<TenderReference, TenderScoring> setups = new LinkedHashMap<>();
    private final Map<BidId, Bid> bids = new LinkedHashMap<>();

    public boolean usesFramework(ValueFrameworkId id) {
        return setups.values().stream().anyMatch(s -> s.criteria().stream().anyMatch(c -> c.framework().equals(id)));
    }

    @Override
    public Optional<TenderScoring> find(TenderReference tender) {
        return Optional.ofNullable(setups.get(tender));
    }

    @Override
    public long save(TenderScoring scoring) {
        long stored = Optional.ofNullable(setups.get(scoring.tender())).map(TenderScoring::version).orElse(0L);
        if (stored != scoring.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "stale");
        }
        long next = stored + 1;
        setups.put(scoring.tender(), new TenderScoring(scoring.tender(), scoring.weights(), scoring.method(),
                scoring.perPound(), scoring.scale(), scoring.criteria(), scoring.catalogue(), scoring.adjustments(),
                scoring.benefitYears(), scoring.evaluators(), next));
        return next;
    }

    @Override
    public Optional<Bid> findBid(BidId id) {
        return Optional.ofNullable(bids.get(id)).map(InMemoryScoringRepository::copy);
    }

    @Override
    public List<Bid> bids(TenderReference tender) {
        List<Bid> list = new ArrayList<>();
        bids.values().stream().filter(b -> b.tender().equals(tender)).forEach(b -> list.add(copy(b)));
        return list;
    }

    @Override
    public Optional<Bid> bidOf(TenderReference tender, OrganisationId supplier) {
        return bids(tender).stream().filter(b -> b.supplier().equals(supplier)).findFirst();
    }

    @Override
    public void addBid(Bid bid) {
        bid.markStored(1);
        bids.put(bid.id(), copy(bid));
    }

    @Override
    public void updateBid(Bid bid) {
        Bid stored = bids.get(bid.id());
        if (stored.version() != bid.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "stale");
        }
        bid.markStored(bid.version() + 1);
        bids.put(bid.id(), copy(bid));
    }

    public static Bid copy(Bid b) {
        return new Bid(b.id(), b.tender(), b.supplier(), b.price(), b.spos(), b.evidence(), b.provisions(), b.commitments(),
                b.submittedAt(), b.submittedBy(), b.quality().orElse(null), b.marks(), b.consensus(), b.version());
    }
}
