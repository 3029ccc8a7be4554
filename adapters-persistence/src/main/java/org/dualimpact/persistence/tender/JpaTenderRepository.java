package org.dualimpact.persistence.tender;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.persistence.sequence.SequenceCounters;

/** Tenders in {@code TENDER}. */
@ApplicationScoped
@Transactional
public class JpaTenderRepository implements TenderRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Inject
    SequenceCounters counters;

    @Override
    public Optional<Tender> find(TenderReference reference) {
        return Optional.ofNullable(em.find(TenderEntity.class, reference.value())).map(TenderEntity::toDomain);
    }

    @Override
    public void add(Tender tender) {
        em.persist(new TenderEntity(tender));
    }

    @Override
    public void update(Tender tender) {
        TenderEntity stored = em.find(TenderEntity.class, tender.reference().value());
        if (stored == null) {
            throw new IllegalStateException("no stored tender " + tender.reference());
        }
        stored.copyState(tender);
    }

    @Override
    public List<Tender> all() {
        return em.createQuery("select t from TenderEntity t order by t.createdAt desc, t.reference", TenderEntity.class)
                .getResultStream().map(TenderEntity::toDomain).toList();
    }

    @Override
    public long nextSequence(String territoryAbbrev, int year) {
        return counters.next("TND/" + territoryAbbrev + "/" + year);
    }
}
