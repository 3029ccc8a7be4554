package org.dualimpact.kernel.spo;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService.Registration;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.SpotlightQuery;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.SpoAgreement.ContractRequest;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderStatus;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;

/**
 * The whole story of an SPO, told with the real services over the in-memory fakes: from the
 * registration of the parties to a reviewed, validated agreement, and a rival proposal withdrawn.
 */
class SpoLifecycleScenarioTest {

    private static final String HEX_64 = "[0-9a-f]{64}";

    private final TestKernel kernel = new TestKernel();

    @Test
    void fromPublishedProvisionToReviewedAgreement() {
        // --- the admin registers the parties
        register(BUYER_ID, OrganisationKind.BUYER, "Thames Valley Police");
        register(SUPPLIER_1_ID, OrganisationKind.SUPPLIER, "Oxford Fleet Services Ltd");
        register(SUPPLIER_2_ID, OrganisationKind.SUPPLIER, "Reading Office Supplies Ltd");
        register(PROVIDER_1_ID, OrganisationKind.PROVIDER, "Slough Youth Digital");
        register("GB-CHC-1190002", OrganisationKind.PROVIDER, "Reading Community Larder");
        assertEquals(5, kernel.organisations.all().size());

        // --- the provider publishes a provision; it is pending and not in Spotlight
        Provision provision = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub());
        String provisionId = provision.id().value();
        assertEquals(AuditStatus.PENDING, provision.status());
        assertEquals(0, spotlight(THAMES_VALLEY, null, null, null).total());

        // --- the buyer of the territory audits it
        Provision audited = kernel.provisions.audit(BUYER, new ProvisionId(provisionId), AuditStatus.AUDITED, null);
        assertEquals(AuditStatus.AUDITED, audited.status());
        assertEquals(Optional.of(new OrganisationId(BUYER_ID)), audited.auditedBy());

        // --- a supplier finds it in Spotlight, by territory, region, need type and text
        assertEquals(List.of(provisionId), ids(spotlight(THAMES_VALLEY, null, null, null)));
        assertEquals(List.of(provisionId), ids(spotlight(null, SOUTH_EAST, null, null)));
        assertEquals(List.of(provisionId), ids(spotlight(null, null, NeedType.IN_KIND, null)));
        assertEquals(List.of(provisionId), ids(spotlight(null, null, null, "LAPTOPS")));
        assertEquals(List.of(provisionId), ids(spotlight(null, null, null, "skills club")));
        assertEquals(List.of(), ids(spotlight(TestKernel.METROPOLITAN, null, null, null)));
        assertEquals(List.of(), ids(spotlight(null, "E12000007", null, null)));
        assertEquals(List.of(), ids(spotlight(null, null, null, "larder")));

        // --- the first supplier drafts an SPO with the three types of commitment
        Spo draft = kernel.drafting.draft(SUPPLIER_1, Requests.content("Laptops and mentors for Slough", PROVIDER_1_ID,
                provisionId, Requests.threeCommitments()), Optional.empty());
        SpoReference first = draft.reference();
        assertEquals(SpoReference.of("TVP", 2026, 1), draft.reference());
        assertEquals(SpoStage.DRAFT, draft.stage());
        assertEquals(Set.of(new OrganisationId(PROVIDER_1_ID)), draft.providers());
        List<Commitment> lines = draft.content().orElseThrow().commitments();
        assertEquals(3, lines.size());
        assertEquals(ContributionType.FINANCIAL, lines.get(0).type());
        assertEquals(Money.of("1500.00"), lines.get(0).value());
        assertEquals(ContributionType.IN_KIND, lines.get(1).type());
        assertEquals(0, new BigDecimal("12").compareTo(lines.get(1).quantity()));
        assertEquals("laptops", lines.get(1).unit());
        assertEquals(Money.of("3600.00"), lines.get(1).value());
        assertEquals(ContributionType.VOLUNTEERING, lines.get(2).type());
        assertEquals(0, new BigDecimal("40").compareTo(lines.get(2).quantity()));
        assertEquals("hours", lines.get(2).unit());
        assertEquals(SkillLevel.SKILLED, lines.get(2).skillLevel());
        assertTrue(draft.contentHash().isEmpty(), "no frozen hash before submission");

        // --- the provider endorses
        assertEquals(SpoStage.ENDORSED, kernel.submission.endorse(PROVIDER_1, first).stage());

        // --- the buyer opens a tender closing at the end of March
        LocalDate closing = LocalDate.of(2026, 3, 31);
        Tender tender = kernel.tenders.open(BUYER, "Fleet maintenance 2026-2027", THAMES_VALLEY, closing);
        TenderReference tenderRef = tender.reference();
        assertEquals("TND-TVP-2026-0001", tenderRef.value());
        assertEquals(TenderStatus.OPEN, tender.status());

