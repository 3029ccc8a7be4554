package org.dualimpact.kernel.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Validation;

/**
 * One measure (a KPI) of a catalogue: what is counted ({@code unit}), the financial proxy of one unit
 * per year with its source, the SDG targets it serves, the award criteria it is linked to (the
 * crosswalk), its SROI adjustments and benefit period, and a local weight (1 unless a buyer targets a
 * local priority).
 *
 * <p>Rules: the code is 1–40 letters, digits or {@code . _ : / -}; at most one proxy per year; SDG
 * targets look like {@code 8.5}, {@code 4.a} or a goal alone ({@code 13}); the local weight lies
 * from 0 to 10 (2 decimals); the benefit period is 1 to 50 years.
 */
public record Measure(String code, String theme, String outcome, String title, String unit, List<ProxyValue> proxies,
        List<String> sdgTargets, List<CriterionLink> criteria, Adjustments adjustments, Integer benefitYears,
        BigDecimal localWeight) {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,39}";
    public static final String SDG_PATTERN = "(1[0-7]|[1-9])(\\.([0-9]{1,2}|[a-d]))?";
    static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

    public Measure {
        if (code == null || !code.strip().matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("a measure code is 1 to 40 letters, digits or . _ : / -");
        }
        code = code.strip();
        theme = Validation.optionalText(theme, "theme", 200);
        outcome = Validation.optionalText(outcome, "outcome", 500);
        title = Validation.requireText(title, "title", 500);
        unit = Validation.requireText(unit, "unit", 40);
        List<ProxyValue> sorted = new ArrayList<>(proxies);
        sorted.sort(Comparator.comparingInt(ProxyValue::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new IllegalArgumentException("two proxy values for " + sorted.get(i).year());
            }
        }
        proxies = List.copyOf(sorted);
        for (String target : sdgTargets) {
            if (!target.matches(SDG_PATTERN)) {
                throw new IllegalArgumentException("an SDG target looks like 8.5, 4.a or 13: " + target);
            }
        }
        sdgTargets = List.copyOf(new LinkedHashSet<>(sdgTargets));
        Set<String> links = new HashSet<>();
        for (CriterionLink link : criteria) {
            if (!links.add(link.toString())) {
                throw new IllegalArgumentException("crosswalk link " + link + " given twice");
            }
        }
        criteria = List.copyOf(criteria);
        adjustments = adjustments == null ? Adjustments.NONE : adjustments;
        if (benefitYears != null && (benefitYears < 1 || benefitYears > 50)) {
            throw new IllegalArgumentException("the benefit period is 1 to 50 years");
        }
        localWeight = weight(localWeight);
    }

    public static BigDecimal weight(BigDecimal weight) {
        if (weight == null) {
            return BigDecimal.ONE;
        }
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a local weight lies from 0 to 10, with at most 2 decimals");
        }
        return weight.stripTrailingZeros().scale() < 0 ? weight.setScale(0) : weight.stripTrailingZeros();
    }

    /**
     * The proxy that applies on a date of a given year: the value of the latest year not after it;
     * when every value is later, the earliest one (the explanation shows which year was used).
     */
    public Optional<ProxyValue> proxyFor(int year) {
        ProxyValue chosen = null;
        for (ProxyValue proxy : proxies) {
            if (proxy.year() <= year) {
                chosen = proxy;
            }
        }
        return Optional.ofNullable(chosen).or(() -> proxies.stream().findFirst());
    }

    public boolean linksTo(String frameworkKey, String criterionId) {
        return criteria.stream().anyMatch(l -> l.framework().equals(frameworkKey) && l.criterion().equals(criterionId));
    }

    /** True when the unit is money: the quantity of a commitment valued by it is its declared GBP value. */
    public boolean isMonetary() {
        return unit.equalsIgnoreCase("GBP") || unit.equals("£");
    }

    public Measure withLocalWeight(BigDecimal weight) {
        return new Measure(code, theme, outcome, title, unit, proxies, sdgTargets, criteria, adjustments, benefitYears, weight);
    }

    /** The same measure with the proxy of that year added or replaced. */
    public Measure withProxy(ProxyValue proxy) {
        List<ProxyValue> changed = new ArrayList<>(proxies);
        changed.removeIf(p -> p.year() == proxy.year());
        changed.add(Objects.requireNonNull(proxy));
        return new Measure(code, theme, outcome, title, unit, changed, sdgTargets, criteria, adjustments, benefitYears,
                localWeight);
    }
}
