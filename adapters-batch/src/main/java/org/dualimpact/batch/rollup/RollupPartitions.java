package org.dualimpact.batch.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dualimpact.kernel.rollup.Slice;

/**
 * How the {@code kpi-rollup} job spreads its work over threads. Both splits are pure functions of what a
 * run fixed when first planned (its bounds, the index position, its slices), so a restart gets the same
 * partitions and each resumes from its checkpoint.
 */
final class RollupPartitions {

    /** Pages a range of the index step holds at least (one chunk): below, a second thread gains nothing. */
    static final int MIN_PAGES_PER_RANGE = 5;

    private RollupPartitions() {
    }

    /** Ledger entries {@code from <= seq < to} that one partition of the index step turns into facts. */
    record Range(long from, long to) {
        Range {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("a range is 0 <= from <= to: " + from + ".." + to);
            }
        }
    }

    /**
     * Entries {@code from <= seq < to} split into at most {@code partitions} contiguous ranges of whole
     * pages of {@code pageSize} entries, each of at least {@link #MIN_PAGES_PER_RANGE} pages (one range
     * for a small nightly increment; none when nothing is left).
     */
    static List<Range> ranges(long from, long to, int partitions, int pageSize) {
        if (partitions < 1 || pageSize < 1) {
            throw new IllegalArgumentException("partitions and pageSize are at least 1");
        }
        long pages = (to - from + pageSize - 1) / pageSize;
        int n = (int) Math.min(Math.min(partitions, pages), Math.max(1, pages / MIN_PAGES_PER_RANGE));
        List<Range> ranges = new ArrayList<>(n);
        long start = from;
        for (int i = 0; i < n; i++) {
            long end = Math.min(to, start + (pages / n + (i < pages % n ? 1 : 0)) * pageSize);
            ranges.add(new Range(start, end));
            start = end;
        }
        return ranges;
    }

    /** Slices split into at most {@code partitions} groups of whole territories, balancing slice counts; never an empty group. */
    static List<List<Slice>> byTerritory(List<Slice> slices, int partitions) {
        Map<String, List<Slice>> territories = new TreeMap<>();
        slices.forEach(s -> territories.computeIfAbsent(s.territory(), t -> new ArrayList<>()).add(s));
        List<List<Slice>> groups = new ArrayList<>();
        for (int i = Math.max(1, Math.min(partitions, territories.size())); i > 0; i--) {
            groups.add(new ArrayList<>());
        }
        List<List<Slice>> largestFirst = new ArrayList<>(territories.values());
        largestFirst.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (List<Slice> territory : largestFirst) {
            groups.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(territory);
        }
        groups.removeIf(List::isEmpty);
        groups.forEach(g -> g.sort(null));
        return groups;
    }
}
