package org.dualimpact.kernel.rollup;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.METROPOLITAN;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.sroi.SroiResult;
import org.dualimpact.kernel.testing.InMemoryKpiRepository;
import org.dualimpact.kernel.testing.InMemoryRollupStore;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SROI of a roll-up, over the roll-up's own gross and net figures, against figures computed by hand. */
class KpiSroiTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final String LONDON = "E12000007";

    /** SROI terms only: C-VOL lasts 2 years, dropping 20 % a year; C-FIN 1 year. Other codes are unknown. */
    static final MeasureReference TERMS = new MeasureReference() {
        @Override
        public Optional<Proxy> proxy(String code, LocalDate at) {
            return Optional.empty();
        }

        @Override
        public Set<String> sdgTargets(String code) {
            return Set.of();
        }

        @Override
        public Optional<Terms> terms(String code) {
            return switch (code) {
                case "C-VOL" -> Optional.of(new Terms(2, new BigDecimal("0.2"), "Roll-up standard (1)"));
                case "C-FIN" -> Optional.of(new Terms(1, new BigDecimal("0.1"), "Roll-up standard (1)"));
                default -> Optional.empty();
            };
        }
    };

    final TestKernel kernel = new TestKernel();
    final InMemoryRollupStore store = new InMemoryRollupStore();
    final KpiSroiService kpis = new KpiSroiService(new InMemoryKpiRepository(store, Map.of(THAMES_VALLEY, SOUTH_EAST,
            METROPOLITAN, LONDON)), new KpiAccess(kernel.organisationRepository, kernel.territoryRepository), TERMS,
            new BigDecimal("0.035"));

    static KpiFigures row(YearMonth month, String territory, String region, String buyer, String supplier, String measure,
            String unit, long contributions, String recordedValue, String gross, String net) {
        BigDecimal z = BigDecimal.ZERO;
        return new KpiFigures(new KpiKey(month, territory, region, buyer, supplier, PROVIDER_1_ID, measure, unit), z, z, z,
                new BigDecimal(recordedValue), z, z, z, z, z, z, contributions, gross == null ? null : new BigDecimal(gross),
                net == null ? null : new BigDecimal(net));
    }

    static AgreementParties agreement(String id, String buyer, String supplier) {
        return new AgreementParties(id, buyer, supplier, new java.util.TreeSet<>(Set.of(PROVIDER_1_ID)));
    }

    @BeforeEach
    void figures() {
        kernel.registerParties();
        store.put(new Slice(THAMES_VALLEY, MARCH), List.of(
                row(MARCH, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "C-FIN", "GBP", 1, "500.00", "500.00", "450.00"),
                row(MARCH, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "C-INK", "laptops", 0, "0", "0", "0"),
                row(MARCH, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "C-VOL", "hours", 2, "0", "150.00", "90.00"),
                row(MARCH, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "NT9", "GBP", 1, "70.00", null, null)), List.of(agreement("A1", BUYER_ID, SUPPLIER_1_ID)));
        store.put(new Slice(THAMES_VALLEY, APRIL), List.of(
                row(APRIL, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "C-FIN", "GBP", 1, "100.00", "100.00", "90.00")), List.of(agreement("A1", BUYER_ID, SUPPLIER_1_ID)));
        store.put(new Slice(METROPOLITAN, MARCH), List.of(
                row(MARCH, METROPOLITAN, LONDON, OTHER_BUYER_ID, SUPPLIER_2_ID, "C-FIN", "GBP", 1, "1000.00", "1000.00", "900.00")), List.of(agreement("B1", OTHER_BUYER_ID, SUPPLIER_2_ID)));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void grossAndNetOfTheReadersRowsPerMeasureDiscountedWithTheCataloguesTerms() {
        SroiResult sroi = kpis.sroi(SUPPLIER_1, KpiFilter.all(), Optional.empty());

        // C-FIN: March £500 + April £100 → gross £600, net £540, invested £600, 1 year:
        //   PV gross 600 / 1.035 = 579.7101; net 540 / 1.035 = 521.7391
        // C-VOL: gross £150, net £90, nothing invested, 2 years dropping 20 %: year 2 gross 120, net 72
        //   PV gross 150 / 1.035 + 120 / 1.035² = 144.9275 + 112.0213 = 256.9488; net 86.9565 + 67.2128 = 154.1693
        // C-INK (laptops): committed only, nothing recorded → no line; NT9: no proxy → not valued, its £70 not invested
        assertEquals(List.of("C-FIN (GBP), terms from Roll-up standard (1)", "C-VOL (hours), terms from Roll-up standard (1)"),
                sroi.lines().stream().map(SroiResult.Line::label).toList());
        SroiResult.Line fin = sroi.lines().get(0);
        assertEquals(d("600.00"), fin.grossFirstYear());
        assertEquals(d("540.00"), fin.netFirstYear());
        assertEquals(d("579.71"), fin.grossPresentValue());
        assertEquals(d("521.74"), fin.netPresentValue());
        assertEquals(d("600.00"), fin.investment());
        SroiResult.Line vol = sroi.lines().get(1);
        assertEquals(d("0.2"), vol.dropOff());
        assertEquals(List.of(d("150.00"), d("120.00")), vol.years().stream().map(SroiResult.Year::gross).toList());
        assertEquals(List.of(d("90.00"), d("72.00")), vol.years().stream().map(SroiResult.Year::net).toList());
        assertEquals(d("256.95"), vol.grossPresentValue());
        assertEquals(d("154.17"), vol.netPresentValue());

        // totals: PV gross 579.7101 + 256.9488 = 836.6590, net 521.7391 + 154.1693 = 675.9084; investment 600
        assertEquals(d("0.035"), sroi.discountRate());
        assertEquals(d("836.66"), sroi.grossPresentValue());
        assertEquals(d("675.91"), sroi.netPresentValue());
        assertEquals(d("600.00"), sroi.investment());
        assertEquals(d("236.66"), sroi.grossNpv());
        assertEquals(d("75.91"), sroi.netNpv());
        assertEquals(d("1.3944"), sroi.grossRatio());
        assertEquals(d("1.1265"), sroi.netRatio());
        assertEquals(List.of("NT9 (GBP): 1 roll-up row without a proxy value (recorded GBP 70.00 not counted)"),
                sroi.notValued());
    }

    @Test
    void theRateIsPerRequestAndTheFiltersAndScopeAreThoseOfTheRows() {
        // undiscounted: gross 600 + 150 + 120 = 870, net 540 + 90 + 72 = 702
        SroiResult undiscounted = kpis.sroi(SUPPLIER_1, KpiFilter.all(), Optional.of(BigDecimal.ZERO));
        assertEquals(d("870.00"), undiscounted.grossPresentValue());
        assertEquals(d("702.00"), undiscounted.netPresentValue());

        // April only: C-FIN £100 → PV 100 / 1.035 = 96.62, net 90 / 1.035 = 86.96
        SroiResult april = kpis.sroi(SUPPLIER_1, new KpiFilter(null, null, null, null, null, null, Optional.of(APRIL),
                Optional.of(APRIL)), Optional.empty());
        assertEquals(d("96.62"), april.grossPresentValue());
        assertEquals(d("86.96"), april.netPresentValue());
        assertEquals(d("0.9662"), april.grossRatio());

        // the platform admin sees the Met's C-FIN too: £1,600 gross in one line; a measure filter
        SroiResult all = kpis.sroi(ADMIN, new KpiFilter(null, null, null, null, null, Optional.of("C-FIN"), null, null),
                Optional.of(BigDecimal.ZERO));
        assertEquals(1, all.lines().size());
        assertEquals(d("1600.00"), all.grossPresentValue());
        assertEquals(d("1440.00"), all.netPresentValue());
        assertEquals(d("1600.00"), all.investment());

        // nothing matching: zeros, no ratio
        SroiResult none = kpis.sroi(SUPPLIER_1, new KpiFilter(null, null, null, null, null, Optional.of("NOPE"), null, null),
                Optional.empty());
        assertEquals(List.of(), none.lines());
        assertEquals(d("0.00"), none.grossPresentValue());
        assertEquals(null, none.grossRatio());
    }

    @Test
    void theSameRefusalsAsTheRowsAndABadRateIsRefused() {
        DomainException outOfScope = assertThrows(DomainException.class, () -> kpis.sroi(SUPPLIER_1, new KpiFilter(null, null,
                null, Optional.of(SUPPLIER_2_ID), null, null, null, null), Optional.empty()));
        assertEquals("kpis-out-of-scope", outOfScope.code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, outOfScope.kind());
        assertEquals("role-required", assertThrows(DomainException.class,
                () -> kpis.sroi(TestKernel.AUDITOR, KpiFilter.all(), Optional.empty())).code());
        DomainException rate = assertThrows(DomainException.class,
                () -> kpis.sroi(SUPPLIER_1, KpiFilter.all(), Optional.of(new BigDecimal("0.3"))));
        assertEquals("invalid-discount-rate", rate.code());
        assertEquals(DomainException.Kind.INVALID_INPUT, rate.kind());
        assertEquals("invalid-range", assertThrows(DomainException.class, () -> kpis.sroi(SUPPLIER_1, new KpiFilter(null, null,
                null, null, null, null, Optional.of(APRIL), Optional.of(MARCH)), Optional.empty())).code());
    }

    @Test
    void aMeasureNoCatalogueDescribesAnyMoreCountsOneYearWithoutDropOff() {
        store.put(new Slice(THAMES_VALLEY, MARCH), List.of(
                row(MARCH, THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, "OLD", "GBP", 1, "100.00", "100.00", "80.00")), List.of(agreement("A1", BUYER_ID, SUPPLIER_1_ID)));
        SroiResult sroi = kpis.sroi(SUPPLIER_1, new KpiFilter(null, null, null, null, null, Optional.of("OLD"), null, null),
                Optional.of(BigDecimal.ZERO));
        assertEquals("OLD (GBP), no catalogue terms: 1 year, no drop-off", sroi.lines().get(0).label());
        assertEquals(d("100.00"), sroi.grossPresentValue());
        assertEquals(d("80.00"), sroi.netPresentValue());
        assertEquals(d("0.8000"), sroi.netRatio());
    }
}
