package org.dualimpact.kernel.organisation;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> find(OrganisationId id);

    /** All organisations, ordered by name. */
    List<Organisation> all();

    /** Stores a new organisation; the caller has checked that its identifier is free. */
    void add(Organisation organisation);
}
