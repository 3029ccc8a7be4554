package org.dualimpact.batch.rollup;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Step {@code index}, reader: ledger entries from the first not yet indexed to the run's bound, one page
 * ({@code pageSize} entries, default 1000) per item, read as facts. It resumes where the index stands in
 * the database, which the writer moves in the same transaction as the facts: a restart neither skips nor
 * repeats a page (a repeated page would replace itself anyway).
 */
@Named("ledgerPageReader")
@Dependent
public class LedgerPageReader extends AbstractItemReader {

    /** A page of facts of entries {@code from <= seq < to}. */
    public record Page(long from, long to, List<ContributionFact> facts) implements Serializable {
    }

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    @Inject
    JobContext job;

    @Inject
    RollupSteps steps;

    @Inject
    RollupService rollups;

    private RollupRun run;
    private long next;
    private int size;

    @Override
    public void open(Serializable checkpoint) {
        try {
            run = steps.run(job.getInstanceId());
        } catch (DomainException e) {
            throw KpiRollupPlan.refuse(job, e);
        }
        next = steps.indexFrom(run);
        size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize.strip());
    }

    @Override
    public Object readItem() {
        if (next >= run.ledgerTo()) {
            return null;
        }
        long to = Math.min(next + size, run.ledgerTo());
        Page page = new Page(next, to, rollups.read(next, to));
        next = to;
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
