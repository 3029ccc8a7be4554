package org.dualimpact.kernel.ledger;

import java.util.List;

/**
 * How validated entries reach the ledger. The plain writer appends in the caller's transaction
 * ({@link LedgerAppender}); a sequencer queues requests and appends whatever has queued up in one
 * transaction (group commit), answering each request once its batch is committed.
 */
@FunctionalInterface
public interface EntryWriter {

    /** Appends the entries, consecutively, and returns them with their sequence numbers once durable. */
    List<LedgerEntry> write(List<PendingEntry> entries);
}
