package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the roll-up keeps its runs, the figures of each agreement, and the KPI rows grouped from them.
 * Every write replaces what it writes, so repeating it (after a stop or a crash) leaves the same rows.
 */
public interface RollupStore {

    RollupState state();

    Optional<RollupRun> run(long instance);

    /**
     * Stores a newly planned run. An incremental run notes the slices its agreements' figures lie in now, for
     * {@link #regroup}; a full rebuild removes every agreement's figures and sets the watermarks to 0, so that
     * until it completes no later run works from figures it removed.
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

    /**
     * Groups the KPI, SDG (through the {@code sdgTargets} of each measure) and agreement rows of the run's slices (noted when
     * planned, and those its agreements' figures lie in now; all on a full rebuild) from the agreements'
     * figures, and moves the watermarks unless the run is restricted, in one write. @return the slices regrouped
     */
    int regroup(RollupRun run, Function<String, Set<String>> sdgTargets);
}
