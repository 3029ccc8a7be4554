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

    /** What the job does, with a page size of 2 entries for the index step and its 2 partitions one after the other. */
    static RollupRun run(RollupService service, long instance, RollupRequest request) {
        return run(service, instance, request, false);
    }

    /** Idem; {@code lastRangeFirst}: the partitions index their ranges in the opposite order. */
    static RollupRun run(RollupService service, long instance, RollupRequest request, boolean lastRangeFirst) {
        RollupRun run = service.plan(instance, request);
        long start = service.indexFrom(run);
        long middle = Math.min(run.ledgerTo(), start + ((run.ledgerTo() - start + 3) / 4) * 2); // two ranges of whole pages
        List<long[]> ranges = new ArrayList<>(List.of(new long[] {start, middle}, new long[] {middle, run.ledgerTo()}));
        if (lastRangeFirst) {
            Collections.reverse(ranges);
        }
        for (long[] range : ranges) {
            for (long from = range[0]; from < range[1]; from = Math.min(from + 2, range[1])) {
                long to = Math.min(from + 2, range[1]);
                service.index(from, to, service.read(from, to));
            }
        }
        service.indexed(run);
        for (Slice slice : service.slices(run)) {
            service.store(List.of(service.compute(run, slice)));
        }
        service.complete(run);
        return run;
    }

    @Test
    void theRollUpAgreesWithTheAgreementsProgressView() {
        InMemoryRollupStore store = new InMemoryRollupStore();
        run(service(store), 1, RollupRequest.incremental());

        assertEquals(List.of(new Slice(THAMES_VALLEY, APRIL), new Slice(THAMES_VALLEY, MAY)), List.copyOf(store.figures.keySet()));
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
        InMemoryRollupStore store = new InMemoryRollupStore();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        List<KpiFigures> before = store.kpis();
        int replaced = store.replaced.size();

        RollupRun second = run(service, 2, RollupRequest.incremental());

        assertEquals(List.of(), service.slices(second));
        assertEquals(replaced, store.replaced.size());
        assertEquals(before, store.kpis());
    }

    @Test
    void anIncrementalRunRecomputesOnlyTheMonthsTouchedAndMatchesAFullRebuild() {
        InMemoryRollupStore store = new InMemoryRollupStore();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        kernel.clock.moveTo(LocalDate.of(2026, 6, 2));
        ledger.correct(SUPPLIER_1, laptops.sequence(), new CorrectContribution.Request(false, new BigDecimal("5"),
                null, "One more found"));
        record(ContributionType.VOLUNTEERING, "12", null, "NT3", LocalDate.of(2026, 5, 28), 3);

        RollupRun second = run(service, 2, RollupRequest.incremental());

        assertEquals(List.of(new Slice(THAMES_VALLEY, MAY)), service.slices(second));
        InMemoryRollupStore fresh = new InMemoryRollupStore();
        run(service(fresh), 1, new RollupRequest(true, Optional.empty(), Optional.empty()));
        assertEquals(fresh.kpis(), store.kpis());
        assertEquals(fresh.agreements(), store.agreements());
    }

    @Test
    void aRunInterruptedAnywhereAndRestartedGivesTheFiguresOfAnUninterruptedRun() {
        InMemoryRollupStore uninterrupted = new InMemoryRollupStore();
        run(service(uninterrupted), 1, RollupRequest.incremental());

        InMemoryRollupStore store = new InMemoryRollupStore();
        RollupService service = service(store);
        RollupRun run = service.plan(5, RollupRequest.incremental());
        service.index(0, 3, service.read(0, 3));                  // part of the index written, then the crash
        Slice first = service.slices(run).get(0);                  // ... or a crash after one slice
        store.replace(new SliceFigures(first, List.of(), List.of(), List.of())); // a half-written slice
        service.index(2, 3, service.read(2, 3));                   // a chunk written twice
        run(service, 5, RollupRequest.incremental());              // the restart: same instance

        assertEquals(uninterrupted.kpis(), store.kpis());
        assertEquals(uninterrupted.agreements(), store.agreements());
    }

    @Test
    void partitionsIndexingInAnyOrderGiveTheSameFigures() {
        InMemoryRollupStore inOrder = new InMemoryRollupStore();
        run(service(inOrder), 1, RollupRequest.incremental());
        InMemoryRollupStore reversed = new InMemoryRollupStore();

        // ranges 0..4 and 4..5: the correction (entry 4) refers to recording 1 of the other range, not
        // indexed yet when the last range goes first: it is placed from the ledger
        run(service(reversed), 1, RollupRequest.incremental(), true);

        assertEquals(inOrder.kpis(), reversed.kpis());
        assertEquals(inOrder.agreements(), reversed.agreements());
        KpiFigures mayLaptops = reversed.kpis().stream().filter(r -> r.key().month().equals(MAY)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("-2.000"), mayLaptops.correctedQuantity());
    }

    @Test
    void restartingARunALaterRunOvertookIsRefused() {
        InMemoryRollupStore store = new InMemoryRollupStore();
        RollupService service = service(store);
        service.plan(1, RollupRequest.incremental());              // stopped, never restarted
        record(ContributionType.FINANCIAL, null, "10.00", "NT1", LocalDate.of(2026, 5, 30), 1);
        run(service, 2, RollupRequest.incremental());

        DomainException refused = assertThrows(DomainException.class, () -> service.plan(1, RollupRequest.incremental()));
        assertEquals("rollup-run-overtaken", refused.code());
    }

    @Test
    void aRestrictedRunRecomputesOnlyItsSlicesAndLeavesTheWatermark() {
        InMemoryRollupStore store = new InMemoryRollupStore();
        RollupService service = service(store);
        run(service, 1, RollupRequest.incremental());
        RollupRun repair = run(service, 2, service.request(null, "2026-04", THAMES_VALLEY));
        assertEquals(List.of(new Slice(THAMES_VALLEY, APRIL)), service.slices(repair));
        assertEquals(entries.size(), store.state().ledgerWatermark());
        RollupRun empty = run(service, 3, service.request("false", "2026-01", "E23000001"));
        assertEquals(List.of(new Slice("E23000001", YearMonth.of(2026, 1))), service.slices(empty));
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndTheValue() {
        RollupService service = service(new InMemoryRollupStore());
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

    static BigDecimal sum(List<KpiFigures> rows, java.util.function.Function<KpiFigures, BigDecimal> figure) {
        return rows.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
