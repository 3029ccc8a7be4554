package org.dualimpact.kernel.rollup;

import static org.dualimpact.kernel.testing.TestKernel.METROPOLITAN;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.InMemoryKpiRepository;
import org.dualimpact.kernel.testing.InMemoryRollupStore;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What residents see of an area: only cells safe to publish, rounded, and nothing a subtraction could uncover. */
class PublicImpactServiceTest {

    static final String HAMPSHIRE = "E23000030";
    static final String LONDON = "E12000007";
    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final YearMonth JULY = YearMonth.of(2026, 7);
    static final Quarter Q1 = new Quarter(2026, 1);
    static final Quarter Q2 = new Quarter(2026, 2);

    final TestKernel kernel = new TestKernel();
    final InMemoryRollupStore store = new InMemoryRollupStore();
    final InMemoryKpiRepository repository = new InMemoryKpiRepository(store, Map.of(THAMES_VALLEY, SOUTH_EAST,
            HAMPSHIRE, SOUTH_EAST, METROPOLITAN, LONDON));
    /** 15 July 2026: the second quarter has ended, the third has not. */
    final PublicImpactService impacts = new PublicImpactService(repository, kernel.organisationRepository,
            kernel.territoryRepository, DisclosureRules.DEFAULT,
            Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneOffset.UTC));
    final Map<Slice, List<KpiFigures>> slices = new HashMap<>();

    @BeforeEach
    void organisations() {
        for (int i = 1; i <= 5; i++) {
            kernel.register(supplier(i), OrganisationKind.SUPPLIER, "Supplier " + i + " Ltd", THAMES_VALLEY);
            kernel.register(provider(i), OrganisationKind.PROVIDER, "Provider " + i, THAMES_VALLEY);
        }
    }

    @Test
    void aCellWithThreeBalancedContributorsIsPublishedRoundedAndItsPartiesNamedWithoutFigures() {
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 1, "1040.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY.plusMonths(1), 2, "1010.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY.plusMonths(2), 3, "1025.00");

        PublicImpactService.PublicImpact impact = impacts.publicImpact(THAMES_VALLEY, Optional.empty(), Optional.empty());

        assertEquals("territory", impact.kind());
        assertEquals(Q2, impact.to());
        assertEquals(new BigDecimal("3100.00"), impact.totals().recordedValue(), "3,075 rounded to the nearest 100");
        assertEquals(5, impact.totals().contributions(), "3 contributions rounded to the nearest 5");
        assertEquals(List.of(Q1), impact.quarters().stream().map(PublicImpactService.QuarterTotals::quarter).toList());
        assertEquals(new BigDecimal("3100.000"), impact.measures().get(0).recordedQuantity(), "a GBP quantity is money");
        assertEquals(List.of("Supplier 1 Ltd", "Supplier 2 Ltd", "Supplier 3 Ltd"), impact.suppliers());
        assertEquals(List.of("Provider 1", "Provider 2", "Provider 3"), impact.providers());
    }

    @Test
    void aCellOfTwoSuppliersIsWithheld() {
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 1, "1000.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 2, "1000.00");
        addRow(THAMES_VALLEY, SOUTH_EAST, JANUARY, supplier(2), provider(3), "NT1", "1000.00");

        PublicImpactService.PublicImpact impact = impacts.publicImpact(THAMES_VALLEY, Optional.empty(), Optional.empty());

        assertEquals(new BigDecimal("0.00"), impact.totals().recordedValue());
        assertEquals(0, impact.totals().contributions());
        assertEquals(List.of(), impact.quarters());
        assertEquals(List.of(), impact.suppliers());
        assertEquals(List.of(), impact.providers());
    }

    @Test
    void aCellWhereOneSupplierOrOneProviderGivesMoreThanThreeQuartersIsWithheld() {
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 1, "8000.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 2, "1000.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 3, "1000.00");
        assertEquals(List.of(), impacts.publicImpact(THAMES_VALLEY, Optional.empty(), Optional.empty()).quarters(),
                "supplier 1 gives 80 %");

        slices.clear();
        add(HAMPSHIRE, SOUTH_EAST, JANUARY, 1, "1000.00");
        add(HAMPSHIRE, SOUTH_EAST, JANUARY, 2, "1000.00");
        add(HAMPSHIRE, SOUTH_EAST, JANUARY, 3, "1000.00");
        addRow(HAMPSHIRE, SOUTH_EAST, JANUARY, supplier(4), provider(1), "NT1", "6000.00");
        addRow(HAMPSHIRE, SOUTH_EAST, JANUARY, supplier(5), provider(1), "NT1", "4000.00");
        assertEquals(List.of(), impacts.publicImpact(HAMPSHIRE, Optional.empty(), Optional.empty()).quarters(),
                "provider 1 receives 11,000 of 13,000, 85 %");
    }

    @Test
    void aFigureFromFewerThanThreeOfTheCellsSuppliersIsWithheld() {
        // three suppliers in the cell, but only two recorded anything: either could subtract its own value
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 1, "5000.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 2, "5000.00");
        add(THAMES_VALLEY, SOUTH_EAST, JANUARY, 3, "0.00");

        assertEquals(List.of(), impacts.publicImpact(THAMES_VALLEY, Optional.empty(), Optional.empty()).quarters());
    }

    @Test
    void aQuantityOneSupplierDominatesIsWithheldEvenWithoutMoney() {
        for (int i = 1; i <= 3; i++) {
            BigDecimal hours = new BigDecimal(i == 1 ? "1000" : "1");
            KpiFigures row = new KpiFigures(new KpiKey(JANUARY, THAMES_VALLEY, SOUTH_EAST, TestKernel.BUYER_ID, supplier(i),
                    provider(i), "NT7", "hours"), hours, BigDecimal.ZERO, hours, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, null, null);
            slices.computeIfAbsent(new Slice(THAMES_VALLEY, JANUARY), s -> new ArrayList<>()).add(row);
        }
        slices.forEach((slice, rows) -> store.put(slice, rows, List.of()));

        assertEquals(List.of(), impacts.publicImpact(THAMES_VALLEY, Optional.empty(), Optional.empty()).quarters(),
                "supplier 1 gives 1,000 of 1,002 hours");
    }

    @Test
    void theQuarterUnderWayIsNotShown() {
        for (int i = 1; i <= 3; i++) {
            add(THAMES_VALLEY, SOUTH_EAST, APRIL, i, "1000.00");
            add(THAMES_VALLEY, SOUTH_EAST, JULY, i, "1000.00");
        }

        PublicImpactService.PublicImpact impact = impacts.publicImpact(THAMES_VALLEY, Optional.empty(),
                Optional.of(new Quarter(2026, 4)));

        assertEquals(Q2, impact.to());
        assertEquals(List.of(Q2), impact.quarters().stream().map(PublicImpactService.QuarterTotals::quarter).toList());
        assertEquals(new BigDecimal("3000.00"), impact.totals().recordedValue());
    }

    /**
     * Every published view — two territories, their region, each over every range of quarters — is the
     * same with and without a lone contribution (one supplier, to a measure of its own, in Thames Valley in
     * the second quarter) and a cell of two suppliers in Hampshire: no difference between any two of them
     * can reveal either. A contribution to a safe cell does change the views, so the comparison can fail.
     */
    @Test
    void noSubtractionBetweenPublishedViewsRevealsAWithheldContribution() {
        for (int i = 1; i <= 3; i++) {
            add(THAMES_VALLEY, SOUTH_EAST, JANUARY, i, "1000.00");
            add(THAMES_VALLEY, SOUTH_EAST, APRIL, i, "2000.00");
            add(HAMPSHIRE, SOUTH_EAST, APRIL, i, "1500.00");
        }
        List<PublicImpactService.PublicImpact> before = everyView();

        addRow(THAMES_VALLEY, SOUTH_EAST, APRIL.plusMonths(1), supplier(5), provider(5), "NT9", "4321.00");
        addRow(HAMPSHIRE, SOUTH_EAST, JANUARY, supplier(4), provider(4), "NT8", "250.00");
        addRow(HAMPSHIRE, SOUTH_EAST, JANUARY, supplier(5), provider(5), "NT8", "250.00");

        assertEquals(before, everyView());

        add(HAMPSHIRE, SOUTH_EAST, APRIL, 4, "1500.00");
        assertNotEquals(before, everyView());
    }

    @Test
    void aRegionIsTheSumOfItsTerritoriesPublishedFigures() {
        for (int i = 1; i <= 3; i++) {
            add(THAMES_VALLEY, SOUTH_EAST, JANUARY, i, "1049.00");
            add(HAMPSHIRE, SOUTH_EAST, JANUARY, i, "1049.00");
        }
        addRow(HAMPSHIRE, SOUTH_EAST, JANUARY, supplier(4), provider(4), "NT8", "999.00");

        PublicImpactService.PublicImpact region = impacts.publicImpact(SOUTH_EAST, Optional.empty(), Optional.empty());

        assertEquals("region", region.kind());
        assertEquals(new BigDecimal("6200.00"), region.totals().recordedValue(), "3,100 + 3,100; the lone NT8 cell is left out");
        assertNull(region.from().orElse(null));
    }

    @Test
    void anAreaWithoutFiguresGivesItsNameTheRulesAndTheLastQuarterShown() {
        for (int i = 1; i <= 3; i++) {
            add(THAMES_VALLEY, SOUTH_EAST, JANUARY, i, "1000.00");
        }

        PublicImpactService.PublicImpact bare = impacts.withoutFigures(SOUTH_EAST);

        assertEquals("South East", bare.name());
        assertEquals(Q2, bare.to());
        assertEquals(Q2, impacts.lastEndedQuarter());
        assertEquals(DisclosureRules.DEFAULT, impacts.rules());
        assertEquals(List.of(), bare.quarters());
        assertEquals(new BigDecimal("0.00"), bare.totals().recordedValue());
    }

    @Test
    void refusesAReversedRangeAndAnUnknownArea() {
        assertEquals("invalid-range", assertThrows(DomainException.class,
                () -> impacts.publicImpact(THAMES_VALLEY, Optional.of(Q2), Optional.of(Q1))).code());
        assertEquals("area-not-found", assertThrows(DomainException.class,
                () -> impacts.publicImpact("E99999999", Optional.empty(), Optional.empty())).code());
    }

    @Test
    void aQuarterIsWrittenYearDashQ() {
        assertEquals(Q1, Quarter.parse(" 2026-Q1 "));
        assertEquals(new Quarter(2025, 4), Q1.previous());
        assertEquals(Q2, Quarter.of(YearMonth.of(2026, 6)));
        assertEquals(YearMonth.of(2026, 4), Q2.firstMonth());
        assertEquals("2026-Q2", Q2.toString());
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2026-03"));
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2026-Q5"));
    }

    private List<PublicImpactService.PublicImpact> everyView() {
        store.kpis.clear();
        slices.forEach((slice, rows) -> store.put(slice, rows, List.of()));
        List<PublicImpactService.PublicImpact> views = new ArrayList<>();
        for (String area : List.of(THAMES_VALLEY, HAMPSHIRE, SOUTH_EAST)) {
            for (Optional<Quarter> from : List.of(Optional.<Quarter>empty(), Optional.of(Q1), Optional.of(Q2))) {
                for (Optional<Quarter> to : List.of(Optional.<Quarter>empty(), Optional.of(Q1), Optional.of(Q2))) {
                    if (from.isEmpty() || to.isEmpty() || from.get().compareTo(to.get()) <= 0) {
                        views.add(impacts.publicImpact(area, from, to));
                    }
                }
            }
        }
        return views;
    }

    /** A contribution of supplier i to provider i. */
    private void add(String territory, String region, YearMonth month, int i, String value) {
        addRow(territory, region, month, supplier(i), provider(i), "NT1", value);
    }

    private void addRow(String territory, String region, YearMonth month, String supplier, String providers,
            String measure, String value) {
        BigDecimal v = new BigDecimal(value);
        KpiFigures row = new KpiFigures(new KpiKey(month, territory, region, TestKernel.BUYER_ID, supplier, providers, measure,
                "GBP"), BigDecimal.ZERO, BigDecimal.ZERO, v, v, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, null, null);
        slices.computeIfAbsent(new Slice(territory, month), s -> new ArrayList<>()).add(row);
        store.kpis.clear();
        slices.forEach((slice, rows) -> store.put(slice, rows, List.of()));
    }

    private static String supplier(int i) {
        return "GB-COH-0900010" + i;
    }

    private static String provider(int i) {
        return "GB-CHC-119010" + i;
    }
}
