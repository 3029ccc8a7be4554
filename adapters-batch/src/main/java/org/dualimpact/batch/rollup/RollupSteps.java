package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.rollup.IndexRange;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.Slice;

/** The roll-up's use cases that run outside a chunk, each in a transaction of its own. */
@ApplicationScoped
public class RollupSteps {

    @Inject
    RollupService rollups;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RollupRun plan(long instance, String fullRebuild, String month, String territory) {
        RollupRequest request = rollups.request(fullRebuild, month, territory);
        return rollups.plan(instance, request);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RollupRun run(long instance) {
        return rollups.run(instance);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void beginIndexing(RollupRun run) {
        rollups.beginIndexing(run);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexRange> indexRanges(RollupRun run, int partitions, int pageSize, long minEntriesPerRange) {
        return rollups.indexRanges(run, partitions, pageSize, minEntriesPerRange);
    }

    /** The index step's end: the index position, and whether restoring what the store set aside is left to {@link #restoreIndexes}. */
    public record Indexed(long to, boolean restoreLater) {
    }

    /**
     * Ends the index step. Outside a global transaction (each statement commits on its own): a store that
     * set indexes aside for a bulk load ({@code RollupStore#beginIndexing}; the store of
     * {@code ROLLUP_FACT_BLOCK} sets nothing aside) rebuilds them here, which must not meet the transaction
     * timeout — before the position moves, unless the run computes its slices from memory: then the
     * {@code complete} step restores them, and the slices step first if it reads facts after all (a
     * restart in another JVM).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Indexed indexed(long instance) {
        RollupRun run = rollups.run(instance);
        boolean later = rollups.indexed(run);
        return new Indexed(run.ledgerTo(), later);
    }

    /** Restores what the store set aside for a bulk load, outside a global transaction (see {@link #indexed}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void restoreIndexes() {
        rollups.restoreIndexes();
    }

    /** Whether the run's slices will be computed from the facts it indexed in this JVM. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean slicesFromMemory(long instance) {
        return rollups.slicesFromMemory(rollups.run(instance));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Slice> slices(RollupRun run) {
        return rollups.slices(run);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String complete(long instance) {
        return rollups.complete(rollups.run(instance));
    }
}
