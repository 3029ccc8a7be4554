package org.dualimpact.wiring;

import java.math.BigDecimal;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.rollup.CatalogueMeasureReference;
import org.dualimpact.kernel.rollup.KpiAccess;
import org.dualimpact.kernel.rollup.DisclosureRules;
import org.dualimpact.kernel.rollup.KpiRepository;
import org.dualimpact.kernel.rollup.KpiService;
import org.dualimpact.kernel.rollup.KpiSroiService;
import org.dualimpact.kernel.rollup.PublicImpactService;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.BidMarking;
import org.dualimpact.kernel.scoring.BidSubmission;
import org.dualimpact.kernel.scoring.MarkSheets;
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.scoring.ScoringPolicy;
import org.dualimpact.kernel.scoring.ScoringSetup;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.sroi.SroiService;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the social value kernel services (frameworks, catalogues, scoring, SROI, mappings, and the KPI
 * roll-up's read side, which values SROI with the catalogues). Policy
 * settings are configuration: {@code dualimpact.scoring.minimum-social-value-percent} (environment
 * {@code DUALIMPACT_SCORING_MINIMUM_SOCIAL_VALUE_PERCENT}, default 10, the PPN 06/20 and PPN 002 minimum)
 * and {@code dualimpact.sroi.discount-rate} (default 0.035, the Green Book rate).
 *
 * <p>Application-scoped, so the settings are read once: as a dependent bean, a new instance read them
 * from MicroProfile Config (and the environment) for every service it produced, that is for every
 * request to a resource injecting one.
 */
@ApplicationScoped
public class ScoringServices {

    public static final String MINIMUM_SOCIAL_VALUE = "dualimpact.scoring.minimum-social-value-percent";
    public static final String DISCOUNT_RATE = "dualimpact.sroi.discount-rate";
    public static final String PUBLIC_MINIMUM_CONTRIBUTORS = "dualimpact.public.minimum-contributors";
    public static final String PUBLIC_DOMINANCE_PERCENT = "dualimpact.public.dominance-percent";
    public static final String PUBLIC_ROUNDING_GBP = "dualimpact.public.rounding-gbp";
    public static final String PUBLIC_ROUNDING_QUANTITY = "dualimpact.public.rounding-quantity";

    @Inject
    @ConfigProperty(name = MINIMUM_SOCIAL_VALUE, defaultValue = "10")
    String minimumSocialValue;

    @Inject
    @ConfigProperty(name = DISCOUNT_RATE, defaultValue = "0.035")
    String discountRate;

    @Inject
    @ConfigProperty(name = PUBLIC_MINIMUM_CONTRIBUTORS, defaultValue = "3")
    String publicMinimumContributors;

    @Inject
    @ConfigProperty(name = PUBLIC_DOMINANCE_PERCENT, defaultValue = "75")
    String publicDominancePercent;

    @Inject
    @ConfigProperty(name = PUBLIC_ROUNDING_GBP, defaultValue = "100")
    String publicRoundingGbp;

    @Inject
    @ConfigProperty(name = PUBLIC_ROUNDING_QUANTITY, defaultValue = "10")
    String publicRoundingQuantity;

    @Produces
    @Dependent
    ValueFrameworkService valueFrameworkService(ValueFrameworkRepository frameworks, Clock clock) {
        return new ValueFrameworkService(frameworks, clock);
    }

    @Produces
    @Dependent
    CatalogueService catalogueService(CatalogueRepository catalogues, ValueFrameworkRepository frameworks,
            OrganisationRepository organisations, Clock clock) {
        return new CatalogueService(catalogues, frameworks, organisations, clock);
    }

    @Produces
    @Dependent
    ScoringSetup scoringSetup(TenderRepository tenders, ScoringRepository scoring, ValueFrameworkRepository frameworks,
            CatalogueRepository catalogues, AuditJournal journal, Clock clock) {
        return new ScoringSetup(tenders, scoring, frameworks, catalogues, journal,
                new ScoringPolicy(decimal(MINIMUM_SOCIAL_VALUE, minimumSocialValue)), clock);
    }

    @Produces
    @Dependent
    BidSubmission bidSubmission(TenderRepository tenders, ScoringRepository scoring, CatalogueRepository catalogues,
            SpoRepository spos, OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        return new BidSubmission(tenders, scoring, catalogues, spos, organisations, journal, clock);
    }

    @Produces
    @Dependent
    ScorePreview scorePreview(TenderRepository tenders, ScoringRepository scoring, CatalogueRepository catalogues,
            SpoRepository spos, OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        return new ScorePreview(tenders, scoring, catalogues, spos, organisations, journal, clock);
    }

    @Produces
    @Dependent
    BidMarking bidMarking(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        return new BidMarking(tenders, scoring, journal, clock);
    }

    @Produces
    @Dependent
    MarkSheets markSheets(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal, Clock clock) {
        return new MarkSheets(tenders, scoring, journal, clock);
    }

    @Produces
    @Dependent
    TenderEvaluation tenderEvaluation(TenderRepository tenders, ScoringRepository scoring, AuditJournal journal,
            Clock clock) {
        return new TenderEvaluation(tenders, scoring, journal, clock);
    }

    @Produces
    @Dependent
    SroiService sroiService(SpoRepository spos, TenderRepository tenders, ScoringRepository scoring,
            TenderEvaluation evaluations, CatalogueService catalogues) {
        return new SroiService(spos, tenders, scoring, evaluations, catalogues, decimal(DISCOUNT_RATE, discountRate));
    }

    /**
     * The roll-up read side, with SROI of any roll-up: benefit periods and drop-offs of measures from the
     * catalogue that applies to each code ({@link CatalogueMeasureReference}, the same rule as the
     * {@code kpi-rollup} job's; read only when an SROI is asked for), discounted at the configured rate.
     */
    @Produces
    @Dependent
    KpiAccess kpiAccess(OrganisationRepository organisations, TerritoryRepository territories) {
        return new KpiAccess(organisations, territories);
    }

    @Produces
    @Dependent
    KpiService kpiService(KpiRepository kpis, KpiAccess access) {
        return new KpiService(kpis, access);
    }

    @Produces
    @Dependent
    KpiSroiService kpiSroiService(KpiRepository kpis, KpiAccess access, CatalogueRepository catalogues) {
        return new KpiSroiService(kpis, access, new CatalogueMeasureReference(catalogues), decimal(DISCOUNT_RATE, discountRate));
    }

    @Produces
    @Dependent
    PublicImpactService publicImpactService(KpiRepository kpis, OrganisationRepository organisations,
            TerritoryRepository territories, Clock clock) {
        DisclosureRules rules;
        try {
            rules = new DisclosureRules(Integer.parseInt(publicMinimumContributors.strip()),
                    Integer.parseInt(publicDominancePercent.strip()), decimal(PUBLIC_ROUNDING_GBP, publicRoundingGbp),
                    decimal(PUBLIC_ROUNDING_QUANTITY, publicRoundingQuantity));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the public pages' disclosure settings (dualimpact.public.*) are invalid: "
                    + e.getMessage(), e);
        }
        return new PublicImpactService(kpis, organisations, territories, rules, clock);
    }

    private static BigDecimal decimal(String name, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a decimal number, not '" + value + "'", e);
        }
    }
}
