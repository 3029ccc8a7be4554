package org.dualimpact.persistence.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceRepository;
import org.dualimpact.kernel.evidence.EvidenceStage;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.persistence.convert.BatchReads;
import org.dualimpact.persistence.convert.ReadOnly;

/**
 * Evidence in {@code EVIDENCE} and its child tables, with optimistic locking on {@code VERSION}: an
 * update from a stale copy is refused as STALE, whether the copy was stale when read (If-Match) or
 * another transaction committed in between (the version check at flush); every update counts the
 * version up, also one that only adds a document, and tells the evidence its new version
 * ({@link Evidence#markStored}). Document content lies in {@code EVIDENCE_CONTENT},
 * one row per SHA-256, written once. The lists read the evidence's collections in batches.
 */
@ApplicationScoped
@Transactional
public class JpaEvidenceRepository implements EvidenceRepository {

    /** The collections of a piece of evidence, read in batches by the queries that return many. */
    private static final String[] COLLECTIONS = {"providers", "territories", "outcomes", "measures", "documents"};

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Inject
    ContentInsert contentInsert;

    @Override
    public void add(Evidence evidence) {
        EvidenceEntity entity = new EvidenceEntity(evidence);
        em.persist(entity);
        em.flush();
        evidence.markStored(entity.version);
    }

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return Optional.ofNullable(em.find(EvidenceEntity.class, id.value())).map(EvidenceEntity::toDomain);
    }

    @Override
    public void update(Evidence evidence) {
        EvidenceEntity stored = em.find(EvidenceEntity.class, evidence.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored evidence " + evidence.id());
        }
        if (stored.version != evidence.version()) {
            throw stale(evidence);
        }
        stored.copyState(evidence);
        // a document attached, or a change of the providers, territories, outcomes or measures alone, is a change too
        em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(evidence);
        }
        evidence.markStored(stored.version);
    }

    @Override
    public void storeContent(String sha256, byte[] content) {
        if (!hasContent(sha256)) {
            contentInsert.insert(sha256, content);
        }
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        return em.createQuery("select c.content from EvidenceContentEntity c where c.sha256 = :sha", byte[].class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public List<Evidence> ofHub(OrganisationId hub) {
        return list(em.createQuery("select e from EvidenceEntity e where e.hub = :hub order by e.createdAt desc, e.id",
                EvidenceEntity.class).setParameter("hub", hub.value()));
    }

    @Override
    public List<Evidence> published(Optional<OrganisationId> provider, Set<String> territories, int limit) {
        StringBuilder where = new StringBuilder(" where e.stage = :published");
        if (provider.isPresent()) {
            where.append(" and :provider member of e.providers");
        }
        if (!territories.isEmpty()) {
            where.append(" and exists (select t from EvidenceEntity q join q.territories t where q = e and t in :territories)");
        }
        TypedQuery<EvidenceEntity> query = em.createQuery("select e from EvidenceEntity e" + where
                + " order by e.publishedAt desc, e.id", EvidenceEntity.class)
                .setParameter("published", EvidenceStage.PUBLISHED.name()).setMaxResults(limit);
        provider.ifPresent(p -> query.setParameter("provider", p.value()));
        if (!territories.isEmpty()) {
            query.setParameter("territories", Set.copyOf(territories));
        }
        return list(query);
    }

    /** The evidence a query finds, read-only, with its collections read in batches. */
    private static List<Evidence> list(TypedQuery<EvidenceEntity> query) {
        return ReadOnly.query(BatchReads.of(query, "e", COLLECTIONS)).getResultStream().map(EvidenceEntity::toDomain).toList();
    }

    private boolean hasContent(String sha256) {
        return em.createQuery("select count(c) from EvidenceContentEntity c where c.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult() > 0;
    }

    private static DomainException stale(Evidence evidence) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", "Evidence " + evidence.id()
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }

    /**
     * Inserts a document's content in a transaction of its own, committed at once, so the content is
     * there before any document row names it. Two requests attaching the same new content race on the
     * primary key alone: the loser's insert fails here, the winner's row holds the same bytes, and the
     * loser's request goes on (any other failure shows when the document row is written: its
     * {@code SHA256} references the content). Content written for an attachment that then fails stays,
     * unnamed, for the next attachment of the same bytes.
     */
    @ApplicationScoped
    public static class ContentInsert {

        @PersistenceContext(unitName = "dualimpact")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(String sha256, byte[] content) {
            try {
                em.persist(new EvidenceContentEntity(sha256, content));
                em.flush();
            } catch (PersistenceException e) {
                // stored concurrently by another transaction: the same SHA-256 is the same content
            }
        }
    }
}
