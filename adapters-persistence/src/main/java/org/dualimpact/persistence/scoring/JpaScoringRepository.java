package org.dualimpact.persistence.scoring;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.tender.TenderReference;

/** Scoring setups in {@code TENDER_SCORING} and bids in {@code BID} with their child tables; optimistic locking on both. */
@ApplicationScoped
@Transactional
public class JpaScoringRepository implements ScoringRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<TenderScoring> find(TenderReference tender) {
        return Optional.ofNullable(em.find(TenderScoringEntity.class, tender.value())).map(TenderScoringEntity::toDomain);
    }

    @Override
    public long save(TenderScoring scoring) {
        TenderScoringEntity stored = em.find(TenderScoringEntity.class, scoring.tender().value());
        if (stored == null) {
            if (scoring.version() != 0) {
                throw stale(scoring.tender().value());
            }
            TenderScoringEntity entity = new TenderScoringEntity(scoring);
            em.persist(entity);
            em.flush();
            return entity.version;
        }
        if (stored.version != scoring.version()) {
            throw stale(scoring.tender().value());
        }
        stored.copyState(scoring);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(scoring.tender().value());
        }
        return stored.version;
    }

    @Override
    public Optional<Bid> findBid(BidId id) {
        return Optional.ofNullable(em.find(BidEntity.class, id.value())).map(BidEntity::toDomain);
    }

    @Override
    public List<Bid> bids(TenderReference tender) {
        return em.createQuery("select b from BidEntity b where b.tender = :tender order by b.submittedAt, b.id", BidEntity.class)
                .setParameter("tender", tender.value()).getResultStream().map(BidEntity::toDomain).toList();
    }

    @Override
    public Optional<Bid> bidOf(TenderReference tender, OrganisationId supplier) {
        return em.createQuery("select b from BidEntity b where b.tender = :tender and b.supplier = :supplier", BidEntity.class)
                .setParameter("tender", tender.value()).setParameter("supplier", supplier.value()).getResultStream()
                .findFirst().map(BidEntity::toDomain);
    }

    @Override
    public void addBid(Bid bid) {
        BidEntity entity = new BidEntity(bid);
        em.persist(entity);
        em.flush();
        bid.markStored(entity.version);
    }

    @Override
    public void updateBid(Bid bid) {
        BidEntity stored = em.find(BidEntity.class, bid.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored bid " + bid.id());
        }
        if (stored.version != bid.version()) {
            throw stale(bid.id().value());
        }
        stored.copyState(bid);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(bid.id().value());
        }
        bid.markStored(stored.version);
    }

    private static DomainException stale(String what) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", what
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }
}
