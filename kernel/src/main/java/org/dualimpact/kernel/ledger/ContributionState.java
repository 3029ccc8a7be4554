package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A recorded contribution as the entries after it leave it. {@code quantity} and {@code value} are the
 * recorded ones or those the latest amendment set ({@code value} is {@code null} while no GBP value was
 * recorded or set); {@code verdict} is the latest confirmation or dispute; a reversed contribution no
 * longer counts and changes no more.
 *
 * <p>These are the rules every reader of contributions shares: the progress view folds entries with
 * {@link ContributionHistory}; the KPI roll-up folds the facts it keeps per slice through
 * {@link #then} too, so the two cannot disagree.
 *
 * @param <R> what the reader keeps of the recording ({@link ContributionRecorded}, or the roll-up's fact)
 * @param contribution the sequence number of the recording
 * @param recorded what was recorded (territory, date, measure, line, … never change)
 * @param amended whether an amendment changed quantity or value
 */
public record ContributionState<R>(long contribution, R recorded, BigDecimal quantity, BigDecimal value,
        Verdict verdict, boolean reversed, boolean amended) {

    /** What the providers of the agreement said last. */
    public enum Verdict {
        /** Neither confirmed nor disputed yet. */
        NONE,
        CONFIRMED,
        DISPUTED
    }

    public ContributionState {
        EntryPayload.reference(contribution);
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The state right after recording. */
    public static ContributionState<ContributionRecorded> recorded(long contribution, ContributionRecorded recorded) {
        return recorded(contribution, recorded, recorded.quantity(), recorded.value());
    }

    /** The state right after recording {@code quantity} and {@code value} ({@code null}: none), keeping {@code recorded}. */
    public static <R> ContributionState<R> recorded(long contribution, R recorded, BigDecimal quantity, BigDecimal value) {
        return new ContributionState<>(contribution, recorded, quantity, value, Verdict.NONE, false, false);
    }

    /**
     * The state after a follow-up of this contribution: a confirmation or dispute sets the verdict, a
     * reversal reverses, an amendment sets the quantity and, when it gives one, the value. A follow-up of
     * a reversed contribution changes nothing.
     */
    public ContributionState<R> then(EntryPayload.FollowUp followUp) {
        if (followUp.contribution() != contribution) {
            throw new IllegalArgumentException("a follow-up of entry " + followUp.contribution() + ", not of " + contribution);
        }
        if (reversed) {
            return this;
        }
        if (followUp instanceof ContributionConfirmed) {
            return new ContributionState<>(contribution, recorded, quantity, value, Verdict.CONFIRMED, false, amended);
        }
        if (followUp instanceof ContributionDisputed) {
            return new ContributionState<>(contribution, recorded, quantity, value, Verdict.DISPUTED, false, amended);
        }
        ContributionCorrected correction = (ContributionCorrected) followUp;
        if (correction.isReversal()) {
            return new ContributionState<>(contribution, recorded, quantity, value, verdict, true, amended);
        }
        return new ContributionState<>(contribution, recorded, correction.quantity(),
                correction.value() != null ? correction.value() : value, verdict, false, true);
    }

    /** Whether the contribution still counts (it was not reversed). */
    public boolean counts() {
        return !reversed;
    }

    /** Whether a GBP value was recorded or set by an amendment. */
    public boolean valued() {
        return value != null;
    }

    /** The GBP value, 0 when none was recorded or set. */
    public BigDecimal valueOrZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Whether a correction changed it: reversed, or amended. */
    public boolean corrected() {
        return reversed || amended;
    }
}
