package org.dualimpact.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dualimpact.kernel.ledger.EntryWriter;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PendingEntry;

/**
 * Group commit without a container: requests hand their validated entries to a queue; one thread
 * drains whatever has queued up (up to {@code maxBatch} entries) and hands it to
 * {@code appendInOwnTransaction}, then answers every waiting request. A request is answered only
 * after its batch committed (durability untouched); the database lock, not this JVM, keeps several
 * servers on one chain. If a batch fails, its requests are retried one by one so that one bad
 * request cannot fail the others. {@link GroupCommitEntryWriter} runs it in Liberty; the benchmark
 * runs it on plain threads.
 */
public final class Sequencer implements EntryWriter {

    private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());

    private record Request(List<PendingEntry> entries, CompletableFuture<List<LedgerEntry>> answer) {
    }

    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final ThreadFactory threads;
    private final Function<List<PendingEntry>, List<LedgerEntry>> appendInOwnTransaction;
    private final int maxBatch;
    private Thread drainer;
    private volatile boolean stopping;

    public Sequencer(ThreadFactory threads, Function<List<PendingEntry>, List<LedgerEntry>> appendInOwnTransaction,
            int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.threads = threads;
        this.appendInOwnTransaction = appendInOwnTransaction;
        this.maxBatch = maxBatch;
    }

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
        if (stopping) {
            throw new IllegalStateException("the ledger sequencer is shutting down");
        }
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
                while (size < maxBatch) {
                    Request next = queue.peek();
                    if (next == null || size + next.entries().size() > maxBatch) {
                        break;
                    }
                    batch.add(queue.poll());
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
            List<LedgerEntry> appended = appendInOwnTransaction.apply(all);
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
                    r.answer().complete(appendInOwnTransaction.apply(r.entries()));
                } catch (RuntimeException e) {
                    r.answer().completeExceptionally(e);
                }
            }
        }
    }

    /** Stops draining; requests still queued time out. */
    public synchronized void stop() {
        stopping = true;
        if (drainer != null) {
            drainer.interrupt();
        }
    }
}
