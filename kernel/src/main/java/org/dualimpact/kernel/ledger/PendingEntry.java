package org.dualimpact.kernel.ledger;

import java.util.Map;
import java.util.Objects;

/**
 * An entry waiting for its sequence number: everything but the number and the time. {@code personal}
 * holds the clear text of the payload's personal fields ({@code description}, {@code reason}); the
 * appender commits to each and puts the commitment in the payload.
 */
public record PendingEntry(EntryPayload payload, String agreement, String organisation, String actor,
        Map<String, String> personal) {

    public PendingEntry {
        Objects.requireNonNull(payload);
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(actor);
        personal = Map.copyOf(personal);
    }

    public EntryType type() {
        return payload.type();
    }
}
