package org.dualimpact.batch.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.LedgerService;
import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.rollup.AgreementSource;
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
     * No measures catalogue is connected to the roll-up yet: every proxy value and SDG link is unknown, so
     * social value, SROI and SDG figures stay empty (never 0). Connecting the catalogue means producing a
     * catalogue-backed {@link MeasureReference} here, then one {@code kpi-rollup} run with {@code fullRebuild=true}.
     */
    @Produces
    @Dependent
    MeasureReference measureReference() {
        return MeasureReference.UNKNOWN;
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
    LedgerService ledgerService(ContributionLedger ledger, SpoRepository spos, TreeHeadSigner signer, Clock clock) {
        return new LedgerService(ledger, spos, signer, clock);
    }
}
