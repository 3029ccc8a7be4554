package org.dualimpact.kernel.rollup;

import java.time.Instant;
import java.util.Objects;

/**
 * One roll-up run, fixed when it is planned and kept for its restarts: what was asked, and the bounds
 * it works within — ledger entries {@code ledgerFrom <= seq < ledgerTo} and journal entries
 * {@code journalFrom <= seq < journalTo} are new to it. A restart works within the same bounds, so it
 * computes exactly what the interrupted execution would have.
 */
public record RollupRun(long instance, RollupRequest request, long ledgerFrom, long ledgerTo, long journalFrom,
        long journalTo, Instant plannedAt) {

    public RollupRun {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(plannedAt, "plannedAt");
        if (ledgerFrom < 0 || ledgerTo < ledgerFrom || journalFrom < 0 || journalTo < journalFrom) {
            throw new IllegalArgumentException("invalid bounds " + ledgerFrom + ".." + ledgerTo + ", " + journalFrom + ".." + journalTo);
        }
    }
}
