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

    private static final Pattern TERRITORY = Pattern.compile("[EWSN][0-9]{8}(-[A-Z]{2,5})?");
    private static final Comparator<Slice> ORDER = Comparator.comparing(Slice::territory).thenComparing(Slice::month);

    public Slice {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(month, "month");
        if (!territory.equals(UNKNOWN_TERRITORY) && !TERRITORY.matcher(territory).matches()) {
            throw new IllegalArgumentException("not a territory code: " + territory);
        }
    }

    /** The territory code as stored in the roll-up: the value itself if it is a territory code, else UNKNOWN. */
    public static String territoryOf(String value) {
        return value != null && TERRITORY.matcher(value).matches() ? value : UNKNOWN_TERRITORY;
    }

    @Override
    public int compareTo(Slice other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return territory + "/" + month;
    }
}
