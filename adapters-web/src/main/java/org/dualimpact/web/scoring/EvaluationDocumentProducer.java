package org.dualimpact.web.scoring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.scoring.EvaluationDocument;
import org.dualimpact.kernel.scoring.EvaluationRenderer;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * Builds {@link EvaluationDocument} in the API's WAR rather than in the shared wiring jar: its renderer,
 * {@link OpenPdfEvaluationRenderer}, prints the scoring views' explanation text and lives here, where a
 * bean of the EAR's lib/ cannot see it.
 */
@Dependent
public class EvaluationDocumentProducer {

    @Produces
    @Dependent
    EvaluationDocument evaluationDocument(TenderEvaluation evaluations, TenderRepository tenders,
            ScoringRepository scoring, OrganisationRepository organisations, AuditJournal journal, EvaluationRenderer renderer,
            Clock clock) {
        return new EvaluationDocument(evaluations, tenders, scoring, organisations, journal, renderer, clock);
    }
}
