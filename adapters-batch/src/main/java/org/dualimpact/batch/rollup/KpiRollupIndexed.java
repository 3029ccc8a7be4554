package org.dualimpact.batch.rollup;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code indexed} of {@code kpi-rollup}: every range of the index step is done — the index position moves to the run's bound. */
@Named("kpiRollupIndexed")
@Dependent
public class KpiRollupIndexed extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(KpiRollupIndexed.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Override
    public String process() {
        String status = "indexed to ledger entry " + steps.indexed(job.getInstanceId());
        LOG.info(() -> "kpi-rollup: " + status);
        return status;
    }
}
