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
        long from = -1;
        long to = -1;
        List<ContributionFact> facts = new ArrayList<>();
        for (Object item : items) {
            LedgerPageReader.Page page = (LedgerPageReader.Page) item;
            if (page.from() != to && from >= 0) {
                rollups.index(from, to, facts); // not adjacent (never expected: the reader reads pages in order)
                facts = new ArrayList<>();
                from = -1;
            }
            if (from < 0) {
                from = page.from();
            }
            to = page.to();
            facts.addAll(page.facts());
        }
        if (from >= 0) {
            rollups.index(from, to, facts);
        }
    }
}
