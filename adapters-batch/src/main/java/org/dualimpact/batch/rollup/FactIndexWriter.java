package org.dualimpact.batch.rollup;

import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.RollupService;

/**
 * Step {@code index}, writer: stores the facts of the chunk's pages in the chunk's transaction — a run of
 * adjacent pages in one write (one delete and one bulk insert for the whole range, not one per page).
 */
@Named("factIndexWriter")
@Dependent
public class FactIndexWriter extends AbstractItemWriter {

    @Inject
    RollupService rollups;

    @Override
    public void writeItems(List<Object> items) {
        for (LedgerPageReader.Page run : adjacentRuns(items.stream().map(LedgerPageReader.Page.class::cast).toList())) {
            rollups.index(run.from(), run.to(), run.facts());
        }
    }

    /**
     * The pages, in order, with each run of adjacent ones (a page starting where the one before ends) made
     * into one page. The reader gives a chunk's pages in order, so a chunk is one run.
     */
    static List<LedgerPageReader.Page> adjacentRuns(List<LedgerPageReader.Page> pages) {
        List<LedgerPageReader.Page> runs = new ArrayList<>();
        LedgerPageReader.Page run = null;
        List<ContributionFact> facts = null;
        for (LedgerPageReader.Page page : pages) {
            if (run != null && page.from() == run.to()) {
                facts.addAll(page.facts());
                run = new LedgerPageReader.Page(run.from(), page.to(), facts);
            } else {
                if (run != null) {
                    runs.add(run);
                }
                facts = new ArrayList<>(page.facts());
                run = new LedgerPageReader.Page(page.from(), page.to(), facts);
            }
        }
        if (run != null) {
            runs.add(run);
        }
        return runs;
    }
}
