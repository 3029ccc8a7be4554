package org.dualimpact.batch.rollup;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.RollupService;

/**
 * Step {@code index}, reader of one partition: the ledger entries of its range ({@code from} to
 * {@code to}, from the {@link IndexPartitionMapper}), one page ({@code pageSize} entries, default 1000)
 * per item, read as placed facts. The checkpoint is the next page; a page redone after a crash replaces
 * itself, so nothing is doubled.
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
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    @Inject
    RollupService rollups;

    private long next;
    private long end;
    private int size;

    @Override
    public void open(Serializable checkpoint) {
        end = Long.parseLong(to.strip());
        next = checkpoint == null ? Long.parseLong(from.strip()) : (Long) checkpoint;
        size = pageSize(pageSize);
    }

    /** The {@code pageSize} job parameter (default 1000, at least 1). */
    static int pageSize(String parameter) {
        int size = parameter == null || parameter.isBlank() ? 1000 : Integer.parseInt(parameter.strip());
        if (size < 1) {
            throw new IllegalArgumentException("job parameter pageSize=" + parameter + " must be at least 1");
        }
        return size;
    }

    @Override
    public Object readItem() {
        if (next >= end) {
            return null;
        }
        long pageEnd = Math.min(next + size, end);
        Page page = new Page(next, pageEnd, rollups.read(next, pageEnd));
        next = pageEnd;
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
