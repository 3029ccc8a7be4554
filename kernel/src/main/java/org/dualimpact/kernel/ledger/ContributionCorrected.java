package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The supplier corrects the contribution recorded as entry {@code contribution}, with a reason: a
 * {@link Correction#REVERSAL} cancels it (no quantity, no value); an {@link Correction#AMENDMENT} sets
 * its quantity (more than 0) and, when {@code value} is given, its GBP value.
 */
public record ContributionCorrected(long contribution, Correction correction, BigDecimal quantity, BigDecimal value,
        String reasonCommitment) implements EntryPayload.FollowUp {

    /** How a correction puts a contribution right. */
    public enum Correction {
        REVERSAL, AMENDMENT
    }

    public ContributionCorrected {
        EntryPayload.reference(contribution);
        Objects.requireNonNull(correction, "correction");
        if (correction == Correction.REVERSAL && (quantity != null || value != null)) {
            throw new IllegalArgumentException("a reversal sets no quantity or value");
        }
        if (correction == Correction.AMENDMENT && (quantity == null || quantity.signum() <= 0)) {
            throw new IllegalArgumentException("an amendment sets a quantity of more than 0");
        }
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("an amended value is not negative");
        }
        EntryPayload.commitment(reasonCommitment, "reason");
    }

    public static ContributionCorrected reversal(long contribution) {
        return new ContributionCorrected(contribution, Correction.REVERSAL, null, null, null);
    }

    public static ContributionCorrected amendment(long contribution, BigDecimal quantity, BigDecimal value) {
        return new ContributionCorrected(contribution, Correction.AMENDMENT, quantity, value, null);
    }

    public boolean isReversal() {
        return correction == Correction.REVERSAL;
    }

    @Override
    public EntryType type() {
        return EntryType.CONTRIBUTION_CORRECTED;
    }
}
