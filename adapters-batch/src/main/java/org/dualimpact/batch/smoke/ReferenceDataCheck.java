package org.dualimpact.batch.smoke;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.dualimpact.importing.ShippedFiles;
import org.dualimpact.kernel.territory.ReferenceData;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * The smoke job {@code reference-data-check}: reads territories and regions through the kernel and
 * fails unless every shipped region and territory is stored as shipped and every stored territory lies
 * in a stored region. Proves the batch runtime, the job repository, CDI wiring and the database work
 * together; operators can run it after an installation or upgrade. Exit status:
 * {@code "<n> territories in <m> regions"} (what is stored).
 */
@Named("referenceDataCheck")
@Dependent
public class ReferenceDataCheck extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReferenceDataCheck.class.getName());

    @Inject
    TerritoryService territories;

    @Inject
    JobContext job;

    @Override
    @Transactional
    public String process() {
        List<Region> storedRegions = territories.regions();
        List<Territory> stored = territories.territories();
        if (storedRegions.isEmpty() || stored.isEmpty()) {
            throw new IllegalStateException("no reference data stored: has the web application started once?");
        }
        ReferenceData shipped = ShippedFiles.referenceData();
        for (Region region : shipped.regions()) {
            if (!storedRegions.contains(region)) {
                throw new IllegalStateException("shipped region " + region + " is not stored as shipped");
            }
        }
        for (Territory territory : shipped.territories()) {
            if (!stored.contains(territory)) {
                throw new IllegalStateException("shipped territory " + territory + " is not stored as shipped");
            }
        }
        Set<String> regions = storedRegions.stream().map(Region::code).collect(Collectors.toSet());
        for (Territory territory : stored) {
            if (!regions.contains(territory.regionCode())) {
                throw new IllegalStateException(territory + " lies in region " + territory.regionCode()
                        + ", which is not stored");
            }
        }
        String status = stored.size() + " territories in " + regions.size() + " regions";
        job.setExitStatus(status);
        LOG.info(() -> "reference-data-check: " + status);
        return status;
    }
}
