package org.dualimpact.kernel.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.ledger.ContributionCorrected;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.testing.InMemoryCatalogueRepository;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;

/**
 * The catalogue-backed measure reference: which catalogue applies to a code, which year's proxy, the
 * net share, SDG targets and SROI terms — and the roll-up valued by it, every figure by hand.
 */
class CatalogueMeasureReferenceTest {

    final InMemoryCatalogueRepository repository = new InMemoryCatalogueRepository();

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Measure measure(String code, String unit, Adjustments adjustments, Integer benefitYears, List<String> sdgTargets,
            String... yearAndGbp) {
        List<ProxyValue> proxies = Arrays.stream(yearAndGbp).map(p -> p.split("=")).map(p -> new ProxyValue(
                Integer.parseInt(p[0]), d(p[1]), "source " + p[0])).toList();
        return new Measure(code, null, null, "Title of " + code, unit, proxies, sdgTargets, List.of(), adjustments, benefitYears,
                null);
    }

    static Measure measure(String code, String unit, String... yearAndGbp) {
        return measure(code, unit, null, null, List.of(), yearAndGbp);
    }

    Catalogue add(String name, boolean illustrative, String importedAt, Optional<String> owner, Adjustments defaults,
            Measure... measures) {
        Catalogue catalogue = new Catalogue(CatalogueId.random(), name, "1", owner.map(OrganisationId::new), Optional.empty(),
                illustrative, null, List.of(), defaults, List.of(measures), Instant.parse(importedAt), "ada", 0);
        repository.add(catalogue);
        return catalogue;
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    static BigDecimal valueOf(MeasureReference reference, String code, LocalDate at) {
        return reference.proxy(code, at).orElseThrow(() -> new AssertionError("no proxy for " + code)).valuePerUnit();
    }

    @Test
    void sharedBeforeLocalNonIllustrativeBeforeIllustrativeNewestImportFirstPerCode() {
        add("Old standard", false, "2025-01-10T09:00:00Z", Optional.empty(), null,
                measure("VOL", "hours", "2023=10.00"), measure("TREE", "trees", "2024=30"));
        add("New standard", false, "2025-06-01T09:00:00Z", Optional.empty(), null,
                measure("vol", "hours", "2023=20.00"));
        add("Illustrative", true, "2026-01-01T09:00:00Z", Optional.empty(), null,
                measure("VOL", "hours", "2023=100"), measure("CO2", "tCO2e", "2021=245"));
        add("Buyer's own", false, "2026-02-01T09:00:00Z", Optional.of(TestKernel.BUYER_ID), null,
                measure("VOL", "hours", "2023=999"), measure("LOCAL-ONLY", "hours", "2023=5"));
        CatalogueMeasureReference reference = new CatalogueMeasureReference(repository);
        LocalDate day = LocalDate.of(2025, 7, 1);

        // VOL: the newest non-illustrative shared catalogue, not the newer illustrative nor the buyer's local one
        assertDecimal("20.00", valueOf(reference, "VOL", day));
        assertEquals("New standard", reference.catalogueOf("VOL").orElseThrow().name());
        // codes compare ignoring case
        assertDecimal("20.00", valueOf(reference, "Vol", day));
        // TREE: only the old standard defines it
        assertDecimal("30", valueOf(reference, "TREE", day));
        assertEquals("Old standard", reference.catalogueOf("TREE").orElseThrow().name());
        // CO2: only the illustrative catalogue defines it, so it applies
        assertDecimal("245", valueOf(reference, "CO2", day));
        // a code only a local catalogue defines, and one no catalogue defines: unknown
        assertEquals(Optional.empty(), reference.proxy("LOCAL-ONLY", day));
        assertEquals(Optional.empty(), reference.proxy("NT99", day));
        assertEquals(Set.of(), reference.sdgTargets("NT99"));
        assertEquals(Optional.empty(), reference.terms("NT99"));
        assertEquals(Optional.empty(), reference.catalogueOf("NT99"));
    }

    @Test
    void theProxyInForceIsThatOfTheLatestYearNotAfterTheDeliveryElseTheEarliest() {
        add("Wages", false, "2025-01-10T09:00:00Z", Optional.empty(), null,
                measure("NLW", "hours", "2023=10.42", "2024=11.44", "2025=12.21"), measure("NONE", "hours"));
        CatalogueMeasureReference reference = new CatalogueMeasureReference(repository);

        assertDecimal("11.44", valueOf(reference, "NLW", LocalDate.of(2024, 12, 31)));
        assertDecimal("12.21", valueOf(reference, "NLW", LocalDate.of(2025, 1, 1)));
        assertDecimal("12.21", valueOf(reference, "NLW", LocalDate.of(2031, 6, 1)));
        assertDecimal("10.42", valueOf(reference, "NLW", LocalDate.of(2022, 6, 1)));  // before every year: the earliest
        assertEquals(Optional.empty(), reference.proxy("NONE", LocalDate.of(2025, 1, 1))); // defined without a proxy value
    }

    @Test
    void netShareAndDropOffFromTheMeasureElseTheCataloguesDefaultsAndSdgTargetsFromTheMeasure() {
        Adjustments defaults = new Adjustments(d("0.5"), d("0.1"), null, d("0.1"));
        add("Adjusted", false, "2025-01-10T09:00:00Z", Optional.empty(), defaults,
                measure("MENTOR", "hours", new Adjustments(d("0.2"), null, d("0.25"), null), 3, List.of("4.4", "8.6"),
                        "2025=15"),
                measure("MONEY", "GBP", "2025=1"));
        add("Plain", false, "2024-01-10T09:00:00Z", Optional.empty(), null, measure("BARE", "items", "2025=2"));
        CatalogueMeasureReference reference = new CatalogueMeasureReference(repository);
        LocalDate day = LocalDate.of(2025, 5, 1);

        // (1 − 0.2 measure) × (1 − 0.1 default) × (1 − 0.25 measure) = 0.8 × 0.9 × 0.75 = 0.54
        MeasureReference.Proxy mentor = reference.proxy("MENTOR", day).orElseThrow();
        assertDecimal("15", mentor.valuePerUnit());
        assertDecimal("0.54", mentor.netShare());
        assertFalse(mentor.monetary());
        assertEquals(Set.of("4.4", "8.6"), reference.sdgTargets("MENTOR"));
        MeasureReference.Terms terms = reference.terms("MENTOR").orElseThrow();
        assertEquals(3, terms.benefitYears());
        assertDecimal("0.1", terms.dropOff()); // the catalogue's default
        assertEquals("Adjusted (1)", terms.source());

        // only the defaults: (1 − 0.5)(1 − 0.1)(1 − 0) = 0.45; a GBP measure is monetary; 1 year by default
        MeasureReference.Proxy money = reference.proxy("MONEY", day).orElseThrow();
        assertDecimal("0.45", money.netShare());
        assertTrue(money.monetary());
        assertEquals(1, reference.terms("MONEY").orElseThrow().benefitYears());
        // nothing set anywhere: all of it is net, no drop-off
        assertDecimal("1", reference.proxy("BARE", day).orElseThrow().netShare());
        assertDecimal("0", reference.terms("BARE").orElseThrow().dropOff());
        assertEquals(Set.of(), reference.sdgTargets("BARE"));
    }

    @Test
    void theCataloguesAreReadOncePerInstance() {
        add("Wages", false, "2025-01-10T09:00:00Z", Optional.empty(), null, measure("NLW", "hours", "2025=12.21"));
        int[] reads = {0};
        CatalogueRepository counting = new CatalogueRepository() {
            @Override
            public Optional<Catalogue> find(CatalogueId id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Catalogue> all() {
                reads[0]++;
                return repository.all();
            }

            @Override
            public Optional<Catalogue> findShared(String name, String edition) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long add(Catalogue catalogue) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long update(Catalogue catalogue) {
                throw new UnsupportedOperationException();
            }
        };
        CatalogueMeasureReference reference = new CatalogueMeasureReference(counting);
        assertEquals(0, reads[0], "nothing is read before the first question");
        for (int i = 0; i < 1000; i++) {
            reference.proxy("NLW", LocalDate.of(2025, 1, 1).plusDays(i % 300));
            reference.sdgTargets("NLW");
            reference.terms("UNKNOWN");
        }
        assertEquals(1, reads[0]);
        // a catalogue imported later is seen by the next instance
        add("Later", false, "2026-01-10T09:00:00Z", Optional.empty(), null, measure("NLW", "hours", "2025=13"));
        assertDecimal("12.21", valueOf(reference, "NLW", LocalDate.of(2025, 6, 1)));
        assertDecimal("13", valueOf(new CatalogueMeasureReference(counting), "NLW", LocalDate.of(2025, 6, 1)));
    }

    // ------------------------------------------------------------------ the roll-up valued by a catalogue

    static final String TV = "E23000029";
    static final String SOUTH_EAST = "E12000008";
    static final AgreementParties A1 = new AgreementParties("A1", "BUYER", "SUPPLIER", new TreeSet<>(Set.of("P1")));

    static EntryContent recorded(long seq, LocalDate day, String measure, String unit, String quantity, String value) {
        return new EntryContent(seq, "A1", new ContributionRecorded(ContributionType.VOLUNTEERING, d(quantity), unit,
                value == null ? null : d(value), measure, TV, day, null, null, null, null));
    }

    static KpiKey key(YearMonth month, String measure, String unit) {
        return new KpiKey(month, TV, SOUTH_EAST, "BUYER", "SUPPLIER", "P1", measure, unit);
    }

    static BigDecimal q(String v) {
        return d(v).setScale(3);
    }

    static BigDecimal m(String v) {
        return d(v).setScale(2);
    }

    @Test
    void theRollUpValuedByTheCatalogueAcrossTwoYearsByHand() {
        // catalogue defaults: deadweight 0.1
        add("Roll-up standard", false, "2025-01-10T09:00:00Z", Optional.empty(), new Adjustments(d("0.1"), null, null, null),
                // hours: £10.00 from 2024, £12.50 from 2026; net share (1 − 0.2)(1 − 0)(1 − 0.25) = 0.6
                measure("C-VOL", "hours", new Adjustments(d("0.2"), null, d("0.25"), null), 2, List.of("8.5", "17.17"),
                        "2024=10.00", "2026=12.50"),
                // money at face value; net share (1 − 0.1 default) = 0.9
                measure("C-FIN", "GBP", null, null, List.of("17.17"), "2024=1"),
                // goods at their declared GBP value; net share (1 − 0.1)(1 − 0.5) = 0.45
                measure("C-INK", "GBP", new Adjustments(null, d("0.5"), null, null), null, List.of("4.4"), "2024=1"));
        // a newer illustrative catalogue valuing hours at £100 does not apply
        add("Illustrative", true, "2026-01-01T09:00:00Z", Optional.empty(), null, measure("C-VOL", "hours", "2024=100"));
        RollupCalculator calculator = new RollupCalculator(new CatalogueMeasureReference(repository),
                t -> t.equals(TV) ? SOUTH_EAST : null);

        // March 2025: 10 hours at the 2024 proxy £10.00 → £100 gross, £60 net; £500 → £500 gross, £450 net
        YearMonth march25 = YearMonth.of(2025, 3);
        // March 2026: 4 hours at the 2026 proxy £12.50 → £50 gross, £30 net; 6 laptops declared £1,800 amended to 4
        // laptops £1,200: a monetary measure values the GBP value, not the laptops → £1,200 gross, £540 net;
        // the commitment of £2,000 (C-FIN) starting this month: nothing recorded, valued 0 (the measure is known)
        YearMonth march26 = YearMonth.of(2026, 3);
        List<KpiFigures> rows = calculator.compute(A1, List.of(
                recorded(0, LocalDate.of(2025, 3, 5), "C-VOL", "hours", "10", null),
                recorded(1, LocalDate.of(2025, 3, 9), "C-FIN", "GBP", "500", "500.00"),
                recorded(2, LocalDate.of(2026, 3, 2), "C-VOL", "hours", "4", null),
                recorded(3, LocalDate.of(2026, 3, 10), "C-INK", "laptops", "6", "1800.00"),
                new EntryContent(4, "A1", ContributionCorrected.amendment(3, d("4"), d("1200.00")))),
                List.of(new CommittedLine("A1", 1, TV, LocalDate.of(2026, 3, 1), "C-FIN", "GBP", d("2000"), d("2000.00"))));
        assertEquals(List.of(
                new KpiFigures(key(march25, "C-FIN", "GBP"), q("0"), m("0"), q("500"), m("500"), q("0"), m("0"), q("0"), m("0"),
                        q("0"), m("0"), 1, m("500"), m("450")),
                new KpiFigures(key(march25, "C-VOL", "hours"), q("0"), m("0"), q("10"), m("0"), q("0"), m("0"), q("0"), m("0"),
                        q("0"), m("0"), 1, m("100"), m("60")),
                new KpiFigures(key(march26, "C-FIN", "GBP"), q("2000"), m("2000"), q("0"), m("0"), q("0"), m("0"), q("0"),
                        m("0"), q("0"), m("0"), 0, m("0"), m("0")),
                new KpiFigures(key(march26, "C-INK", "laptops"), q("0"), m("0"), q("4"), m("1200"), q("0"), m("0"), q("0"),
                        m("0"), q("-2"), m("-600"), 1, m("1200"), m("540")),
                new KpiFigures(key(march26, "C-VOL", "hours"), q("0"), m("0"), q("4"), m("0"), q("0"), m("0"), q("0"), m("0"),
                        q("0"), m("0"), 1, m("50"), m("30"))), rows);
        // the SDG rows group these by the measures' targets (RollupStoreTest)
        CatalogueMeasureReference reference = new CatalogueMeasureReference(repository);
        assertEquals(Set.of("8.5", "17.17"), reference.sdgTargets("c-vol"));
        assertEquals(Set.of("4.4"), reference.sdgTargets("C-INK"));
    }
}
