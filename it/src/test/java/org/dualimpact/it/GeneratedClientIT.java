package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dualimpact.client.ApiClient;
import org.dualimpact.client.ApiException;
import org.dualimpact.client.ApiResponse;
import org.dualimpact.client.api.ContributionLedgerApi;
import org.dualimpact.client.api.ProvisionsAndSpotlightApi;
import org.dualimpact.client.api.SocialPurchaseOrdersApi;
import org.dualimpact.client.api.TendersApi;
import org.dualimpact.client.model.AuditRequest;
import org.dualimpact.client.model.AuditStatus;
import org.dualimpact.client.model.AwardRequest;
import org.dualimpact.client.model.CommitmentJson;
import org.dualimpact.client.model.ContractRequest;
import org.dualimpact.client.model.ContributionJson;
import org.dualimpact.client.model.ContributionType;
import org.dualimpact.client.model.EntryView;
import org.dualimpact.client.model.Frequency;
import org.dualimpact.client.model.NeedType;
import org.dualimpact.client.model.NeedView;
import org.dualimpact.client.model.OpenRequest;
import org.dualimpact.client.model.Problem;
import org.dualimpact.client.model.ProgressView;
import org.dualimpact.client.model.ProvisionView;
import org.dualimpact.client.model.PublishRequest;
import org.dualimpact.client.model.SpoRequest;
import org.dualimpact.client.model.SpoStage;
import org.dualimpact.client.model.SpoView;
import org.dualimpact.client.model.SubmissionRequest;
import org.dualimpact.client.model.TenderStatus;
import org.dualimpact.client.model.TenderView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole SPO story through the Java client that openapi-generator generates from the OpenAPI
 * document ({@code it/pom.xml}; {@link OpenApiDocumentIT} proves the document is the served one):
 * typed requests and views only, and a problem document read into the generated {@code Problem}.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void theSpoStoryRunsThroughTheGeneratedClient() throws ApiException {
        String word = "client" + Story.unique();
        LocalDate today = Story.today();
        ProvisionView published = provisions(Story.PROVIDER_A).publishProvision(new PublishRequest()
                .title("Boxing for focus " + word).summary("Evening boxing sessions for young people.")
                .territories(Set.of(Story.TERRITORY)).outcomes(Set.of("NT1"))
                .needs(List.of(new NeedView().type(NeedType.MONEY).description("Coach fees").quantity(new BigDecimal("5000")))));
        assertEquals(AuditStatus.PENDING, published.getStatus());
        // no If-Match: the buyer audits the provision as it stands now
        ProvisionView audited = provisions(Story.BUYER).auditProvision(published.getId(),
                new AuditRequest().decision(AuditStatus.AUDITED), (String) null);
        assertEquals(AuditStatus.AUDITED, audited.getStatus());

        TenderView tender = tenders(Story.BUYER).openTender(new OpenRequest().title("Fleet " + word)
                .territory(Story.TERRITORY).closingDate(today.plusDays(30)));
        assertEquals(TenderStatus.OPEN, tender.getStatus());

        ApiResponse<SpoView> drafted = spos(Story.SUPPLIER_A).draftSpoWithHttpInfo(new SpoRequest().title("Boxing club " + word)
                .providers(List.of(Story.PROVIDER_A_ORG)).provisions(List.of(published.getId())).territory(Story.TERRITORY)
                .commitments(List.of(new CommitmentJson().type(ContributionType.FINANCIAL).value(new BigDecimal("1500.00"))
                        .measureCode("NT1").start(today).end(today.plusMonths(12)).frequency(Frequency.ONE_OFF))));
        assertEquals(201, drafted.getStatusCode());
        String reference = drafted.getData().getReference();
        assertEquals(List.of("spos/" + reference), drafted.getHeaders().get("location").stream()
                .map(l -> l.substring(l.indexOf("spos/"))).toList());
        assertNotNull(drafted.getHeaders().get("etag"));
        assertEquals(SpoStage.DRAFT, drafted.getData().getStage());

        assertEquals(SpoStage.ENDORSED, spos(Story.PROVIDER_A).endorseSpo(reference).getStage());
        assertEquals(SpoStage.SUBMITTED, spos(Story.SUPPLIER_A).submitSpo(reference,
                new SubmissionRequest().tender(tender.getReference())).getStage());
        assertEquals(TenderStatus.CLOSED, tenders(Story.BUYER).closeTender(tender.getReference()).getStatus());
        assertEquals(TenderStatus.AWARDED, tenders(Story.BUYER).awardTender(tender.getReference(),
                new AwardRequest().supplier(Story.SUPPLIER_A_ORG)).getStatus());
        spos(Story.SUPPLIER_A).signSpo(reference);
        spos(Story.PROVIDER_A).signSpo(reference);
        SpoView contracted = spos(Story.BUYER).attachContract(reference, new ContractRequest().contractReference("TVP-C-" + word)
                .start(today.minusMonths(2)).end(today.plusMonths(10)).value(new BigDecimal("90000.00")));
        assertEquals(SpoStage.CONTRACTED, contracted.getStage());

        EntryView contribution = spos(Story.SUPPLIER_A).recordContribution(reference, new ContributionJson()
                .type(ContributionType.FINANCIAL).value(new BigDecimal("1500.00")).measureCode("NT1").deliveryDate(today)
                .commitmentLine(1).description("Coach fees paid"));
        assertEquals(reference, contribution.getAgreement());
        EntryView confirmation = ledger(Story.PROVIDER_A).confirmContribution(contribution.getSequence());
        assertTrue(confirmation.getSequence() > contribution.getSequence());

        List<ProgressView> progress = spos(Story.BUYER).getAgreementProgress(reference);
        assertEquals(0, new BigDecimal("1500.00").compareTo(progress.get(0).getConfirmedValue()));
    }

    @Test
    void aProblemIsReadIntoTheGeneratedProblemModel() throws Exception {
        ProvisionView pending = provisions(Story.PROVIDER_A).publishProvision(new PublishRequest().title("Pending " + Story.unique())
                .territories(Set.of(Story.TERRITORY))
                .needs(List.of(new NeedView().type(NeedType.MONEY).description("Coach fees"))));
        SpoRequest tooEarly = new SpoRequest().title("Too early").providers(List.of(Story.PROVIDER_A_ORG))
                .provisions(List.of(pending.getId())).territory(Story.TERRITORY)
                .commitments(List.of(new CommitmentJson().type(ContributionType.FINANCIAL).value(new BigDecimal("10.00"))
                        .measureCode("NT1").start(Story.today()).end(Story.today().plusMonths(1)).frequency(Frequency.ONE_OFF)));

        ApiException refused = assertThrows(ApiException.class, () -> spos(Story.SUPPLIER_A).draftSpo(tooEarly));

        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(422, refused.getCode());
        assertEquals(422, problem.getStatus());
        assertEquals(Api.PROBLEM + "provision-not-audited", problem.getType().toString());
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.base());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Api.ready(token)));
        return client;
    }

    private static ProvisionsAndSpotlightApi provisions(String token) {
        return new ProvisionsAndSpotlightApi(client(token));
    }

    private static TendersApi tenders(String token) {
        return new TendersApi(client(token));
    }

    private static SocialPurchaseOrdersApi spos(String token) {
        return new SocialPurchaseOrdersApi(client(token));
    }

    private static ContributionLedgerApi ledger(String token) {
        return new ContributionLedgerApi(client(token));
    }
}
