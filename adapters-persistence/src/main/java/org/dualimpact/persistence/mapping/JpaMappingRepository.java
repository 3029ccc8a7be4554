package org.dualimpact.persistence.mapping;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.mapping.Mapping;
import org.dualimpact.kernel.mapping.MappingId;
import org.dualimpact.kernel.mapping.MappingRepository;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/** Social value mappings in {@code SV_MAPPING} and its child tables. */
@ApplicationScoped
@Transactional
public class JpaMappingRepository implements MappingRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<Mapping> find(MappingId id) {
        return Optional.ofNullable(em.find(MappingEntity.class, id.value())).map(MappingEntity::toDomain);
    }

    @Override
    public List<Mapping> ofOwner(OrganisationId owner) {
        return em.createQuery("select m from MappingEntity m where m.owner = :owner order by m.createdAt desc, m.id",
                MappingEntity.class).setParameter("owner", owner.value()).getResultStream().map(MappingEntity::toDomain).toList();
    }

    @Override
    public long add(Mapping mapping) {
        MappingEntity entity = new MappingEntity(mapping);
        em.persist(entity);
        em.flush();
        return entity.version;
    }

    @Override
    public long update(Mapping mapping) {
        MappingEntity stored = em.find(MappingEntity.class, mapping.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored mapping " + mapping.id());
        }
        if (stored.version != mapping.version()) {
            throw stale(mapping);
        }
        stored.copyEntries(mapping);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(mapping);
        }
        return stored.version;
    }

    private static DomainException stale(Mapping mapping) {
        return new DomainException(DomainException.Kind.STALE, "stale-version", "Mapping " + mapping.id()
                + " was changed by someone else in the meantime. Read it again and reapply your change.");
    }
}
