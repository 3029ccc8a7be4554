package org.dualimpact.batch.rollup;

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

    @Override
    public String process() {
        return "indexed to ledger entry " + steps.indexed(job.getInstanceId());
    }
}
