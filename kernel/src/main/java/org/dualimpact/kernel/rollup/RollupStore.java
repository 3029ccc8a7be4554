package org.dualimpact.kernel.rollup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the roll-up keeps its state, its runs, its index of contribution facts and its figures. Every
 * write is idempotent: repeating it (after a stop or a crash) leaves the same rows as doing it once.
 */
public interface RollupStore {

    RollupState state();

    Optional<RollupRun> run(long instance);

    /** Stores a newly planned run (instance numbers are unique). */
    void saveRun(RollupRun run);

    /**
     * Stores the facts of ledger entries {@code from <= seq < to}, replacing any already stored for them.
     * Every fact is placed (a follow-up carries the dimensions of the recording it refers to). Ranges may
     * be written in any order and concurrently; the index position moves only with {@link #indexed}.
     */
    void index(long from, long to, List<ContributionFact> facts);

    /** Stored facts of recordings, by sequence number, for those of {@code sequences} that are indexed. */
    Map<Long, ContributionFact> recordings(Collection<Long> sequences);

    /** Every ledger entry below {@code to} is indexed: moves {@code indexedTo} there (never back). Safe to repeat. */
    void indexed(long to);

    /** The distinct slices of the facts of ledger entries {@code from <= seq < to}. */
    Set<Slice> slicesOfFacts(long from, long to);

    /** Every fact (recordings and follow-ups) of the contributions delivered in the slice, of entries below {@code before}. */
    List<ContributionFact> facts(Slice slice, long before);

    /** Slices that currently hold figures. */
    Set<Slice> storedSlices();

    /** The slices a run recomputes, once saved for it; empty before. */
    Optional<List<Slice>> plannedSlices(long instance);

    /** Saves the slices a run recomputes, unless already saved (then the saved list stands). */
    void planSlices(long instance, List<Slice> slices);

    /** Replaces every row (KPI, SDG, agreements) of these slices (distinct) by their figures, in one write. */
    void replace(List<SliceFigures> figures);

    /** Removes every row of the slices. */
    void remove(Collection<Slice> slices);

    /** Moves the figures' watermarks (the run is complete). */
    void advance(long ledgerWatermark, long journalWatermark);
}
