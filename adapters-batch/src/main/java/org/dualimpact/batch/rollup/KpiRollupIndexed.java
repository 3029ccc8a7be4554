package org.dualimpact.batch.rollup;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step {@code indexed} of {@code kpi-rollup}: every range of the index step is done — the index position
 * moves to the run's bound and the store restores what it set aside for a bulk load, if anything (the
 * store of ROLLUP_FACT_BLOCK sets nothing aside). Safe to repeat.
 */
@Named("kpiRollupIndexed")
@Dependent
public class KpiRollupIndexed extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    private static final Logger LOG = Logger.getLogger(KpiRollupIndexed.class.getName());

    /** Restores what the store set aside beside the slices step, when the slices are computed from memory. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Override
    public String process() {
        RollupSteps.Indexed indexed = steps.indexed(job.getInstanceId());
        if (indexed.restoreLater()) {
            try {
                executor.submit(() -> {
                    try {
                        steps.restoreIndexes();
                    } catch (RuntimeException e) {
                        // the complete step restores it, and fails the job with the reason if it cannot
                        LOG.log(Level.WARNING, "kpi-rollup: restoring what the store set aside for the load, beside the slices step, failed: "
                                + e.getMessage(), e);
                    }
                });
            } catch (RuntimeException e) {
                steps.restoreIndexes();
            }
        }
        String status = "indexed to ledger entry " + indexed.to() + (indexed.restoreLater()
                ? "; the slices are computed from memory, beside restoring what the store set aside for the load (if anything)" : "");
        LOG.info(() -> "kpi-rollup: " + status);
        return status;
    }
}
