package org.dualimpact.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.dualimpact.kernel.identity.User;

/**
 * Inserts a user seen for the first time in a transaction of its own, committed at once. Two first
 * requests of one identity then race on the unique (issuer, subject) alone: the loser's insert fails
 * here, after the winner committed, and leaves the loser's request transaction intact.
 */
@ApplicationScoped
public class UserInsert {

    @PersistenceContext(unitName = "dualimpact")
    private EntityManager em;

    /** Inserts and commits the user; a duplicate issuer and subject throws a persistence exception. */
    @Transactional(TxType.REQUIRES_NEW)
    public void insert(User user) {
        em.persist(new UserEntity(user));
        em.flush();
    }
}
