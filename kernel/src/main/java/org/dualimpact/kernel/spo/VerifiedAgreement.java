package org.dualimpact.kernel.spo;

import java.util.Map;
import java.util.Objects;

import org.dualimpact.kernel.organisation.OrganisationId;

/**
 * A contracted agreement as its verification shows it: the agreement, and the names of the
 * organisations it names (parties, signatories), so the summary names organisations, never users.
 */
public record VerifiedAgreement(Spo spo, Map<OrganisationId, String> names) {

    public VerifiedAgreement {
        Objects.requireNonNull(spo);
        names = Map.copyOf(names);
    }

    /** The organisation's name; its identifier when it is not registered. */
    public String name(OrganisationId organisation) {
        return names.getOrDefault(organisation, organisation.value());
    }
}
