package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** One slice computed by hand: every figure of every row is written out below. */
class RollupCalculatorTest {

    static final String TV = "E23000029";
    static final String SOUTH_EAST = "E12000008";
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Slice SLICE = new Slice(TV, MARCH);

    /** NT1 £1 per £ (net share 0.8, SDG 8.3); NT18 £250 per laptop (net 0.5, SDG 4.4 and 8.3); NT7 unknown. */
    static final MeasureReference CATALOGUE = new MeasureReference() {
        @Override
        public Optional<Proxy> proxy(String code, LocalDate at) {
            return switch (code) {
                case "NT1" -> Optional.of(new Proxy(new BigDecimal("1.00"), new BigDecimal("0.8")));
                case "NT18" -> Optional.of(new Proxy(new BigDecimal("250.00"), new BigDecimal("0.5")));
                default -> Optional.empty();
            };
        }

        @Override
        public Set<String> sdgTargets(String code) {
            return switch (code) {
                case "NT1" -> Set.of("8.3");
                case "NT18" -> Set.of("4.4", "8.3");
                default -> Set.of();
            };
        }
    };

    static final AgreementParties A1 = new AgreementParties("A1", "BUYER", "SUPPLIER", new TreeSet<>(Set.of("P1")));
    static final AgreementParties A2 = new AgreementParties("A2", "BUYER", "SUPPLIER", new TreeSet<>(Set.of("P2", "P1")));

    static ContributionFact recorded(long seq, String agreement, String measure, String unit, String quantity, String value,
            int day) {
        return new ContributionFact(seq, seq, FactKind.RECORDED, agreement, TV, LocalDate.of(2026, 3, day), measure, unit,
                new BigDecimal(quantity), value == null ? null : new BigDecimal(value));
    }

    static ContributionFact followUp(long seq, ContributionFact recorded, FactKind kind, String quantity, String value) {
        return new ContributionFact(seq, recorded.sequence(), kind, recorded.agreement(), null, null, null, null,
                quantity == null ? null : new BigDecimal(quantity), value == null ? null : new BigDecimal(value)).about(recorded);
    }

    static BigDecimal q(String v) {
        return new BigDecimal(v).setScale(3);
    }

    static BigDecimal m(String v) {
        return new BigDecimal(v).setScale(2);
    }

    SliceFigures compute(MeasureReference measures) {
        ContributionFact money = recorded(0, "A1", "NT1", "GBP", "100", "100.00", 5);
        ContributionFact laptops = recorded(1, "A1", "NT18", "laptops", "4", "1200.00", 10);
        ContributionFact reversedMoney = recorded(5, "A1", "NT1", "GBP", "50", "50.00", 20);
        ContributionFact hours = recorded(8, "A2", "NT7", "hours", "10", null, 25);
        List<ContributionFact> facts = List.of(
                hours, money, laptops, reversedMoney, // order does not matter: applied in ledger order
                followUp(2, money, FactKind.CONFIRMED, null, null),
                followUp(3, laptops, FactKind.DISPUTED, null, null),
                followUp(4, laptops, FactKind.AMENDED, "3", null), // value kept: £1,200
                followUp(6, reversedMoney, FactKind.REVERSED, null, null),
                followUp(7, reversedMoney, FactKind.CONFIRMED, null, null), // after the reversal: changes nothing
                followUp(9, hours, FactKind.DISPUTED, null, null),
                followUp(10, hours, FactKind.CONFIRMED, null, null)); // the latest validation counts
        List<CommittedLine> committed = List.of(
                new CommittedLine("A1", 1, TV, LocalDate.of(2026, 3, 1), "NT1", "GBP", new BigDecimal("1500"), new BigDecimal("1500.00")),
                new CommittedLine("A1", 2, TV, LocalDate.of(2026, 3, 1), "NT18", "laptops", new BigDecimal("12"), new BigDecimal("3600.00")));
        Map<String, AgreementParties> parties = Map.of("A1", A1, "A2", A2);
        return new RollupCalculator(measures, t -> t.equals(TV) ? SOUTH_EAST : null).compute(SLICE, facts, committed, parties::get);
    }

    static KpiKey key(AgreementParties p, String measure, String unit) {
        return new KpiKey(MARCH, TV, SOUTH_EAST, p.buyer(), p.supplier(), p.providerGroup(), measure, unit);
    }

