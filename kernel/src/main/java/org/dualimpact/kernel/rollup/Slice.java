package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The unit of recomputation: one territory in one calendar month. Every figure of the roll-up belongs
 * to exactly one slice (a contribution to the slice of its delivery month and territory, a commitment
 * line to the slice of its start month and territory).
 *
 * <p>A contribution recorded with a territory that is not a territory code lands in the territory
 * {@link #UNKNOWN_TERRITORY}, so a malformed value can never stop the roll-up.
 */
public record Slice(String territory, YearMonth month) implements Comparable<Slice> {

    /** Where contributions with a territory that is not a territory code are counted. */
    public static final String UNKNOWN_TERRITORY = "UNKNOWN";

    private static final Comparator<Slice> ORDER = Comparator.comparing(Slice::territory).thenComparing(Slice::month);

    public Slice {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(month, "month");
        if (!territory.equals(UNKNOWN_TERRITORY) && !isTerritoryCode(territory)) {
            throw new IllegalArgumentException("not a territory code: " + territory);
        }
    }

    /** The territory code as stored in the roll-up: the value itself if it is a territory code, else UNKNOWN. */
    public static String territoryOf(String value) {
        return value != null && isTerritoryCode(value) ? value : UNKNOWN_TERRITORY;
    }

    /** {@code [EWSN][0-9]{8}(-[A-Z]{2,5})?} by hand, as it runs per contribution ({@code SliceTest} compares it with {@link #TERRITORY}). */
    static boolean isTerritoryCode(String value) {
        int n = value.length();
        if (n != 9 && (n < 12 || n > 15) || "EWSN".indexOf(value.charAt(0)) < 0 || n > 9 && value.charAt(9) != '-') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (i < 9 ? c < '0' || c > '9' : i > 9 && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The pattern {@link #isTerritoryCode} implements. */
    static final Pattern TERRITORY = Pattern.compile("[EWSN][0-9]{8}(-[A-Z]{2,5})?");

    @Override
    public int compareTo(Slice other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return territory + "/" + month;
    }
}
