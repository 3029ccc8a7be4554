package org.dualimpact.console.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;
import org.junit.jupiter.api.Test;

class PreviewFormatsTest {

    private static final CatalogueId CATALOGUE = new CatalogueId("CAT-00000000-0000-0000-0000-000000000001");
    private static final Adjustments TEN_FIVE_ZERO = new Adjustments(new BigDecimal("0.1"), new BigDecimal("0.05"), null, null);

    @Test
    void percentagesHaveNoTrailingZeros() {
        assertEquals("60%", PreviewFormats.percent(new BigDecimal("60.00")));
        assertEquals("12.5%", PreviewFormats.percent(new BigDecimal("12.50")));
        assertEquals("100%", PreviewFormats.percent(new BigDecimal("100")));
        assertEquals("—", PreviewFormats.percent(null));
    }

    @Test
    void theNetShareIsTheProductOfTheAdjustmentsAsAPercentage() {
        assertEquals("85.5%", PreviewFormats.netShare(TEN_FIVE_ZERO), "0.9 × 0.95 × 1");
        assertEquals("100%", PreviewFormats.netShare(Adjustments.NONE));
        assertEquals("68.4%", PreviewFormats.netShare(new Adjustments(new BigDecimal("0.1"), new BigDecimal("0.05"),
                new BigDecimal("0.2"), null)));
        assertEquals("33.33%", PreviewFormats.share(new BigDecimal("0.33333")), "two decimals at most");
        assertEquals("deadweight 10%, displacement 5%, attribution 0%", PreviewFormats.adjustments(TEN_FIVE_ZERO));
    }

    @Test
    void aProxyIsPerOneOfTheUnitOrPerPound() {
        assertEquals("£12.21 per hour", PreviewFormats.perUnit(hours(proxy(), "1221.00", "1043.96")));
        assertEquals("£1.00 per £1", PreviewFormats.perUnit(pounds(proxy())));
        assertEquals("—", PreviewFormats.perUnit(hours(null, null, null)));
        assertEquals("tonne", PreviewFormats.singular("tonnes"));
        assertEquals("unit", PreviewFormats.singular(" "));
        assertEquals("kg CO2e", PreviewFormats.singular("kg CO2e"));
        assertEquals("GBP", PreviewFormats.singular("GBP"));
        assertEquals("class", PreviewFormats.singular("class"));
    }

    @Test
    void aLineCommitsPoundsOrAQuantityInItsUnit() {
        assertEquals("100 hours", PreviewFormats.amount(hours(proxy(), "1221.00", "1043.96")));
        assertEquals("£50.00", PreviewFormats.amount(pounds(null)));
        assertEquals("in kind", PreviewFormats.type(ContributionType.IN_KIND));
    }

    @Test
    void aLineCountsNowhereForWantOfAProxyOrOfACriterion() {
        assertEquals("No proxy in the tender's catalogue values NT1 for a bid made in 2026.",
                PreviewFormats.whyNowhere(pounds(null), true));
        assertEquals("The tender names no catalogue, so no proxy values NT1.", PreviewFormats.whyNowhere(pounds(null), false));
        assertEquals("No criterion of this tender lists the measure DI-ILL-VOL.",
                PreviewFormats.whyNowhere(hours(proxy(), "1221.00", "1043.96"), true));
    }

    @Test
    void aViewLineCarriesEveryFigureWritten() {
        PreviewView.Line line = PreviewView.Line.of(hours(proxy(), "1221.00", "1043.96"), true, true);
        assertTrue(line.valued());
        assertEquals("2025", line.proxyYear());
        assertEquals("Illustrative", line.catalogue());
        assertEquals("£1,221.00", line.grossValue());
        assertEquals("£1,043.96", line.netValue());
        assertEquals("85.5%", line.netShare());
        assertEquals("", line.localWeight());
        assertEquals("", line.why());
        PreviewView.Line unvalued = PreviewView.Line.of(pounds(null), true, false);
        assertFalse(unvalued.valued());
        assertEquals("—", unvalued.netValue());
        assertTrue(unvalued.why().startsWith("No proxy"), unvalued.why());
    }

    private static ValuedCommitment.Proxy proxy() {
        return new ValuedCommitment.Proxy(CATALOGUE, "Illustrative", "Hours of volunteering", 2025,
                new BigDecimal("12.21"), "National Living Wage");
    }

    private static ValuedCommitment hours(ValuedCommitment.Proxy proxy, String gross, String net) {
        return new ValuedCommitment(SpoReference.parse("SPO-TVP-2026-000042-E"), 1, ContributionType.VOLUNTEERING,
                "DI-ILL-VOL", new BigDecimal("100"), "hours", null, "E23000029", null, LocalDate.of(2026, 5, 1), proxy,
                TEN_FIVE_ZERO, 1, BigDecimal.ONE, new BigDecimal("100"), gross == null ? null : new BigDecimal(gross),
                net == null ? null : new BigDecimal(net), true);
    }

    private static ValuedCommitment pounds(ValuedCommitment.Proxy proxy) {
        ValuedCommitment.Proxy pound = proxy == null ? null : new ValuedCommitment.Proxy(CATALOGUE, "Illustrative",
                "Pounds given", 2025, BigDecimal.ONE, "Face value");
        return new ValuedCommitment(SpoReference.parse("SPO-TVP-2026-000042-E"), 2, ContributionType.FINANCIAL, "NT1",
                new BigDecimal("50"), "GBP", new Money(new BigDecimal("50.00")), "E23000029", null, LocalDate.of(2026, 5, 1),
                pound, Adjustments.NONE, 1, BigDecimal.ONE, new BigDecimal("50.00"), pound == null ? null : new BigDecimal("50.00"),
                pound == null ? null : new BigDecimal("50.00"), true);
    }
}
