package org.dualimpact.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dualimpact.kernel.territory.ReferenceData;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.RegionCode;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryCode;
import org.dualimpact.kernel.territory.TerritoryService;
import org.dualimpact.kernel.testing.InMemoryTerritoryRepository;
import org.junit.jupiter.api.Test;

/** The shipped territory and region files, read and loaded; and how a malformed file is refused. */
class CsvReferenceDataReaderTest {

    private static final String REGIONS = "code,name,nation\nE12000008,South East,England\n";
    private static final String TERRITORIES_HEADER = "code,name,region_code,kind,abbrev\n";

    @Test
    void theShippedFilesHoldTheTwelveRegionsAndFortyFiveForces() {
        ReferenceData data = ShippedFiles.referenceData();

        assertEquals(12, data.regions().size());
        assertEquals(45, data.territories().size());
        Map<String, Territory> byCode = data.territories().stream()
                .collect(Collectors.toMap(Territory::code, Function.identity()));
        Territory thamesValley = byCode.get("E23000029");
        assertEquals("Thames Valley", thamesValley.name());
        assertEquals("E12000008", thamesValley.regionCode());
        assertEquals("TVP", thamesValley.abbrev());
        assertEquals("N92000002", byCode.get("N92000002-PSNI").regionCode());
    }

    @Test
    void everyShippedRegionHasAtLeastOneForce() {
        ReferenceData data = ShippedFiles.referenceData();
        for (Region region : data.regions()) {
            assertTrue(data.territories().stream().anyMatch(t -> t.regionCode().equals(region.code())),
                    () -> region + " has no territory");
        }
    }

    @Test
    void theShippedDataLoadsOnceIntoTheKernel() {
        InMemoryTerritoryRepository repository = new InMemoryTerritoryRepository();
        TerritoryService service = new TerritoryService(repository);

        assertEquals(45 + 12, service.loadReferenceData(ShippedFiles.referenceData()));
        assertEquals(45 + 12, repository.writes);
        assertEquals(0, service.loadReferenceData(ShippedFiles.referenceData()), "loading twice changes nothing");
        assertEquals(45 + 12, repository.writes);
        assertEquals(5, service.territoriesIn(new RegionCode("E12000008")).size());
        assertEquals("South East", service.region(new RegionCode(service.territory(new TerritoryCode("E23000029"))
                .regionCode())).name());
    }

    @Test
    void aBadRowIsRefusedWithFileAndLine() {
        String territories = TERRITORIES_HEADER
                + "E23000029,Thames Valley,E12000008,police_force_area,TVP\n"
                + "E2300003,Hampshire,E12000008,police_force_area,HANTS\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvReferenceDataReader.read(REGIONS, territories));

        assertTrue(e.getMessage().startsWith("territories.csv line 3:"), e.getMessage());
    }

    @Test
    void aWrongHeaderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvReferenceDataReader.read("id,name\n", TERRITORIES_HEADER));

        assertTrue(e.getMessage().startsWith("regions.csv line 1"), e.getMessage());
    }

    @Test
    void aRowWithTooFewValuesIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvReferenceDataReader.read(REGIONS + "\nE12000007,London\n", TERRITORIES_HEADER));

        assertEquals("regions.csv line 4: expected 3 values, found 2", e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvReferenceDataReader.read(REGIONS + "E12000007,\"London,England\n", TERRITORIES_HEADER));

        assertTrue(e.getMessage().startsWith("regions.csv line 3: a quoted field is not closed"), e.getMessage());
    }

    @Test
    void anUnknownKindIsRefusedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvReferenceDataReader.read(REGIONS,
                TERRITORIES_HEADER + "E23000029,Thames Valley,E12000008,county,TVP\n"));

        assertEquals("territories.csv line 2: unknown territory kind: county", e.getMessage());
    }

    @Test
    void theKernelRefusesATerritoryInAnUnknownRegion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvReferenceDataReader.read(REGIONS,
                TERRITORIES_HEADER + "E23000029,Thames Valley,E12000009,police_force_area,TVP\n"));

        assertTrue(e.getMessage().contains("unknown region E12000009"), e.getMessage());
    }
}
