package org.dualimpact.batch.rollup;

import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.batch.rollup.RollupPartitions.Range;
import org.dualimpact.kernel.rollup.RollupRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step {@code index}: splits the ledger entries still to index into at most
 * {@code dualimpact.kpi-rollup.partitions} contiguous ranges of whole pages, each indexed on its own
 * thread ({@link RollupPartitions#ranges}). The split depends only on the run and the index position, which moves only after the step
 * ({@code indexed}), so a restart gets the same ranges and each partition resumes from its checkpoint.
 */
@Named("indexPartitionMapper")
@Dependent
public class IndexPartitionMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(IndexPartitionMapper.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    @Inject
    @ConfigProperty(name = "dualimpact.kpi-rollup.partitions", defaultValue = "2")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        RollupRun run = steps.run(job.getInstanceId());
        List<Range> ranges = RollupPartitions.ranges(steps.indexFrom(run), run.ledgerTo(), Math.max(1, partitions),
                LedgerPageReader.pageSize(pageSize));
        if (ranges.isEmpty()) {
            ranges = List.of(new Range(run.ledgerTo(), run.ledgerTo())); // nothing to index: one empty partition
        }
        List<Range> planned = ranges;
        LOG.info(() -> "kpi-rollup: indexing ledger entries in " + planned.size() + " range(s): " + planned);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("from", Long.toString(ranges.get(i).from()));
            properties[i].setProperty("to", Long.toString(ranges.get(i).to()));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
