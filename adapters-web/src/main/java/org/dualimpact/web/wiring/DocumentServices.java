package org.dualimpact.web.wiring;

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
import org.dualimpact.kernel.scoring.EvaluationDocument;
import org.dualimpact.kernel.scoring.EvaluationRenderer;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.spo.DocumentRenderer;
import org.dualimpact.kernel.spo.SpoDocuments;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Builds the kernel services that render documents: they need the web's OpenPDF renderers, which
 * live in this WAR, so they cannot be built in the shared wiring jar (a bean in the EAR's lib/ sees
 * no bean of a WAR). Every other kernel service comes from {@code org.dualimpact.wiring}.
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
    EvaluationDocument evaluationDocument(TenderEvaluation evaluations, TenderRepository tenders,
            ScoringRepository scoring, AuditJournal journal, EvaluationRenderer renderer, Clock clock) {
        return new EvaluationDocument(evaluations, tenders, scoring, journal, renderer, clock);
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
