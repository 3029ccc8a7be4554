package org.dualimpact.kernel.ledger;

/** A provider of the agreement disputes the contribution recorded as entry {@code contribution}, with a reason. */
public record ContributionDisputed(long contribution, String reasonCommitment) implements EntryPayload.FollowUp {

    public ContributionDisputed {
        EntryPayload.reference(contribution);
        EntryPayload.commitment(reasonCommitment, "reason");
    }

    @Override
    public EntryType type() {
        return EntryType.CONTRIBUTION_DISPUTED;
    }
}
