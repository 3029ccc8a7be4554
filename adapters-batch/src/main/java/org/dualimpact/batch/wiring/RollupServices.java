package org.dualimpact.batch.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CatalogueMeasureReference;
import org.dualimpact.kernel.rollup.MeasureReference;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Builds what only the batch jobs use: the KPI roll-up and what it is built from. Every other kernel
 * service the jobs call (SPO expiry, ledger checkpoints, territories, the clock) comes from the shared
 * wiring jar ({@code org.dualimpact.wiring}), as in the web WAR.
 */
@Dependent
public class RollupServices {


    /**
     * The roll-up values measures with the stored measures catalogues ({@link CatalogueMeasureReference}:
     * shared catalogues only, non-illustrative before illustrative, newest import first, per measure code),
     * read once per instance: each roll-up service (one per job step partition) gets its own, so a run sees
     * the catalogues as they were when its step started. Figures already rolled up change when recomputed:
     * after importing a catalogue, run {@code kpi-rollup} once with {@code fullRebuild=true}.
     */
    @Produces
    @Dependent
    MeasureReference measureReference(CatalogueRepository catalogues) {
        return new CatalogueMeasureReference(catalogues);
    }

    @Produces
    @Dependent
    RollupService rollupService(RollupStore store, AgreementSource agreements, ContributionLedger ledger,
            TerritoryRepository territories, MeasureReference measures, Clock clock) {
        return new RollupService(store, agreements, ledger, territories, measures, clock);
    }
}
