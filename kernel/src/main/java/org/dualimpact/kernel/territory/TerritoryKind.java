package org.dualimpact.kernel.territory;

import java.util.Locale;

/** What sort of area a territory is. Police force areas only, for now. */
public enum TerritoryKind {
    POLICE_FORCE_AREA;

    /** The spelling used in the reference files, {@code police_force_area}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TerritoryKind fromFileName(String value) {
        for (TerritoryKind kind : values()) {
            if (kind.fileName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown territory kind: " + value);
    }
}
