package org.dualimpact.kernel.territory;

import java.util.List;
import java.util.Optional;

/** Where territories and regions are kept. Reads return results ordered by code. */
public interface TerritoryRepository {

    List<Region> regions();

    Optional<Region> region(String code);

    List<Territory> territories();

    Optional<Territory> territory(String code);

    /** Inserts the region or replaces the stored one with the same code. */
    void save(Region region);

    /** Inserts the territory or replaces the stored one with the same code. Its region must exist. */
    void save(Territory territory);
}
