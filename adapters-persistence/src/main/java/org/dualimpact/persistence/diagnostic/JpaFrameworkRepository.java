package org.dualimpact.persistence.diagnostic;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.diagnostic.FrameworkRepository;

/**
 * Framework versions in {@code DIAGNOSTIC_FRAMEWORK} and its child tables. Inserted once, never
 * updated; the unique (name, version) constraint backs the kernel's check.
 */
@ApplicationScoped
@Transactional
public class JpaFrameworkRepository implements FrameworkRepository {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Override
    public Optional<Framework> find(FrameworkId id) {
        return Optional.ofNullable(em.find(FrameworkEntity.class, id.value())).map(FrameworkEntity::toDomain);
    }

    @Override
    public Optional<Framework> find(String name, String version) {
        return em.createQuery("select f from FrameworkEntity f where f.name = :name and f.version = :version",
                FrameworkEntity.class).setParameter("name", name).setParameter("version", version)
                .getResultStream().findFirst().map(FrameworkEntity::toDomain);
    }

    @Override
    public List<Framework> all() {
        return em.createQuery("select f from FrameworkEntity f order by f.name, f.version, f.id", FrameworkEntity.class)
                .getResultStream().map(FrameworkEntity::toDomain).toList();
    }

    @Override
    public void add(Framework framework) {
        em.persist(new FrameworkEntity(framework));
        em.flush();
    }
}
