package org.dualimpact.kernel.rollup;

/**
 * Ledger entries {@code from <= seq < to} that one partition of the index step turns into facts. The
 * ranges of a run are contiguous, do not overlap, and depend only on the run and the index position, so
 * a restarted run gets the same ranges back.
 */
public record IndexRange(long from, long to) {

    public IndexRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("an index range is 0 <= from <= to: " + from + ".." + to);
        }
    }

    public long size() {
        return to - from;
    }
}
