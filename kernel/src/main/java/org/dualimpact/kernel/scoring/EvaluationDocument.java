package org.dualimpact.kernel.scoring;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * The evaluation of a tender as a document, for whoever may read the evaluation
 * ({@link TenderEvaluation}): in full for the evaluation team, one bid's result for its supplier. Suppliers
 * are named by the names they are registered with.
 */
public final class EvaluationDocument {

    private final TenderEvaluation evaluations;
    private final ScoringAccess access;
    private final EvaluationRenderer renderer;
    private final OrganisationRepository organisations;

    public EvaluationDocument(TenderEvaluation evaluations, TenderRepository tenders, ScoringRepository scoring,
            OrganisationRepository organisations, AuditJournal journal, EvaluationRenderer renderer, Clock clock) {
        this.evaluations = Objects.requireNonNull(evaluations);
        this.organisations = Objects.requireNonNull(organisations);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.renderer = Objects.requireNonNull(renderer);
    }

    /** The evaluation as a document (the renderer's media type). */
    public byte[] document(Actor actor, TenderReference reference) {
        Evaluation evaluation = evaluations.evaluation(actor, reference);
        Tender tender = access.tender(reference);
        return renderer.render(evaluation, tender.title(), supplierNames(evaluation),
                ScoringAccess.isEvaluationTeam(actor, tender, access.setupOf(tender)));
    }

    private Map<OrganisationId, String> supplierNames(Evaluation evaluation) {
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        for (Evaluation.BidResult result : evaluation.results()) {
            names.computeIfAbsent(result.supplier(), id -> organisations.find(id).map(Organisation::name).orElse(id.value()));
        }
        return names;
    }

    public String mediaType() {
        return renderer.mediaType();
    }
}
