package org.dualimpact.kernel.spo;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.territory.Territory;

/**
 * Everything a proposal or agreement document shows, resolved: the SPO, its parties (the buyer once it
 * has one), provisions and territory by name, and the canonical content and hash the document certifies.
 */
public record SpoDocument(Spo spo, Organisation supplier, List<Organisation> providers, Optional<Organisation> buyer,
        List<Provision> provisions, Territory territory, String contentHash) {

    /** The name of a party of the document; the identifier only for an organisation it does not name. */
    public String name(OrganisationId id) {
        return Stream.concat(Stream.concat(Stream.of(supplier), providers.stream()), buyer.stream())
                .filter(o -> o.id().equals(id)).map(Organisation::name).findFirst().orElse(id.value());
    }

    /** Proposal (stage 1) or Dual Impact Agreement (stage 2 and later). */
    public String title() {
        return spo.stage().isAgreement() ? "Dual Impact Agreement" : "Social Purchase Order — Proposal";
    }
}
