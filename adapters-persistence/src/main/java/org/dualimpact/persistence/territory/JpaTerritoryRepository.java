package org.dualimpact.persistence.territory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/** Territories and regions in the {@code TERRITORY} and {@code REGION} tables. */
@ApplicationScoped
@Transactional
public class JpaTerritoryRepository implements TerritoryRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public List<Region> regions() {
        return em.createQuery("select r from RegionEntity r order by r.code", RegionEntity.class)
                .getResultStream().map(RegionEntity::toDomain).toList();
    }

    @Override
    public Optional<Region> region(String code) {
        return Optional.ofNullable(em.find(RegionEntity.class, code)).map(RegionEntity::toDomain);
    }

    @Override
    public List<Territory> territories() {
        return em.createQuery("select t from TerritoryEntity t order by t.code", TerritoryEntity.class)
                .getResultStream().map(TerritoryEntity::toDomain).toList();
    }

    @Override
    public Optional<Territory> territory(String code) {
        return Optional.ofNullable(em.find(TerritoryEntity.class, code)).map(TerritoryEntity::toDomain);
    }

    @Override
    public void save(Region region) {
        RegionEntity stored = em.find(RegionEntity.class, region.code());
        if (stored == null) {
            em.persist(new RegionEntity(region));
        } else {
            stored.copy(region);
        }
    }

    @Override
    public void save(Territory territory) {
        TerritoryEntity stored = em.find(TerritoryEntity.class, territory.code());
        if (stored == null) {
            em.persist(new TerritoryEntity(territory));
        } else {
            stored.copy(territory);
        }
    }
}
