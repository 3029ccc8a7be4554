package org.dualimpact.persistence.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.JoinRequest;
import org.dualimpact.kernel.identity.JoinRequestRepository;
import org.dualimpact.kernel.identity.JoinRequestState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

/** Join requests in {@code JOIN_REQUEST}. */
@ApplicationScoped
@Transactional
public class JpaJoinRequestRepository implements JoinRequestRepository {

    private static final String PENDING = JoinRequestState.PENDING.name();

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public Optional<JoinRequest> find(String id) {
        return Optional.ofNullable(em.find(JoinRequestEntity.class, id)).map(JoinRequestEntity::toDomain);
    }

    @Override
    public List<JoinRequest> pending(Collection<String> territories) {
        if (territories.isEmpty()) {
            return em.createQuery("select r from JoinRequestEntity r where r.state = :state order by r.submittedAt, r.id",
                    JoinRequestEntity.class).setParameter("state", PENDING)
                    .getResultStream().map(JoinRequestEntity::toDomain).toList();
        }
        return em.createQuery("select r from JoinRequestEntity r where r.state = :state and r.territory in :territories "
                + "order by r.submittedAt, r.id", JoinRequestEntity.class).setParameter("state", PENDING)
                .setParameter("territories", List.copyOf(territories))
                .getResultStream().map(JoinRequestEntity::toDomain).toList();
    }

    @Override
    public boolean pendingFor(OrganisationId registerId) {
        return !em.createQuery("select r.id from JoinRequestEntity r where r.registerId = :id and r.state = :state", String.class)
                .setParameter("id", registerId.value()).setParameter("state", PENDING).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(JoinRequest request) {
        em.persist(new JoinRequestEntity(request));
    }

    @Override
    public void eraseEmail(EmailAddress email, UserId applicant) {
        em.createQuery("update JoinRequestEntity r set r.contactEmail = :erased where r.contactEmail = :email "
                + "or r.applicant = :user").setParameter("erased", EmailAddress.ERASED.value())
                .setParameter("email", email.value()).setParameter("user", applicant.value()).executeUpdate();
    }

    @Override
    public void update(JoinRequest request) {
        JoinRequestEntity entity = em.find(JoinRequestEntity.class, request.id());
        if (entity == null) {
            throw new IllegalStateException("no join request " + request.id());
        }
        entity.update(request);
    }
}