    @Test
    void everyFigureOfEveryRowAsComputedByHand() {
        SliceFigures figures = compute(CATALOGUE);

        assertEquals(List.of(
                // A1 money: committed £1,500; 100 recorded and confirmed; 50 recorded then reversed (corrected -50)
                new KpiFigures(key(A1, "NT1", "GBP"), q("1500"), m("1500"), q("100"), m("100"), q("100"), m("100"), q("0"),
                        m("0"), q("-50"), m("-50"), 1, m("100"), m("80")),
                // A1 laptops: 4 recorded at £1,200, disputed, amended to 3 (value kept): corrected -1 laptop, £0
                new KpiFigures(key(A1, "NT18", "laptops"), q("12"), m("3600"), q("3"), m("1200"), q("0"), m("0"), q("3"),
                        m("1200"), q("-1"), m("0"), 1, m("750"), m("375")),
                // A2 (providers P1 and P2): 10 hours, no value, disputed then confirmed; NT7 has no proxy: unknown
                new KpiFigures(key(A2, "NT7", "hours"), q("0"), m("0"), q("10"), m("0"), q("10"), m("0"), q("0"), m("0"),
                        q("0"), m("0"), 1, null, null)),
                figures.kpis());
        assertEquals("P1 P2", A2.providerGroup());

        SdgKey sdg44 = new SdgKey(MARCH, TV, SOUTH_EAST, "BUYER", "SUPPLIER", "P1", "4.4");
        SdgKey sdg83 = new SdgKey(MARCH, TV, SOUTH_EAST, "BUYER", "SUPPLIER", "P1", "8.3");
        assertEquals(List.of(
                new SdgFigures(sdg44, m("3600"), m("1200"), m("0"), m("1200"), m("750"), m("375")),
                new SdgFigures(sdg83, m("5100"), m("1300"), m("100"), m("1200"), m("850"), m("455"))),
                figures.sdgs());
        assertEquals(List.of(A1, A2), figures.agreements());
        assertEquals(Optional.of(new BigDecimal("0.80")), figures.kpis().get(0).sroiRatio());
        assertEquals(m("100"), figures.kpis().get(0).investment());
    }

    @Test
    void withoutACatalogueSocialValueAndSdgFiguresStayUnknownNotZero() {
        SliceFigures figures = compute(MeasureReference.UNKNOWN);

        figures.kpis().forEach(row -> {
            assertNull(row.grossSocialValue(), row::toString);
            assertNull(row.netSocialValue(), row::toString);
        });
        assertEquals(List.of(), figures.sdgs());
        assertEquals(Optional.empty(), figures.kpis().get(0).sroiRatio());
        assertEquals(m("100"), figures.kpis().get(0).recordedValue());
    }

    @Test
    void computingTwiceGivesTheSameRows() {
        assertEquals(compute(CATALOGUE), compute(CATALOGUE));
    }

    @Test
    void aFactOfAnotherSliceIsRefused() {
        ContributionFact april = new ContributionFact(0, 0, FactKind.RECORDED, "A1", TV, LocalDate.of(2026, 4, 1), "NT1",
                "GBP", BigDecimal.ONE, BigDecimal.ONE);
        RollupCalculator calculator = new RollupCalculator(CATALOGUE, t -> SOUTH_EAST);
        assertThrows(IllegalArgumentException.class, () -> calculator.compute(SLICE, List.of(april), List.of(), a -> A1));
    }

    @Test
    void aTerritoryThatIsNoCodeIsCountedAsUnknown() {
        ContributionFact odd = new ContributionFact(0, 0, FactKind.RECORDED, "A1", "Oxford, somewhere\n",
                LocalDate.of(2026, 3, 1), "NT1", "GBP", BigDecimal.ONE, BigDecimal.ONE);
        assertEquals(new Slice(Slice.UNKNOWN_TERRITORY, MARCH), odd.slice());
        SliceFigures figures = new RollupCalculator(CATALOGUE, t -> null).compute(odd.slice(), List.of(odd), List.of(), a -> null);
        assertEquals(Slice.UNKNOWN_TERRITORY, figures.kpis().get(0).key().region());
        assertEquals(AgreementParties.UNKNOWN, figures.kpis().get(0).key().supplier());
    }
}
