package org.dualimpact.kernel.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.junit.jupiter.api.Test;

/** The SROI arithmetic against figures computed by hand. */
class SroiTest {

    @Test
    void grossAndNetPresentValuesNpvAndRatiosOverThreeYearsWithDropOff() {
        // 100 hours × £12.21 = £1,221.00 gross; × 0.8 × 0.9 × 0.75 = 0.54 → £659.34 net
        // drop-off 10 %: gross 1221, 1098.90, 989.01; net 659.34, 593.406, 534.0654
        // PV at 3.5 %: gross 1221/1.035 + 1098.9/1.035² + 989.01/1.035³ = 3097.58; net 1672.69
        SroiInput input = new SroiInput("volunteering", new BigDecimal("100"), new BigDecimal("12.21"), new Adjustments(
                new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("0.1")), 3,
                new BigDecimal("500"));
        SroiResult result = Sroi.compute(List.of(input), Sroi.GREEN_BOOK_RATE, List.of());
        SroiResult.Line line = result.lines().get(0);
        assertEquals(new BigDecimal("1221.00"), line.grossFirstYear());
        assertEquals(new BigDecimal("659.34"), line.netFirstYear());
        assertEquals(List.of(new BigDecimal("637.04"), new BigDecimal("553.95"), new BigDecimal("481.70")),
                line.years().stream().map(SroiResult.Year::netPresentValue).toList());
        assertEquals(new BigDecimal("0.966184"), line.years().get(0).discountFactor());
        assertEquals(new BigDecimal("1098.90"), line.years().get(1).gross());
        assertEquals(new BigDecimal("3097.58"), result.grossPresentValue());
        assertEquals(new BigDecimal("1672.69"), result.netPresentValue());
        assertEquals(new BigDecimal("2597.58"), result.grossNpv());
        assertEquals(new BigDecimal("1172.69"), result.netNpv());
        assertEquals(new BigDecimal("6.1952"), result.grossRatio());
        assertEquals(new BigDecimal("3.3454"), result.netRatio());
    }

    @Test
    void withoutInvestmentThereIsNoRatioAndAZeroRateDoesNotDiscount() {
        SroiInput input = new SroiInput("money", new BigDecimal("1000"), BigDecimal.ONE, null, 2, null);
        SroiResult result = Sroi.compute(List.of(input), BigDecimal.ZERO, List.of("x: no proxy"));
        assertEquals(new BigDecimal("2000.00"), result.grossPresentValue());
        assertEquals(new BigDecimal("2000.00"), result.netPresentValue());
        assertNull(result.grossRatio());
        assertEquals(List.of("x: no proxy"), result.notValued());
        assertThrows(IllegalArgumentException.class, () -> Sroi.compute(List.of(input), new BigDecimal("0.3"), List.of()));
    }
}
