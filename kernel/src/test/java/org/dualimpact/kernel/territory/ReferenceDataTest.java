package org.dualimpact.kernel.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of a reference data set; reading the shipped files is tested in the import adapter. */
class ReferenceDataTest {

    private static final Region SOUTH_EAST = new Region("E12000008", "South East", "England");

    private static Territory force(String code, String name, String region, String abbrev) {
        return new Territory(code, name, region, TerritoryKind.POLICE_FORCE_AREA, abbrev);
    }

    @Test
    void aTerritoryInAnUnknownRegionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReferenceData(
                List.of(SOUTH_EAST), List.of(force("E23000029", "Thames Valley", "E12000009", "TVP"))));

        assertTrue(e.getMessage().contains("unknown region E12000009"), e.getMessage());
    }

    @Test
    void duplicateAbbreviationsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReferenceData(List.of(SOUTH_EAST),
                List.of(force("E23000029", "Thames Valley", "E12000008", "TVP"),
                        force("E23000030", "Hampshire", "E12000008", "TVP"))));

        assertEquals("duplicate territory abbreviation TVP", e.getMessage());
    }

    @Test
    void duplicateTerritoryCodesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReferenceData(List.of(SOUTH_EAST),
                List.of(force("E23000029", "Thames Valley", "E12000008", "TVP"),
                        force("E23000029", "Hampshire", "E12000008", "HANTS"))));

        assertEquals("duplicate territory E23000029", e.getMessage());
    }

    @Test
    void duplicateRegionCodesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReferenceData(
                List.of(SOUTH_EAST, new Region("E12000008", "South East again", "England")), List.of()));

        assertEquals("duplicate region E12000008", e.getMessage());
    }

    @Test
    void aValidSetIsKeptInOrder() {
        Territory thamesValley = force("E23000029", "Thames Valley", "E12000008", "TVP");
        Territory hampshire = force("E23000030", "Hampshire", "E12000008", "HANTS");

        ReferenceData data = new ReferenceData(List.of(SOUTH_EAST), List.of(thamesValley, hampshire));

        assertEquals(List.of(SOUTH_EAST), data.regions());
        assertEquals(List.of(thamesValley, hampshire), data.territories());
    }
}
