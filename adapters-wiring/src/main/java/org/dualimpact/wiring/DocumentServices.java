package org.dualimpact.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.diagnostic.AssessmentRepository;
import org.dualimpact.kernel.diagnostic.AssessmentService;
import org.dualimpact.kernel.diagnostic.FrameworkRepository;
import org.dualimpact.kernel.diagnostic.ReportRenderer;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.mapping.KpiListRenderer;
import org.dualimpact.kernel.mapping.MappingRepository;
import org.dualimpact.kernel.mapping.MappingService;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.spo.DocumentRenderer;
import org.dualimpact.kernel.spo.SpoDocuments;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Builds the kernel services that render documents, over the renderer ports the documents adapter
 * implements (OpenPDF, in the EAR's lib/ beside this jar): the API and the console serve the same PDFs.
 * The tender evaluation's document is built in the API's WAR, beside its renderer.
 */
@Dependent
public class DocumentServices {

    @Produces
    @Dependent
    SpoDocuments spoDocuments(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, DocumentRenderer renderer) {
        return new SpoDocuments(spos, provisions, organisations, territories, journal, renderer);
    }

    @Produces
    @Dependent
    AssessmentService assessmentService(AssessmentRepository assessments, FrameworkRepository frameworks,
            OrganisationRepository organisations, ReportRenderer renderer, Clock clock) {
        return new AssessmentService(assessments, frameworks, organisations, renderer, clock);
    }

    @Produces
    @Dependent
    MappingService mappingService(MappingRepository mappings, ValueFrameworkService frameworks, CatalogueService catalogues,
            TerritoryRepository territories, KpiListRenderer renderer, Clock clock) {
        return new MappingService(mappings, frameworks, catalogues, territories, renderer, clock);
    }
}
