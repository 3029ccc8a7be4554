package org.dualimpact.console.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.dualimpact.console.Errors;
import org.dualimpact.console.Page;
import org.dualimpact.kernel.rollup.DisclosureRules;
import org.dualimpact.kernel.rollup.PublicImpactService.MeasureTotals;
import org.dualimpact.kernel.rollup.PublicImpactService.PublicImpact;
import org.dualimpact.kernel.rollup.PublicImpactService.QuarterTotals;
import org.dualimpact.kernel.rollup.PublicImpactService.Totals;
import org.dualimpact.kernel.rollup.Quarter;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

/**
 * The territory page with figures, rendered from the templates compiled by the build: the browser tests
 * cannot easily make figures (only quarters that have ended, with enough suppliers and providers, are
 * published), so the money, "not known" and the rules in words are checked here.
 */
class PublicImpactPageTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Region SOUTH_EAST = new Region("E12000008", "South East", "England");
    private static final Area THAMES_VALLEY = Area.of(
            new Territory("E23000029", "Thames Valley", "E12000008", TerritoryKind.POLICE_FORCE_AREA, "TVP"), SOUTH_EAST);
    private static final DisclosureRules RULES = new DisclosureRules(3, 75, new BigDecimal("100"), BigDecimal.TEN);
    private static final Quarter Q1 = new Quarter(2026, 1);
    private static final Quarter Q2 = new Quarter(2026, 2);

    @Test
    void aTerritoryWithFiguresShowsPoundsNotKnownAndTheRules() {
        String html = render(new ImpactPage(THAMES_VALLEY, new QuarterForm("2026-Q1", ""), figures(), Errors.NONE));

        assertTrue(html.contains("id=\"total-recorded\">£3,100.00<"), html);
        assertTrue(html.contains("id=\"total-committed\">£12,000.00<"), html);
        assertTrue(html.contains("id=\"total-gross\">not known<"), "an unknown social value reads as not known");
        assertTrue(html.contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">£1,800.00</td>"), html);
        assertTrue(html.contains("April to June 2026"), html);
        assertTrue(html.contains("120 hours"), "a quantity with its unit");
        assertTrue(html.contains("£900.00</td>"), "pounds of a GBP measure as money");
        assertTrue(html.contains("Chiltern Facilities") && html.contains("Boxing for Focus"), html);
        assertTrue(html.contains("at least 3 different suppliers and at least 3 different community providers"), html);
        assertTrue(html.contains("more than 75% of any"), html);
        assertTrue(html.contains("rounded to the nearest £100, quantities to the nearest 10"), html);
        assertTrue(html.contains("up to April to June 2026."), html);
        assertTrue(html.contains("From 1 January 2026 to 30 June 2026"), html);
        assertTrue(html.contains("role=\"img\"") && html.contains("<title id=\"quarter-chart-title\">"), html);
        assertTrue(html.contains("href=\"/public/regions/E12000008\""), "a territory links its region");
        assertFalse(html.contains("not yet enough activity"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void noPublishedCellSaysThereIsNotEnoughActivity() {
        PublicImpact none = new PublicImpact("E23000029", "Thames Valley", "territory", Optional.empty(), Q2, RULES,
                totals(0, "0", null), List.of(), List.of(), List.of(), List.of());

        String html = render(new ImpactPage(THAMES_VALLEY, new QuarterForm("", ""), none, Errors.NONE));

        assertTrue(html.contains("There is not yet enough activity in Thames Valley to publish figures"), html);
        assertFalse(html.contains("id=\"totals\""), html);
    }

    @Test
    void anUnreadableQuarterIsMarkedAndKept() {
        Errors errors = new Errors(new QuarterForm("2026-03", "").parse().errors(), Optional.empty());

        String html = render(new ImpactPage(THAMES_VALLEY, new QuarterForm("2026-03", ""), figures(), errors));

        assertEquals(List.of(new FieldError("from", "First quarter must be a quarter written like 2026-Q1")), errors.fields());
        assertTrue(html.contains("<a href=\"#from\">First quarter must be a quarter written like 2026-Q1</a>"), html);
        assertTrue(html.contains("govuk-input--error\" id=\"from\" name=\"from\" type=\"text\" value=\"2026-03\""), html);
        assertFalse(html.contains("id=\"totals\""), "figures shown beside a refused form");
    }

    private static PublicImpact figures() {
        Totals q1 = totals(10, "1300", new BigDecimal("2000"));
        Totals q2 = totals(5, "1800", null);
        return new PublicImpact("E23000029", "Thames Valley", "territory", Optional.of(Q1), Q2, RULES,
                totals(15, "3100", null), List.of(new QuarterTotals(Q1, q1), new QuarterTotals(Q2, q2)),
                List.of(new MeasureTotals("NT1", "GBP", new BigDecimal("900"), new BigDecimal("900"), new BigDecimal("800"),
                                totals(5, "900", new BigDecimal("1500"))),
                        new MeasureTotals("NT3", "hours", new BigDecimal("200"), new BigDecimal("120"), new BigDecimal("100"),
                                totals(10, "2200", null))),
                List.of("Chiltern Facilities", "Thames Works", "Vale Supplies"),
                List.of("Boxing for Focus", "Oxford Larder", "Reading Mentors"));
    }

    private static Totals totals(long contributions, String recorded, BigDecimal social) {
        return new Totals(contributions, new BigDecimal("12000.00"), new BigDecimal(recorded).setScale(2),
                new BigDecimal("1000.00"), new BigDecimal("100.00"), social, social);
    }

    private static String render(ImpactPage page) {
        StringOutput output = new StringOutput();
        TEMPLATES.render("public-impact.jte", Map.of("page", new Page("Thames Valley: social value", "Dual Impact",
                Optional.empty()), "impact", page), output);
        return output.toString();
    }
}
