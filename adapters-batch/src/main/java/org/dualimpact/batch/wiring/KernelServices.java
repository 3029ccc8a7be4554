package org.dualimpact.batch.wiring;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.territory.TerritoryRepository;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * Builds the kernel services the batch jobs call, from the adapters that implement their ports. The
 * only place in the batch adapter where a kernel service is constructed.
 */
@Dependent
public class KernelServices {

    @Produces
    @Dependent
    TerritoryService territoryService(TerritoryRepository territories) {
        return new TerritoryService(territories);
    }
}
