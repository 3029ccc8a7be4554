package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.dualimpact.kernel.spo.ContributionType;

/**
 * A contribution as the supplier recorded it. {@code quantity} is more than 0 (for a financial
 * contribution, the amount); {@code value} is the GBP value, {@code null} when none was recorded;
 * {@code commitmentLine} the line it names, or {@code null}; evidence is a SHA-256 with a name (possibly
 * empty), or neither; {@code descriptionCommitment} commits to the free-text description, if any.
 */
public record ContributionRecorded(ContributionType contributionType, BigDecimal quantity, String unit, BigDecimal value,
        String measureCode, String territory, LocalDate deliveryDate, Integer commitmentLine, String evidenceHash,
        String evidenceName, String descriptionCommitment) implements EntryPayload {

    public ContributionRecorded {
        Objects.requireNonNull(contributionType, "contributionType");
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("a recorded quantity is more than 0");
        }
        Objects.requireNonNull(unit, "unit");
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("a recorded value is not negative");
        }
        Objects.requireNonNull(measureCode, "measureCode");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        if (commitmentLine != null && commitmentLine < 1) {
            throw new IllegalArgumentException("commitment lines are numbered from 1");
        }
        if ((evidenceHash == null) != (evidenceName == null)) {
            throw new IllegalArgumentException("evidence is a hash with a name (possibly empty), or neither");
        }
        EntryPayload.commitment(evidenceHash, "evidenceHash");
        EntryPayload.commitment(descriptionCommitment, "description");
    }

    @Override
    public EntryType type() {
        return EntryType.CONTRIBUTION_RECORDED;
    }
}
