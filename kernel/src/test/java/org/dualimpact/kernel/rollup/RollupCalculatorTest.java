package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.ledger.ContributionConfirmed;
import org.dualimpact.kernel.ledger.ContributionCorrected;
import org.dualimpact.kernel.ledger.ContributionDisputed;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.ledger.EntryPayload;
import org.dualimpact.kernel.spo.ContributionType;
import org.junit.jupiter.api.Test;

/** Two agreements computed by hand: every figure of every row is written out below. */
class RollupCalculatorTest {

    static final String TV = "E23000029";
    static final String SOUTH_EAST = "E12000008";
    static final YearMonth MARCH = YearMonth.of(2026, 3);

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

    static EntryContent recorded(long seq, String agreement, ContributionType type, String measure, String unit, String quantity,
            String value, int day) {
        return new EntryContent(seq, agreement, new ContributionRecorded(type, new BigDecimal(quantity), unit,
                value == null ? null : new BigDecimal(value), measure, TV, LocalDate.of(2026, 3, day), null, null, null, null));
    }

    static EntryContent entry(long seq, String agreement, EntryPayload payload) {
        return new EntryContent(seq, agreement, payload);
    }

    static BigDecimal q(String v) {
        return new BigDecimal(v).setScale(3);
    }

    static BigDecimal m(String v) {
        return new BigDecimal(v).setScale(2);
    }

    static List<CommittedLine> committed() {
        return List.of(
                new CommittedLine("A1", 1, TV, LocalDate.of(2026, 3, 1), "NT1", "GBP", new BigDecimal("1500"), new BigDecimal("1500.00")),
                new CommittedLine("A1", 2, TV, LocalDate.of(2026, 3, 1), "NT18", "laptops", new BigDecimal("12"), new BigDecimal("3600.00")));
    }

    /** A1: money, laptops and money reversed, with follow-ups, in ledger order. */
    static List<EntryContent> a1() {
        return List.of(
                recorded(0, "A1", ContributionType.FINANCIAL, "NT1", "GBP", "100", "100.00", 5),
                recorded(1, "A1", ContributionType.IN_KIND, "NT18", "laptops", "4", "1200.00", 10),
                entry(2, "A1", new ContributionConfirmed(0)),
                entry(3, "A1", new ContributionDisputed(1, null)),
                entry(4, "A1", ContributionCorrected.amendment(1, new BigDecimal("3"), null)), // value kept: £1,200
                recorded(5, "A1", ContributionType.FINANCIAL, "NT1", "GBP", "50", "50.00", 20),
                entry(6, "A1", ContributionCorrected.reversal(5)),
                entry(7, "A1", new ContributionConfirmed(5))); // after the reversal: changes nothing
    }

    /** A2: 10 hours, no value, disputed then confirmed. */
    static List<EntryContent> a2() {
        return List.of(
                recorded(8, "A2", ContributionType.VOLUNTEERING, "NT7", "hours", "10", null, 25),
                entry(9, "A2", new ContributionDisputed(8, null)),
                entry(10, "A2", new ContributionConfirmed(8))); // the latest validation counts
    }

    static RollupCalculator calculator(MeasureReference measures) {
        return new RollupCalculator(measures, t -> t.equals(TV) ? SOUTH_EAST : null);
    }

    static KpiKey key(AgreementParties p, String measure, String unit) {
        return new KpiKey(MARCH, TV, SOUTH_EAST, p.buyer(), p.supplier(), p.providerGroup(), measure, unit);
    }

    @Test
    void everyFigureOfEveryRowAsComputedByHand() {
        List<KpiFigures> a1 = calculator(CATALOGUE).compute(A1, a1(), committed());
        List<KpiFigures> a2 = calculator(CATALOGUE).compute(A2, a2(), List.of());

        assertEquals(List.of(
                // money: committed £1,500; 100 recorded and confirmed; 50 recorded then reversed (corrected -50)
                new KpiFigures(key(A1, "NT1", "GBP"), q("1500"), m("1500"), q("100"), m("100"), q("100"), m("100"), q("0"),
                        m("0"), q("-50"), m("-50"), 1, m("100"), m("80")),
                // laptops: 4 recorded at £1,200, disputed, amended to 3 (value kept): corrected -1 laptop, £0
                new KpiFigures(key(A1, "NT18", "laptops"), q("12"), m("3600"), q("3"), m("1200"), q("0"), m("0"), q("3"),
                        m("1200"), q("-1"), m("0"), 1, m("750"), m("375"))), a1);
        // providers P1 and P2: NT7 has no proxy: unknown
        assertEquals(List.of(new KpiFigures(key(A2, "NT7", "hours"), q("0"), m("0"), q("10"), m("0"), q("10"), m("0"), q("0"),
                m("0"), q("0"), m("0"), 1, null, null)), a2);
        assertEquals("P1 P2", A2.providerGroup());
        assertEquals(Optional.of(new BigDecimal("0.80")), a1.get(0).sroiRatio());
        assertEquals(m("100"), a1.get(0).investment());
    }

    @Test
    void withoutACatalogueSocialValueStaysUnknownNotZero() {
        List<KpiFigures> rows = calculator(MeasureReference.UNKNOWN).compute(A1, a1(), committed());

        rows.forEach(row -> {
            assertNull(row.grossSocialValue(), row::toString);
            assertNull(row.netSocialValue(), row::toString);
        });
        assertEquals(Optional.empty(), rows.get(0).sroiRatio());
        assertEquals(m("100"), rows.get(0).recordedValue());
    }

    @Test
    void aRowWithoutContributionsIsValuedAtZeroWhenTheMeasureHasAProxy() {
        List<KpiFigures> rows = calculator(CATALOGUE).compute(A1, List.of(), committed());

        assertEquals(List.of(m("0"), m("0")), rows.stream().map(KpiFigures::grossSocialValue).toList());
    }

    @Test
    void computingTwiceGivesTheSameRows() {
        assertEquals(calculator(CATALOGUE).compute(A1, a1(), committed()), calculator(CATALOGUE).compute(A1, a1(), committed()));
    }

    @Test
    void anEntryOfAnotherAgreementIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calculator(CATALOGUE).compute(A1, a2(), List.of()));
    }

    @Test
    void aTerritoryThatIsNoCodeIsCountedAsUnknown() {
        EntryContent odd = new EntryContent(0, "A1", new ContributionRecorded(ContributionType.FINANCIAL, BigDecimal.ONE, "GBP",
                BigDecimal.ONE, "NT1", "Oxford, somewhere\n", LocalDate.of(2026, 3, 1), null, null, null, null));
        KpiFigures row = new RollupCalculator(CATALOGUE, t -> null).compute(AgreementParties.unknown("A1"), List.of(odd), List.of())
                .get(0);
        assertEquals(new Slice(Slice.UNKNOWN_TERRITORY, MARCH), new Slice(row.key().territory(), row.key().month()));
        assertEquals(Slice.UNKNOWN_TERRITORY, row.key().region());
        assertEquals(AgreementParties.UNKNOWN, row.key().supplier());
    }
}
