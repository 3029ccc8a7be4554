package org.dualimpact.batch.rollup;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step {@code indexed} of {@code kpi-rollup}: every range of the index step is done — the index position
 * moves to the run's bound and the store restores what it set aside for a bulk load (the slice index
 * after a first run). Safe to repeat.
 */
@Named("kpiRollupIndexed")
@Dependent
public class KpiRollupIndexed extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    private static final Logger LOG = Logger.getLogger(KpiRollupIndexed.class.getName());

    @Override
    public String process() {
        String status = "indexed to ledger entry " + steps.indexed(job.getInstanceId()) + "; slices "
                + (steps.slicesFromMemory(job.getInstanceId()) ? "from the facts this run indexed, kept in memory"
                        : "read from ROLLUP_FACT");
        LOG.info(() -> "kpi-rollup: " + status);
        return status;
    }
}
