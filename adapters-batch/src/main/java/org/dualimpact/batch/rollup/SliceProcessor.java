package org.dualimpact.batch.rollup;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.Slice;

/**
 * Step {@code slices}, processor: recomputes a slice from all its facts. {@code throttleMillis} (job
 * parameter, default 0) pauses after each slice, to spare a database that serves users at the same time.
 */
@Named("sliceProcessor")
@Dependent
public class SliceProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "throttleMillis")
    String throttleMillis;

    @Inject
    JobContext job;

    @Inject
    RollupService rollups;

    private RollupRun run;

    @Override
    public Object processItem(Object item) throws InterruptedException {
        if (run == null) {
            run = rollups.run(job.getInstanceId());
        }
        Object figures = rollups.compute(run, (Slice) item);
        if (throttleMillis != null && !throttleMillis.isBlank() && Long.parseLong(throttleMillis.strip()) > 0) {
            Thread.sleep(Long.parseLong(throttleMillis.strip()));
        }
        return figures;
    }
}
