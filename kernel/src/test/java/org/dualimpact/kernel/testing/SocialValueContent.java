package org.dualimpact.kernel.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.catalogue.CriterionLink;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.AwardCriterion;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.PolicyOutcome;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Theme;

/**
 * Social value content for the kernel's tests, built as the import adapter hands it over: the part of
 * the shipped Social Value Model editions the tests use (same keys, identifiers and unverified flags)
 * and the illustrative catalogue. The import adapter's tests read the shipped files themselves.
 */
public final class SocialValueContent {

    public static final String PPN_0620_EDITION = "Edition 1.1 (3 Dec 2020)";

    private SocialValueContent() {
    }

    /** The shipped editions: PPN 06/20 and PPN 002. */
    public static List<ValueFrameworkDefinition> shipped() {
        return List.of(ppn0620(PPN_0620_EDITION, false), ppn002());
    }

    /**
     * PPN 06/20 as shipped (MAC 2.2, outcome 4 and MAC 8.1 unverified), under an edition label;
     * {@code verified} clears every unverified flag (a corrected file).
     */
    public static ValueFrameworkDefinition ppn0620(String edition, boolean verified) {
        boolean u = !verified;
        return new ValueFrameworkDefinition("ppn-06-20", "The Social Value Model", edition, "Cabinet Office",
                "Open Government Licence v3.0", "Contains public sector information licensed under the Open Government Licence v3.0.",
                List.of("PPN 06/20"), false, 10, null, List.of(
                        new Theme("1", "COVID-19 recovery", null, false, null, false, List.of(outcome("1",
                                "Help local communities to manage and recover from the impact of COVID-19", false,
                                criterion("MAC 1.1", "Create employment, re-training and other return to work opportunities", u)))),
                        new Theme("2", "Tackling economic inequality", null, false, null, false, List.of(outcome("2",
                                "Create new businesses, new jobs and new skills", false,
                                criterion("MAC 2.1", "Create opportunities for entrepreneurship", false),
                                new AwardCriterion("MAC 2.2", "Create employment and training opportunities", "Employment", u,
                                        null, null, List.of())))),
                        new Theme("3", "Fighting climate change", null, false, null, false, List.of(outcome("4",
                                "Effective stewardship of the environment", u,
                                criterion("MAC 4.1", "Deliver additional environmental benefits", u),
                                criterion("MAC 4.2", "Influence staff, suppliers, customers and communities", u)))),
                        new Theme("4", "Equal opportunity", null, false, null, false, List.of(outcome("5",
                                "Reduce the disability employment gap", false,
                                criterion("MAC 5.1", "Demonstrate action to increase the representation of disabled people", false)))),
                        new Theme("5", "Wellbeing", null, false, null, false, List.of(outcome("8",
                                "Improve community integration", false,
                                criterion("MAC 8.1", "Demonstrate collaboration with users and communities", u))))),
                List.of(), List.of());
    }

    /** PPN 002: one mission with criteria 1a (verified) and 1e (unverified). */
    public static ValueFrameworkDefinition ppn002() {
        return new ValueFrameworkDefinition("ppn-002", "PPN 002: The Social Value Model", "February 2025", "Cabinet Office",
                "Open Government Licence v3.0", null, List.of("PPN 002"), false, 10, null, List.of(
                        new Theme("mission-1", "Driving economic growth", null, false, null, false, List.of(outcome("1",
                                "Increase employment", false,
                                criterion("1a", "Create employment opportunities", false),
                                criterion("1e", "Support in-work progression", true))))),
                List.of(), List.of());
    }

    /** The illustrative catalogue (four measures, proxies by year, linked to MAC 8.1 and MAC 4.1). */
    public static CatalogueDefinition illustrative() {
        List<Measure> measures = List.of(
                measure("DI-ILL-VOL", "Communities", "Hours of employee volunteering time given to an audited community provider",
                        "hours", "MAC 8.1", "17.17", proxies("10.42", "11.44", "12.21")),
                measure("DI-ILL-FIN", "Communities", "Money given to an audited community provider", "GBP", "MAC 8.1", "17.17",
                        proxies("1", "1", "1")),
                measure("DI-ILL-INK", "Communities", "Equipment or resources given to an audited community provider, at their "
                        + "declared value", "GBP", "MAC 8.1", "17.17", proxies("1", "1", "1")),
                measure("DI-ILL-CO2", "Environment", "Tonnes of CO2-equivalent emissions avoided in delivering the contract",
                        "tCO2e", "MAC 4.1", "13.2", List.of(new ProxyValue(2021, new BigDecimal("245"), "BEIS 2021"))));
        return new CatalogueDefinition("Dual Impact illustrative catalogue", "2025.1", true, "ILLUSTRATIVE ONLY - not a "
                + "measurement standard.", List.of("GOV.UK National Living Wage rates"), Adjustments.NONE, measures, Map.of());
    }

    private static PolicyOutcome outcome(String id, String title, boolean unverified, AwardCriterion... criteria) {
        return new PolicyOutcome(id, title, null, unverified, null, null, List.of(criteria), List.of());
    }

    private static AwardCriterion criterion(String id, String title, boolean unverified) {
        return new AwardCriterion(id, title, null, unverified, null, null, List.of());
    }

    private static Measure measure(String code, String theme, String title, String unit, String criterion, String sdg,
            List<ProxyValue> proxies) {
        return new Measure(code, theme, null, title, unit, proxies, List.of(sdg), List.of(new CriterionLink("ppn-06-20",
                criterion)), Adjustments.NONE, null, null);
    }

    private static List<ProxyValue> proxies(String y2023, String y2024, String y2025) {
        return List.of(new ProxyValue(2023, new BigDecimal(y2023), "National Living Wage 2023 (GOV.UK)"),
                new ProxyValue(2024, new BigDecimal(y2024), "National Living Wage 2024 (GOV.UK)"),
                new ProxyValue(2025, new BigDecimal(y2025), "National Living Wage 2025 (GOV.UK)"));
    }
}
