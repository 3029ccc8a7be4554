package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the roll-up keeps its runs, the figures of each agreement, and the KPI rows grouped from them.
 * Every write replaces what it writes, so repeating it (after a stop or a crash) leaves the same rows.
 */
public interface RollupStore {

    RollupState state();

    Optional<RollupRun> run(long instance);

    /**
     * Stores a newly planned run (instance numbers are unique) and notes the slices the stored figures of
     * its agreements ({@link #agreements}) lie in now: {@link #regroup} regroups them even when the
     * agreements' new figures leave them.
     */
    void saveRun(RollupRun run);

    /**
     * The agreements whose figures the run recomputes, in order: every agreement on a full rebuild; those
     * with figures or commitment lines in the requested slices on a restricted run; else those with
     * ledger entries, or formed by journal entries, within the run's bounds.
     */
    List<String> agreements(RollupRun run);

    /** Replaces all the figures of each agreement given (its rows, any number, by month × territory × measure). */
    void replace(Map<String, List<KpiFigures>> figures);

    /** The measure codes of the stored figures. */
    Set<String> measures();

    /**
     * Regroups the KPI, SDG (through {@code sdgTargets}, by measure code) and agreement rows of the run's
     * slices — those noted when it was planned and those its agreements' figures lie in now; every slice on
     * a full rebuild — from the agreements' figures, and moves the watermarks to the run's bounds unless the
     * run is restricted, in one write. @return how many slices hold figures after it, of those regrouped
     */
    int regroup(RollupRun run, Map<String, Set<String>> sdgTargets);
}
