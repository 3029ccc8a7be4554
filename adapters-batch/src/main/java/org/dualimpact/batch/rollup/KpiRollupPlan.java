package org.dualimpact.batch.rollup;

import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Step {@code plan} of {@code kpi-rollup}: checks the job parameters ({@code fullRebuild}, {@code month},
 * {@code territory}) and fixes the run's bounds. Bad parameters fail the job with the reason in the job
 * log and in the exit status, e.g. {@code job parameter month=2026-13 is not a month: write YYYY-MM}.
 */
@Named("kpiRollupPlan")
@Dependent
public class KpiRollupPlan extends AbstractBatchlet {

    static final Logger LOG = Logger.getLogger(KpiRollupPlan.class.getName());

    @Inject
    @BatchProperty(name = "fullRebuild")
    String fullRebuild;

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    @BatchProperty(name = "territory")
    String territory;

    @Inject
    @BatchProperty(name = "agreementsPerChunk")
    String agreementsPerChunk;

    @Inject
    @BatchProperty(name = "throttleMillis")
    String throttleMillis;

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Override
    public String process() {
        RollupRun run;
        try {
            whole("agreementsPerChunk", agreementsPerChunk, 1, 1_000);
            whole("throttleMillis", throttleMillis, 0, 60_000);
            run = steps.plan(job.getInstanceId(), fullRebuild, month, territory);
        } catch (DomainException e) {
            throw refuse(job, e);
        }
        String planned = "planned: ledger entries " + run.ledgerFrom() + " to " + run.ledgerTo() + ", journal entries "
                + run.journalFrom() + " to " + run.journalTo() + run.request().describe();
        LOG.info(() -> "kpi-rollup " + planned);
        return planned;
    }

    /** An optional whole-number job parameter within bounds; refused otherwise. */
    static void whole(String name, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw DomainException.invalid("invalid-job-parameter", "job parameter " + name + "=" + value
                    + " is not a whole number from " + min + " to " + max + ".");
        }
    }

    /** Logs a refusal as the operator should read it, sets it as the exit status, and returns the exception that fails the step. */
    static IllegalArgumentException refuse(JobContext job, DomainException e) {
        String reasons = e.fieldErrors().isEmpty() ? e.getMessage()
                : e.getMessage() + " " + e.fieldErrors().stream().map(f -> f.message()).collect(Collectors.joining("; "));
        LOG.severe("kpi-rollup refused: " + reasons);
        job.setExitStatus("REFUSED: " + (reasons.length() > 900 ? reasons.substring(0, 900) : reasons));
        return new IllegalArgumentException(reasons, e);
    }
}
