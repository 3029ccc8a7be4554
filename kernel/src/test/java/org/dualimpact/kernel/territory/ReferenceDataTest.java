package org.dualimpact.kernel.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bundledFilesHoldTheTwelveRegionsAndFortyFiveForces() {
        ReferenceData data = ReferenceData.bundled();

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
    void everyEnglishRegionHasAtLeastOneForce() {
        ReferenceData data = ReferenceData.bundled();
        for (Region region : data.regions()) {
            assertTrue(data.territories().stream().anyMatch(t -> t.regionCode().equals(region.code())),
                    () -> region + " has no territory");
        }
    }

    @Test
    void aBadRowIsRefusedWithFileAndLine() {
        String regions = "code,name,nation\nE12000008,South East,England\n";
        String territories = "code,name,region_code,kind,abbrev\n"
                + "E23000029,Thames Valley,E12000008,police_force_area,TVP\n"
                + "E2300003,Hampshire,E12000008,police_force_area,HANTS\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceData.parse(csv(regions), csv(territories)));

        assertTrue(e.getMessage().startsWith("territories.csv line 3:"), e.getMessage());
    }

    @Test
    void aTerritoryInAnUnknownRegionIsRefused() {
        String regions = "code,name,nation\nE12000008,South East,England\n";
        String territories = "code,name,region_code,kind,abbrev\n"
                + "E23000029,Thames Valley,E12000009,police_force_area,TVP\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceData.parse(csv(regions), csv(territories)));

        assertTrue(e.getMessage().contains("unknown region E12000009"), e.getMessage());
    }

    @Test
    void aWrongHeaderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceData.parse(csv("id,name\n"), csv("code,name,region_code,kind,abbrev\n")));

        assertTrue(e.getMessage().startsWith("regions.csv line 1"), e.getMessage());
    }

    @Test
    void duplicateAbbreviationsAreRefused() {
        String regions = "code,name,nation\nE12000008,South East,England\n";
        String territories = "code,name,region_code,kind,abbrev\n"
                + "E23000029,Thames Valley,E12000008,police_force_area,TVP\n"
                + "E23000030,Hampshire,E12000008,police_force_area,TVP\n";

        assertThrows(IllegalArgumentException.class, () -> ReferenceData.parse(csv(regions), csv(territories)));
    }
}
