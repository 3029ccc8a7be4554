package org.dualimpact.kernel.evidence;

import static org.dualimpact.kernel.testing.TestKernel.METROPOLITAN;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.evidence.EvidenceDrafting.EvidenceRequest;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.testing.InMemoryEvidenceRepository;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A research hub's evidence from draft to publication, and who sees it on the way. */
class EvidenceUseCasesTest {

    static final String HUB_ID = "GB-EDU-133800";
    static final String OTHER_HUB_ID = "GB-EDU-133801";
    static final Actor HANNAH = TestKernel.user("hannah", HUB_ID, Role.HUB);
    static final Actor HUGO = TestKernel.user("hugo", HUB_ID, Role.HUB);
    static final Actor OTTO = TestKernel.user("otto", OTHER_HUB_ID, Role.HUB);
    static final byte[] REPORT = "%PDF-1.4 evaluation of the digital skills club".getBytes(StandardCharsets.US_ASCII);
    static final String UNKNOWN_SHA = "b5c3e9b5f1c3a0d2b9a1c3d0b1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0";

    final TestKernel kernel = new TestKernel();
    final InMemoryEvidenceRepository repository = new InMemoryEvidenceRepository();
    final EvidenceDrafting drafting = new EvidenceDrafting(repository, kernel.organisationRepository,
            kernel.territoryRepository, kernel.journal, kernel.clock);
    final EvidenceReview review = new EvidenceReview(repository, kernel.organisationRepository, kernel.journal, kernel.clock);
    final EvidenceQueries queries = new EvidenceQueries(repository, kernel.organisationRepository, kernel.territoryRepository,
            kernel.journal, kernel.clock);

    @BeforeEach
    void organisations() {
        kernel.registerParties();
        kernel.register(HUB_ID, OrganisationKind.HUB, "University of Oxford", THAMES_VALLEY);
        kernel.register(OTHER_HUB_ID, OrganisationKind.HUB, "King's College London", METROPOLITAN);
    }

    static EvidenceRequest request(Set<String> providers, Set<String> territories, LocalDate to) {
        return new EvidenceRequest("Digital skills club evaluation", "Participants' confidence rose over the year.",
                "Pre and post survey of 48 participants", LocalDate.of(2025, 1, 1), to, providers, territories,
                Set.of("digital-inclusion"), Set.of("DI-ILL-VOL"));
    }

    private Evidence drafted() {
        return drafting.draft(HANNAH, request(Set.of(PROVIDER_1_ID), Set.of(THAMES_VALLEY), LocalDate.of(2025, 12, 31)));
    }

    private Evidence published() {
        Evidence e = drafted();
        drafting.attach(HANNAH, e.id(), "evaluation.pdf", "application/pdf", REPORT);
        review.submit(HANNAH, e.id(), 2);
        review.approve(HUGO, e.id(), 3);
        return review.publish(HANNAH, e.id(), 4);
    }

    @Test
    void aHubDraftsEvidenceAboutAProviderAndATerritoryItServes() {
        Evidence e = drafted();

        assertEquals(EvidenceStage.DRAFT, e.stage());
        assertEquals(Set.of(new OrganisationId(PROVIDER_1_ID)), e.content().providers());
        assertEquals("hannah", e.author());
        assertEquals(List.of(e.id()), queries.ofMyHub(HUGO).stream().map(Evidence::id).toList(), "for every member of the hub");
    }

    @Test
    void whatEvidenceSaysIsCheckedFieldByField() {
        DomainException refused = assertThrows(DomainException.class, () -> drafting.draft(HANNAH, request(
                Set.of(SUPPLIER_1_ID), Set.of(METROPOLITAN), LocalDate.of(2026, 12, 31))));

        assertEquals("invalid-evidence", refused.code());
        assertEquals(Set.of("providers", "territories", "periodTo"), Set.copyOf(refused.fieldErrors().stream()
                .map(f -> f.field()).toList()), refused.fieldErrors().toString());
        assertEquals("invalid-evidence", assertThrows(DomainException.class, () -> drafting.draft(HANNAH,
                request(Set.of(), Set.of(), LocalDate.of(2025, 12, 31)))).code(), "about nobody and nowhere");
    }

