package org.dualimpact.console.kpi;

import java.util.Locale;
import java.util.Optional;

import org.dualimpact.kernel.rollup.KpiKey;

/** What the figures page groups the roll-up's rows by: one of the dimensions of {@link KpiKey}. */
public enum Grouping {
    MONTH("Month"),
    TERRITORY("Territory"),
    REGION("Region"),
    BUYER("Buyer"),
    SUPPLIER("Supplier"),
    PROVIDER("Providers"),
    MEASURE("Measure");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The column heading and the option's label. */
    public String label() {
        return label;
    }

    /** The form's value: {@code month}, {@code territory}, … */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group a row belongs to: its month ({@code 2026-03}), territory code, … or provider group. */
    public String keyOf(KpiKey key) {
        return switch (this) {
            case MONTH -> key.month().toString();
            case TERRITORY -> key.territory();
            case REGION -> key.region();
            case BUYER -> key.buyer();
            case SUPPLIER -> key.supplier();
            case PROVIDER -> key.providers();
            case MEASURE -> key.measure();
        };
    }

    /** The form's list of groupings. */
    public static java.util.List<String[]> options() {
        return java.util.Arrays.stream(values()).map(g -> new String[] {g.param(), g.label()}).toList();
    }

    /** The grouping of a form's value; blank is by month. */
    public static Optional<Grouping> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(MONTH);
        }
        for (Grouping g : values()) {
            if (g.param().equals(text.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
