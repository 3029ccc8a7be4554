package org.dualimpact.batch.rollup;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step {@code indexed} of {@code kpi-rollup}: every range of the index step is done — the index position
 * moves to the run's bound. What a store set aside for a bulk load is restored now, unless the slices are
 * computed from the facts kept in memory: then the {@code complete} step restores it (the store of
 * {@code ROLLUP_FACT_BLOCK} sets nothing aside). Safe to repeat.
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
        RollupSteps.Indexed indexed = steps.indexed(job.getInstanceId());
        String status = "indexed to ledger entry " + indexed.to() + (indexed.restoreLater()
                ? "; the slices are computed from the facts kept in memory" : "");
        LOG.info(() -> "kpi-rollup: " + status);
        return status;
    }
}
