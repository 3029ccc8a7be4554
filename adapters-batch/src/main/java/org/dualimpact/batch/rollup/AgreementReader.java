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
import org.dualimpact.kernel.shared.DomainException;

/**
 * Step {@code agreements}, reader of one partition (the agreements whose reference's hash it is, in order); the
 * checkpoint, committed with the chunk that stored it, is the last one read: a restart resumes after it.
 */
@Named("agreementReader")
@Dependent
public class AgreementReader extends AbstractItemReader {

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

    private List<String> agreements;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        RollupRun run;
        try {
            run = steps.run(job.getInstanceId());
        } catch (DomainException e) {
            throw KpiRollupPlan.refuse(job, e);
        }
        int index = Integer.parseInt(partition);
        int n = Integer.parseInt(partitions);
        agreements = steps.agreements(run).stream().filter(a -> Math.floorMod(a.hashCode(), n) == index)
                .filter(a -> checkpoint == null || a.compareTo((String) checkpoint) > 0).toList();
    }

    @Override
    public Object readItem() {
        return position < agreements.size() ? agreements.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position == 0 ? null : agreements.get(position - 1);
    }
}
