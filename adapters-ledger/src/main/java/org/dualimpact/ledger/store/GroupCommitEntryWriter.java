package org.dualimpact.ledger.store;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.ledger.EntryWriter;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PendingEntry;

/**
 * The ledger's sequencer in Liberty: a {@link Sequencer} whose drain thread comes from the
 * container's {@link ManagedThreadFactory} and whose batches each run in a transaction of their
 * own ({@link Batches}, {@code REQUIRES_NEW}). One commit per batch instead of one per entry is
 * where throughput comes from; durability is untouched (a request is answered only after its batch
 * committed), and the database lock — not this JVM — keeps several servers on one chain.
 */
@ApplicationScoped
public class GroupCommitEntryWriter implements EntryWriter {

    static final int MAX_BATCH = 1000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Batches batches;

    private Sequencer sequencer;

    @Override
    public List<LedgerEntry> write(List<PendingEntry> entries) {
        return sequencer().write(entries);
    }

    private synchronized Sequencer sequencer() {
        if (sequencer == null) {
            sequencer = new Sequencer(threads, batches::append, MAX_BATCH);
        }
        return sequencer;
    }

    @PreDestroy
    synchronized void stop() {
        if (sequencer != null) {
            sequencer.stop();
        }
    }

    /**
     * One batch, one transaction of its own, on the sequencer's own data source: the requests waiting
     * for the batch each hold a connection of the application's pool, and a batch that needed one of
     * those would wait for them while they wait for it (20 requests at once did so, until the pool's
     * 30 s time-out).
     */
    @ApplicationScoped
    public static class Batches {

        @Resource(lookup = "jdbc/dualimpact-ledger-writer")
        DataSource writer;

        private JdbcContributionLedger ledger;

        @PostConstruct
        void init() {
            ledger = new JdbcContributionLedger(writer);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<LedgerEntry> append(List<PendingEntry> entries) {
            return new LedgerAppender(ledger, Clock.systemUTC()).appendAll(entries);
        }
    }
}
