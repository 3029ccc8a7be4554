package org.dualimpact.persistence.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.EmailAddress;
import org.dualimpact.kernel.identity.Invitation;
import org.dualimpact.kernel.identity.InvitationRepository;
import org.dualimpact.kernel.identity.InvitationState;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;

/**
 * Invitations in {@code INVITATION}, found by the unique hash of their token. The row is read with a
 * write lock, so two acceptances of one link at once (or an acceptance and a revocation) are
 * serialised and the second sees it used.
 */
@ApplicationScoped
@Transactional
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return em.createQuery("select i from InvitationEntity i where i.tokenHash = :hash", InvitationEntity.class)
                .setParameter("hash", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(InvitationEntity::toDomain);
    }

    @Override
    public Optional<Invitation> find(String id) {
        return Optional.ofNullable(em.find(InvitationEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(InvitationEntity::toDomain);
    }

    @Override
    public List<Invitation> ofOrganisation(OrganisationId organisation) {
        return em.createQuery("select i from InvitationEntity i where i.organisationId = :organisation "
                + "order by i.createdAt desc, i.id", InvitationEntity.class).setParameter("organisation", organisation.value())
                .getResultStream().map(InvitationEntity::toDomain).toList();
    }

    @Override
    public void add(Invitation invitation) {
        em.persist(new InvitationEntity(invitation));
    }

    @Override
    public List<Invitation> pendingTo(EmailAddress email) {
        return em.createQuery("select i from InvitationEntity i where i.email = :email and i.state = :pending",
                InvitationEntity.class).setParameter("email", email.value()).setParameter("pending", InvitationState.PENDING.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().map(InvitationEntity::toDomain).toList();
    }

    @Override
    public void eraseEmail(EmailAddress email, UserId acceptedBy) {
        em.createQuery("update InvitationEntity i set i.email = :erased where i.email = :email or i.acceptedBy = :user")
                .setParameter("erased", EmailAddress.ERASED.value()).setParameter("email", email.value())
                .setParameter("user", acceptedBy.value()).executeUpdate();
    }

    @Override
    public void update(Invitation invitation) {
        InvitationEntity entity = em.find(InvitationEntity.class, invitation.id());
        if (entity == null) {
            throw new IllegalStateException("no invitation " + invitation.id());
        }
        entity.update(invitation);
    }
}
