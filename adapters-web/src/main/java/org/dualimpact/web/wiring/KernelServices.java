package org.dualimpact.web.wiring;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * Builds the kernel's application services from the adapters that implement their ports. The only
 * place in the web adapter where a kernel service is constructed. Producers are {@code @Dependent}:
 * kernel classes have no no-arg constructor, so they cannot be proxied; they are cheap to build.
 */
@Dependent
public class KernelServices {

    @Produces
    @Dependent
    TerritoryService territoryService(TerritoryRepository territories) {
        return new TerritoryService(territories);
    }

    @Produces
    @Dependent
    OrganisationService organisationService(OrganisationRepository organisations, TerritoryRepository territories) {
        return new OrganisationService(organisations, territories);
    }
}
