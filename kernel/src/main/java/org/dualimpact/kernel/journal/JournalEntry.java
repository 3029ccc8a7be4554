package org.dualimpact.kernel.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded state change: which object ({@code subject}, e.g. an SPO reference), what happened
 * ({@code action}, e.g. {@code submit}), the state before and after, who did it for which
 * organisation, when, and the SHA-256 content hash of the object at that moment (empty before the
 * content is first hashed). {@code detail} is a short non-confidential note (a tender reference, a
 * withdrawal reason category), never commercial content.
 */
public record JournalEntry(long sequence, Instant at, String subject, String action, String fromState, String toState,
        String actor, Optional<String> organisation, String contentHash, String detail) {

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(toState, "toState");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(organisation, "organisation");
        fromState = fromState == null ? "" : fromState;
        contentHash = contentHash == null ? "" : contentHash;
        detail = detail == null ? "" : detail;
    }
}
