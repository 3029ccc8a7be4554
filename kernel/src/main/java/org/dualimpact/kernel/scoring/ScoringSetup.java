package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * How a tender is scored: the buyer sets it up (weights, method, scale, criteria, catalogue,
 * evaluators) while the tender is open and no bid is in, so every bid is scored by the same rules.
 * The setup is public to signed-in users, as bidders must know how they are scored; the evaluators
 * named are shown to the buyer only. Rules: {@link TenderScoring}.
 */
public final class ScoringSetup {

    private final ScoringRepository scoring;
    private final CatalogueRepository catalogues;
    private final ScoringCriteria criteriaRules;
    private final ScoringAccess access;
    private final ScoringPolicy policy;

    /** A criterion as the buyer sends it: framework edition, criterion id, weight, optional measure codes. */
    public record CriterionRequest(String framework, String criterion, BigDecimal weight, List<String> measures) {
    }

    /** The scoring setup as the buyer sends it. */
    public record SetupRequest(BigDecimal priceWeight, BigDecimal qualityWeight, BigDecimal socialValueWeight,
            SocialValueMethod method, Boolean perPound, List<ScaleBand> scale, List<CriterionRequest> criteria,
            String catalogue, Adjustments adjustments, Integer benefitYears, List<String> evaluators) {
    }

    public ScoringSetup(TenderRepository tenders, ScoringRepository scoring, ValueFrameworkRepository frameworks,
            CatalogueRepository catalogues, AuditJournal journal, ScoringPolicy policy, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.criteriaRules = new ScoringCriteria(frameworks);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.policy = Objects.requireNonNull(policy);
    }

    public ScoringPolicy policy() {
        return policy;
    }

    /** The buyer sets (or resets) how its tender is scored; {@code expectedVersion} 0 for a first setup. */
    public TenderScoring configure(Actor actor, TenderReference reference, long expectedVersion, SetupRequest request) {
        Tender tender = access.ownTender(actor, reference);
        if (tender.status() != TenderStatus.OPEN) {
            throw DomainException.conflict("scoring-setup-fixed", "Tender " + reference + " is " + tender.status()
                    + "; its scoring is set up while it is open.");
        }
        if (!scoring.bids(tender.reference()).isEmpty()) {
            throw DomainException.conflict("scoring-setup-fixed", "Tender " + reference + " has bids; its scoring setup is "
                    + "fixed so that every bid is scored by the same rules.");
        }
        Optional<TenderScoring> existing = scoring.find(tender.reference());
        long version = existing.map(TenderScoring::version).orElse(0L);
        if (version != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "The scoring setup of " + reference
                    + " has changed since you read it (version " + version + ", you sent " + expectedVersion + ").");
        }
        Validation validation = new Validation();
        Weights weights = validation.field("weights", () -> new Weights(request.priceWeight(), request.qualityWeight(),
                request.socialValueWeight()));
        validation.require(request.method() != null, "method", "is required: MARKS or QUANTITATIVE");
        MarkingScale scale = request.scale() == null || request.scale().isEmpty() ? MarkingScale.DEFAULT
                : validation.field("scale", () -> new MarkingScale(request.scale()));
        Adjustments adjustments = request.adjustments() == null ? Adjustments.NONE : request.adjustments();
        validation.require(request.benefitYears() == null || request.benefitYears() >= 1 && request.benefitYears() <= 50,
                "benefitYears", "the benefit period is 1 to 50 years");
        Set<String> evaluators = new LinkedHashSet<>();
        List<String> named = request.evaluators() == null ? List.of() : request.evaluators();
        validation.require(named.size() <= 50, "evaluators", "at most 50 evaluators");
        for (int i = 0; i < named.size(); i++) {
            int at = i;
            String user = validation.field("evaluators[" + i + "]", () -> Validation.requireText(named.get(at), "evaluator", 200));
            if (user != null) {
                evaluators.add(user);
            }
        }
        validation.throwIfInvalid("invalid-scoring", "The scoring setup cannot be saved as given.");
        weights.check(policy.minimumSocialValuePercent());

        Optional<Catalogue> catalogue = Optional.empty();
        if (request.catalogue() != null && !request.catalogue().isBlank()) {
            catalogue = (CatalogueId.isValid(request.catalogue()) ? catalogues.find(new CatalogueId(request.catalogue()))
                    : Optional.<Catalogue>empty()).filter(c -> CatalogueService.canSee(actor, c));
            if (catalogue.isEmpty()) {
                throw DomainException.ruleViolated("catalogue-not-found", "No catalogue you can use has the identifier "
                        + request.catalogue() + ".");
            }
        }
        if (request.method() == SocialValueMethod.QUANTITATIVE && catalogue.isEmpty()) {
            throw DomainException.ruleViolated("catalogue-required", "The quantitative method values commitments with a "
                    + "catalogue's proxies: name one.");
        }
        List<ScoringCriterion> criteria = criteriaRules.read(request.criteria() == null ? List.of() : request.criteria(), catalogue);
        if (weights.socialValue().signum() > 0 && criteria.isEmpty()) {
            throw DomainException.ruleViolated("social-value-criteria-required", "Social value weighs "
                    + weights.socialValue().toPlainString() + " %: name at least one social value criterion.");
        }
        BigDecimal sum = criteria.stream().map(ScoringCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!criteria.isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw DomainException.ruleViolated("criterion-weights-not-100", "The social value criteria weigh "
                    + sum.toPlainString() + " % in all; their weights inside the social value part sum to exactly 100 %.");
        }
        TenderScoring setup = new TenderScoring(tender.reference(), weights, request.method(),
                Boolean.TRUE.equals(request.perPound()), scale, criteria, catalogue.map(Catalogue::id), adjustments,
                request.benefitYears(), evaluators, version);
        long stored = scoring.save(setup);
        access.record(tender.reference().value(), "scoring-setup", actor, request.method() + " " + weights.price().toPlainString()
                + "/" + weights.quality().toPlainString() + "/" + weights.socialValue().toPlainString());
        return new TenderScoring(setup.tender(), setup.weights(), setup.method(), setup.perPound(), setup.scale(),
                setup.criteria(), setup.catalogue(), setup.adjustments(), setup.benefitYears(), setup.evaluators(), stored);
    }

    /** A tender's scoring setup; the evaluators named are shown to its buyer only. */
    public TenderScoring setup(Actor actor, TenderReference reference) {
        Tender tender = access.tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElseThrow(() -> DomainException.notFound(
                "scoring-not-configured", "Tender " + reference + " has no scoring setup yet."));
        if (actor.actsFor(tender.buyer().value())) {
            return setup;
        }
        return new TenderScoring(setup.tender(), setup.weights(), setup.method(), setup.perPound(), setup.scale(),
                setup.criteria(), setup.catalogue(), setup.adjustments(), setup.benefitYears(), Set.of(), setup.version());
    }
}
