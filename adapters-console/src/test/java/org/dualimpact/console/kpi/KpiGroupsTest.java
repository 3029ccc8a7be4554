package org.dualimpact.console.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.rollup.SdgKey;
import org.dualimpact.kernel.shared.FieldError;
import org.junit.jupiter.api.Test;

/** Grouping the roll-up's rows, social value's "not known", the chart's scale, and the form's rules. */
class KpiGroupsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    static KpiFigures row(YearMonth month, String territory, String measure, String committed, String recorded,
            String confirmed, long contributions, String gross, String net) {
        return new KpiFigures(new KpiKey(month, territory, "E12000008", "GB-PFA-E23000029", "GB-COH-1", "GB-CHC-1 GB-CHC-2",
                measure, "GBP"), BigDecimal.ZERO, new BigDecimal(committed), BigDecimal.ZERO, new BigDecimal(recorded),
                BigDecimal.ZERO, new BigDecimal(confirmed), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                contributions, gross == null ? null : new BigDecimal(gross), net == null ? null : new BigDecimal(net));
    }

    @Test
    void byMonthAddsUpEachMonthAndShowsTheMonthsBetweenAsZeros() {
        List<KpiFigures> rows = List.of(row(JAN, "E23000029", "NT1", "1500", "10", "10", 1, "20", "15"),
                row(JAN, "E23000001", "NT7", "0", "5", "0", 1, "3", "2"),
                row(MAR, "E23000029", "NT1", "0", "500", "500", 1, "1000", "750"));

        List<KpiGroups.Group> groups = KpiGroups.of(rows, Grouping.MONTH);

        assertEquals(List.of("2026-01", "2026-02", "2026-03"), groups.stream().map(KpiGroups.Group::key).toList());
        KpiGroups.Totals jan = groups.get(0).totals();
        assertEquals(new BigDecimal("1500.00"), jan.committedValue());
        assertEquals(new BigDecimal("15.00"), jan.recordedValue());
        assertEquals(2, jan.contributions());
        assertEquals(new BigDecimal("23.00"), jan.grossSocialValue());
        assertEquals(new BigDecimal("17.00"), jan.netSocialValue());
        assertEquals(KpiGroups.Totals.NONE.recordedValue(), groups.get(1).totals().recordedValue());
        assertNull(groups.get(1).totals().grossSocialValue(), "a month without rows values nothing");
        assertEquals(new BigDecimal("515.00"), KpiGroups.total(rows).recordedValue());
        assertEquals(new BigDecimal("1023.00"), KpiGroups.total(rows).grossSocialValue());
    }

    @Test
    void byOtherDimensionsEachKeyIsAGroup() {
        List<KpiFigures> rows = List.of(row(JAN, "E23000029", "NT1", "0", "10", "0", 1, null, null),
                row(MAR, "E23000029", "NT7", "0", "5", "0", 1, null, null),
                row(MAR, "E23000001", "NT7", "0", "1", "0", 1, null, null));

        assertEquals(List.of("E23000001", "E23000029"), KpiGroups.of(rows, Grouping.TERRITORY).stream().map(KpiGroups.Group::key).toList());
        assertEquals(List.of("NT1", "NT7"), KpiGroups.of(rows, Grouping.MEASURE).stream().map(KpiGroups.Group::key).toList());
        assertEquals(List.of("GB-CHC-1 GB-CHC-2"), KpiGroups.of(rows, Grouping.PROVIDER).stream().map(KpiGroups.Group::key).toList());
        assertEquals(new BigDecimal("6.00"), KpiGroups.of(rows, Grouping.MEASURE).get(1).totals().recordedValue());
    }

    @Test
    void socialValueIsNotKnownWhenARowCountingContributionsHasNoneButCommitmentsOnlyDoNotSpoilIt() {
        KpiFigures valued = row(JAN, "E23000029", "NT1", "0", "10", "0", 1, "20", "15");
        KpiFigures unvalued = row(JAN, "E23000029", "NT7", "0", "5", "0", 1, null, null);
        KpiFigures committedOnly = row(JAN, "E23000029", "NT9", "900", "0", "0", 0, null, null);

        assertNull(KpiGroups.total(List.of(valued, unvalued)).grossSocialValue());
        assertEquals(new BigDecimal("20.00"), KpiGroups.total(List.of(valued, committedOnly)).grossSocialValue());
        assertNull(KpiGroups.total(List.of(committedOnly)).grossSocialValue(), "nothing valued: not known, never 0");
    }

    @Test
    void sdgTargetsAreAddedPerTargetInTheirNumbersOrder() {
        SdgKey k = new SdgKey(JAN, "E23000029", "E12000008", "B", "S", "P", "10.2");
        List<SdgFigures> rows = List.of(
                new SdgFigures(k, BigDecimal.ZERO, new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("4"), new BigDecimal("3")),
                new SdgFigures(new SdgKey(MAR, "E23000029", "E12000008", "B", "S", "P", "8.6"), BigDecimal.ZERO,
                        new BigDecimal("5"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("1")),
                new SdgFigures(new SdgKey(MAR, "E23000029", "E12000008", "B", "S", "P", "10.2"), BigDecimal.ZERO,
                        new BigDecimal("1"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1"), new BigDecimal("1")));

        List<KpiGroups.Sdg> sdgs = KpiGroups.sdgs(rows);

        assertEquals(List.of("8.6", "10.2"), sdgs.stream().map(KpiGroups.Sdg::target).toList());
        assertEquals(new BigDecimal("11.00"), sdgs.get(1).totals().recordedValue());
        assertEquals(new BigDecimal("5.00"), sdgs.get(1).totals().grossSocialValue());
    }

    @Test
    void theChartScalesEveryBarToTheLongestValue() {
        KpiChart chart = KpiChart.of(List.of(
                new KpiChart.Series("January 2026", new BigDecimal("1500"), new BigDecimal("750"), BigDecimal.ZERO),
                new KpiChart.Series("February 2026", BigDecimal.ZERO, new BigDecimal("1"), new BigDecimal("-5"))));

        assertEquals(2, chart.rows().size());
        assertEquals(List.of(KpiChart.BAR_SPACE, KpiChart.BAR_SPACE / 2, 0),
                chart.rows().get(0).bars().stream().map(KpiChart.Bar::length).toList());
        assertEquals(List.of(0, 2, 0), chart.rows().get(1).bars().stream().map(KpiChart.Bar::length).toList(),
                "a small value still shows, none at or below zero");
        assertEquals("£1,500.00", chart.rows().get(0).bars().get(0).text());
        assertEquals(KpiChart.ROW_HEIGHT, chart.rows().get(1).top());
        assertEquals(2 * KpiChart.ROW_HEIGHT, chart.height());
        assertEquals(KpiChart.ROW_HEIGHT, KpiChart.of(List.of()).height(), "an empty chart keeps a height");
        assertTrue(KpiChart.length(new BigDecimal("0.01"), BigDecimal.ONE) >= 2);
    }

    @Test
    void theFormReadsMonthsCodesAndGroupingAndMarksWhatItCannot() {
        KpiForm.Known known = new KpiForm.Known(Set.of("E23000029"), Set.of("E12000008"), Set.of("B"), Set.of("S"), Set.of("P"));

        KpiForm.Parsed good = new KpiForm("E23000029", "", "", "S", "", " NT1 ", "2026-01", "2026-03", "measure").parse(known);
        assertEquals(List.of(), good.errors());
        assertEquals(Grouping.MEASURE, good.grouping());
        assertEquals(Optional.of(JAN), good.filter().from());
        assertEquals(Optional.of("NT1"), good.filter().measure());
        assertEquals(Optional.of("S"), good.filter().supplier());

        KpiForm.Parsed bad = new KpiForm("E99999999", "", "", "", "", "NT1;", "2026-13", "March", "colour").parse(known);
        assertEquals(Map.of("territory", "Choose a territory from the list",
                "measure", "Measure must be a code of letters, digits or . _ : / -, such as NT1",
                "from", "First month must be a month written like 2026-03",
                "to", "Last month must be a month written like 2026-03",
                "group", "Choose what to group the figures by"),
                bad.errors().stream().collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::message)));
        assertEquals(Grouping.MONTH, new KpiForm("", "", "", "", "", "", "", "", "").parse(known).grouping());
    }

    @Test
    void theFormsLinksKeepItsInput() {
        KpiForm form = new KpiForm("E23000029", "", "", "S", "", "NT 1", "2026-01", "", "");
        assertEquals("/kpis/csv?territory=E23000029&region=&buyer=&supplier=S&provider=&measure=NT+1&from=2026-01&to=&group=",
                form.csvLink());
        assertEquals("/kpis/sources?territory=E23000029&region=&buyer=&supplier=S&provider=&measure=NT+1&from=2026-01&to="
                + "&group=provider&key=GB-CHC-1+GB-CHC-2", form.sourcesLink(Grouping.PROVIDER, "GB-CHC-1 GB-CHC-2"));
    }
}
