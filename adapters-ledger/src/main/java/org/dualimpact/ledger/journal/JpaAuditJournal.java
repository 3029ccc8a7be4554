package org.dualimpact.ledger.journal;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;

/**
 * The audit journal in {@code AUDIT_JOURNAL}, appended in the caller's transaction. Sequence numbers
 * come from the {@code JOURNAL_HEAD} row, locked for the rest of the transaction, so they are
 * gap-free and ordered across servers sharing the database: a rolled-back transaction leaves no
 * number behind. Hash-chaining and database guards against UPDATE/DELETE belong to the ledger issue.
 */
@ApplicationScoped
public class JpaAuditJournal implements AuditJournal {

    @PersistenceContext(unitName = "dualimpact-ledger")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public JournalEntry append(JournalEntry entry) {
        JournalHeadEntity head = em.find(JournalHeadEntity.class, JournalHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("JOURNAL_HEAD row missing: the schema migrations did not run");
        }
        JournalEntryEntity row = new JournalEntryEntity(head.next(), entry);
        em.persist(row);
        return row.toDomain();
    }

    @Override
    @Transactional
    public List<JournalEntry> about(String subject) {
        return em.createQuery("select e from JournalEntryEntity e where e.subject = :subject order by e.sequence",
                JournalEntryEntity.class).setParameter("subject", subject).getResultStream()
                .map(JournalEntryEntity::toDomain).toList();
    }

    @Override
    @Transactional
    public List<JournalEntry> latestAbout(Collection<String> subjects, int limit) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from JournalEntryEntity e where e.subject in :subjects order by e.sequence desc",
                JournalEntryEntity.class).setParameter("subjects", subjects).setMaxResults(limit).getResultStream()
                .map(JournalEntryEntity::toDomain).toList();
    }
}
