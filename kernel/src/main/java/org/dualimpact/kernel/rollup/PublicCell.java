package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One cell of the public pages: a territory's figures of one measure in one quarter, gathered from its
 * roll-up rows with who contributed them. It decides alone, from its own rows, whether it may be
 * published ({@link DisclosureRules}), and rounds its figures when it is.
 */
final class PublicCell {

    /** The figures of one published cell, rounded; social value null when unknown. */
    record Published(String measure, String unit, Quarter quarter, long contributions, BigDecimal committedQuantity,
            BigDecimal recordedQuantity, BigDecimal confirmedQuantity, BigDecimal committedValue, BigDecimal recordedValue,
            BigDecimal confirmedValue, BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue,
            Set<String> suppliers, Set<String> providers) {
    }

    private static final int MONEY_FIGURES = 6;
    private static final BigDecimal COUNT_BASE = BigDecimal.valueOf(5);

    private final Quarter quarter;
    private final String measure;
    private final String unit;
    private final Money total = new Money();
    private final Map<String, Money> bySupplier = new HashMap<>();
    private final Map<String, Money> byProvider = new HashMap<>();
    private long contributions;
    private BigDecimal committedQuantity = BigDecimal.ZERO;
    private BigDecimal recordedQuantity = BigDecimal.ZERO;
    private BigDecimal confirmedQuantity = BigDecimal.ZERO;

    PublicCell(Quarter quarter, String measure, String unit) {
        this.quarter = quarter;
        this.measure = measure;
        this.unit = unit;
    }

    /** Adds a row; each provider of a group is credited with the whole row, which errs towards withholding. */
    void add(KpiFigures row) {
        contributions += row.contributions();
        committedQuantity = committedQuantity.add(row.committedQuantity());
        recordedQuantity = recordedQuantity.add(row.recordedQuantity());
        confirmedQuantity = confirmedQuantity.add(row.confirmedQuantity());
        total.add(row);
        bySupplier.computeIfAbsent(row.key().supplier(), k -> new Money()).add(row);
        for (String provider : row.key().providers().split(" ")) {
            byProvider.computeIfAbsent(provider, k -> new Money()).add(row);
        }
    }

    /** The rounded figures, or empty when the cell has too few contributors or one of them dominates it. */
    Optional<Published> publish(DisclosureRules rules) {
        if (bySupplier.size() < rules.minimumContributors() || byProvider.size() < rules.minimumContributors()
                || dominated(bySupplier, rules) || dominated(byProvider, rules)) {
            return Optional.empty();
        }
        BigDecimal quantityBase = "GBP".equals(unit) ? rules.roundingGbp() : rules.roundingQuantity();
        BigDecimal[] money = new BigDecimal[MONEY_FIGURES];
        for (int i = 0; i < MONEY_FIGURES; i++) {
            money[i] = total.unknownSocialValue && i >= 4 ? null : round(total.figures[i], rules.roundingGbp(), 2);
        }
        return Optional.of(new Published(measure, unit, quarter,
                round(BigDecimal.valueOf(contributions), COUNT_BASE, 0).longValueExact(),
                round(committedQuantity, quantityBase, 3), round(recordedQuantity, quantityBase, 3),
                round(confirmedQuantity, quantityBase, 3), money[0], money[1], money[2], money[3], money[4], money[5],
                Set.copyOf(bySupplier.keySet()), Set.copyOf(byProvider.keySet())));
    }

    private boolean dominated(Map<String, Money> parties, DisclosureRules rules) {
        BigDecimal limit = BigDecimal.valueOf(rules.dominancePercent());
        for (int i = 0; i < MONEY_FIGURES; i++) {
            if (i >= 4 && total.unknownSocialValue) {
                continue;
            }
            BigDecimal whole = total.figures[i].abs();
            for (Money party : parties.values()) {
                if (party.figures[i].abs().multiply(BigDecimal.valueOf(100)).compareTo(whole.multiply(limit)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static BigDecimal round(BigDecimal value, BigDecimal base, int scale) {
        return value.divide(base, 0, RoundingMode.HALF_UP).multiply(base).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Committed, recorded, confirmed, disputed, gross and net social value. */
    private static final class Money {
        final BigDecimal[] figures = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO};
        boolean unknownSocialValue;

        void add(KpiFigures row) {
            figures[0] = figures[0].add(row.committedValue());
            figures[1] = figures[1].add(row.recordedValue());
            figures[2] = figures[2].add(row.confirmedValue());
            figures[3] = figures[3].add(row.disputedValue());
            if (row.grossSocialValue() == null) {
                unknownSocialValue = true;
            } else {
                figures[4] = figures[4].add(row.grossSocialValue());
                figures[5] = figures[5].add(row.netSocialValue());
            }
        }
    }
}
