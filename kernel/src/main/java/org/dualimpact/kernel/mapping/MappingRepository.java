package org.dualimpact.kernel.mapping;

import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where mappings are kept. */
public interface MappingRepository {

    Optional<Mapping> find(MappingId id);

    /** The mappings of an organisation, newest first. */
    List<Mapping> ofOwner(OrganisationId owner);

    /** Stores a new mapping; @return its stored version (the first). */
    long add(Mapping mapping);

    /** Stores the sheet if the stored version is still {@code mapping.version()} (else STALE); @return the new version. */
    long update(Mapping mapping);
}
