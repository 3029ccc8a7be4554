package org.dualimpact.persistence.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.User;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.identity.UserRepository;

/** Users in {@code APP_USER}, found by id or by the unique (issuer, subject). */
@ApplicationScoped
@Transactional
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em.find(UserEntity.class, id.value())).map(UserEntity::toDomain);
    }

    @Override
    public Optional<User> findBySubject(String issuer, String subject) {
        return em.createQuery("select u from UserEntity u where u.issuer = :issuer and u.subject = :subject", UserEntity.class)
                .setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst().map(UserEntity::toDomain);
    }

    @Override
    public void add(User user) {
        em.persist(new UserEntity(user));
    }

    @Override
    public void update(User user) {
        UserEntity entity = em.find(UserEntity.class, user.id().value());
        if (entity == null) {
            throw new IllegalStateException("no user " + user.id());
        }
        entity.update(user);
    }
}
