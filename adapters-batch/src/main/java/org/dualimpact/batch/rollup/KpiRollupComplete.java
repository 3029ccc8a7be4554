package org.dualimpact.batch.rollup;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code complete} of {@code kpi-rollup}: moves the watermarks; exit status {@code recomputed <n> slices ...}. */
@Named("kpiRollupComplete")
@Dependent
public class KpiRollupComplete extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(KpiRollupComplete.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Override
    public String process() {
        String summary = steps.complete(job.getInstanceId());
        LOG.info(() -> "kpi-rollup: " + summary);
        job.setExitStatus(summary);
        return summary;
    }
}
