package org.dualimpact.console.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.sroi.SroiResult;

/**
 * What the figures page shows of the rows the caller may see: the groups of the chosen {@link Grouping}
 * with their figures and a link to where each comes from, the total, the chart of the same figures, the
 * SDG targets with theirs and a chart, and the SROI of the rows, gross and net.
 */
public record KpiPage(Grouping grouping, long rowCount, List<Row> groups, KpiGroups.Totals total, KpiChart chart,
        List<SdgRow> sdgs, KpiChart sdgChart, SroiResult sroi) {

    /** One group as the table shows it: its label (a month in words, a name), its figures and its sources' link. */
    public record Row(String key, String label, KpiGroups.Totals totals, String sources) {
    }

    /** One SDG target with its figures. */
    public record SdgRow(String target, KpiGroups.Totals totals) {
    }

    public static KpiPage of(KpiForm form, Grouping grouping, List<KpiFigures> rows, List<SdgFigures> sdgRows, SroiResult sroi,
            KpiQueries.Names names) {
        List<Row> groups = KpiGroups.of(rows, grouping).stream()
                .map(g -> new Row(g.key(), names.label(grouping, g.key()), g.totals(), form.sourcesLink(grouping, g.key())))
                .toList();
        List<SdgRow> sdgs = KpiGroups.sdgs(sdgRows).stream().map(s -> new SdgRow(s.target(), s.totals())).toList();
        KpiChart chart = KpiChart.of(groups.stream().map(g -> new KpiChart.Series(g.label(), g.totals().committedValue(),
                g.totals().recordedValue(), g.totals().confirmedValue())).toList());
        KpiChart sdgChart = KpiChart.of(sdgs.stream().map(s -> new KpiChart.Series("SDG target " + s.target(),
                s.totals().committedValue(), s.totals().recordedValue(), s.totals().confirmedValue())).toList());
        return new KpiPage(grouping, rows.size(), groups, KpiGroups.total(rows), chart, sdgs, sdgChart, sroi);
    }

    /** Social value in pounds, or "not known" when no proxy values it. */
    public static String social(BigDecimal value) {
        return value == null ? "not known" : Formats.money(value);
    }

    /** An SROI ratio as "£2.50 for each £1", or why there is none. */
    public static String ratio(BigDecimal ratio) {
        return ratio == null ? "not known (nothing valued was invested)"
                : Formats.money(ratio.setScale(2, RoundingMode.HALF_UP)) + " for each £1";
    }

    /** The discount rate as a percentage: {@code 3.5%}. */
    public static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Whether an SROI was worked out for anything. */
    public static boolean valued(Optional<SroiResult> sroi) {
        return sroi.isPresent() && !sroi.get().lines().isEmpty();
    }
}
