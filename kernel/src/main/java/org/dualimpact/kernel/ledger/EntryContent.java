package org.dualimpact.kernel.ledger;

import java.util.Objects;

/**
 * What a ledger entry says — its sequence number, type, agreement and payload — without what proves
 * it (leaf hash), when and by whom it was written: what readers of figures, such as the KPI roll-up,
 * need. Read through {@link ContributionLedger#contents}.
 */
public record EntryContent(long sequence, String agreement, EntryPayload payload) {

    public EntryContent {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence numbers start at 0");
        }
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(payload, "payload");
    }

    public EntryType type() {
        return payload.type();
    }
}
