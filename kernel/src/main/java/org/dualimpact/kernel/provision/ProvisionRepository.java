package org.dualimpact.kernel.provision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/** Where provisions are kept. */
public interface ProvisionRepository {

    Optional<Provision> find(ProvisionId id);

    /** Stores a new provision and tells it its first version ({@link Provision#markStored}). */
    void add(Provision provision);

    /**
     * Stores the provision's new state if the stored version still equals {@code provision.version()},
     * increments the stored version and tells the provision; otherwise throws a {@code STALE}
     * {@link DomainException}.
     */
    void update(Provision provision);

    /** Audited provisions matching the query, in its order. */
    Page<Provision> spotlight(SpotlightQuery query);

    /** Every provision of one provider, newest first. */
    List<Provision> ofProvider(OrganisationId provider);

    /** Every provision serving any of the territories, newest first (what a buyer may read). */
    List<Provision> inTerritories(Set<String> territories);

    /** The provisions pending audit that serve any of the territories, oldest first (a buyer's audit queue). */
    List<Provision> pendingIn(Set<String> territories);
}
