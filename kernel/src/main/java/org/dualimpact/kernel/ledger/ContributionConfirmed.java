package org.dualimpact.kernel.ledger;

/** A provider of the agreement confirms the contribution recorded as entry {@code contribution}. */
public record ContributionConfirmed(long contribution) implements EntryPayload.FollowUp {

    public ContributionConfirmed {
        EntryPayload.reference(contribution);
    }

    @Override
    public EntryType type() {
        return EntryType.CONTRIBUTION_CONFIRMED;
    }
}
