package org.dualimpact.kernel.rollup;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;

import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.ContributionProgress;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoAgreement.ContractRequest;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.InMemoryContributionLedger;
import org.dualimpact.kernel.testing.TestLedger;
import org.dualimpact.kernel.testing.InMemoryRollupStore;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.SpoAgreementSource;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs of the roll-up over a real story: agreement, contributions, validations, corrections. */
class RollupServiceTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final YearMonth MAY = YearMonth.of(2026, 5);

    final TestKernel kernel = new TestKernel();
    final InMemoryContributionLedger entries = new InMemoryContributionLedger();
    final TestLedger ledger = new TestLedger(entries, kernel.spoRepository, kernel.territoryRepository, new TreeHeadSigner() {
        @Override
        public String keyId() {
            return "k";
        }

        @Override
        public String algorithm() {
            return "none";
        }

        @Override
        public String sign(byte[] message) {
            return "";
        }

        @Override
        public String publicKeyPem() {
            return "";
        }
    }, kernel.clock);
    final List<String> references = new ArrayList<>();
    final SpoAgreementSource agreements = new SpoAgreementSource(kernel.spoRepository, kernel.journal, () -> references);
    String agreement;
    LedgerEntry laptops;

    RollupService service(InMemoryRollupStore store) {
        return new RollupService(store, agreements, entries, kernel.territoryRepository, MeasureReference.UNKNOWN, kernel.clock);
    }

    @BeforeEach
    void contractedAgreementWithContributions() {
        kernel.registerParties();
        String provision = kernel.provisions.publish(PROVIDER_1, Requests.digitalSkillsClub()).id().value();
        kernel.provisions.audit(BUYER, new ProvisionId(provision), AuditStatus.AUDITED, null);
        LocalDate closing = LocalDate.of(2026, 3, 31);
        TenderReference tender = kernel.tenders.open(BUYER, "Fleet", THAMES_VALLEY, closing).reference();
        SpoReference spo = kernel.drafting.draft(SUPPLIER_1, Requests.content("Laptops and mentors", PROVIDER_1_ID, provision,
                Requests.threeCommitments()), Optional.empty()).reference();
        agreement = spo.value();
        references.add(agreement);
        kernel.submission.endorse(PROVIDER_1, spo);
        kernel.submission.submit(SUPPLIER_1, spo, Optional.of(tender));
        kernel.clock.moveTo(closing.plusDays(1));
        kernel.tenders.award(BUYER, tender, new OrganisationId(SUPPLIER_1_ID));
        kernel.agreements.sign(SUPPLIER_1, spo);
        kernel.agreements.sign(PROVIDER_1, spo);
        kernel.agreements.attachContract(BUYER, spo, new ContractRequest("TVP/FLEET/1", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), new BigDecimal("250000.00")));
        kernel.clock.moveTo(LocalDate.of(2026, 6, 1));

        LedgerEntry money = record(ContributionType.FINANCIAL, null, "500.00", "NT1", LocalDate.of(2026, 4, 15), 1);
        laptops = record(ContributionType.IN_KIND, "6", "1800.00", "NT2", LocalDate.of(2026, 5, 20), 2);
        ledger.confirm(PROVIDER_1, money.sequence());
        ledger.dispute(PROVIDER_1, laptops.sequence(), "Only four arrived");
        ledger.correct(SUPPLIER_1, laptops.sequence(), new CorrectContribution.Request(false, new BigDecimal("4"),
                new BigDecimal("1200.00"), "Two went elsewhere"));
    }

    LedgerEntry record(ContributionType type, String quantity, String value, String measure, LocalDate day, int line) {
        return ledger.record(SUPPLIER_1, agreement, new RecordContribution.Request(type,
                quantity == null ? null : new BigDecimal(quantity), type == ContributionType.IN_KIND ? "laptops" : null,
                value == null ? null : new BigDecimal(value), measure, null, day, line, null, null, null));
    }

    InMemoryRollupStore store() {
        return new InMemoryRollupStore(entries, agreements);
    }

    /** What the job does, with one agreement per chunk, its agreements in order. */
    static RollupRun run(RollupService service, long instance, RollupRequest request) {
        return run(service, instance, request, false);
    }

    /** Idem; {@code lastFirst}: the agreements are computed in the opposite order (as by another partition). */
    static RollupRun run(RollupService service, long instance, RollupRequest request, boolean lastFirst) {
        RollupRun run = service.plan(instance, request);
        List<String> agreements = new ArrayList<>(service.agreements(run));
        if (lastFirst) {
            Collections.reverse(agreements);
        }
        for (String agreement : agreements) {
            service.store(service.compute(run, List.of(agreement)));
        }
        service.complete(run);
        return run;
    }

    @Test
    void theRollUpAgreesWithTheAgreementsProgressView() {
        InMemoryRollupStore store = store();
        run(service(store), 1, RollupRequest.incremental());

        assertEquals(Set.of(new Slice(THAMES_VALLEY, APRIL), new Slice(THAMES_VALLEY, MAY)), store.kpis.keySet());
        for (ContributionProgress.LineProgress line : ledger.progress(SUPPLIER_1, agreement)) {
            List<KpiFigures> rows = store.kpis().stream().filter(r -> r.key().measure().equals(line.measureCode())).toList();
            assertEquals(0, line.committedQuantity().compareTo(sum(rows, KpiFigures::committedQuantity)), line::toString);
            assertEquals(0, line.committedValue().amount().compareTo(sum(rows, KpiFigures::committedValue)), line::toString);
            assertEquals(0, line.recordedQuantity().compareTo(sum(rows, KpiFigures::recordedQuantity)), line::toString);
            assertEquals(0, line.recordedValue().amount().compareTo(sum(rows, KpiFigures::recordedValue)), line::toString);
            assertEquals(0, line.confirmedQuantity().compareTo(sum(rows, KpiFigures::confirmedQuantity)), line::toString);
            assertEquals(0, line.confirmedValue().amount().compareTo(sum(rows, KpiFigures::confirmedValue)), line::toString);
            assertEquals(0, line.disputedQuantity().compareTo(sum(rows, KpiFigures::disputedQuantity)), line::toString);
            assertEquals(0, line.disputedValue().amount().compareTo(sum(rows, KpiFigures::disputedValue)), line::toString);
        }
        KpiFigures mayLaptops = store.kpis().stream().filter(r -> r.key().month().equals(MAY)).findFirst().orElseThrow();
        assertEquals(new KpiKey(MAY, THAMES_VALLEY, TestKernel.SOUTH_EAST, TestKernel.BUYER_ID, SUPPLIER_1_ID, PROVIDER_1_ID,
                "NT2", "laptops"), mayLaptops.key());
        assertEquals(new BigDecimal("-2.000"), mayLaptops.correctedQuantity());
        assertEquals(new BigDecimal("-600.00"), mayLaptops.correctedValue());
    }

    @Test
    void aSecondRunWithoutNewEntriesRecomputesNothingAndChangesNothing() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        List<KpiFigures> before = store.kpis();
        int replaced = store.replaced.size();

        RollupRun second = run(service, 2, RollupRequest.incremental());

        assertEquals(List.of(), service.agreements(second));
        assertEquals("recomputed 0 slices from ledger entries 5 to 5", service.complete(second));
        assertEquals(replaced, store.replaced.size());
        assertEquals(before, store.kpis());
    }

    @Test
    void anIncrementalRunRecomputesOnlyTheAgreementsTouchedAndMatchesAFullRebuild() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        kernel.clock.moveTo(LocalDate.of(2026, 6, 2));
        ledger.correct(SUPPLIER_1, laptops.sequence(), new CorrectContribution.Request(false, new BigDecimal("5"),
                null, "One more found"));
        record(ContributionType.VOLUNTEERING, "12", null, "NT3", LocalDate.of(2026, 5, 28), 3);
        store.replaced.clear();

        RollupRun second = run(service, 2, RollupRequest.incremental());

        assertEquals(List.of(agreement), service.agreements(second));
        assertEquals(List.of(agreement), store.replaced);
        assertEquals(new BigDecimal("5.000"), store.kpis().stream().filter(r -> r.key().measure().equals("NT2") && r.key().month().equals(MAY)).findFirst()
                .orElseThrow().recordedQuantity());
        InMemoryRollupStore fresh = store();
        run(service(fresh), 1, new RollupRequest(true, Optional.empty(), Optional.empty()));
        assertEquals(fresh.kpis(), store.kpis());
        assertEquals(fresh.agreements(), store.agreements());
    }

    @Test
    void aRunInterruptedAnywhereAndRestartedGivesTheFiguresOfAnUninterruptedRun() {
        InMemoryRollupStore uninterrupted = store();
        run(service(uninterrupted), 1, RollupRequest.incremental());

        InMemoryRollupStore store = store();
        RollupService service = service(store);
        RollupRun run = service.plan(5, RollupRequest.incremental());
        List<String> agreements = service.agreements(run);
        assertEquals(List.of(agreement), agreements);
        service.store(Map.of(agreement, List.of()));                      // a half-written chunk, then the crash
        service.store(service.compute(run, agreements));                 // ... or a chunk written twice
        service.store(service.compute(run, agreements));
        run(service, 5, RollupRequest.incremental());                    // the restart: same instance

        assertEquals(uninterrupted.kpis(), store.kpis());
        assertEquals(uninterrupted.agreements(), store.agreements());
    }

    @Test
    void restartingARunALaterRunOvertookIsRefused() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        service.plan(1, RollupRequest.incremental());              // stopped, never restarted
        record(ContributionType.FINANCIAL, null, "10.00", "NT1", LocalDate.of(2026, 5, 30), 1);
        run(service, 2, RollupRequest.incremental());

        DomainException refused = assertThrows(DomainException.class, () -> service.plan(1, RollupRequest.incremental()));
        assertEquals("rollup-run-overtaken", refused.code());
    }

    @Test
    void restartingAnIncrementalRunAfterAFullRebuildWasPlannedIsRefused() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        record(ContributionType.FINANCIAL, null, "10.00", "NT1", LocalDate.of(2026, 5, 30), 1);
        service.plan(2, RollupRequest.incremental());                                     // stopped
        service.plan(3, new RollupRequest(true, Optional.empty(), Optional.empty()));     // removes the figures, stopped

        DomainException refused = assertThrows(DomainException.class, () -> service.plan(2, RollupRequest.incremental()));
        assertEquals("rollup-run-overtaken", refused.code());
    }

    @Test
    void anUnfinishedFullRebuildLeavesTheNextIncrementalRunEveryAgreement() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        List<KpiFigures> before = store.kpis();
        service.plan(2, new RollupRequest(true, Optional.empty(), Optional.empty()));     // removes the figures, stopped

        RollupRun next = run(service, 3, RollupRequest.incremental());

        assertEquals(List.of(agreement), service.agreements(next));
        assertEquals(before, store.kpis());
    }

    @Test
    void aRestrictedRunRepairsOnlyItsSlicesAndLeavesTheWatermark() {
        InMemoryRollupStore store = store();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        List<KpiFigures> april = store.kpis.get(new Slice(THAMES_VALLEY, APRIL));
        store.kpis.clear(); // both months lost
        record(ContributionType.FINANCIAL, null, "20.00", "NT1", LocalDate.of(2026, 4, 29), 1);

        RollupRun repair = run(service, 2, service.request(null, "2026-04", THAMES_VALLEY));

        assertEquals(List.of(agreement), service.agreements(repair));
        assertEquals(Set.of(new Slice(THAMES_VALLEY, APRIL)), store.kpis.keySet(), "May is not repaired");
        assertEquals(sum(april, KpiFigures::recordedValue).add(new BigDecimal("20.00")),
                sum(store.kpis.get(new Slice(THAMES_VALLEY, APRIL)), KpiFigures::recordedValue), "the repair reads the whole ledger");
        assertEquals(5, store.state().ledgerWatermark());
        RollupRun empty = run(service, 3, service.request("false", "2026-01", "E23000001"));
        assertEquals(List.of(), service.agreements(empty));
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndTheValue() {
        RollupService service = service(store());
        assertRefused(() -> service.request(null, "2026-13", null), "month", "month=2026-13 is not a month: write YYYY-MM");
        assertRefused(() -> service.request(null, "March", null), "month", "month=March is not a month");
        assertRefused(() -> service.request(null, "2026-07", null), "month", "after the current month 2026-06");
        assertRefused(() -> service.request(null, "1999-12", null), "month", "before 2000-01");
        assertRefused(() -> service.request(null, null, "E99999999"), "territory", "territory=E99999999 names no known territory");
        assertRefused(() -> service.request("yes", null, null), "fullRebuild", "neither true nor false");
        assertRefused(() -> service.request("true", "2026-04", null), "fullRebuild", "");
        assertEquals(new RollupRequest(true, Optional.empty(), Optional.empty()), service.request(" TRUE ", "", null));
    }

    static void assertRefused(org.junit.jupiter.api.function.Executable call, String field, String text) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals("invalid-job-parameter", e.code());
        assertEquals(field, e.fieldErrors().get(0).field());
        assertTrue((e.getMessage() + " " + e.fieldErrors()).contains(text), () -> e.getMessage() + " " + e.fieldErrors());
    }

    static BigDecimal sum(List<KpiFigures> rows, Function<KpiFigures, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
