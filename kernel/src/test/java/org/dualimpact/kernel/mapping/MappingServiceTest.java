package org.dualimpact.kernel.mapping;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dualimpact.kernel.mapping.MappingService.CreateRequest;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.junit.jupiter.api.Test;

class MappingServiceTest {

    private final ScoringKernel s = new ScoringKernel();

    @Test
    void selectedOutcomesAndCriteriaGiveTheirKpisSheetAndRegionalView() {
        // outcome 4 (MAC 4.1, 4.2) and criterion MAC 8.1 of PPN 06/20 with the illustrative catalogue
        Mapping mapping = s.mappings.create(BUYER, new CreateRequest("Fleet contract KPIs", s.ppn0620.id().value(),
                s.illustrative.id().value(), List.of("4"), List.of("MAC 8.1")));
        SocialValueSummary summary = s.mappings.summary(BUYER, mapping.id());
        assertEquals(List.of("MAC 4.1", "MAC 4.2", "MAC 8.1"), summary.items().stream().map(SocialValueSummary.Item::criterionId)
                .toList());
        assertEquals(List.of("DI-ILL-CO2"), summary.items().get(0).kpis().stream().map(SocialValueSummary.Kpi::code).toList());
        assertEquals(List.of(), summary.items().get(1).kpis());
        assertEquals(3, summary.items().get(2).kpis().size());
        assertTrue(summary.items().get(0).provisional());

        Mapping filled = s.mappings.setEntries(BUYER, mapping.id(), 1, List.of(
                new MappingEntry("DI-ILL-VOL", "E23000029", "2025-Q1", new BigDecimal("100"), new BigDecimal("40")),
                new MappingEntry("DI-ILL-VOL", "E23000001", "2024-Q4", new BigDecimal("10"), new BigDecimal("10")),
                new MappingEntry("DI-ILL-CO2", "E23000029", "2025", new BigDecimal("2"), BigDecimal.ZERO)));
        assertEquals(2, filled.version());
        SocialValueSummary after = s.mappings.summary(BUYER, mapping.id());
        SocialValueSummary.SheetRow volunteering = after.sheet().stream().filter(r -> r.code().equals("DI-ILL-VOL"))
                .findFirst().orElseThrow();
        // 100 h × 12.21 (2025) + 10 h × 11.44 (2024) = 1221.00 + 114.40; delivered 40 × 12.21 + 10 × 11.44
        assertEquals(new BigDecimal("110"), volunteering.committed());
        assertEquals(new BigDecimal("1335.40"), volunteering.committedValue());
        assertEquals(new BigDecimal("602.80"), volunteering.deliveredValue());
        // Thames Valley is in the South East (E12000008), the Met in London (E12000007)
        assertEquals(List.of("E12000007", "E12000008"), after.regions().stream().map(SocialValueSummary.RegionRow::region)
                .toList());
        assertEquals(new BigDecimal("1711.00"), after.regions().get(1).committedValue(), "1221.00 + 2 × 245");
        DomainException wrong = assertThrows(DomainException.class, () -> s.mappings.setEntries(BUYER, mapping.id(), 2,
                List.of(new MappingEntry("NT1", "E99999999", "2025", BigDecimal.ONE, BigDecimal.ONE))));
        assertEquals("invalid-mapping-entries", wrong.code());
        assertEquals(2, wrong.fieldErrors().size());
        String kpis = new String(s.mappings.kpiList(BUYER, mapping.id()), StandardCharsets.UTF_8);
        assertTrue(kpis.contains("MAC 4.1 DI-ILL-CO2"), kpis);
        assertEquals("mapping-not-found", assertThrows(DomainException.class,
                () -> s.mappings.get(OTHER_BUYER, mapping.id())).code());
        assertEquals("mapping-not-found", assertThrows(DomainException.class,
                () -> s.mappings.get(SUPPLIER_1, mapping.id())).code());
        assertEquals("invalid-mapping", assertThrows(DomainException.class, () -> s.mappings.create(BUYER,
                new CreateRequest("x", s.ppn0620.id().value(), s.illustrative.id().value(), List.of("99"), List.of()))).code());
    }
}
