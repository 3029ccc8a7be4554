package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.util.Optional;

/**
 * What a transition did: returned by every state change of {@link Spo} and appended to the audit
 * journal by the use case that made it. {@code detail} is non-confidential (a tender reference, a party).
 */
public record SpoEvent(SpoReference reference, SpoAction action, SpoStage from, SpoStage to, String actor,
        Optional<String> organisation, Instant at, String contentHash, String detail) {
}
