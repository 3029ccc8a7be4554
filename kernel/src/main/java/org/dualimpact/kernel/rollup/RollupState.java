package org.dualimpact.kernel.rollup;

/** The figures are current for ledger entries below {@code ledgerWatermark} and journal entries below {@code journalWatermark}. */
public record RollupState(long ledgerWatermark, long journalWatermark) {

    public RollupState {
        if (ledgerWatermark < 0 || journalWatermark < 0) {
            throw new IllegalArgumentException("positions are not negative");
        }
    }
}
