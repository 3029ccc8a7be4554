package org.dualimpact.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.evidence.EvidenceRepository;
import org.dualimpact.kernel.evidence.EvidenceReview;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Builds the research hubs' evidence services (drafting, review and publication, reading) from the
 * ports the persistence adapter implements. They take no settings; like every kernel service they are
 * {@code @Dependent}, as kernel classes cannot be proxied.
 */
@Dependent
public class EvidenceServices {

    @Produces
    @Dependent
    EvidenceDrafting evidenceDrafting(EvidenceRepository evidence, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, Clock clock) {
        return new EvidenceDrafting(evidence, organisations, territories, journal, clock);
    }

    @Produces
    @Dependent
    EvidenceReview evidenceReview(EvidenceRepository evidence, OrganisationRepository organisations, AuditJournal journal,
            Clock clock) {
        return new EvidenceReview(evidence, organisations, journal, clock);
    }

    @Produces
    @Dependent
    EvidenceQueries evidenceQueries(EvidenceRepository evidence, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, Clock clock) {
        return new EvidenceQueries(evidence, organisations, territories, journal, clock);
    }
}
