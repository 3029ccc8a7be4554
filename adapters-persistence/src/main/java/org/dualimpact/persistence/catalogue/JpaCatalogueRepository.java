package org.dualimpact.persistence.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.shared.DomainException;

/** Measures catalogues in {@code CATALOGUE} and its child tables, with optimistic locking on local changes. */
@ApplicationScoped
@Transactional
public class JpaCatalogueRepository implements CatalogueRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<Catalogue> find(CatalogueId id) {
        return Optional.ofNullable(em.find(CatalogueEntity.class, id.value())).map(CatalogueEntity::toDomain);
    }

    @Override
    public List<Catalogue> all() {
        return em.createQuery("select c from CatalogueEntity c order by c.name, c.edition, c.id", CatalogueEntity.class)
                .getResultStream().map(CatalogueEntity::toDomain).toList();
    }

    @Override
    public Optional<Catalogue> findShared(String name, String edition) {
        return em.createQuery("select c from CatalogueEntity c where c.owner is null and c.name = :name and c.edition = :edition",
                CatalogueEntity.class).setParameter("name", name).setParameter("edition", edition).getResultStream()
                .findFirst().map(CatalogueEntity::toDomain);
    }

    @Override
    public long add(Catalogue catalogue) {
        CatalogueEntity entity = new CatalogueEntity(catalogue);
        em.persist(entity);
        em.flush();
        return entity.version;
    }

    @Override
    public long update(Catalogue catalogue) {
        CatalogueEntity stored = em.find(CatalogueEntity.class, catalogue.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored catalogue " + catalogue.id());
        }
        if (stored.version != catalogue.version()) {
            throw stale(catalogue);
        }
        stored.copyMeasures(catalogue, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(catalogue);
        }
        return stored.version;
    }

    private static DomainException stale(Catalogue catalogue) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", catalogue.label()
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }
}
