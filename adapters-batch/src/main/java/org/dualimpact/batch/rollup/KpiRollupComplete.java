package org.dualimpact.batch.rollup;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.rollup.RollupService;

/** Step {@code complete}: groups the KPI rows and moves the watermarks in one transaction; exit status {@code recomputed <n> slices ...}. */
@Named("kpiRollupComplete")
@Dependent
public class KpiRollupComplete extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(KpiRollupComplete.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupService rollups;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String process() {
        String summary = rollups.complete(rollups.run(job.getInstanceId()));
        LOG.info(() -> "kpi-rollup: " + summary);
        job.setExitStatus(summary);
        return summary;
    }
}
