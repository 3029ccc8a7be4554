package org.dualimpact.batch.rollup;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupService;

/**
 * Listener of {@code kpi-rollup}: when an execution ends — completed, stopped or failed — the facts a first
 * run kept in memory are dropped, so a run that does not go on holds no heap (a completed run has already
 * dropped them; a restart reads the facts from {@code ROLLUP_FACT_BLOCK}).
 */
@Named("kpiRollupMemory")
@Dependent
public class KpiRollupMemory extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    RollupService rollups;

    @Override
    public void afterJob() {
        rollups.releaseFacts(job.getInstanceId());
    }
}
