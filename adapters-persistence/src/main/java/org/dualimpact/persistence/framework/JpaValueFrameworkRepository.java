package org.dualimpact.persistence.framework;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;

/**
 * Social value framework editions in {@code SV_FRAMEWORK} and its child tables; the unique (key,
 * edition) constraint backs the kernel's check. "Used by a tender" is a criterion row in
 * {@code TENDER_SV_CRITERION} naming the edition.
 */
@ApplicationScoped
@Transactional
public class JpaValueFrameworkRepository implements ValueFrameworkRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<ValueFramework> find(ValueFrameworkId id) {
        return Optional.ofNullable(em.find(ValueFrameworkEntity.class, id.value())).map(ValueFrameworkEntity::toDomain);
    }

    @Override
    public Optional<ValueFramework> find(String key, String edition) {
        return em.createQuery("select f from ValueFrameworkEntity f where f.key = :key and f.edition = :edition",
                ValueFrameworkEntity.class).setParameter("key", key).setParameter("edition", edition)
                .getResultStream().findFirst().map(ValueFrameworkEntity::toDomain);
    }

    @Override
    public List<ValueFramework> all() {
        return em.createQuery("select f from ValueFrameworkEntity f order by f.key, f.edition, f.id", ValueFrameworkEntity.class)
                .getResultStream().map(ValueFrameworkEntity::toDomain).toList();
    }

    @Override
    public void add(ValueFramework framework) {
        em.persist(new ValueFrameworkEntity(framework));
        em.flush();
    }

    @Override
    public void replace(ValueFramework framework) {
        ValueFrameworkEntity stored = em.find(ValueFrameworkEntity.class, framework.id().value());
        if (stored == null) {
            throw new IllegalStateException("no stored framework " + framework.id());
        }
        stored.copyState(framework);
        em.flush();
    }

    @Override
    public boolean usedByTender(ValueFrameworkId id) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM TENDER_SV_CRITERION WHERE FRAMEWORK_ID = ?")
                .setParameter(1, id.value()).getSingleResult();
        return count.longValue() > 0;
    }
}
