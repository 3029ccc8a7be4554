package org.dualimpact.kernel.catalogue;

import java.util.List;
import java.util.Optional;

/** Where measures catalogues are kept. */
public interface CatalogueRepository {

    Optional<Catalogue> find(CatalogueId id);

    /** Every catalogue, shared and local, by name then edition. */
    List<Catalogue> all();

    /** The shared catalogue with exactly this name and edition. */
    Optional<Catalogue> findShared(String name, String edition);

    /** Stores a new catalogue; @return its stored version (the first). */
    long add(Catalogue catalogue);

    /**
     * Stores the changed measures of a local catalogue if the stored version still equals
     * {@code catalogue.version()}; otherwise throws a {@code STALE} DomainException. @return the new version
     */
    long update(Catalogue catalogue);
}
