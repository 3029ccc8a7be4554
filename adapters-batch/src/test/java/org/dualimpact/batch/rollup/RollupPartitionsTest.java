package org.dualimpact.batch.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.dualimpact.batch.rollup.RollupPartitions.Range;
import org.dualimpact.kernel.rollup.Slice;
import org.junit.jupiter.api.Test;

class RollupPartitionsTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final String TV = "E23000029";

    @Test
    void indexRangesAreWholePagesSplitEvenly() {
        assertEquals(List.of(new Range(0, 12), new Range(12, 21)), RollupPartitions.ranges(0, 21, 2, 2)); // 11 pages
        assertEquals(List.of(new Range(0, 21)), RollupPartitions.ranges(0, 21, 1, 2));
        assertEquals(List.of(new Range(100, 121)), RollupPartitions.ranges(100, 121, 2, 1000));
    }

    @Test
    void aRangeHoldsAtLeastOneChunkOfPages() {
        assertEquals(List.of(new Range(0, 9)), RollupPartitions.ranges(0, 9, 2, 1));   // 9 pages: one range
        assertEquals(List.of(new Range(0, 5), new Range(5, 10)), RollupPartitions.ranges(0, 10, 4, 1));
    }

    @Test
    void nothingLeftToIndexIsNoRange() {
        assertEquals(List.of(), RollupPartitions.ranges(21, 21, 2, 2));
    }

    @Test
    void slicePartitionsSpreadTerritoriesAndKeepEachTerritoryWhole() {
        List<Slice> slices = List.of(new Slice(TV, MARCH), new Slice(TV, MARCH.plusMonths(1)), new Slice(TV, MARCH.plusMonths(2)),
                new Slice("E23000001", MARCH), new Slice("E23000001", MARCH.plusMonths(1)), new Slice("E23000013", MARCH));
        List<List<Slice>> groups = RollupPartitions.byTerritory(slices, 2);
        assertEquals(2, groups.size());
        assertEquals(List.of(new Slice(TV, MARCH), new Slice(TV, MARCH.plusMonths(1)), new Slice(TV, MARCH.plusMonths(2))),
                groups.get(0));
        assertEquals(3, groups.get(1).size());
        assertEquals(1, RollupPartitions.byTerritory(slices.subList(0, 3), 2).size());
        assertEquals(List.of(), RollupPartitions.byTerritory(List.of(), 2));
    }
}
