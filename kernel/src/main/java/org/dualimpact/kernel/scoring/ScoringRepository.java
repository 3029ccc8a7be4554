package org.dualimpact.kernel.scoring;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.tender.TenderReference;

/** Where tenders' scoring setups and their bids are kept. */
public interface ScoringRepository {

    Optional<TenderScoring> find(TenderReference tender);

    /** Stores a new or changed setup; @return the stored version. Throws STALE when {@code version} is not the stored one. */
    long save(TenderScoring scoring);

    Optional<Bid> findBid(BidId id);

    /** The bids of a tender, in the order they were registered. */
    List<Bid> bids(TenderReference tender);

    Optional<Bid> bidOf(TenderReference tender, OrganisationId supplier);

    void addBid(Bid bid);

    /** Stores a bid's quality score, marks and consensus if its stored version is still {@code bid.version()}; else STALE. */
    void updateBid(Bid bid);
}
