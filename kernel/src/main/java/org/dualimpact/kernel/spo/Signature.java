package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;

/** A party's signature of an agreement: who signed for which organisation, when, over which content hash. */
public record Signature(OrganisationId party, String signer, Instant at, String contentHash) {
    public Signature {
        Objects.requireNonNull(party);
        Objects.requireNonNull(signer);
        Objects.requireNonNull(at);
        Objects.requireNonNull(contentHash);
    }
}
