package org.dualimpact.batch.rollup;

import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.Slice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step {@code slices}: splits the run's slices by territory into at most
 * {@code dualimpact.kpi-rollup.partitions} partitions (default 2, one per core), each recomputing whole
 * territories on its own thread. The slices are fixed in the database when first planned and the split
 * is a pure function of them, so a restart gets the same partitions.
 */
@Named("slicePartitionMapper")
@Dependent
public class SlicePartitionMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(SlicePartitionMapper.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Inject
    @ConfigProperty(name = "dualimpact.kpi-rollup.partitions", defaultValue = "2")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        RollupRun run = steps.run(job.getInstanceId());
        List<Slice> slices = steps.slices(run);
        List<List<Slice>> groups = RollupPartitions.byTerritory(slices, partitions);
        int n = Math.max(1, groups.size());
        LOG.info(() -> "kpi-rollup: " + slices.size() + " slices to recompute in " + n + " partition(s)");
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(partitions));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
