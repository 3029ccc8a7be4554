package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * The grain of the roll-up: month × territory × region × buyer × supplier × provider group × measure
 * (with its unit: quantities of different units are never added).
 */
public record KpiKey(YearMonth month, String territory, String region, String buyer, String supplier, String providers,
        String measure, String unit) implements Comparable<KpiKey> {

    private static final Comparator<KpiKey> ORDER = Comparator.comparing(KpiKey::month).thenComparing(KpiKey::territory)
            .thenComparing(KpiKey::buyer).thenComparing(KpiKey::supplier).thenComparing(KpiKey::providers)
            .thenComparing(KpiKey::measure).thenComparing(KpiKey::unit);

    public KpiKey {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(providers, "providers");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public int compareTo(KpiKey other) {
        return ORDER.compare(this, other);
    }
}
