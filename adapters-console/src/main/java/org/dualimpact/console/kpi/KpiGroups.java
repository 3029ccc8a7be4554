package org.dualimpact.console.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.SdgFigures;

/**
 * The roll-up's rows added up per group of the chosen {@link Grouping}: GBP values and contributions only
 * (quantities of different units are never added). Social value follows the roll-up's rule: a group's is
 * unknown ({@code null}) when a row of it that counts contributions has none, or when no row has any.
 * Grouped by month, the months between the first and the last are all shown, those without rows as zeros.
 */
public final class KpiGroups {

    private KpiGroups() {
    }

    /** The figures of one group, or of all rows. Social value {@code null} while unknown. */
    public record Totals(BigDecimal committedValue, BigDecimal recordedValue, BigDecimal confirmedValue,
            BigDecimal disputedValue, long contributions, BigDecimal grossSocialValue, BigDecimal netSocialValue) {

        public static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                null, null);
    }

    /** One group: its key (a month {@code 2026-03}, a code, a provider group) and its figures. */
    public record Group(String key, Totals totals) {
    }

    /** One SDG target's GBP figures, added over the rows of the target. */
    public record Sdg(String target, Totals totals) {
    }

    public static List<Group> of(List<KpiFigures> rows, Grouping grouping) {
        TreeMap<String, Adder> groups = new TreeMap<>();
        for (KpiFigures row : rows) {
            groups.computeIfAbsent(grouping.keyOf(row.key()), k -> new Adder()).add(row);
        }
        if (grouping == Grouping.MONTH && !groups.isEmpty()) {
            YearMonth first = YearMonth.parse(groups.firstKey());
            YearMonth last = YearMonth.parse(groups.lastKey());
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                groups.computeIfAbsent(m.toString(), k -> new Adder());
            }
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((key, adder) -> result.add(new Group(key, adder.totals())));
        return List.copyOf(result);
    }

    /** Every row added up. */
    public static Totals total(List<KpiFigures> rows) {
        Adder adder = new Adder();
        rows.forEach(adder::add);
        return adder.totals();
    }

    /** The SDG rows per target (never added across targets: a measure linked to several counts under each). */
    public static List<Sdg> sdgs(List<SdgFigures> rows) {
        Map<String, Adder> targets = new TreeMap<>(KpiGroups::bySdgTarget);
        for (SdgFigures row : rows) {
            targets.computeIfAbsent(row.key().sdgTarget(), k -> new Adder()).add(row);
        }
        List<Sdg> result = new ArrayList<>();
        targets.forEach((target, adder) -> result.add(new Sdg(target, adder.totals())));
        return List.copyOf(result);
    }

    /** {@code 4.1} before {@code 8.6} before {@code 10.2}: goals and targets compared as numbers where they are. */
    static int bySdgTarget(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("[0-9]+") && y[i].matches("[0-9]+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Adds rows up. */
    private static final class Adder {
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal recorded = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        BigDecimal disputed = BigDecimal.ZERO;
        long contributions;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        boolean valued;
        boolean unvalued;

        void add(KpiFigures row) {
            committed = committed.add(row.committedValue());
            recorded = recorded.add(row.recordedValue());
            confirmed = confirmed.add(row.confirmedValue());
            disputed = disputed.add(row.disputedValue());
            contributions += row.contributions();
            social(row.grossSocialValue(), row.netSocialValue(), row.contributions() > 0);
        }

        void add(SdgFigures row) {
            committed = committed.add(row.committedValue());
            recorded = recorded.add(row.recordedValue());
            confirmed = confirmed.add(row.confirmedValue());
            disputed = disputed.add(row.disputedValue());
            social(row.grossSocialValue(), row.netSocialValue(), row.recordedValue().signum() != 0);
        }

        private void social(BigDecimal rowGross, BigDecimal rowNet, boolean counts) {
            if (rowGross != null) {
                gross = gross.add(rowGross);
                net = net.add(rowNet == null ? BigDecimal.ZERO : rowNet);
                valued = true;
            } else if (counts) {
                unvalued = true;
            }
        }

        Totals totals() {
            boolean known = valued && !unvalued;
            return new Totals(committed, recorded, confirmed, disputed, contributions, known ? gross : null, known ? net : null);
        }
    }
}
