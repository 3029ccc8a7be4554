package org.dualimpact.kernel.spo;

import static org.dualimpact.kernel.testing.TestKernel.AUDITOR;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.dualimpact.kernel.testing.Requests.financial;
import static org.dualimpact.kernel.testing.Requests.inKind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService.PublishRequest;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.DomainException.Kind;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoDrafting.ContentRequest;
import org.dualimpact.kernel.spo.SpoAgreement.ContractRequest;
import org.dualimpact.kernel.spo.SpoDrafting.ExistingContractRequest;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SpoUseCasesTest {

    private static final LocalDate CLOSING = LocalDate.of(2026, 3, 31);
    private static final String CONTRACT = "TVP/FLEET/2026/017";

    private final TestKernel kernel = new TestKernel();
    private String provision1;
    private String provision2;
    private TenderReference tender;

    @BeforeEach
    void parties() {
        kernel.registerParties();
        provision1 = publishAndAudit(PROVIDER_1, Requests.digitalSkillsClub());
        provision2 = publishAndAudit(PROVIDER_2, Requests.communityLarder());
        tender = kernel.tenders.open(BUYER, "Fleet maintenance", THAMES_VALLEY, CLOSING).reference();
    }

    // ------------------------------------------------------------------ confidentiality

    @Test
    void theLatestEventsOfSeveralSposComeNewestFirst() {
        SpoReference first = draft();
        SpoReference second = draft();
        kernel.submission.endorse(PROVIDER_1, first);
        List<Spo> both = List.of(kernel.queries.get(SUPPLIER_1, first), kernel.queries.get(SUPPLIER_1, second));

        assertEquals(List.of(first.value() + " endorse", second.value() + " edit"), kernel.queries
                .latestEvents(SUPPLIER_1, both, 2).stream().map(e -> e.subject() + " " + e.action()).toList());
    }

    @Test
    void noEventsOfAnSpoWhoseHistoryTheCallerMayNotRead() {
        SpoReference ref = draft();
        Spo spo = kernel.queries.get(SUPPLIER_1, ref);

        assertEquals(List.of(), kernel.queries.latestEvents(SUPPLIER_2, List.of(spo), 10));
    }

    @Test
    void othersSeeAProposalExactlyAsAnUnknownReference() {
        SpoReference ref = submitted();
        SpoReference unknown = SpoReference.of("TVP", 2026, 500);
        DomainException notThere = refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(SUPPLIER_1, unknown));

        for (Actor outsider : List.of(SUPPLIER_2, PROVIDER_2, AUDITOR, OTHER_BUYER)) {
            DomainException e = refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(outsider, ref));
            assertEquals(notThere.getMessage().replace(unknown.value(), "#"), e.getMessage().replace(ref.value(), "#"),
                    outsider.userId());
            assertEquals(notThere.fieldErrors(), e.fieldErrors());
        }
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.submission.withdraw(SUPPLIER_2, ref));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.submission.endorse(PROVIDER_2, ref));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.documents.document(SUPPLIER_2, ref));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.history(SUPPLIER_2, ref));
        assertEquals(List.of(), kernel.queries.mine(SUPPLIER_2));
        assertEquals(List.of(), kernel.queries.mine(PROVIDER_2));
        assertEquals(SpoStage.SUBMITTED, kernel.queries.get(SUPPLIER_1, ref).stage());
    }

    @Test
    void theBuyerSeesAProposalOnlyOnceSubmittedToIt() {
        SpoReference ref = draft();
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(BUYER, ref));
        kernel.submission.endorse(PROVIDER_1, ref);
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(BUYER, ref));
        assertEquals(List.of(), kernel.queries.mine(BUYER));

        kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender));

        assertEquals(SpoStage.SUBMITTED, kernel.queries.get(BUYER, ref).stage());
        assertEquals(List.of(ref), kernel.queries.mine(BUYER).stream().map(Spo::reference).toList());
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(OTHER_BUYER, ref));
    }

    @Test
    void aBuyerOrganisationsSposAreThoseSubmittedToItWithoutReadingThoseItIsPartyTo() {
        SpoReference ref = submitted();
        int partyReads = kernel.spoRepository.partyReads;

        assertEquals(List.of(ref), kernel.queries.mine(BUYER).stream().map(Spo::reference).toList());
        assertEquals(partyReads, kernel.spoRepository.partyReads);
        // the buyer role acting for a supplier: that supplier's own SPOs still count
        Actor buyerAtSupplier = new Actor("sue", Optional.of(SUPPLIER_1_ID), Set.of(Role.BUYER, Role.SUPPLIER));
        assertEquals(List.of(ref), kernel.queries.mine(buyerAtSupplier).stream().map(Spo::reference).toList());
        assertEquals(partyReads + 1, kernel.spoRepository.partyReads);
    }

    @Test
    void auditorsSeeAgreementsNeverProposals() {
        SpoReference ref = submitted();
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(AUDITOR, ref));

        award();

        assertEquals(SpoStage.AWAITING_SIGNATURES, kernel.queries.get(AUDITOR, ref).stage());
    }

    @Test
    void anyBuyerVerifiesAnAgreementOnlyOnceContracted() {
        SpoReference ref = submitted();
        award();
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(OTHER_BUYER, ref, "0000-0000-0000-0000"));
        signBoth(ref);
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(OTHER_BUYER, ref, "0000-0000-0000-0000"));

        attachContract(ref);
        String code = kernel.queries.get(BUYER, ref).contract().orElseThrow().verificationCode().printed();

        VerifiedAgreement verified = kernel.queries.verification(OTHER_BUYER, ref, code);
        assertEquals(SpoStage.CONTRACTED, verified.spo().stage());
        assertEquals(ref, verified.spo().reference());
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(OTHER_BUYER, ref));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(SUPPLIER_2, ref, code));
        refused(Kind.NOT_FOUND, "spo-not-found",
                () -> kernel.queries.verification(OTHER_BUYER, SpoReference.of("TVP", 2026, 77), code));
    }

    @Test
    void verifyingAnAgreementNeedsTheCodeOnItsDocument() {
        SpoReference ref = submitted();
        award();
        signBoth(ref);
        attachContract(ref);
        String code = kernel.queries.get(BUYER, ref).contract().orElseThrow().verificationCode().value();

        assertEquals(ref, kernel.queries.verification(OTHER_BUYER, ref, code.toLowerCase()).spo().reference());
        String wrong = (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(OTHER_BUYER, ref, wrong));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(OTHER_BUYER, ref, null));
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.verification(OTHER_BUYER, ref, "not a code"));
    }

    @Test
    void aMalformedReferenceOrAWrongCheckCharacterIsABadRequest() {
        String ref = draft().value();
        char check = ref.charAt(ref.length() - 1);
        String wrongCheck = ref.substring(0, ref.length() - 1) + (check == 'A' ? 'B' : 'A');

        for (String bad : List.of(wrongCheck, "SPO-TVP-2026-1", "nonsense", "")) {
            refused(Kind.INVALID_INPUT, "invalid-spo-reference", () -> SpoReference.fromRequest(bad));
        }
        assertEquals(ref, kernel.queries.get(SUPPLIER_1, SpoReference.fromRequest(ref.toLowerCase(Locale.ROOT)))
                .reference().value());
    }

    // ------------------------------------------------------------------ the state machine

    @Test
    void signingADraftIsAConflictNamingTheStageAndTheAllowedActions() {
        SpoReference ref = draft();
        int journal = kernel.journal.size();

        DomainException e = refused(Kind.CONFLICT, "transition-not-allowed", () -> kernel.agreements.sign(SUPPLIER_1, ref));

        assertTrue(e.getMessage().contains("DRAFT (stage 1, proposal)"), e.getMessage());
        assertTrue(e.getMessage().contains("sign is not allowed now"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Allowed now: edit, endorse, expire, withdraw."), e.getMessage());
        DomainException submit = refused(Kind.CONFLICT, "transition-not-allowed",
                () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender)));
        assertTrue(submit.getMessage().contains("submit is not allowed now"), submit.getMessage());
        assertEquals(SpoStage.DRAFT, kernel.queries.get(SUPPLIER_1, ref).stage());
        assertEquals(0, kernel.queries.get(SUPPLIER_1, ref).version());
        assertEquals(journal, kernel.journal.size());
    }

    @Test
    void anAgreementCannotBeWithdrawn() {
        SpoReference awarded = submitted();
        award();
        DomainException e = refused(Kind.CONFLICT, "transition-not-allowed", () -> kernel.submission.withdraw(SUPPLIER_1, awarded));
        assertTrue(e.getMessage().contains("AWAITING_SIGNATURES (stage 2, agreement)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Allowed now: sign."), e.getMessage());
    }

    @Test
    void aClosedSpoAllowsNothing() {
        SpoReference other = draft();
        kernel.submission.withdraw(SUPPLIER_1, other);
        DomainException closed = refused(Kind.CONFLICT, "transition-not-allowed",
                () -> kernel.submission.endorse(PROVIDER_1, other));
        assertTrue(closed.getMessage().contains("WITHDRAWN (closed)"), closed.getMessage());
        assertTrue(closed.getMessage().endsWith("Allowed now: nothing."), closed.getMessage());
    }

    @Test
    void anEditAfterEndorsementClearsTheEndorsements() {
        SpoReference ref = draft();
        Spo endorsed = kernel.submission.endorse(PROVIDER_1, ref);
        assertEquals(SpoStage.ENDORSED, endorsed.stage());
        assertEquals(Set.of(new OrganisationId(PROVIDER_1_ID)), endorsed.endorsements());
        assertEquals(1, endorsed.version());

        Spo edited = kernel.drafting.edit(SUPPLIER_1, ref, 1, Requests.content("Fewer laptops", PROVIDER_1_ID, provision1,
                List.of(inKind("6", "laptops", "1800.00"))));

        assertEquals(SpoStage.DRAFT, edited.stage());
        assertEquals(Set.of(), edited.endorsements());
        assertEquals("Fewer laptops", edited.content().orElseThrow().title());
        assertEquals(2, edited.version());
        Spo stored = kernel.queries.get(SUPPLIER_1, ref);
        assertEquals(SpoStage.DRAFT, stored.stage());
        assertEquals(Set.of(), stored.endorsements());
        assertEquals(2, stored.version());
        JournalEntry last = last(ref);
        assertEquals(List.of("edit", "ENDORSED", "DRAFT", "endorsements cleared"),
                List.of(last.action(), last.fromState(), last.toState(), last.detail()));
        assertEquals(CanonicalForm.hash(stored.canonicalForm()), last.contentHash());
        assertEquals(SpoStage.ENDORSED, kernel.submission.endorse(PROVIDER_1, ref).stage());
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndChangesNothing() {
        SpoReference ref = draft();
        kernel.submission.endorse(PROVIDER_1, ref);
        int journal = kernel.journal.size();
        int writes = kernel.spoRepository.writes;

        DomainException e = refused(Kind.STALE, "stale-version", () -> kernel.drafting.edit(SUPPLIER_1, ref, 0,
                Requests.content("Late edit", PROVIDER_1_ID, provision1, List.of(financial("100.00")))));

        assertTrue(e.getMessage().contains("version 1, you sent 0"), e.getMessage());
        Spo stored = kernel.queries.get(SUPPLIER_1, ref);
        assertEquals(SpoStage.ENDORSED, stored.stage());
        assertEquals("Laptops and mentors", stored.content().orElseThrow().title());
        assertEquals(1, stored.version());
        assertEquals(journal, kernel.journal.size());
        assertEquals(writes, kernel.spoRepository.writes);
    }

    @Test
    void theStoreRefusesToOverwriteAChangeItHasNotSeen() {
        SpoReference ref = draft();
        Spo mine = kernel.spoRepository.find(ref).orElseThrow();
        Spo theirs = kernel.spoRepository.find(ref).orElseThrow();
        OrganisationId provider = new OrganisationId(PROVIDER_1_ID);

        theirs.endorse(provider, PROVIDER_1, kernel.clock.instant());
        kernel.spoRepository.update(theirs);
        mine.withdraw(SUPPLIER_1, kernel.clock.instant());

        DomainException e = refused(Kind.STALE, "stale-version", () -> kernel.spoRepository.update(mine));
        assertEquals(Optional.of(1L), kernel.spoRepository.storedVersion(ref));
        assertEquals(SpoStage.ENDORSED, kernel.spoRepository.find(ref).orElseThrow().stage());
        assertTrue(e.getMessage().contains(ref.value()), e.getMessage());
    }

    @Test
    void everyStoredChangeIncrementsTheVersionTheCallerSees() {
        SpoReference ref = draft();
        assertEquals(0, kernel.queries.get(SUPPLIER_1, ref).version());
        assertEquals(1, kernel.submission.endorse(PROVIDER_1, ref).version());
        assertEquals(2, kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender)).version());
        award();
        assertEquals(3, kernel.queries.get(SUPPLIER_1, ref).version());
        assertEquals(4, kernel.agreements.sign(SUPPLIER_1, ref).version());
        assertEquals(Optional.of(4L), kernel.spoRepository.storedVersion(ref));
    }

    // ------------------------------------------------------------------ validation

    @Test
    void everyBadAmountAndMissingUnitIsNamedOnItsLine() {
        DomainException e = refused(Kind.INVALID_INPUT, "invalid-spo",
                () -> kernel.drafting.draft(SUPPLIER_1, badLines(), Optional.empty()));

        // A negative financial value is a valid amount refused by the commitment line: it is reported on the
        // line (commitments[0]); an over-precise amount is not an amount at all: commitments[1].value.
        assertEquals(List.of("commitments[0]", "commitments[1].value", "commitments[2]", "commitments[3]"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("value must be more than £0.00", e.fieldErrors().get(0).message());
        assertTrue(e.fieldErrors().get(1).message().contains("at most 2 decimal places"), e.fieldErrors().get(1).message());
        assertEquals("unit is required", e.fieldErrors().get(2).message());
        assertEquals("value must not be negative", e.fieldErrors().get(3).message());
    }

    @Test
    void aRefusedDraftStoresNothing() {
        int journal = kernel.journal.size();

        refused(Kind.INVALID_INPUT, "invalid-spo", () -> kernel.drafting.draft(SUPPLIER_1, badLines(), Optional.empty()));

        assertEquals(0, kernel.spoRepository.size());
        assertEquals(0, kernel.spoRepository.writes);
        assertEquals(journal, kernel.journal.size());
        assertEquals(SpoReference.of("TVP", 2026, 1), draft(), "no reference was used up");
    }

    private ContentRequest badLines() {
        return Requests.content("Bad lines", PROVIDER_1_ID, provision1, List.of(
                financial("-1"), financial("10.001"), inKind("3", null, "100.00"), inKind("2", "laptops", "-1")));
    }

    @Test
    void aBadEditStoresNothing() {
        SpoReference ref = draft();
        int journal = kernel.journal.size();
        int writes = kernel.spoRepository.writes;

        DomainException e = refused(Kind.INVALID_INPUT, "invalid-spo", () -> kernel.drafting.edit(SUPPLIER_1, ref, 0,
                Requests.content("Edited", PROVIDER_1_ID, provision1, List.of(financial("10.001")))));

        assertEquals(List.of(new FieldError("commitments[0].value",
                "an amount in GBP has at most 2 decimal places: 10.001")), e.fieldErrors());
        Spo stored = kernel.queries.get(SUPPLIER_1, ref);
        assertEquals("Laptops and mentors", stored.content().orElseThrow().title());
        assertEquals(0, stored.version());
        assertEquals(journal, kernel.journal.size());
        assertEquals(writes, kernel.spoRepository.writes);
    }

    @Test
    void aPendingProvisionCannotReceiveAnSpo() {
        String pending = kernel.provisions.publish(PROVIDER_2, Requests.communityLarder()).id().value();
        int journal = kernel.journal.size();

        DomainException e = refused(Kind.RULE_VIOLATED, "provision-not-audited", () -> kernel.drafting.draft(SUPPLIER_1,
                Requests.content("Food", PROVIDER_2_ID, pending, List.of(financial("500.00"))), Optional.empty()));

        assertTrue(e.getMessage().contains("PENDING"), e.getMessage());
        assertEquals(0, kernel.spoRepository.size());
        assertEquals(journal, kernel.journal.size());
    }

    @Test
    void aProvisionSuspendedAfterTheDraftStopsTheSubmission() {
        SpoReference ref = kernel.drafting.draft(SUPPLIER_1, Requests.content("Food", PROVIDER_2_ID, provision2,
                List.of(financial("500.00"))), Optional.empty()).reference();
        kernel.submission.endorse(PROVIDER_2, ref);
        kernel.provisions.audit(BUYER, new ProvisionId(provision2), AuditStatus.SUSPENDED, "Safeguarding review");

        refused(Kind.RULE_VIOLATED, "provision-not-audited", () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender)));
        assertEquals(SpoStage.ENDORSED, kernel.queries.get(SUPPLIER_1, ref).stage());
    }

    @Test
    void submissionsGoToAnOpenTenderOfTheSameTerritory() {
        SpoReference ref = draft();
        kernel.submission.endorse(PROVIDER_1, ref);
        refused(Kind.INVALID_INPUT, "tender-required", () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.empty()));
        refused(Kind.INVALID_INPUT, "invalid-tender-reference", () -> TenderReference.fromField("tender", "TENDER-1"));
        refused(Kind.RULE_VIOLATED, "tender-not-found",
                () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(new TenderReference("TND-TVP-2026-0099"))));
        TenderReference metTender = kernel.tenders.open(OTHER_BUYER, "Met fleet", TestKernel.METROPOLITAN, CLOSING)
                .reference();
        refused(Kind.RULE_VIOLATED, "territory-mismatch", () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(metTender)));

        kernel.clock.moveTo(CLOSING.plusDays(1));
        DomainException late = refused(Kind.CONFLICT, "tender-not-open",
                () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender)));
        assertTrue(late.getMessage().contains("closed on " + CLOSING), late.getMessage());
        assertEquals(SpoStage.ENDORSED, kernel.queries.get(SUPPLIER_1, ref).stage());
    }

    // ------------------------------------------------------------------ parties

    @Test
    void aSupplierCannotEndorse() {
        SpoReference ref = draft();

        refused(Kind.NOT_PERMITTED, "not-a-named-provider", () -> kernel.submission.endorse(SUPPLIER_1, ref));

        assertEquals(SpoStage.DRAFT, kernel.queries.get(SUPPLIER_1, ref).stage());
        assertEquals(Set.of(), kernel.queries.get(SUPPLIER_1, ref).endorsements());
    }

    @Test
    void aProviderOfTheSpoCannotWithdrawEditOrSubmitIt() {
        SpoReference ref = draft();
        kernel.submission.endorse(PROVIDER_1, ref);

        refused(Kind.NOT_PERMITTED, "not-the-party", () -> kernel.submission.withdraw(PROVIDER_1, ref));
        refused(Kind.NOT_PERMITTED, "not-the-party", () -> kernel.drafting.edit(PROVIDER_1, ref, 1,
                Requests.content("Mine now", PROVIDER_1_ID, provision1, List.of(financial("1.00")))));
        refused(Kind.NOT_PERMITTED, "not-the-party", () -> kernel.submission.submit(PROVIDER_1, ref, Optional.of(tender)));
        refused(Kind.NOT_PERMITTED, "not-the-buyer",
                () -> kernel.agreements.attachContract(PROVIDER_1, ref, contract(CONTRACT)));
        assertEquals(SpoStage.ENDORSED, kernel.queries.get(SUPPLIER_1, ref).stage());
    }

    @Test
    void onlyTheBuyerAttachesTheContractAndOnlyPartiesSign() {
        SpoReference ref = submitted();
        award();
        refused(Kind.NOT_PERMITTED, "not-a-party", () -> kernel.agreements.sign(BUYER, ref));
        signBoth(ref);
        refused(Kind.CONFLICT, "transition-not-allowed", () -> kernel.agreements.sign(SUPPLIER_1, ref));

        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> kernel.agreements.attachContract(SUPPLIER_1, ref, contract(CONTRACT)));
        refused(Kind.INVALID_INPUT, "invalid-contract", () -> kernel.agreements.attachContract(BUYER, ref,
                new ContractRequest(CONTRACT, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("10.00"))));
        assertEquals(SpoStage.SIGNED, kernel.queries.get(BUYER, ref).stage());
    }

    // ------------------------------------------------------------------ existing relationship, expiry, documents

    @Test
    void anExistingRelationshipGoesToSignatureWithoutATender() {
        Spo draft = existingRelationship();
        SpoReference ref = draft.reference();
        assertEquals(SpoStage.DRAFT, draft.stage());
        assertTrue(draft.isExistingRelationship());
        assertEquals(Optional.of(new OrganisationId(BUYER_ID)), draft.buyer());
        refused(Kind.NOT_FOUND, "spo-not-found", () -> kernel.queries.get(BUYER, ref));

        assertEquals(SpoStage.ENDORSED, kernel.submission.endorse(PROVIDER_1, ref).stage());
        refused(Kind.INVALID_INPUT, "tender-not-expected", () -> kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender)));
        Spo awaiting = kernel.submission.submit(SUPPLIER_1, ref, Optional.empty());

        assertEquals(SpoStage.AWAITING_SIGNATURES, awaiting.stage());
        assertEquals(Optional.empty(), awaiting.tender());
        assertEquals(CanonicalForm.hash(awaiting.canonicalForm()), awaiting.contentHash().orElseThrow());
        assertTrue(awaiting.canonicalForm().contains("\nexisting-contract=" + BUYER_ID + "|TVP/IT/2025/004|2025-04-01"
                + "|2027-03-31|80000.00\n"), awaiting.canonicalForm());
        assertEquals(SpoStage.AWAITING_SIGNATURES, kernel.queries.get(BUYER, ref).stage());
        assertEquals("existing contract TVP/IT/2025/004", last(ref).detail());
    }

    @Test
    void anExistingRelationshipIsAttachedOnlyToItsNamedContract() {
        SpoReference ref = existingRelationship().reference();
        kernel.submission.endorse(PROVIDER_1, ref);
        kernel.submission.submit(SUPPLIER_1, ref, Optional.empty());
        kernel.agreements.sign(SUPPLIER_1, ref);
        assertEquals(SpoStage.SIGNED, kernel.agreements.sign(PROVIDER_1, ref).stage());

        refused(Kind.RULE_VIOLATED, "contract-mismatch",
                () -> kernel.agreements.attachContract(BUYER, ref, contract("TVP/IT/2025/999")));
        assertEquals(SpoStage.SIGNED, kernel.queries.get(BUYER, ref).stage());
        Spo contracted = kernel.agreements.attachContract(BUYER, ref, contract("TVP/IT/2025/004"));
        assertEquals(SpoStage.CONTRACTED, contracted.stage());
        assertEquals(List.of("edit", "endorse", "submit", "sign", "sign", "attach_contract"),
                kernel.queries.history(SUPPLIER_1, ref).stream().map(JournalEntry::action).toList());
    }

    @Test
    void anExistingRelationshipMustNameARegisteredBuyer() {
        ExistingContractRequest notABuyer = new ExistingContractRequest(SUPPLIER_1_ID, "X-1", LocalDate.of(2025, 4, 1),
                LocalDate.of(2027, 3, 31), new BigDecimal("80000.00"));

        DomainException e = refused(Kind.INVALID_INPUT, "invalid-spo", () -> kernel.drafting.draft(SUPPLIER_1,
                Requests.content("x", PROVIDER_1_ID, provision1, Requests.threeCommitments()), Optional.of(notABuyer)));

        assertEquals(List.of("existingContract.buyer"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, kernel.spoRepository.size());
    }

    @Test
    void expiryPurgesADraftAndKeepsATombstone() {
        SpoReference ref = draft();
        String hash = kernel.queries.get(SUPPLIER_1, ref).currentHash();
        Actor job = Actor.system("spo-expiry");
        refused(Kind.NOT_PERMITTED, "role-required", () -> kernel.expiry.expire(SUPPLIER_1, ref));

        Spo expired = kernel.expiry.expire(job, ref);

        assertEquals(SpoStage.EXPIRED, expired.stage());
        assertTrue(expired.content().isEmpty());
        assertEquals(Optional.of(hash), expired.contentHash());
        assertEquals(Optional.of(kernel.clock.instant()), expired.closedAt());
        Spo tombstone = kernel.queries.get(SUPPLIER_1, ref);
        assertEquals(SpoStage.EXPIRED, tombstone.stage());
        assertTrue(tombstone.content().isEmpty());
        assertEquals(Set.of(new OrganisationId(PROVIDER_1_ID)), tombstone.providers());
        JournalEntry entry = last(ref);
        assertEquals(List.of("expire", "DRAFT", "EXPIRED", "system:spo-expiry", "content purged", hash),
                List.of(entry.action(), entry.fromState(), entry.toState(), entry.actor(), entry.detail(),
                        entry.contentHash()));
        assertEquals(Optional.empty(), entry.organisation());
        refused(Kind.CONFLICT, "content-purged", () -> kernel.documents.document(SUPPLIER_1, ref));
        refused(Kind.CONFLICT, "transition-not-allowed", () -> kernel.expiry.expire(job, ref));
    }

    @Test
    void theDocumentCertifiesTheCanonicalContentAndItsHash() {
        SpoReference ref = submitted();
        Spo spo = kernel.queries.get(PROVIDER_1, ref);

        byte[] document = kernel.documents.document(PROVIDER_1, ref);

        String text = new String(document, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Social Purchase Order — Proposal\nreference=" + ref + "\nstage=SUBMITTED\n"), text);
        assertTrue(text.contains("content-hash=" + spo.contentHash().orElseThrow() + "\n"), text);
        assertTrue(text.endsWith(spo.canonicalForm()), text);
        assertTrue(spo.canonicalForm().startsWith(CanonicalForm.VERSION + "\nreference=" + ref + "\nsupplier="
                + SUPPLIER_1_ID + "\nterritory=" + THAMES_VALLEY + "\nproviders=" + PROVIDER_1_ID + "\nprovisions="
                + provision1 + "\n"), spo.canonicalForm());
        assertTrue(spo.canonicalForm().contains("\ncommitment.1=FINANCIAL|1500|GBP|1500.00||NT1|E23000029||2026-04-01"
                + "|2027-03-31|ONE_OFF\n"), spo.canonicalForm());
        assertEquals("text/plain", kernel.documents.mediaType());
        assertArrayEquals(document, kernel.documents.document(SUPPLIER_1, ref));
    }

    // ------------------------------------------------------------------ helpers

    private String publishAndAudit(Actor provider, PublishRequest request) {
        String id = kernel.provisions.publish(provider, request).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(id), AuditStatus.AUDITED, null);
        return id;
    }

    /** Supplier 1's draft for provider 1's provision, with the three commitment types. */
    private SpoReference draft() {
        return kernel.drafting.draft(SUPPLIER_1, Requests.content("Laptops and mentors", PROVIDER_1_ID, provision1,
                Requests.threeCommitments()), Optional.empty()).reference();
    }

    /** Supplier 1's draft of an existing relationship with the buyer, under contract TVP/IT/2025/004. */
    private Spo existingRelationship() {
        ExistingContractRequest existing = new ExistingContractRequest(BUYER_ID, "TVP/IT/2025/004",
                LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), new BigDecimal("80000.00"));
        return kernel.drafting.draft(SUPPLIER_1, Requests.content("IT support, existing contract", PROVIDER_1_ID,
                provision1, Requests.threeCommitments()), Optional.of(existing));
    }

    private SpoReference submitted() {
        SpoReference ref = draft();
        kernel.submission.endorse(PROVIDER_1, ref);
        kernel.submission.submit(SUPPLIER_1, ref, Optional.of(tender));
        return ref;
    }

    private void award() {
        kernel.clock.moveTo(CLOSING.plusDays(1));
        kernel.tenders.award(BUYER, tender, new OrganisationId(SUPPLIER_1_ID));
    }

    private void signBoth(SpoReference ref) {
        kernel.agreements.sign(SUPPLIER_1, ref);
        assertEquals(SpoStage.SIGNED, kernel.agreements.sign(PROVIDER_1, ref).stage());
    }

    private void attachContract(SpoReference ref) {
        assertEquals(SpoStage.CONTRACTED, kernel.agreements.attachContract(BUYER, ref, contract(CONTRACT)).stage());
    }

    private static ContractRequest contract(String reference) {
        return new ContractRequest(reference, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
                new BigDecimal("250000.00"));
    }

    private JournalEntry last(SpoReference ref) {
        List<JournalEntry> entries = kernel.journal.about(ref.value());
        return entries.get(entries.size() - 1);
    }

    private static DomainException refused(Kind kind, String code, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(kind, e.kind(), () -> e.code() + ": " + e.getMessage());
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }
}
