package org.dualimpact.persistence.provision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.provision.SpotlightQuery;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.persistence.convert.BatchReads;
import org.dualimpact.persistence.convert.ReadOnly;

/**
 * Provisions in {@code PROVISION} and its child tables, with optimistic locking on {@code VERSION} (an
 * update from a stale copy is refused as STALE); Spotlight as one JPQL query with a count, the listed
 * provisions' collections read in batches.
 */
@ApplicationScoped
@Transactional
public class JpaProvisionRepository implements ProvisionRepository {

    /** The collections of a provision, read in batches by the queries that return many. */
    private static final String[] COLLECTIONS = {"territories", "outcomes", "needs"};

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<Provision> find(ProvisionId id) {
        return Optional.ofNullable(em.find(ProvisionEntity.class, id.value())).map(ProvisionEntity::toDomain);
    }

    @Override
    public void add(Provision provision) {
        ProvisionEntity entity = new ProvisionEntity(provision);
        em.persist(entity);
        em.flush();
        provision.markStored(entity.version);
    }

    @Override
    public void update(Provision provision) {
        ProvisionEntity stored = em.find(ProvisionEntity.class, provision.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored provision " + provision.id());
        }
        if (stored.version != provision.version()) {
            throw stale();
        }
        stored.copyState(provision);
        // a change of the needs, territories or outcomes alone is a change of the provision too
        em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
        provision.markStored(stored.version);
    }

    @Override
    public Page<Provision> spotlight(SpotlightQuery query) {
        StringBuilder where = new StringBuilder(" where p.status = :audited");
        if (!query.territories().isEmpty()) {
            where.append(" and exists (select t from ProvisionEntity q join q.territories t where q = p and t in :territories)");
        }
        if (query.need().isPresent()) {
            where.append(" and exists (select n from ProvisionEntity q join q.needs n where q = p and n.type = :need)");
        }
        if (query.outcome().isPresent()) {
            where.append(" and :outcome member of p.outcomes");
        }
        if (query.text().isPresent()) {
            where.append(" and (lower(p.title) like :text escape '\\' or lower(p.summary) like :text escape '\\')");
        }
        String order = query.sort() == SpotlightQuery.Sort.NEWEST ? " order by p.publishedAt desc, p.id"
                : " order by p.title, p.id";
        TypedQuery<ProvisionEntity> select = ReadOnly.query(BatchReads.of(em.createQuery("select p from ProvisionEntity p"
                + where + order, ProvisionEntity.class), "p", COLLECTIONS));
        TypedQuery<Long> count = em.createQuery("select count(p) from ProvisionEntity p" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            q.setParameter("audited", AuditStatus.AUDITED.name());
            if (!query.territories().isEmpty()) {
                q.setParameter("territories", Set.copyOf(query.territories()));
            }
            query.need().ifPresent(n -> q.setParameter("need", n.name()));
            query.outcome().ifPresent(o -> q.setParameter("outcome", o));
            query.text().ifPresent(t -> q.setParameter("text", "%" + likeEscape(t.toLowerCase(Locale.ROOT)) + "%"));
        }
        long skipped = (long) query.page() * query.size();
        if (skipped > Integer.MAX_VALUE) { // a page past any result the database can skip to
            return new Page<>(List.of(), query.page(), query.size(), count.getSingleResult());
        }
        List<Provision> items = select.setFirstResult((int) skipped).setMaxResults(query.size())
                .getResultStream().map(ProvisionEntity::toDomain).toList();
        return new Page<>(items, query.page(), query.size(), total(skipped, items.size(), query.size(), count));
    }

    /**
     * The number of matches: a page that is not full (and not empty past the first) is the last one, so
     * the matches are those skipped and those on it, and the count query is not needed.
     */
    private static long total(long skipped, int found, int size, TypedQuery<Long> count) {
        return found < size && (found > 0 || skipped == 0) ? skipped + found : count.getSingleResult();
    }

    @Override
    public List<Provision> ofProvider(OrganisationId provider) {
        return ReadOnly.query(BatchReads.of(em.createQuery("select p from ProvisionEntity p where p.provider = :provider "
                + "order by p.publishedAt desc, p.id", ProvisionEntity.class), "p", COLLECTIONS))
                .setParameter("provider", provider.value())
                .getResultStream().map(ProvisionEntity::toDomain).toList();
    }

    @Override
    public List<Provision> inTerritories(Set<String> territories) {
        if (territories.isEmpty()) {
            return List.of();
        }
        return ReadOnly.query(BatchReads.of(em.createQuery("select distinct p from ProvisionEntity p join p.territories t "
                + "where t in :territories order by p.publishedAt desc, p.id", ProvisionEntity.class), "p", COLLECTIONS))
                .setParameter("territories", Set.copyOf(territories))
                .getResultStream().map(ProvisionEntity::toDomain).toList();
    }

    @Override
    public List<Provision> pendingIn(Set<String> territories) {
        if (territories.isEmpty()) {
            return List.of();
        }
        return ReadOnly.query(BatchReads.of(em.createQuery("select distinct p from ProvisionEntity p join p.territories t "
                + "where t in :territories and p.status = :pending order by p.publishedAt, p.id", ProvisionEntity.class), "p",
                COLLECTIONS))
                .setParameter("territories", Set.copyOf(territories)).setParameter("pending", AuditStatus.PENDING.name())
                .getResultStream().map(ProvisionEntity::toDomain).toList();
    }

    private static DomainException stale() {
        return new DomainException(DomainException.Kind.STALE, "stale-version",
                "The provision was changed by someone else in the meantime. Read it again and reapply your change.");
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