        // --- the supplier submits: the content is frozen under its hash
        kernel.clock.advance(Duration.ofDays(1));
        Spo submitted = kernel.submission.submit(SUPPLIER_1, first, Optional.of(tenderRef));
        assertEquals(SpoStage.SUBMITTED, submitted.stage());
        String frozenHash = submitted.contentHash().orElseThrow();
        assertTrue(frozenHash.matches(HEX_64), frozenHash);
        assertEquals(CanonicalForm.hash(submitted.canonicalForm()), frozenHash);
        assertEquals(Optional.of(new OrganisationId(BUYER_ID)), submitted.buyer());
        assertEquals(Optional.of(tender.reference()), submitted.tender());

        // --- a second supplier drafts, is endorsed and submits a rival proposal to the same tender
        SpoReference second = kernel.drafting.draft(SUPPLIER_2, Requests.content("Refurbished laptops", PROVIDER_1_ID,
                provisionId, List.of(Requests.inKind("10", "laptops", "2500.00"))), Optional.empty()).reference();
        assertEquals(SpoReference.of("TVP", 2026, 2), second);
        kernel.submission.endorse(PROVIDER_1, second);
        String rivalHash = kernel.submission.submit(SUPPLIER_2, second, Optional.of(tenderRef)).contentHash().orElseThrow();
        assertFalse(rivalHash.equals(frozenHash));

        // --- past the closing date, the buyer awards the tender to the first supplier
        kernel.clock.moveTo(LocalDate.of(2026, 4, 1));
        Tender awarded = kernel.tenders.award(BUYER, tenderRef, new OrganisationId(SUPPLIER_1_ID));
        assertEquals(TenderStatus.AWARDED, awarded.status());
        assertEquals(Optional.of(new OrganisationId(SUPPLIER_1_ID)), awarded.awardedTo());
        assertEquals(SpoStage.AWAITING_SIGNATURES, kernel.queries.get(SUPPLIER_1, first).stage());
        assertEquals(SpoStage.SUBMITTED, kernel.queries.get(SUPPLIER_2, second).stage());

        // --- supplier and provider sign over the frozen hash
        Spo signedOnce = kernel.agreements.sign(SUPPLIER_1, first);
        assertEquals(SpoStage.AWAITING_SIGNATURES, signedOnce.stage());
        Spo signed = kernel.agreements.sign(PROVIDER_1, first);
        assertEquals(SpoStage.SIGNED, signed.stage());
        assertEquals(List.of(SUPPLIER_1_ID, PROVIDER_1_ID),
                signed.signatures().stream().map(s -> s.party().value()).toList());
        assertTrue(signed.signatures().stream().allMatch(s -> s.contentHash().equals(frozenHash)));
        assertEquals(List.of("sam", "pat"), signed.signatures().stream().map(Signature::signer).toList());

        // --- the buyer attaches it to the supply contract
        LocalDate contractEnd = LocalDate.of(2027, 3, 31);
        Spo contracted = kernel.agreements.attachContract(BUYER, first, new ContractRequest("TVP/FLEET/2026/017",
                LocalDate.of(2026, 4, 1), contractEnd, new BigDecimal("250000.00")));
        assertEquals(SpoStage.CONTRACTED, contracted.stage());
        assertEquals("TVP/FLEET/2026/017", contracted.contract().orElseThrow().contractReference());

        // --- no review before the contract ends
        int journalBefore = kernel.journal.size();
        DomainException early = assertThrows(DomainException.class,
                () -> kernel.agreements.review(BUYER, first, ReviewVerdict.DELIVERED, "too early"));
        assertEquals(DomainException.Kind.RULE_VIOLATED, early.kind());
        assertEquals("contract-not-ended", early.code());
        assertEquals(SpoStage.CONTRACTED, kernel.queries.get(BUYER, first).stage());
        assertEquals(journalBefore, kernel.journal.size());

        // --- after the end, the buyer reviews and the provider validates
        kernel.clock.moveTo(contractEnd.plusDays(10));
        Spo reviewed = kernel.agreements.review(BUYER, first, ReviewVerdict.DELIVERED, "All delivered.");
        assertEquals(SpoStage.REVIEWED, reviewed.stage());
        assertEquals(ReviewVerdict.DELIVERED, reviewed.review().orElseThrow().verdict());
        Spo validated = kernel.agreements.validate(PROVIDER_1, first, ReviewVerdict.DELIVERED, "Twelve laptops in use.");
        assertEquals(SpoStage.REVIEWED, validated.stage());
        assertEquals(List.of(new OrganisationId(PROVIDER_1_ID)),
                validated.validations().stream().map(ProviderValidation::provider).toList());
        assertEquals(frozenHash, validated.currentHash(), "the agreement's hash never moved");

