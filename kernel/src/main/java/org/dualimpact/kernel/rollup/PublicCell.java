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
    private static final int FIGURES = 9;
    private static final BigDecimal COUNT_BASE = BigDecimal.valueOf(5);

    private final Quarter quarter;
    private final String measure;
    private final String unit;
    private final Money total = new Money();
    private final Map<String, Money> bySupplier = new HashMap<>();
    private final Map<String, Money> byProvider = new HashMap<>();
    private long contributions;

    PublicCell(Quarter quarter, String measure, String unit) {
        this.quarter = quarter;
        this.measure = measure;
        this.unit = unit;
    }

    /** Adds a row; each provider of a group is credited with the whole row, which errs towards withholding. */
    void add(KpiFigures row) {
        contributions += row.contributions();
        total.add(row);
        bySupplier.computeIfAbsent(row.key().supplier(), k -> new Money()).add(row);
        for (String provider : row.key().providers().split(" ")) {
            byProvider.computeIfAbsent(provider, k -> new Money()).add(row);
        }
    }

    /**
     * The rounded figures, or empty when the cell has too few contributors, or when a figure (money or
     * quantity) that is not zero comes from fewer than the minimum of suppliers or providers with a share
     * of it, or one of them gives more than the dominance limit of it.
     */
    Optional<Published> publish(DisclosureRules rules) {
        if (bySupplier.size() < rules.minimumContributors() || byProvider.size() < rules.minimumContributors()
                || unsafe(bySupplier, rules) || unsafe(byProvider, rules)) {
            return Optional.empty();
        }
        BigDecimal quantityBase = "GBP".equals(unit) ? rules.roundingGbp() : rules.roundingQuantity();
        BigDecimal[] money = new BigDecimal[MONEY_FIGURES];
        for (int i = 0; i < MONEY_FIGURES; i++) {
            money[i] = total.unknownSocialValue && Money.isSocialValue(i) ? null : round(total.figures[i], rules.roundingGbp(), 2);
        }
        return Optional.of(new Published(measure, unit, quarter,
                round(BigDecimal.valueOf(contributions), COUNT_BASE, 0).longValueExact(),
                round(total.figures[6], quantityBase, 3), round(total.figures[7], quantityBase, 3),
                round(total.figures[8], quantityBase, 3), money[0], money[1], money[2], money[3], money[4], money[5],
                Set.copyOf(bySupplier.keySet()), Set.copyOf(byProvider.keySet())));
    }

    private boolean unsafe(Map<String, Money> parties, DisclosureRules rules) {
        BigDecimal limit = BigDecimal.valueOf(rules.dominancePercent());
        for (int i = 0; i < FIGURES; i++) {
            if (Money.isSocialValue(i) && total.unknownSocialValue) {
                continue;
            }
            BigDecimal whole = total.figures[i].abs();
            long sharing = 0;
            for (Money party : parties.values()) {
                BigDecimal share = party.figures[i].abs();
                if (share.signum() != 0) {
                    sharing++;
                }
                if (share.multiply(BigDecimal.valueOf(100)).compareTo(whole.multiply(limit)) > 0) {
                    return true;
                }
            }
            if (sharing > 0 && sharing < rules.minimumContributors()) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal round(BigDecimal value, BigDecimal base, int scale) {
        return value.divide(base, 0, RoundingMode.HALF_UP).multiply(base).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * Committed, recorded, confirmed, disputed, gross and net social value (GBP), then committed, recorded
     * and confirmed quantity.
     */
    private static final class Money {
        final BigDecimal[] figures = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        boolean unknownSocialValue;

        static boolean isSocialValue(int figure) {
            return figure == 4 || figure == 5;
        }

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
            figures[6] = figures[6].add(row.committedQuantity());
            figures[7] = figures[7].add(row.recordedQuantity());
            figures[8] = figures[8].add(row.confirmedQuantity());
        }
    }
}
