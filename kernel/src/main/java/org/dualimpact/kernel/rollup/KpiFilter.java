package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What a reader asks of the roll-up: any of territory, region, buyer, supplier, provider (selects every
 * provider group it belongs to) and measure, and a range of months {@code from <= month <= to}.
 */
public record KpiFilter(Optional<String> territory, Optional<String> region, Optional<String> buyer,
        Optional<String> supplier, Optional<String> provider, Optional<String> measure, Optional<YearMonth> from,
        Optional<YearMonth> to) {

    public KpiFilter {
        territory = clean(territory);
        region = clean(region);
        buyer = clean(buyer);
        supplier = clean(supplier);
        provider = clean(provider);
        measure = clean(measure);
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
    }

    public static KpiFilter all() {
        return new KpiFilter(null, null, null, null, null, null, null, null);
    }

    public KpiFilter withTerritory(String code) {
        return new KpiFilter(Optional.of(code), region, buyer, supplier, provider, measure, from, to);
    }

    public KpiFilter withRegion(String code) {
        return new KpiFilter(territory, Optional.of(code), buyer, supplier, provider, measure, from, to);
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
