package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupService;

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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> agreements(RollupRun run) {
        return rollups.agreements(run);
    }
}
