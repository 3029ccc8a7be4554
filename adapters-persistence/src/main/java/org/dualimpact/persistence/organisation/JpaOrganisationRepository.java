package org.dualimpact.persistence.organisation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;

/** Organisations in {@code ORGANISATION} and the territories they serve in {@code ORGANISATION_TERRITORY}. */
@ApplicationScoped
@Transactional
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(em.find(OrganisationEntity.class, id.value())).map(OrganisationEntity::toDomain);
    }

    @Override
    public List<Organisation> all() {
        return em.createQuery("select o from OrganisationEntity o order by o.name, o.id", OrganisationEntity.class)
                .getResultStream().map(OrganisationEntity::toDomain).toList();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(new OrganisationEntity(organisation));
    }
}
