package org.dualimpact.kernel.territory;

import java.util.regex.Pattern;

/**
 * A police force area: the unit a buyer works in and a provision serves.
 *
 * <p>{@code code} is the ONS GSS code ({@code E23000029} Thames Valley), except for the Police
 * Service of Northern Ireland, which has no GSS code and carries the project's
 * {@code N92000002-PSNI}. {@code abbrev} is a short, unique, upper-case tag used in SPO references
 * ({@code TVP}); it is the project's own, not an official code.
 */
public record Territory(String code, String name, String regionCode, TerritoryKind kind, String abbrev) {

    private static final Pattern ABBREV = Pattern.compile("[A-Z]{2,5}");

    public Territory {
        code = Codes.requireTerritoryCode(code);
        name = Codes.requireText(name, "territory name", 100);
        regionCode = Codes.requireGss(regionCode, "region code");
        if (kind == null) {
            throw new IllegalArgumentException("territory kind is required");
        }
        if (abbrev == null || !ABBREV.matcher(abbrev).matches()) {
            throw new IllegalArgumentException("territory abbreviation must be 2 to 5 capital letters: " + abbrev);
        }
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
