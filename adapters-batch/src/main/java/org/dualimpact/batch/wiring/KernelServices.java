package org.dualimpact.batch.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CatalogueMeasureReference;
import org.dualimpact.kernel.rollup.MeasureReference;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.kernel.spo.DocumentRenderer;
import org.dualimpact.kernel.spo.SpoDocument;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoService;
import org.dualimpact.kernel.tender.TenderRepository;
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
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Dependent
    TerritoryService territoryService(TerritoryRepository territories) {
        return new TerritoryService(territories);
    }

    /** Jobs never render documents: the web application does. */
    @Produces
    @Dependent
    DocumentRenderer noDocuments() {
        return new DocumentRenderer() {
            @Override
            public byte[] render(SpoDocument document) {
                throw new IllegalStateException("documents are rendered by the web application, not by batch jobs");
            }

            @Override
            public String mediaType() {
                return "application/pdf";
            }
        };
    }

    @Produces
    @Dependent
    SpoService spoService(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, TenderRepository tenders, AuditJournal journal, DocumentRenderer renderer,
            Clock clock) {
        return new SpoService(spos, provisions, organisations, territories, tenders, journal, renderer, clock);
    }

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

    /** The KPI roll-up over the JDBC roll-up store, the SPO tables and the ledger. */
    @Produces
    @Dependent
    RollupService rollupService(RollupStore store, AgreementSource agreements, ContributionLedger ledger,
            TerritoryRepository territories, MeasureReference measures, Clock clock) {
        return new RollupService(store, agreements, ledger, territories, measures, clock);
    }

    /** Checkpoints only read and sign: entries are appended by the web application's sequencer. */
    @Produces
    @Dependent
    LedgerProofs ledgerProofs(ContributionLedger ledger, SpoRepository spos, TreeHeadSigner signer, Clock clock) {
        return new LedgerProofs(ledger, spos, signer, clock);
    }
}
