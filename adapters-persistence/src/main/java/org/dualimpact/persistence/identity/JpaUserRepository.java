package org.dualimpact.persistence.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.User;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.identity.UserRepository;
import org.dualimpact.persistence.convert.ReadOnly;

/**
 * Users in {@code APP_USER}, found by id or by the unique (issuer, subject). A first sight is inserted
 * in its own transaction ({@link UserInsert}); when a concurrent request inserted the same issuer and
 * subject first, the unique constraint refuses this one and the winner is read back.
 */
@ApplicationScoped
@Transactional
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    @Inject
    UserInsert insert;

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em.find(UserEntity.class, id.value())).map(UserEntity::toDomain);
    }

    @Override
    public Optional<User> findBySubject(String issuer, String subject) {
        // read on every request, changed only through em.find in update(): not kept in the persistence context
        return ReadOnly.query(em.createQuery("select u from UserEntity u where u.issuer = :issuer and u.subject = :subject",
                UserEntity.class)).setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst().map(UserEntity::toDomain);
    }

    @Override
    public User addOrFind(User user) {
        try {
            insert.insert(user);
            return user;
        } catch (PersistenceException e) {
            return findBySubject(user.issuer(), user.subject()).orElseThrow(() -> e);
        }
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
