package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupService;

/** Step {@code index}, writer: stores each page's facts and moves the index position, in the chunk's transaction. */
@Named("factIndexWriter")
@Dependent
public class FactIndexWriter extends AbstractItemWriter {

    @Inject
    RollupService rollups;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            LedgerPageReader.Page page = (LedgerPageReader.Page) item;
            rollups.index(page.from(), page.to(), page.facts());
        }
    }
}
