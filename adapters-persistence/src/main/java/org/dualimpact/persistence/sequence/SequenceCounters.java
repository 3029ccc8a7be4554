package org.dualimpact.persistence.sequence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Gap-free numbering for references: the counter row is locked ({@code SELECT … FOR UPDATE}) in the
 * caller's transaction, so concurrent requests, on one server or several, queue on the database and
 * a rolled-back request gives its number back. A missing counter is created first in a transaction
 * of its own, so two requests creating the same counter do not fail each other.
 */
@ApplicationScoped
public class SequenceCounters {

    @PersistenceContext(unitName = "dualimpact")
    EntityManager em;

    @Inject
    Creator creator;

    @Transactional(Transactional.TxType.MANDATORY)
    public long next(String name) {
        SequenceCounterEntity counter = em.find(SequenceCounterEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            creator.create(name);
            counter = em.find(SequenceCounterEntity.class, name, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** Creates a counter in its own transaction; another server creating it at the same time is fine. */
    @ApplicationScoped
    public static class Creator {

        @PersistenceContext(unitName = "dualimpact")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String name) {
            try {
                if (em.find(SequenceCounterEntity.class, name) == null) {
                    em.persist(new SequenceCounterEntity(name));
                    em.flush();
                }
            } catch (PersistenceException e) {
                // created concurrently by another transaction: the caller will find it
            }
        }
    }
}
