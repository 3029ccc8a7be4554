package org.dualimpact.kernel.rollup;

/**
 * Where the roll-up stands: facts are indexed for ledger entries below {@code indexedTo}; the figures
 * are current for ledger entries below {@code ledgerWatermark} and journal entries below
 * {@code journalWatermark} (agreements formed before it).
 */
public record RollupState(long indexedTo, long ledgerWatermark, long journalWatermark) {

    public RollupState {
        if (indexedTo < 0 || ledgerWatermark < 0 || journalWatermark < 0) {
            throw new IllegalArgumentException("positions are not negative");
        }
    }
}
