package org.dualimpact.batch.wiring;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CatalogueMeasureReference;
import org.dualimpact.kernel.rollup.FactsInMemory;
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

    private static final Logger LOG = Logger.getLogger(RollupServices.class.getName());

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

    /**
     * The facts a first run indexes, kept for its slices step: one per JVM. Limit
     * {@code dualimpact.kpi-rollup.in-memory-max-entries} (ledger entries; 0 keeps none); by default what
     * fits in a quarter of the maximum heap at about 200 bytes a fact. A negative limit is taken as 0, with a warning.
     */
    @Produces
    @Singleton
    FactsInMemory factsInMemory() {
        Config config = ConfigProvider.getConfig();
        Optional<Long> limit = config.getOptionalValue("dualimpact.kpi-rollup.in-memory-max-entries", Long.class);
        if (limit.isPresent() && limit.get() < 0) {
            LOG.warning("kpi-rollup: dualimpact.kpi-rollup.in-memory-max-entries=" + limit.get() + " is negative; using 0");
            limit = Optional.of(0L);
        }
        boolean configured = limit.isPresent();
        FactsInMemory memory = limit.map(FactsInMemory::new)
                .orElseGet(() -> FactsInMemory.withinHeapShare(Runtime.getRuntime().maxMemory(), 0.25));
        LOG.info(() -> "kpi-rollup: a first run keeps its facts in memory up to " + memory.maxEntries() + " ledger entries"
                + (configured ? " (dualimpact.kpi-rollup.in-memory-max-entries)" : " (a quarter of the maximum heap)"));
        return memory;
    }

    /** The KPI roll-up over the JDBC roll-up store, the SPO tables and the ledger, with the JVM's facts in memory. */
    @Produces
    @Dependent
    RollupService rollupService(RollupStore store, AgreementSource agreements, ContributionLedger ledger,
            TerritoryRepository territories, MeasureReference measures, Clock clock, FactsInMemory memory) {
        return new RollupService(store, agreements, ledger, territories, measures, clock, memory);
    }
}
