package org.dualimpact.kernel.spo;

import java.util.List;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.territory.Territory;

/**
 * Everything a proposal or agreement document shows, resolved: the SPO, its parties, provisions and
 * territory by name, and the canonical content and hash the document certifies.
 */
public record SpoDocument(Spo spo, Organisation supplier, List<Organisation> providers, List<Provision> provisions,
        Territory territory, String contentHash) {

    /** Proposal (stage 1) or Dual Impact Agreement (stage 2 and later). */
    public String title() {
        return spo.stage().isAgreement() ? "Dual Impact Agreement" : "Social Purchase Order — Proposal";
    }
}
