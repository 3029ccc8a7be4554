package org.dualimpact.batch.rollup;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.SliceFigures;

/** Step {@code slices}, writer: replaces the rows of the chunk's slices in one write, in the chunk's transaction. */
@Named("sliceWriter")
@Dependent
public class SliceWriter extends AbstractItemWriter {

    @Inject
    RollupService rollups;

    @Override
    public void writeItems(List<Object> items) {
        rollups.store(items.stream().map(SliceFigures.class::cast).toList());
    }
}
