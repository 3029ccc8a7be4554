package org.dualimpact.kernel.provision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where provisions are kept. */
public interface ProvisionRepository {

    Optional<Provision> find(ProvisionId id);

    void add(Provision provision);

    /** Stores a changed audit status. */
    void update(Provision provision);

    /** Audited provisions matching the query, in its order. */
    Page<Provision> spotlight(SpotlightQuery query);

    /** Every provision of one provider, newest first. */
    List<Provision> ofProvider(OrganisationId provider);

    /** Every provision serving any of the territories, newest first (buyers' audit queue). */
    List<Provision> inTerritories(Set<String> territories);
}
