package org.dualimpact.batch.rollup;

import java.util.Properties;
import java.util.logging.Logger;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step {@code agreements}: {@code dualimpact.kpi-rollup.partitions} partitions (default 2), one thread each,
 * split by the hash of the agreement reference ({@link AgreementReader}), so a restart gets the same split.
 */
@Named("agreementPartitionMapper")
@Dependent
public class AgreementPartitionMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(AgreementPartitionMapper.class.getName());

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Inject
    @ConfigProperty(name = "dualimpact.kpi-rollup.partitions", defaultValue = "2")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int agreements = steps.agreements(steps.run(job.getInstanceId())).size();
        int n = Math.max(1, Math.min(partitions, agreements));
        LOG.info(() -> "kpi-rollup: " + agreements + " agreements to recompute in " + n + " partition(s)");
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(n));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