        // --- the rival withdraws its proposal: content purged, hash kept
        Spo withdrawn = kernel.submission.withdraw(SUPPLIER_2, second);
        assertEquals(SpoStage.WITHDRAWN, withdrawn.stage());
        assertTrue(withdrawn.content().isEmpty());
        assertEquals(Optional.of(rivalHash), withdrawn.contentHash());
        assertEquals(Optional.of(kernel.clock.instant()), withdrawn.closedAt());
        Spo tombstone = kernel.spoRepository.find(second).orElseThrow();
        assertTrue(tombstone.content().isEmpty(), "the store holds no commercial content of a withdrawn proposal");

        // --- the journal tells the first SPO's whole story, in order
        List<JournalEntry> history = kernel.queries.history(SUPPLIER_1, first);
        assertEquals(List.of(
                "edit:->DRAFT by sam",
                "endorse:DRAFT->ENDORSED by pat",
                "submit:ENDORSED->SUBMITTED by sam",
                "award:SUBMITTED->AWAITING_SIGNATURES by bea",
                "sign:AWAITING_SIGNATURES->AWAITING_SIGNATURES by sam",
                "sign:AWAITING_SIGNATURES->SIGNED by pat",
                "attach_contract:SIGNED->CONTRACTED by bea",
                "review:CONTRACTED->REVIEWED by bea",
                "validate:REVIEWED->REVIEWED by pat"), history.stream().map(SpoLifecycleScenarioTest::describe).toList());
        assertEquals(List.of("created", PROVIDER_1_ID, tenderRef.value(), tenderRef.value(), SUPPLIER_1_ID, PROVIDER_1_ID,
                "TVP/FLEET/2026/017", "DELIVERED", PROVIDER_1_ID + " DELIVERED"),
                history.stream().map(JournalEntry::detail).toList());
        assertTrue(history.stream().allMatch(e -> e.subject().equals(first.value())));
        assertTrue(history.stream().allMatch(e -> e.contentHash().equals(frozenHash)),
                "the content never changed, so every step carries the same hash");
        assertEquals(List.of(Optional.of(SUPPLIER_1_ID), Optional.of(PROVIDER_1_ID), Optional.of(SUPPLIER_1_ID),
                Optional.of(BUYER_ID), Optional.of(SUPPLIER_1_ID), Optional.of(PROVIDER_1_ID), Optional.of(BUYER_ID),
                Optional.of(BUYER_ID), Optional.of(PROVIDER_1_ID)),
                history.stream().map(JournalEntry::organisation).toList());
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i).sequence() > history.get(i - 1).sequence(), "sequence grows");
            assertFalse(history.get(i).at().isBefore(history.get(i - 1).at()), "time never goes back");
        }

        // --- and the rival's, ending in the purge
        List<JournalEntry> rival = kernel.queries.history(SUPPLIER_2, second);
        assertEquals(List.of("edit:->DRAFT by sue", "endorse:DRAFT->ENDORSED by pat",
                "submit:ENDORSED->SUBMITTED by sue", "withdraw:SUBMITTED->WITHDRAWN by sue"),
                rival.stream().map(SpoLifecycleScenarioTest::describe).toList());
        assertEquals("content purged", rival.get(3).detail());
        assertEquals(rivalHash, rival.get(3).contentHash());

        // --- the tender's own journal
        assertEquals(List.of("open:->OPEN by bea", "award:OPEN->AWARDED by bea"),
                kernel.journal.about(tenderRef.value()).stream().map(SpoLifecycleScenarioTest::describe).toList());
        assertEquals(SUPPLIER_1_ID, kernel.journal.about(tenderRef.value()).get(1).detail());
    }

    private void register(String id, OrganisationKind kind, String name) {
        kernel.organisations.register(ADMIN, new Registration(id, kind, name, Set.of(THAMES_VALLEY)));
    }

    private Page<Provision> spotlight(String territory, String region, NeedType need, String text) {
        return kernel.provisions.spotlight(territory, region, need, null, text, SpotlightQuery.Sort.TITLE, 0, 20);
    }

    private static List<String> ids(Page<Provision> page) {
        return page.items().stream().map(p -> p.id().value()).toList();
    }

    private static String describe(JournalEntry entry) {
        return entry.action() + ":" + (entry.fromState().isEmpty() ? "" : entry.fromState()) + "->" + entry.toState()
                + " by " + entry.actor();
    }
}
