package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
        return rollups.plan(instance, rollups.request(fullRebuild, month, territory));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RollupRun run(long instance) {
        return rollups.run(instance);
    }

    /** Where the index step starts: the first ledger entry of the run not yet indexed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long indexFrom(RollupRun run) {
        return rollups.indexFrom(run);
    }

    /** Ends the index step: the index position moves to the run's bound. @return that bound */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long indexed(long instance) {
        RollupRun run = rollups.run(instance);
        rollups.indexed(run);
        return run.ledgerTo();
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
