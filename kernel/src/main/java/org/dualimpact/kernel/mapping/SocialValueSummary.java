package org.dualimpact.kernel.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.framework.ValueFramework;

/**
 * What a mapping shows: the Social Value Summary (each selected criterion with the KPIs mapped to it),
 * the mapping sheet (per KPI: committed and delivered quantities and their proxy values) and the
 * regional delivery view (per region: committed and delivered value).
 */
public record SocialValueSummary(Mapping mapping, ValueFramework framework, Catalogue catalogue, List<Item> items,
        List<SheetRow> sheet, List<RegionRow> regions) {

    /** A KPI: a catalogue measure, its latest proxy and SDG targets. */
    public record Kpi(String code, String title, String unit, Integer proxyYear, BigDecimal proxy, String proxySource,
            List<String> sdgTargets) {
    }

    /** One selected criterion and its KPIs ({@code provisional}: its wording is unverified). */
    public record Item(String themeId, String themeTitle, String outcomeId, String outcomeTitle, String criterionId,
            String criterionTitle, boolean provisional, List<Kpi> kpis) {
    }

    /** Per KPI: quantities committed and delivered, valued at the latest proxy. */
    public record SheetRow(String code, String title, String unit, BigDecimal committed, BigDecimal delivered,
            BigDecimal committedValue, BigDecimal deliveredValue) {
    }

    /** Per region: value committed and delivered. */
    public record RegionRow(String region, String name, BigDecimal committedValue, BigDecimal deliveredValue) {
    }

    public SocialValueSummary {
        items = List.copyOf(items);
        sheet = List.copyOf(sheet);
        regions = List.copyOf(regions);
    }
}
