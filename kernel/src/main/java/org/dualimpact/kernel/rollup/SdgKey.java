package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/** The grain of the SDG roll-up: month × territory × region × buyer × supplier × provider group × SDG target. */
public record SdgKey(YearMonth month, String territory, String region, String buyer, String supplier, String providers,
        String sdgTarget) implements Comparable<SdgKey> {

    private static final Comparator<SdgKey> ORDER = Comparator.comparing(SdgKey::month).thenComparing(SdgKey::territory)
            .thenComparing(SdgKey::buyer).thenComparing(SdgKey::supplier).thenComparing(SdgKey::providers)
            .thenComparing(SdgKey::sdgTarget);

    public SdgKey {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(providers, "providers");
        Objects.requireNonNull(sdgTarget, "sdgTarget");
    }

    @Override
    public int compareTo(SdgKey other) {
        return ORDER.compare(this, other);
    }
}