    @Test
    void onlyAResearchHubDraftsEvidence() {
        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class, () -> drafting.draft(PROVIDER_1,
                request(Set.of(PROVIDER_1_ID), Set.of(), LocalDate.of(2025, 12, 31)))).kind());
    }

    @Test
    void aDocumentIsNamedByTheSha256OfItsContentAndAttachedOnce() throws Exception {
        Evidence e = drafted();

        EvidenceDocument document = drafting.attach(HANNAH, e.id(), "evaluation.pdf", "application/pdf", REPORT);

        assertEquals(EvidenceDrafting.sha256(REPORT), document.sha256());
        assertEquals(64, document.sha256().length());
        assertArrayEquals(REPORT, queries.document(Optional.of(HUGO), e.id(), document.sha256()).content());
        assertEquals("document-exists", assertThrows(DomainException.class,
                () -> drafting.attach(HANNAH, e.id(), "copy.pdf", "application/pdf", REPORT)).code());
        assertEquals("invalid-document", assertThrows(DomainException.class,
                () -> drafting.attach(HANNAH, e.id(), "run.sh", "application/x-sh", new byte[] {1})).code());
        assertEquals("document-not-found", assertThrows(DomainException.class,
                () -> queries.document(Optional.of(HUGO), e.id(), UNKNOWN_SHA)).code());
    }

    @Test
    void evidenceIsSubmittedWithADocumentAndApprovedByAnotherMember() {
        Evidence e = drafted();
        assertEquals("evidence-without-documents", assertThrows(DomainException.class,
                () -> review.submit(HANNAH, e.id(), 1)).code());
        drafting.attach(HANNAH, e.id(), "evaluation.pdf", "application/pdf", REPORT);
        review.submit(HUGO, e.id(), 2);

        assertEquals("four-eyes", assertThrows(DomainException.class, () -> review.approve(HANNAH, e.id(), 3)).code(),
                "the author");
        assertEquals("four-eyes", assertThrows(DomainException.class, () -> review.approve(HUGO, e.id(), 3)).code(),
                "the submitter");
        Actor third = TestKernel.user("hattie", HUB_ID, Role.HUB);
        assertEquals(EvidenceStage.APPROVED, review.approve(third, e.id(), 3).stage());
    }

    @Test
    void aMemberWhoEditedOrAttachedCannotApprove() {
        Evidence e = drafted();
        drafting.attach(HUGO, e.id(), "evaluation.pdf", "application/pdf", REPORT);
        review.submit(HANNAH, e.id(), 2);

        assertEquals("four-eyes", assertThrows(DomainException.class, () -> review.approve(HUGO, e.id(), 3)).code(),
                "Hugo attached the document");
        Actor third = TestKernel.user("hattie", HUB_ID, Role.HUB);
        assertEquals(EvidenceStage.APPROVED, review.approve(third, e.id(), 3).stage());
    }

    @Test
    void publishedEvidenceIsSeenByEveryoneAndFoundByProviderTerritoryAndRegion() {
        Evidence e = published();

        assertEquals(EvidenceStage.PUBLISHED, e.stage());
        assertEquals(e.id(), queries.find(Optional.empty(), e.id()).id(), "without sign-in");
        assertArrayEquals(REPORT, queries.document(Optional.empty(), e.id(), EvidenceDrafting.sha256(REPORT)).content());
        assertEquals(1, queries.published(Optional.of(new OrganisationId(PROVIDER_1_ID)), Optional.empty(), Optional.empty()).size());
        assertEquals(1, queries.published(Optional.empty(), Optional.of(THAMES_VALLEY), Optional.empty()).size());
        assertEquals(1, queries.published(Optional.empty(), Optional.empty(), Optional.of(SOUTH_EAST)).size());
        assertEquals(0, queries.published(Optional.empty(), Optional.of(METROPOLITAN), Optional.empty()).size());
        assertEquals("area-not-found", assertThrows(DomainException.class,
                () -> queries.published(Optional.empty(), Optional.of("E99999999"), Optional.empty())).code());
    }

    @Test
    void aDraftExistsOnlyForItsHub() {
        Evidence e = drafted();

        for (Optional<Actor> reader : List.of(Optional.<Actor>empty(), Optional.of(OTTO), Optional.of(PROVIDER_1))) {
            assertEquals("evidence-not-found", assertThrows(DomainException.class, () -> queries.find(reader, e.id())).code());
        }
        assertEquals("evidence-not-found", assertThrows(DomainException.class,
                () -> review.submit(OTTO, e.id(), 1)).code(), "another hub cannot act on it");
        assertEquals(List.of(), queries.ofMyHub(OTTO));
    }

    @Test
    void aReturnSaysWhyAndLeadsBackToADraftThatCanBeEdited() {
        Evidence e = drafted();
        drafting.attach(HANNAH, e.id(), "evaluation.pdf", "application/pdf", REPORT);
        review.submit(HANNAH, e.id(), 2);

        assertEquals("invalid-return", assertThrows(DomainException.class,
                () -> review.returnToDraft(HUGO, e.id(), 3, " ")).code());
        Evidence returned = review.returnToDraft(HUGO, e.id(), 3, "Name the survey instrument.");

        assertEquals(EvidenceStage.DRAFT, returned.stage());
        assertEquals(Optional.of("Name the survey instrument."), returned.returnReason());
        assertEquals(EvidenceStage.DRAFT, drafting.edit(HANNAH, e.id(), 4, request(Set.of(PROVIDER_1_ID), Set.of(),
                LocalDate.of(2025, 6, 30))).stage());
    }

    @Test
    void aStepDecidedOnAnOlderVersionIsStale() {
        Evidence e = drafted();
        drafting.attach(HANNAH, e.id(), "evaluation.pdf", "application/pdf", REPORT);

        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class, () -> review.submit(HANNAH, e.id(), 1))
                .kind());
    }

    @Test
    void withdrawnEvidenceIsNoLongerPublicAndEveryStepIsJournalled() {
        Evidence e = published();

        review.withdraw(HUGO, e.id(), 5);

        assertEquals("evidence-not-found", assertThrows(DomainException.class,
                () -> queries.find(Optional.empty(), e.id())).code());
        assertEquals(List.of("draft", "attach", "submit", "approve", "publish", "withdraw"),
                kernel.journal.about(e.id().value()).stream().map(j -> j.action()).toList());
        assertTrue(kernel.journal.about(e.id().value()).stream().allMatch(j -> j.organisation().equals(Optional.of(HUB_ID))));
    }
}
