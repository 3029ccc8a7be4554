package org.dualimpact.ledger.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.ledger.EntryWriter;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerService.PendingEntry;

/**
 * The ledger's sequencer: requests hand their validated entries to a queue; one thread drains
 * whatever has queued up (up to {@value #MAX_BATCH} entries) and appends it in one transaction
 * under the chain-head lock, then answers every waiting request. One commit per batch instead of one
 * per entry is where throughput comes from; durability is untouched (a request is answered only
 * after its batch committed), and the database lock — not this JVM — keeps several servers on one
 * chain. If a batch fails, its requests are retried one by one so that one bad request cannot fail
 * the others.
 */
@ApplicationScoped
public class GroupCommitEntryWriter implements EntryWriter {

    static final int MAX_BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(GroupCommitEntryWriter.class.getName());

    private record Request(List<PendingEntry> entries, CompletableFuture<List<LedgerEntry>> answer) {
    }

    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private volatile Thread drainer;
    private volatile boolean stopping;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Batches batches;

    @Override
    public List<LedgerEntry> write(List<PendingEntry> entries) {
        Request request = new Request(List.copyOf(entries), new CompletableFuture<>());
        startDrainer();
        queue.add(request);
        try {
            return request.answer().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the ledger did not commit within 60 s; the entries may still be appended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void startDrainer() {
        if (drainer == null || !drainer.isAlive()) {
            drainer = threads.newThread(this::drain);
            drainer.setName("dual-impact-ledger-sequencer");
            drainer.setDaemon(true);
            drainer.start();
        }
    }

    private void drain() {
        while (!stopping) {
            try {
                Request first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Request> batch = new ArrayList<>();
                batch.add(first);
                int size = first.entries().size();
                while (size < MAX_BATCH) {
                    Request next = queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    size += next.entries().size();
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "ledger sequencer failed; continuing", e);
            }
        }
    }

    private void commit(List<Request> batch) {
        List<PendingEntry> all = new ArrayList<>();
        batch.forEach(r -> all.addAll(r.entries()));
        try {
            List<LedgerEntry> appended = batches.append(all);
            int at = 0;
            for (Request r : batch) {
                r.answer().complete(appended.subList(at, at + r.entries().size()));
                at += r.entries().size();
            }
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(batchFailed);
                return;
            }
            for (Request r : batch) { // isolate the request that broke the batch
                try {
                    r.answer().complete(batches.append(r.entries()));
                } catch (RuntimeException e) {
                    r.answer().completeExceptionally(e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread t = drainer;
        if (t != null) {
            t.interrupt();
        }
    }

    /** One batch, one transaction of its own. */
    @ApplicationScoped
    public static class Batches {

        @Inject
        JdbcContributionLedger ledger;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<LedgerEntry> append(List<PendingEntry> entries) {
            return new LedgerAppender(ledger, Clock.systemUTC()).appendAll(entries);
        }
    }
}
