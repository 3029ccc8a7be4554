package org.dualimpact.kernel.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SROI arithmetic, for a commitment, an agreement or any roll-up of outcomes:
 *
 * <pre>
 * gross(1)  = basis × proxy
 * net(1)    = gross(1) × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 * v(t)      = v(1) × (1 − drop-off)^(t − 1)          for years t = 1 … n (gross and net alike)
 * PV        = Σ v(t) ÷ (1 + r)^t                    (year 1 is discounted once, as in the SROI guide)
 * NPV       = PV − investment;   SROI ratio = PV ÷ investment
 * </pre>
 *
 * with r the discount rate (default 3.5 %, the HM Treasury Green Book rate). Computed in decimal
 * arithmetic (34 digits), rounded half-even at the end: money to the penny, ratios to 4 decimals.
 */
public final class Sroi {

    /** The Green Book discount rate, the default. */
    public static final BigDecimal GREEN_BOOK_RATE = new BigDecimal("0.035");
    public static final BigDecimal MAX_RATE = new BigDecimal("0.25");
    private static final MathContext MC = MathContext.DECIMAL128;

    private Sroi() {
    }

    /**
     * One outcome already valued for its first year — gross and net GBP, e.g. the social value figures of
     * a roll-up — with its yearly drop-off (0 to 1), how many years it lasts (1 to 50) and the
     * investment it took (GBP; null is 0).
     */
    public record Outcome(String label, BigDecimal grossFirstYear, BigDecimal netFirstYear, BigDecimal dropOff, int years,
            BigDecimal investment) {
        public Outcome {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(grossFirstYear, "grossFirstYear");
            Objects.requireNonNull(netFirstYear, "netFirstYear");
            dropOff = dropOff == null ? BigDecimal.ZERO : dropOff;
            if (dropOff.signum() < 0 || dropOff.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("the drop-off is a fraction from 0 to 1");
            }
            if (years < 1 || years > 50) {
                throw new IllegalArgumentException("an outcome lasts 1 to 50 years");
            }
            investment = investment == null ? BigDecimal.ZERO : investment;
        }
    }

    /** SROI of outcomes valued by proxy: gross(1) = basis × proxy, net(1) = gross(1) × the net factor of the adjustments. */
    public static SroiResult compute(List<SroiInput> inputs, BigDecimal rate, List<String> notValued) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SroiInput in : inputs) {
            BigDecimal gross1 = in.basis().multiply(in.proxy(), MC);
            BigDecimal net1 = gross1.multiply(in.adjustments().netFactor(), MC);
            outcomes.add(new Outcome(in.label(), gross1, net1, in.adjustments().dropOff(), in.years(), in.investment()));
        }
        return computeOutcomes(outcomes, rate, notValued);
    }

    /** SROI of outcomes whose first-year gross and net values are already known. */
    public static SroiResult computeOutcomes(List<Outcome> outcomes, BigDecimal rate, List<String> notValued) {
        if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
            throw new IllegalArgumentException("the discount rate lies from 0 to 0.25 (0.035 is 3.5 %)");
        }
        List<SroiResult.Line> lines = new ArrayList<>();
        BigDecimal grossPv = BigDecimal.ZERO;
        BigDecimal netPv = BigDecimal.ZERO;
        BigDecimal investment = BigDecimal.ZERO;
        BigDecimal onePlusRate = BigDecimal.ONE.add(rate);
        for (Outcome in : outcomes) {
            BigDecimal gross1 = in.grossFirstYear();
            BigDecimal net1 = in.netFirstYear();
            BigDecimal keep = BigDecimal.ONE.subtract(in.dropOff());
            List<SroiResult.Year> years = new ArrayList<>();
            BigDecimal lineGross = BigDecimal.ZERO;
            BigDecimal lineNet = BigDecimal.ZERO;
            BigDecimal decay = BigDecimal.ONE;
            for (int t = 1; t <= in.years(); t++) {
                BigDecimal factor = BigDecimal.ONE.divide(onePlusRate.pow(t, MC), MC);
                BigDecimal g = gross1.multiply(decay, MC);
                BigDecimal n = net1.multiply(decay, MC);
                BigDecimal gPv = g.multiply(factor, MC);
                BigDecimal nPv = n.multiply(factor, MC);
                lineGross = lineGross.add(gPv, MC);
                lineNet = lineNet.add(nPv, MC);
                years.add(new SroiResult.Year(t, money(g), money(n), factor.setScale(6, RoundingMode.HALF_EVEN), money(gPv),
                        money(nPv)));
                decay = decay.multiply(keep, MC);
            }
            lines.add(new SroiResult.Line(in.label(), money(gross1), money(net1), in.dropOff(), years,
                    money(lineGross), money(lineNet), money(in.investment())));
            grossPv = grossPv.add(lineGross, MC);
            netPv = netPv.add(lineNet, MC);
            investment = investment.add(in.investment(), MC);
        }
        BigDecimal grossRatio = investment.signum() == 0 ? null : grossPv.divide(investment, 4, RoundingMode.HALF_EVEN);
        BigDecimal netRatio = investment.signum() == 0 ? null : netPv.divide(investment, 4, RoundingMode.HALF_EVEN);
        return new SroiResult(rate, lines, money(grossPv), money(netPv), money(investment), money(grossPv.subtract(investment)),
                money(netPv.subtract(investment)), grossRatio, netRatio, notValued);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
