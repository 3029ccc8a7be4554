package org.dualimpact.persistence.spo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.persistence.convert.BatchReads;
import org.dualimpact.persistence.convert.ReadOnly;
import org.dualimpact.persistence.sequence.SequenceCounters;

/**
 * SPOs in {@code SPO} and its child tables, with optimistic locking on {@code VERSION}: an update
 * from a stale copy is refused as STALE, whether the copy was stale when read (If-Match) or another
 * transaction committed in between (the version check at flush).
 */
@ApplicationScoped
@Transactional
public class JpaSpoRepository implements SpoRepository {

    private static final Comparator<Spo> NEWEST_FIRST = Comparator.comparing(Spo::createdAt).reversed()
            .thenComparing(spo -> spo.reference().value());
    /** The collections of an SPO, read in batches by the queries that return many. */
    private static final String[] COLLECTIONS = {"providers", "provisions", "endorsements", "commitments", "signatures",
        "validations"};

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Inject
    SequenceCounters counters;

    @Override
    public Optional<Spo> find(SpoReference reference) {
        return Optional.ofNullable(em.find(SpoEntity.class, reference.value())).map(SpoEntity::toDomain);
    }

    @Override
    public void add(Spo spo) {
        SpoEntity entity = new SpoEntity(spo);
        em.persist(entity);
        em.flush();
        spo.markStored(entity.version);
    }

    @Override
    public void update(Spo spo) {
        SpoEntity stored = em.find(SpoEntity.class, spo.reference().value());
        if (stored == null) {
            throw new IllegalStateException("no stored SPO " + spo.reference());
        }
        if (stored.version != spo.version()) {
            throw stale(spo);
        }
        stored.copyState(spo);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(spo);
        }
        spo.markStored(stored.version);
    }

    @Override
    public List<Spo> ofParty(OrganisationId organisation) {
        // two indexed reads (SPO_SUPPLIER, SPO_PROVIDER_ORG), not one with OR, which scans every SPO
        List<Spo> parties = new ArrayList<>();
        parties.addAll(mapped(em.createQuery("select s from SpoEntity s where s.supplier = :org", SpoEntity.class)
                .setParameter("org", organisation.value())));
        parties.addAll(mapped(em.createQuery("select s from SpoEntity s join s.providers p where p = :org", SpoEntity.class)
                .setParameter("org", organisation.value())));
        Map<SpoReference, Spo> once = new LinkedHashMap<>();
        parties.stream().sorted(NEWEST_FIRST).forEach(spo -> once.putIfAbsent(spo.reference(), spo));
        return List.copyOf(once.values());
    }

    @Override
    public List<Spo> submittedTo(OrganisationId buyer) {
        return ReadOnly.query(BatchReads.of(em.createQuery("select s from SpoEntity s where s.buyer = :buyer "
                + "order by s.createdAt desc, s.reference", SpoEntity.class), "s", COLLECTIONS)).setParameter("buyer", buyer.value()).getResultStream().map(SpoEntity::toDomain).toList();
    }

    @Override
    public List<Spo> ofTender(TenderReference tender) {
        return em.createQuery("select s from SpoEntity s where s.tender = :tender order by s.reference", SpoEntity.class)
                .setParameter("tender", tender.value()).getResultStream().map(SpoEntity::toDomain).toList();
    }

    @Override
    public List<SpoReference> proposals() {
        return em.createQuery("select s.reference from SpoEntity s where s.stage in :stages order by s.createdAt, s.reference",
                String.class).setParameter("stages", List.of("DRAFT", "ENDORSED", "SUBMITTED"))
                .getResultStream().map(SpoReference::new).toList();
    }

    @Override
    public long nextSequence(String territoryAbbrev, int year) {
        return counters.next("SPO/" + territoryAbbrev + "/" + year);
    }

    /** The SPOs a query finds, read-only, with their collections read in batches. */
    private static List<Spo> mapped(TypedQuery<SpoEntity> query) {
        return ReadOnly.query(BatchReads.of(query, "s", COLLECTIONS)).getResultStream().map(SpoEntity::toDomain).toList();
    }

    private static DomainException stale(Spo spo) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", spo.reference()
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }
}
