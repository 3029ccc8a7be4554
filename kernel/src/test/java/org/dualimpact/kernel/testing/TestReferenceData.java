package org.dualimpact.kernel.testing;

import java.util.List;

import org.dualimpact.kernel.territory.ReferenceData;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryKind;

/**
 * The territories and regions the kernel tests use, as in the shipped files (which the import adapter
 * reads, and whose own tests cover every row): London with its two forces, the South East with its
 * five, and Northern Ireland with the PSNI.
 */
public final class TestReferenceData {

    public static final String LONDON = "E12000007";
    public static final String SOUTH_EAST = "E12000008";

    private TestReferenceData() {
    }

    public static ReferenceData sample() {
        return new ReferenceData(List.of(
                new Region(LONDON, "London", "England"),
                new Region(SOUTH_EAST, "South East", "England"),
                new Region("N92000002", "Northern Ireland", "Northern Ireland")), List.of(
                force("E23000001", "Metropolitan Police", LONDON, "MPS"),
                force("E23000034", "City of London", LONDON, "COLP"),
                force("E23000029", "Thames Valley", SOUTH_EAST, "TVP"),
                force("E23000030", "Hampshire", SOUTH_EAST, "HANTS"),
                force("E23000031", "Surrey", SOUTH_EAST, "SURR"),
                force("E23000032", "Kent", SOUTH_EAST, "KENT"),
                force("E23000033", "Sussex", SOUTH_EAST, "SUSX"),
                force("N92000002-PSNI", "Police Service of Northern Ireland", "N92000002", "PSNI")));
    }

    private static Territory force(String code, String name, String region, String abbrev) {
        return new Territory(code, name, region, TerritoryKind.POLICE_FORCE_AREA, abbrev);
    }
}
