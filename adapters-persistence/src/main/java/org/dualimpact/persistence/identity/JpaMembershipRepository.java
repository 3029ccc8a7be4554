package org.dualimpact.persistence.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.MembershipRepository;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.persistence.convert.ReadOnly;

/** Memberships in {@code MEMBERSHIP}; a platform membership has the organisation {@code *}. */
@ApplicationScoped
@Transactional
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public List<Membership> of(UserId user) {
        // read on every request, changed only through entity(): not kept in the persistence context
        return ReadOnly.query(em.createQuery("select m from MembershipEntity m where m.userId = :user "
                + "order by m.organisationId", MembershipEntity.class)).setParameter("user", user.value())
                .getResultStream().map(MembershipEntity::toDomain).toList();
    }

    @Override
    public List<Membership> ofPlatform() {
        return em.createQuery("select m from MembershipEntity m where m.organisationId = :platform order by m.userId",
                MembershipEntity.class).setParameter("platform", MembershipEntity.PLATFORM)
                .getResultStream().map(MembershipEntity::toDomain).toList();
    }

    @Override
    public List<Membership> ofOrganisation(OrganisationId organisation) {
        return em.createQuery("select m from MembershipEntity m where m.organisationId = :organisation order by m.userId",
                MembershipEntity.class).setParameter("organisation", organisation.value())
                .getResultStream().map(MembershipEntity::toDomain).toList();
    }

    @Override
    public void add(Membership membership) {
        em.persist(new MembershipEntity(membership));
    }

    @Override
    public void update(Membership membership) {
        entity(membership.user(), membership.organisation())
                .orElseThrow(() -> new IllegalStateException("no membership of " + membership.user()))
                .update(membership);
    }

    @Override
    public void remove(UserId user, Optional<OrganisationId> organisation) {
        entity(user, organisation).ifPresent(em::remove);
    }

    @Override
    public void removeAll(UserId user) {
        em.createQuery("delete from MembershipEntity m where m.userId = :user").setParameter("user", user.value()).executeUpdate();
    }

    private Optional<MembershipEntity> entity(UserId user, Optional<OrganisationId> organisation) {
        return Optional.ofNullable(em.find(MembershipEntity.class,
                new MembershipEntity.Key(user.value(), MembershipEntity.column(organisation))));
    }
}
