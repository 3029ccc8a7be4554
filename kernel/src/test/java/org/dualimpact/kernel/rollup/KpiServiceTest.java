package org.dualimpact.kernel.rollup;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.AUDITOR;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.METROPOLITAN;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER_ID;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.SOUTH_EAST;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2_ID;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.testing.InMemoryKpiRepository;
import org.dualimpact.kernel.testing.InMemoryRollupStore;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which roll-up rows. */
class KpiServiceTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final String HUB_ID = "GB-EDU-133800";
    static final String LONDON = "E12000007";

    final TestKernel kernel = new TestKernel();
    final InMemoryRollupStore store = new InMemoryRollupStore();
    final InMemoryKpiRepository repository = new InMemoryKpiRepository(store, Map.of(THAMES_VALLEY, SOUTH_EAST,
            METROPOLITAN, LONDON));
    final KpiService kpis = new KpiService(repository, new KpiAccess(kernel.organisationRepository, kernel.territoryRepository));
    final Actor hub = TestKernel.user("hal", HUB_ID, Role.HUB);

    /** Thames Valley: supplier 1 with 5 agreements (buyer TVP, provider 1), supplier 2 with 1 (providers 1 and 2); Met: 1. */
    @BeforeEach
    void figures() {
        kernel.registerParties();
        kernel.register(HUB_ID, OrganisationKind.HUB, "University of Oxford", THAMES_VALLEY);
        List<KpiFigures> rows = new ArrayList<>();
        List<AgreementParties> agreements = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            AgreementParties a = new AgreementParties("A" + i, BUYER_ID, SUPPLIER_1_ID, new TreeSet<>(Set.of(PROVIDER_1_ID)));
            agreements.add(a);
        }
        rows.add(row(THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_1_ID, PROVIDER_1_ID, "NT1", "500.00", 5));
        AgreementParties small = new AgreementParties("B1", BUYER_ID, SUPPLIER_2_ID, new TreeSet<>(Set.of(PROVIDER_1_ID, PROVIDER_2_ID)));
        agreements.add(small);
        rows.add(row(THAMES_VALLEY, SOUTH_EAST, BUYER_ID, SUPPLIER_2_ID, PROVIDER_1_ID + " " + PROVIDER_2_ID, "NT1", "70.00", 1));
        store.put(new Slice(THAMES_VALLEY, MARCH), rows, agreements);
        store.put(new Slice(METROPOLITAN, MARCH),
                List.of(row(METROPOLITAN, LONDON, OTHER_BUYER_ID, SUPPLIER_1_ID, PROVIDER_2_ID, "NT1", "9.00", 1)), List.of(new AgreementParties("C1", OTHER_BUYER_ID, SUPPLIER_1_ID, new TreeSet<>(Set.of(PROVIDER_2_ID)))));
    }

    static KpiFigures row(String territory, String region, String buyer, String supplier, String providers, String measure,
            String value, long contributions) {
        BigDecimal v = new BigDecimal(value);
        return new KpiFigures(new KpiKey(MARCH, territory, region, buyer, supplier, providers, measure, "GBP"), v, v, v, v, v, v,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, contributions, null, null);
    }

    List<String> suppliersSeenBy(Actor actor, KpiFilter filter) {
        return kpis.kpis(actor, filter, 0, 100).rows().stream().map(r -> r.key().territory() + ":" + r.key().supplier()).toList();
    }

    static KpiFilter filter(String territory, String buyer, String supplier, String provider) {
        return new KpiFilter(Optional.ofNullable(territory), null, Optional.ofNullable(buyer), Optional.ofNullable(supplier),
                Optional.ofNullable(provider), null, null, null);
    }

    @Test
    void aSupplierSeesItsOwnFiguresOnly() {
        assertEquals(List.of(METROPOLITAN + ":" + SUPPLIER_1_ID, THAMES_VALLEY + ":" + SUPPLIER_1_ID),
                suppliersSeenBy(SUPPLIER_1, KpiFilter.all()));
        assertEquals(List.of(THAMES_VALLEY + ":" + SUPPLIER_1_ID), suppliersSeenBy(SUPPLIER_1, filter(THAMES_VALLEY, null, null, null)));
        assertRefused(() -> kpis.kpis(SUPPLIER_1, filter(null, null, SUPPLIER_2_ID, null), 0, 10));
    }

    @Test
    void aBuyerSeesItsAgreementsFiguresOnly() {
        assertEquals(List.of(THAMES_VALLEY + ":" + SUPPLIER_1_ID, THAMES_VALLEY + ":" + SUPPLIER_2_ID),
                suppliersSeenBy(BUYER, KpiFilter.all()));
        assertEquals(List.of(THAMES_VALLEY + ":" + SUPPLIER_2_ID), suppliersSeenBy(BUYER, filter(null, null, SUPPLIER_2_ID, null)));
        assertRefused(() -> kpis.kpis(BUYER, filter(null, OTHER_BUYER_ID, null, null), 0, 10));
    }

    @Test
    void aProviderSeesTheGroupsItBelongsTo() {
        assertEquals(List.of(THAMES_VALLEY + ":" + SUPPLIER_1_ID, THAMES_VALLEY + ":" + SUPPLIER_2_ID),
                suppliersSeenBy(PROVIDER_1, KpiFilter.all()));
        assertRefused(() -> kpis.kpis(PROVIDER_1, filter(null, null, null, PROVIDER_2_ID), 0, 10));
    }

    @Test
    void aHubAndAnAdminOfAnOrganisationSeeTheirTerritoriesAPlatformAdminEverything() {
        assertEquals(2, kpis.kpis(hub, KpiFilter.all(), 0, 100).total());
        assertRefused(() -> kpis.kpis(hub, filter(METROPOLITAN, null, null, null), 0, 10));
        assertRefused(() -> kpis.kpis(hub, KpiFilter.all().withRegion(LONDON), 0, 10));
        Actor orgAdmin = new Actor("ann", Optional.of(HUB_ID), Set.of(Role.ADMIN));
        assertEquals(2, kpis.kpis(orgAdmin, KpiFilter.all(), 0, 100).total());
        assertEquals(3, kpis.kpis(ADMIN, KpiFilter.all(), 0, 100).total());
        assertEquals(1, kpis.kpis(ADMIN, KpiFilter.all(), 1, 1).rows().size());
    }

    @Test
    void othersAndMalformedRequestsAreRefused() {
        DomainException auditor = assertThrows(DomainException.class, () -> kpis.kpis(AUDITOR, KpiFilter.all(), 0, 10));
        assertEquals("role-required", auditor.code());
        Actor hubWithoutOrganisation = new Actor("x", Optional.empty(), Set.of(Role.HUB));
        assertEquals("organisation-required", assertThrows(DomainException.class,
                () -> kpis.kpis(hubWithoutOrganisation, KpiFilter.all(), 0, 10)).code());
        assertEquals("wrong-organisation-kind", assertThrows(DomainException.class,
                () -> kpis.kpis(TestKernel.user("h", BUYER_ID, Role.HUB), KpiFilter.all(), 0, 10)).code());
        assertEquals("invalid-range", assertThrows(DomainException.class, () -> kpis.kpis(ADMIN, KpiFilter.all(), 0, 0)).code());
        assertEquals("invalid-range", assertThrows(DomainException.class, () -> kpis.kpis(ADMIN, new KpiFilter(null, null,
                null, null, null, null, Optional.of(MARCH), Optional.of(MARCH.minusMonths(1))), 0, 10)).code());
    }

    static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
        assertEquals("kpis-out-of-scope", e.code());
    }
}
