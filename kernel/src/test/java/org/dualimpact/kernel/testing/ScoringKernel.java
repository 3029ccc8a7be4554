package org.dualimpact.kernel.testing;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.mapping.KpiListRenderer;
import org.dualimpact.kernel.mapping.MappingService;
import org.dualimpact.kernel.mapping.SocialValueSummary;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.scoring.Evaluation;
import org.dualimpact.kernel.scoring.EvaluationRenderer;
import org.dualimpact.kernel.scoring.BidMarking;
import org.dualimpact.kernel.scoring.BidSubmission;
import org.dualimpact.kernel.scoring.EvaluationDocument;
import org.dualimpact.kernel.scoring.ScoringPolicy;
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.scoring.ScoringSetup;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.spo.SpoDrafting.CommitmentRequest;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.sroi.Sroi;
import org.dualimpact.kernel.sroi.SroiService;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * The scoring area's services over in-memory fakes, on top of {@link TestKernel}: the shipped
 * frameworks and the illustrative catalogue installed (by default as {@link SocialValueContent}
 * builds them; the import adapter's tests pass the shipped files as read), the test parties registered.
 */
public final class ScoringKernel {

    public final TestKernel kernel = new TestKernel();
    public final InMemoryValueFrameworkRepository frameworkRepository = new InMemoryValueFrameworkRepository();
    public final InMemoryCatalogueRepository catalogueRepository = new InMemoryCatalogueRepository();
    public final InMemoryScoringRepository scoringRepository = new InMemoryScoringRepository();
    public final InMemoryMappingRepository mappingRepository = new InMemoryMappingRepository();

    public final ValueFrameworkService frameworks = new ValueFrameworkService(frameworkRepository, kernel.clock);
    public final CatalogueService catalogues = new CatalogueService(catalogueRepository, frameworkRepository,
            kernel.organisationRepository, kernel.clock);
    public final ScoringSetup setup;
    public final BidSubmission bidding;
    public final ScorePreview preview;
    public final BidMarking marking;
    public final TenderEvaluation evaluations;
    public final EvaluationDocument evaluationDocument;
    public final SroiService sroi;
    public final MappingService mappings;
    public final ValueFramework ppn0620;
    public final ValueFramework ppn002;
    public final Catalogue illustrative;

    public ScoringKernel() {
        this(ScoringPolicy.DEFAULT);
    }

    public ScoringKernel(ScoringPolicy policy) {
        this(policy, SocialValueContent.shipped(), SocialValueContent.illustrative());
    }

    public ScoringKernel(ScoringPolicy policy, List<ValueFrameworkDefinition> shippedFrameworks,
            CatalogueDefinition illustrativeCatalogue) {
        frameworkRepository.usage(scoringRepository::usesFramework);
        setup = new ScoringSetup(kernel.tenderRepository, scoringRepository, frameworkRepository, catalogueRepository,
                kernel.journal, policy, kernel.clock);
        bidding = new BidSubmission(kernel.tenderRepository, scoringRepository, catalogueRepository, kernel.spoRepository,
                kernel.organisationRepository, kernel.journal, kernel.clock);
        preview = new ScorePreview(kernel.tenderRepository, scoringRepository, catalogueRepository, kernel.spoRepository,
                kernel.organisationRepository, kernel.journal, kernel.clock);
        marking = new BidMarking(kernel.tenderRepository, scoringRepository, kernel.journal, kernel.clock);
        evaluations = new TenderEvaluation(kernel.tenderRepository, scoringRepository, kernel.journal, kernel.clock);
        evaluationDocument = new EvaluationDocument(evaluations, kernel.tenderRepository, scoringRepository,
                kernel.organisationRepository, kernel.journal, new TextEvaluationRenderer(), kernel.clock);
        sroi = new SroiService(kernel.spoRepository, kernel.tenderRepository, scoringRepository, evaluations, catalogues,
                Sroi.GREEN_BOOK_RATE);
        mappings = new MappingService(mappingRepository, frameworks, catalogues, kernel.territoryRepository,
                new TextKpiRenderer(), kernel.clock);
        kernel.registerParties();
        List<ValueFramework> shipped = frameworks.installShipped(ADMIN, shippedFrameworks);
        ppn0620 = shipped.stream().filter(f -> f.definition().key().equals("ppn-06-20")).findFirst().orElseThrow();
        ppn002 = shipped.stream().filter(f -> f.definition().key().equals("ppn-002")).findFirst().orElseThrow();
        illustrative = catalogues.installIllustrative(ADMIN, illustrativeCatalogue).orElseThrow();
    }

    /** Provider 1 publishes a provision; the buyer audits it. */
    public String auditedProvision() {
        String id = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(id), AuditStatus.AUDITED, null);
        return id;
    }

    /** A supplier's SPO for the provision, endorsed by provider 1 and submitted to the tender. */
    public SpoReference submittedSpo(Actor supplier, String provision, TenderReference tender, List<CommitmentRequest> commitments) {
        SpoReference ref = kernel.drafting.draft(supplier, Requests.content("Support " + supplier.userId(),
                TestKernel.PROVIDER_1_ID, provision, commitments), Optional.empty()).reference();
        kernel.submission.endorse(PROVIDER_1, ref);
        kernel.submission.submit(supplier, ref, Optional.of(tender));
        return ref;
    }

    /** Renders an evaluation as plain text: enough for tests to check what the document holds. */
    public static final class TextEvaluationRenderer implements EvaluationRenderer {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public byte[] render(Evaluation evaluation, String tenderTitle, Map<OrganisationId, String> supplierNames,
                boolean fullView) {
            StringBuilder text = new StringBuilder(tenderTitle).append('\n');
            evaluation.results().forEach(r -> text.append(r.rank()).append(' ').append(supplierNames.get(r.supplier())).append(' ')
                    .append(String.format("%.2f", r.total())).append('\n'));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Renders a KPI list as plain text. */
    public static final class TextKpiRenderer implements KpiListRenderer {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public byte[] render(SocialValueSummary summary) {
            StringBuilder text = new StringBuilder();
            summary.items().forEach(i -> i.kpis().forEach(k -> text.append(i.criterionId()).append(' ').append(k.code())
                    .append('\n')));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

}
