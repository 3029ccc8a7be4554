package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupService;

/** Step {@code agreements}, writer: recomputes the chunk's agreements and replaces their figures, after {@code throttleMillis}. */
@Named("agreementWriter")
@Dependent
public class AgreementWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "throttleMillis")
    String throttleMillis;

    @Inject
    JobContext job;

    @Inject
    RollupService rollups;

    private RollupRun run;

    @Override
    public void writeItems(List<Object> items) throws InterruptedException {
        if (run == null) {
            run = rollups.run(job.getInstanceId());
        }
        if (throttleMillis != null && !throttleMillis.isBlank()) {
            Thread.sleep(Long.parseLong(throttleMillis.strip()));
        }
        rollups.store(rollups.compute(run, items.stream().map(String.class::cast).toList()));
    }
}
