package org.dualimpact.kernel.catalogue;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.junit.jupiter.api.Test;

/**
 * Catalogue import of a defined catalogue (all or nothing, crosswalk refusals named by the file's
 * line), local catalogues and their rules. Reading CSV and JSON files is the import adapter's test.
 */
class CatalogueTest {

    private final ScoringKernel s = new ScoringKernel();

    private static Measure measure(String code, List<ProxyValue> proxies, String criterion) {
        return new Measure(code, "Jobs", null, "Title of " + code, "FTE", proxies, List.of("8.5"),
                List.of(new CriterionLink("ppn-06-20", criterion)), Adjustments.NONE, null, null);
    }

    private static CatalogueDefinition thamesValley() {
        return new CatalogueDefinition("Thames Valley measures", "2026", false, null, List.of("own research"), Adjustments.NONE,
                List.of(measure("LOC-1", List.of(new ProxyValue(2025, new BigDecimal("30000.50"), "ONS 2025"),
                        new ProxyValue(2026, new BigDecimal("31000"), "ONS 2026")), "MAC 2.2"),
                        measure("LOC-2", List.of(), "MAC 4.1")), Map.of("LOC-1", "line 3", "LOC-2", "line 5"));
    }

    @Test
    void aCatalogueWithProxiesForSeveralYearsImportsOnce() {
        Catalogue catalogue = s.catalogues.importCatalogue(ADMIN, thamesValley(), false);
        assertEquals(2, catalogue.measures().size());
        Measure jobs = catalogue.measure("loc-1").orElseThrow();
        assertEquals(2026, jobs.proxyFor(2030).orElseThrow().year(), "the latest year not after the date");
        assertEquals(2025, jobs.proxyFor(2010).orElseThrow().year(), "the earliest when every year is later");
        assertEquals("catalogue-exists", assertThrows(DomainException.class, () -> s.catalogues.importCatalogue(ADMIN,
                thamesValley(), false)).code());
    }

    @Test
    void aDefinitionRefusesDuplicatedCodesIgnoringCase() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogueDefinition("X", "1", false, null, List.of(), null,
                List.of(measure("A-1", List.of(), "MAC 2.2"), measure("a-1", List.of(), "MAC 2.2")), Map.of()));
    }

    @Test
    void aCrosswalkToAnUnknownCriterionIsRefusedWithItsLine() {
        CatalogueDefinition definition = new CatalogueDefinition("Crosswalk", "1", false, null, List.of(), null, List.of(
                measure("X-1", List.of(), "MAC 9.9"), new Measure("X-2", null, null, "Else", "hours", List.of(), List.of(),
                        List.of(new CriterionLink("ppn-999", "1a")), Adjustments.NONE, null, null)),
                Map.of("X-1", "line 2", "X-2", "line 3"));
        DomainException e = assertThrows(DomainException.class, () -> s.catalogues.importCatalogue(ADMIN, definition, false));
        assertEquals("invalid-catalogue", e.code());
        assertEquals(List.of("lines[2].criteria", "lines[3].criteria"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(e.fieldErrors().get(0).message().startsWith("line 2: measure X-1 links to criterion 'MAC 9.9'"));
    }

    @Test
    void localCatalogueIsTheBuyersOwnAndOnlyItChanges() {
        Catalogue local = s.catalogues.deriveLocal(BUYER, s.illustrative.id(), null, null);
        assertTrue(local.isLocal());
        assertEquals(s.illustrative.id(), local.basedOn().orElseThrow());
        assertTrue(s.catalogues.visible(BUYER).contains(local));
        assertFalse(s.catalogues.visible(OTHER_BUYER).contains(local));
        assertEquals("catalogue-not-found", assertThrows(DomainException.class,
                () -> s.catalogues.get(OTHER_BUYER, local.id())).code());
        assertEquals("catalogue-not-found", assertThrows(DomainException.class,
                () -> s.catalogues.get(SUPPLIER_1, local.id())).code());
        Catalogue weighted = s.catalogues.setWeight(BUYER, local.id(), 1, "DI-ILL-VOL", new BigDecimal("2"));
        assertEquals(new BigDecimal("2"), weighted.measure("DI-ILL-VOL").orElseThrow().localWeight());
        assertEquals(2, weighted.version());
        assertEquals("stale-version", assertThrows(DomainException.class,
                () -> s.catalogues.setWeight(BUYER, local.id(), 1, "DI-ILL-VOL", BigDecimal.ONE)).code());
        assertEquals("invalid-weight", assertThrows(DomainException.class,
                () -> s.catalogues.setWeight(BUYER, local.id(), 2, "DI-ILL-VOL", new BigDecimal("11"))).code());
        assertEquals("measure-not-found", assertThrows(DomainException.class,
                () -> s.catalogues.setWeight(BUYER, local.id(), 2, "NOPE", BigDecimal.ONE)).code());
        assertEquals("catalogue-not-local", assertThrows(DomainException.class,
                () -> s.catalogues.setWeight(BUYER, s.illustrative.id(), 1, "DI-ILL-VOL", BigDecimal.ONE)).code());
        // the shared catalogue it came from is untouched
        assertEquals(BigDecimal.ONE, s.illustrative.measure("DI-ILL-VOL").orElseThrow().localWeight());
        assertEquals("role-required", assertThrows(DomainException.class, () -> s.catalogues.importCatalogue(BUYER,
                thamesValley(), false)).code());
        Catalogue ownImport = s.catalogues.importCatalogue(BUYER, thamesValley(), true);
        assertTrue(ownImport.isLocal());
    }
}
