package org.dualimpact.kernel.ledger;

import static org.dualimpact.kernel.testing.TestKernel.AUDITOR;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.DomainException.Kind;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoAgreement.ContractRequest;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.InMemoryContributionLedger;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.TestKernel;
import org.dualimpact.kernel.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LedgerUseCasesTest {

    private static final LocalDate CLOSING = LocalDate.of(2026, 3, 31);

    private final TestKernel kernel = new TestKernel();
    private final InMemoryContributionLedger store = new InMemoryContributionLedger();
    private final Ed25519Signer signer = new Ed25519Signer();
    private final TestLedger ledger = new TestLedger(store, kernel.spoRepository, kernel.territoryRepository, signer, kernel.clock);
    private String agreement;
    private String proposal;

    /** A real Ed25519 signer over a key made for the test. */
    static final class Ed25519Signer implements TreeHeadSigner {
        final KeyPair keys;

        Ed25519Signer() {
            try {
                keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String keyId() {
            return "test-key";
        }

        @Override
        public String algorithm() {
            return "Ed25519";
        }

        @Override
        public String sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(keys.getPrivate());
                signature.update(message);
                return Base64.getEncoder().encodeToString(signature.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String publicKeyPem() {
            return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        }

        boolean verify(byte[] message, String signatureBase64) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initVerify(keys.getPublic());
                signature.update(message);
                return signature.verify(Base64.getDecoder().decode(signatureBase64));
            } catch (Exception e) {
                return false;
            }
        }
    }

    @BeforeEach
    void contractedAgreement() {
        kernel.registerParties();
        String provision = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(provision), AuditStatus.AUDITED, null);
        TenderReference tender = kernel.tenders.open(BUYER, "Fleet", THAMES_VALLEY, CLOSING).reference();
        SpoReference spo = kernel.drafting.draft(SUPPLIER_1, Requests.content("Laptops and mentors", PROVIDER_1_ID, provision,
                Requests.threeCommitments()), Optional.empty()).reference();
        agreement = spo.value();
        kernel.submission.endorse(PROVIDER_1, spo);
        kernel.submission.submit(SUPPLIER_1, spo, Optional.of(tender));
        proposal = kernel.drafting.draft(SUPPLIER_1, Requests.content("Another", PROVIDER_1_ID, provision,
                Requests.threeCommitments()), Optional.empty()).reference().value();
        contract(tender, CLOSING, spo, "TVP/FLEET/1", "250000.00");
        kernel.clock.moveTo(LocalDate.of(2026, 6, 1));
    }

    /** After the tender's closing date: awarded to supplier 1, signed by both parties, contracted from April 2026. */
    private void contract(TenderReference tender, LocalDate closing, SpoReference spo, String contractReference,
            String value) {
        kernel.clock.moveTo(closing.plusDays(1));
        kernel.tenders.award(BUYER, tender, new OrganisationId(SUPPLIER_1_ID));
        kernel.agreements.sign(SUPPLIER_1, spo);
        kernel.agreements.sign(PROVIDER_1, spo);
        kernel.agreements.attachContract(BUYER, spo, new ContractRequest(contractReference, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), new BigDecimal(value)));
    }

    private LedgerEntry recordLaptops(String quantity, String value) {
        return ledger.record(SUPPLIER_1, agreement, new RecordContribution.Request(ContributionType.IN_KIND,
                new BigDecimal(quantity), "laptops", new BigDecimal(value), "NT2", null, LocalDate.of(2026, 5, 20), 2,
                "Delivered to the homework club by Sam", null, null));
    }

    @Test
    void recordConfirmDisputeAndCorrectionTakeGapFreeSequences() {
        List<LedgerEntry> entries = recordedConfirmedDisputedCorrected();

        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), entries.stream().map(LedgerEntry::sequence).toList());
    }

    @Test
    void theProgressViewIsDerivedFromConfirmationsDisputesAndCorrections() {
        recordedConfirmedDisputedCorrected();

        ContributionProgress.LineProgress laptops = ledger.progress(SUPPLIER_1, agreement).get(1);
        assertEquals(0, new BigDecimal("12").compareTo(laptops.committedQuantity()));
        assertEquals(0, new BigDecimal("10").compareTo(laptops.recordedQuantity()));
        assertEquals("3000.00", laptops.recordedValue().toString());
        assertEquals(0, new BigDecimal("6").compareTo(laptops.confirmedQuantity()));
        assertEquals(0, new BigDecimal("4").compareTo(laptops.disputedQuantity()));
    }

    @Test
    void reversingAContributionRemovesItFromTheRecordedQuantity() {
        LedgerEntry first = recordedConfirmedDisputedCorrected().get(0);

        ledger.correct(SUPPLIER_1, first.sequence(), new CorrectContribution.Request(true, null, null, "Recorded twice"));

        assertEquals(0, new BigDecimal("4").compareTo(ledger.progress(PROVIDER_1, agreement).get(1).recordedQuantity()));
    }

    /** Two laptop deliveries: the first confirmed, the second disputed and amended to four; the five entries. */
    private List<LedgerEntry> recordedConfirmedDisputedCorrected() {
        LedgerEntry first = recordLaptops("6", "1800.00");
        LedgerEntry second = recordLaptops("6", "1800.00");
        LedgerEntry confirmed = ledger.confirm(PROVIDER_1, first.sequence());
        LedgerEntry disputed = ledger.dispute(PROVIDER_1, second.sequence(), "Only four arrived");
        LedgerEntry corrected = ledger.correct(SUPPLIER_1, second.sequence(),
                new CorrectContribution.Request(false, new BigDecimal("4"), new BigDecimal("1200.00"), "Two went elsewhere"));
        return List.of(first, second, confirmed, disputed, corrected);
    }

    @Test
    void aContributionWithoutACommitmentLineCountsOnceTowardTheFirstLineOfItsTypeAndMeasure() {
        // a second agreement of supplier 1 committing money twice under the same measure (NT1)
        String provision = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(provision), AuditStatus.AUDITED, null);
        LocalDate closing = kernel.clock.today().plusDays(10);
        TenderReference tender = kernel.tenders.open(BUYER, "Catering", THAMES_VALLEY, closing).reference();
        SpoReference spo = kernel.drafting.draft(SUPPLIER_1, Requests.content("Money twice", PROVIDER_1_ID, provision,
                List.of(Requests.financial("1000.00"), Requests.financial("500.00"))), Optional.empty()).reference();
        String twice = spo.value();
        kernel.submission.endorse(PROVIDER_1, spo);
        kernel.submission.submit(SUPPLIER_1, spo, Optional.of(tender));
        contract(tender, closing, spo, "TVP/CATERING/1", "90000.00");

        ledger.record(SUPPLIER_1, twice, new RecordContribution.Request(ContributionType.FINANCIAL, null, null,
                new BigDecimal("300.00"), "NT1", null, LocalDate.of(2026, 5, 1), null, null, null, null));
        ledger.record(SUPPLIER_1, twice, new RecordContribution.Request(ContributionType.FINANCIAL, null, null,
                new BigDecimal("50.00"), "NT1", null, LocalDate.of(2026, 5, 2), 2, null, null, null));

        List<ContributionProgress.LineProgress> progress = ledger.progress(SUPPLIER_1, twice);
        assertEquals("300.00", progress.get(0).recordedValue().toString(), "the unlined contribution, on the first NT1 line");
        assertEquals("50.00", progress.get(1).recordedValue().toString(), "only the one naming line 2 (before: 350.00)");
    }

    @Test
    void aContributionIsRecordedInAKnownTerritoryOnly() {
        String elsewhere = kernel.territoryRepository.territories().stream().map(t -> t.code())
                .filter(code -> !code.equals(THAMES_VALLEY)).findFirst().orElseThrow();
        LedgerEntry delivered = ledger.record(SUPPLIER_1, agreement, new RecordContribution.Request(ContributionType.FINANCIAL,
                null, null, new BigDecimal("10.00"), "NT1", elsewhere, LocalDate.of(2026, 5, 1), 1, null, null, null));
        assertEquals(elsewhere, ((ContributionRecorded) delivered.payload()).territory(), "delivered outside the agreement's territory");

        for (String unknown : List.of("E99999999", "nowhere", "E23000029E23000029")) {
            DomainException refused = refused(Kind.INVALID_INPUT, "invalid-contribution", () -> ledger.record(SUPPLIER_1, agreement,
                    new RecordContribution.Request(ContributionType.FINANCIAL, null, null, new BigDecimal("10.00"), "NT1",
                            unknown, LocalDate.of(2026, 5, 1), 1, null, null, null)));
            assertEquals("territory", refused.fieldErrors().get(0).field(), unknown);
            assertTrue(refused.fieldErrors().get(0).message().contains(THAMES_VALLEY), refused.fieldErrors().toString());
        }
        assertEquals(1, store.size());
    }

    @Test
    void partyAndStageRulesAreEnforced() {
        LedgerEntry entry = recordLaptops("1", "300.00");

        refused(Kind.NOT_PERMITTED, "role-required", () -> ledger.confirm(SUPPLIER_1, entry.sequence()));
        refused(Kind.NOT_FOUND, "entry-not-found", () -> ledger.confirm(TestKernel.PROVIDER_2, entry.sequence()));
        refused(Kind.NOT_FOUND, "agreement-not-found", () -> ledger.record(SUPPLIER_2, agreement, null));
        refused(Kind.CONFLICT, "agreement-not-contracted", () -> ledger.record(SUPPLIER_1, proposal,
                new RecordContribution.Request(ContributionType.FINANCIAL, null, null, new BigDecimal("10.00"),
                        "NT1", null, LocalDate.of(2026, 5, 1), null, null, null, null)));
        LedgerEntry confirmation = ledger.confirm(PROVIDER_1, entry.sequence());
        refused(Kind.CONFLICT, "not-a-contribution", () -> ledger.dispute(PROVIDER_1, confirmation.sequence(), "no"));
        refused(Kind.INVALID_INPUT, "invalid-contribution", () -> ledger.record(SUPPLIER_1, agreement,
                new RecordContribution.Request(ContributionType.FINANCIAL, null, null, new BigDecimal("-5.00"),
                        "NT1", null, LocalDate.of(2027, 1, 1), null, null, null, null)));
        assertEquals(2, store.size());
    }

    @Test
    void aCorrectionOverABillionPoundsIsAFieldErrorNotAFault() {
        LedgerEntry entry = recordLaptops("2", "600.00");

        DomainException e = refused(Kind.INVALID_INPUT, "invalid-correction", () -> ledger.correct(SUPPLIER_1, entry.sequence(),
                new CorrectContribution.Request(false, new BigDecimal("2"), new BigDecimal("1000000000.01"), "typo")));

        assertEquals("value", e.fieldErrors().get(0).field());
    }

    @Test
    void contradictoryOrImplausibleEntriesAreRefused() {
        LedgerEntry entry = recordLaptops("2", "600.00");
        ledger.confirm(PROVIDER_1, entry.sequence());

        refused(Kind.CONFLICT, "already-validated", () -> ledger.confirm(PROVIDER_1, entry.sequence()));
        refused(Kind.CONFLICT, "already-validated", () -> ledger.dispute(PROVIDER_1, entry.sequence(), "changed my mind"));
        refused(Kind.INVALID_INPUT, "invalid-correction", () -> ledger.correct(SUPPLIER_1, entry.sequence(),
                new CorrectContribution.Request(true, new BigDecimal("3"), null, "reverse and amend at once")));
        ledger.correct(SUPPLIER_1, entry.sequence(), new CorrectContribution.Request(true, null, null, "wrong club"));
        refused(Kind.CONFLICT, "contribution-reversed", () -> ledger.correct(SUPPLIER_1, entry.sequence(),
                new CorrectContribution.Request(true, null, null, "again")));
        LedgerEntry other = recordLaptops("1", "300.00");
        ledger.correct(SUPPLIER_1, other.sequence(), new CorrectContribution.Request(true, null, null, "typo"));
        refused(Kind.CONFLICT, "contribution-reversed", () -> ledger.confirm(PROVIDER_1, other.sequence()));

        DomainException early = refused(Kind.INVALID_INPUT, "invalid-contribution", () -> ledger.record(SUPPLIER_1, agreement,
                new RecordContribution.Request(ContributionType.IN_KIND, BigDecimal.ONE, "laptops",
                        new BigDecimal("300.00"), "NT2", null, LocalDate.of(1999, 1, 1), 2, null, null, null)));
        assertEquals("deliveryDate", early.fieldErrors().get(0).field());
        DomainException unknownMeasure = refused(Kind.INVALID_INPUT, "invalid-contribution", () -> ledger.record(SUPPLIER_1,
                agreement, new RecordContribution.Request(ContributionType.IN_KIND, BigDecimal.ONE, "laptops",
                        new BigDecimal("300.00"), "ZZ99", null, LocalDate.of(2026, 5, 1), null, null, null, null)));
        assertEquals("measureCode", unknownMeasure.fieldErrors().get(0).field());
        assertEquals(5, store.size()); // recorded, confirmed, reversed, recorded, reversed: nothing refused was written
    }

    @Test
    void partiesSeeTheirEntriesAndAuditorsSeeAll() {
        recordLaptops("1", "300.00");

        assertEquals(1, ledger.entries(AUDITOR, Optional.empty(), 0, 100).size());
        assertEquals(1, ledger.entries(PROVIDER_1, Optional.empty(), 0, 100).size());
        assertEquals(0, ledger.entries(SUPPLIER_2, Optional.empty(), 0, 100).size());
        refused(Kind.NOT_FOUND, "agreement-not-found", () -> ledger.entries(SUPPLIER_2, Optional.of(agreement), 0, 100));
    }

    @Test
    void personalDataIsCommittedNotStoredAndCanBeErasedWithoutBreakingProofs() {
        LedgerEntry entry = recordLaptops("2", "600.00");
        String canonical = new String(entry.canonicalBytes(), StandardCharsets.UTF_8);
        assertFalse(canonical.contains("Sam"), canonical);
        assertFalse(canonical.contains("sam"), canonical);
        List<PersonalData> personal = ledger.personalData(entry.sequence());
        for (PersonalData data : personal) {
            String expected = data.field().equals("actor") ? entry.actorCommitment() : entry.payload().canonical().get(data.field());
            assertEquals(expected, data.commitment());
        }
        TreeHead before = ledger.currentTreeHead();

        assertEquals(2, ledger.erasePersonalData(TestKernel.ADMIN, entry.sequence()));

        assertTrue(ledger.personalData(entry.sequence()).isEmpty());
        assertEquals(before.rootHash(), ledger.currentTreeHead().rootHash());
        assertTrue(entry.leafHashMatches());
    }

    @Test
    void signedTreeHeadsAndProofsVerifyAndAnySingleBitChangeIsRejected() {
        for (int i = 0; i < 9; i++) {
            recordLaptops("1", "300.00");
        }
        TreeHead head = ledger.checkpoint(Actor.system("ledger-checkpoint"));
        assertTrue(signer.verify(head.message(), head.signature()));
        assertEquals(List.of(head), ledger.treeHeads());

        byte[] signature = Base64.getDecoder().decode(head.signature());
        for (int bit = 0; bit < signature.length * 8; bit += 7) {
            assertFalse(signer.verify(head.message(), Base64.getEncoder().encodeToString(MerkleTest.flip(signature, bit))));
        }
        byte[] message = head.message();
        for (int bit = 0; bit < message.length * 8; bit += 5) {
            assertFalse(signer.verify(MerkleTest.flip(message, bit), head.signature()));
        }

        byte[] root = HexFormat.of().parseHex(head.rootHash());
        LedgerEntry entry = store.entry(4).orElseThrow();
        List<byte[]> proof = ledger.inclusionProof(4, 9).stream().map(HexFormat.of()::parseHex).toList();
        assertTrue(Merkle.verifyInclusion(4, 9, entry.leafHashBytes(), proof, root));
        byte[] bytes = entry.canonicalBytes();
        for (int bit = 0; bit < bytes.length * 8; bit += 3) {
            byte[] leaf = Merkle.leafHash(MerkleTest.flip(bytes, bit));
            assertFalse(Merkle.verifyInclusion(4, 9, leaf, proof, root), "bit " + bit);
        }
        List<byte[]> consistency = ledger.consistencyProof(3, 9).stream().map(HexFormat.of()::parseHex).toList();
        assertTrue(Merkle.verifyConsistency(3, 9, HexFormat.of().parseHex(ledger.root(3)), root, consistency));
        refused(Kind.INVALID_INPUT, "invalid-proof-request", () -> ledger.inclusionProof(9, 9));
        refused(Kind.INVALID_INPUT, "invalid-proof-request", () -> ledger.consistencyProof(0, 9));
        refused(Kind.INVALID_INPUT, "invalid-proof-request", () -> ledger.root(10));
        refused(Kind.NOT_FOUND, "entry-not-found", () -> ledger.inclusionProof(SUPPLIER_2, 4, 9));
        assertEquals(ledger.inclusionProof(4, 9), ledger.inclusionProof(PROVIDER_1, 4, 9));
        assertEquals(32 * 4, ledger.inclusionProof(4, 9).size() * 32); // ceil(log2 9) hashes of 32 bytes
    }

    @Test
    void aGroupCommitBatchBuildsTheSameTreeAsSingleAppends() {
        recordLaptops("1", "300.00");
        List<PendingEntry> batch = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            batch.add(new PendingEntry(hours(i + 1), agreement, SUPPLIER_1_ID, "sam",
                    Map.of("description", "line " + i)));
        }

        List<LedgerEntry> appended = ledger.appendAll(batch);

        assertEquals(37, appended.size());
        assertEquals(1, appended.get(0).sequence());
        assertEquals(38, store.size());
        MemoryTree expected = new MemoryTree();
        for (long seq = 0; seq < 38; seq++) {
            expected.append(store.entry(seq).orElseThrow().canonicalBytes());
        }
        for (long size = 1; size <= 38; size++) {
            assertEquals(HexFormat.of().formatHex(Merkle.root(size, expected)), ledger.root(size), "size " + size);
        }
    }

    @Test
    void theExportPagesThroughEveryEntryWithThePersonalDataStillHeld() {
        recordLaptops("1", "300.00");
        List<PendingEntry> batch = new ArrayList<>();
        for (int i = 0; i < LedgerExport.PAGE + 5; i++) {
            batch.add(new PendingEntry(hours(i + 1), agreement, SUPPLIER_1_ID, "sam",
                    Map.of("description", "line \"" + i + "\"")));
        }
        ledger.appendAll(batch);
        store.erasePersonalData(3);
        List<ExportLine> lines = new ArrayList<>();

        ledger.export(AUDITOR, 0, Long.MAX_VALUE, lines::add);

        assertEquals(store.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i, lines.get(i).entry().sequence());
        }
        assertEquals(Set.of("actor", "description"), lines.get(LedgerExport.PAGE + 2).personal().stream()
                .map(PersonalData::field).collect(Collectors.toSet()), "personal data across a page edge");
        assertTrue(lines.get(3).personal().isEmpty(), "erased");
        List<ExportLine> part = new ArrayList<>();
        ledger.export(AUDITOR, 5, 9, part::add);
        assertEquals(List.of(5L, 6L, 7L, 8L), part.stream().map(l -> l.entry().sequence()).toList());
        refused(Kind.NOT_PERMITTED, "role-required", () -> ledger.export(SUPPLIER_1, 0, 10, l -> { }));
        refused(Kind.INVALID_INPUT, "invalid-range", () -> ledger.export(AUDITOR, 9, 5, l -> { }));
    }

    /** Volunteering hours (NT3) appended directly, as a sequencer's batch would be. */
    private static ContributionRecorded hours(int hours) {
        return new ContributionRecorded(ContributionType.VOLUNTEERING, BigDecimal.valueOf(hours), "hours", null, "NT3",
                THAMES_VALLEY, LocalDate.of(2026, 5, 20), null, null, null, null);
    }

    private static DomainException refused(Kind kind, String code, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(kind, e.kind(), () -> e.code() + ": " + e.getMessage());
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }
}
