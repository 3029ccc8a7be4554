package org.dualimpact.batch.rollup;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.Slice;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Step {@code slices}, reader of one partition: its slices in order; the checkpoint is the position of
 * the next slice. A slice is replaced whole in the chunk that computes it, so after a restart the
 * slices of the interrupted chunk are simply computed again.
 */
@Named("sliceReader")
@Dependent
public class SliceReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    private List<Slice> slices;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        RollupRun run;
        try {
            run = steps.run(job.getInstanceId());
        } catch (DomainException e) {
            throw KpiRollupPlan.refuse(job, e);
        }
        List<List<Slice>> groups = RollupPartitions.byTerritory(steps.slices(run), Integer.parseInt(partitions));
        int index = Integer.parseInt(partition);
        slices = index < groups.size() ? groups.get(index) : List.of();
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return position < slices.size() ? slices.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
