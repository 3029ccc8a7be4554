package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.CriterionPlace;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * The use cases of tender scoring.
 *
 * <p><b>Who sees what.</b> A tender's scoring setup (weights, method, scale, criteria) is public to
 * signed-in users: bidders must know how they are scored; the evaluators named are shown to the
 * buyer only. Bids and marks are seen by the users of the tender's buyer and its named evaluators;
 * a supplier sees its own bid; and after award, its own bid's evaluation — never another bid. Anyone
 * else is refused, and a bid another may not see is answered as not found.
 *
 * <p><b>When.</b> The buyer sets up scoring while the tender is open and no bid is in. Suppliers bid
 * while the tender accepts submissions. Quality scores, marks and consensus are entered once the
 * tender is closed (or past its closing date) and until it is awarded; then the evaluation is final.
 */
public final class ScoringService {

    /** The policy settings of scoring. */
    public record Policy(BigDecimal minimumSocialValuePercent) {
        public static final Policy DEFAULT = new Policy(BigDecimal.TEN);

        public Policy {
            Objects.requireNonNull(minimumSocialValuePercent);
            if (minimumSocialValuePercent.signum() < 0 || minimumSocialValuePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("the social value minimum weighting lies from 0 to 100 %");
            }
        }
    }

    /** A criterion as the buyer sends it: framework edition, criterion id, weight, optional measure codes. */
    public record CriterionRequest(String framework, String criterion, BigDecimal weight, List<String> measures) {
    }

    /** The scoring setup as the buyer sends it. */
    public record SetupRequest(BigDecimal priceWeight, BigDecimal qualityWeight, BigDecimal socialValueWeight,
            SocialValueMethod method, Boolean perPound, List<ScaleBand> scale, List<CriterionRequest> criteria,
            String catalogue, Adjustments adjustments, Integer benefitYears, List<String> evaluators) {
    }

    /** A bid as its supplier sends it. */
    public record BidRequest(BigDecimal price, List<String> spos, String evidence) {
    }

    private final TenderRepository tenders;
    private final ScoringRepository scoring;
    private final ValueFrameworkRepository frameworks;
    private final CatalogueRepository catalogues;
    private final SpoRepository spos;
    private final OrganisationRepository organisations;
    private final AuditJournal journal;
    private final EvaluationRenderer renderer;
    private final Policy policy;
    private final Clock clock;

    public ScoringService(TenderRepository tenders, ScoringRepository scoring, ValueFrameworkRepository frameworks,
            CatalogueRepository catalogues, SpoRepository spos, OrganisationRepository organisations, AuditJournal journal,
            EvaluationRenderer renderer, Policy policy, Clock clock) {
        this.tenders = Objects.requireNonNull(tenders);
        this.scoring = Objects.requireNonNull(scoring);
        this.frameworks = Objects.requireNonNull(frameworks);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.spos = Objects.requireNonNull(spos);
        this.organisations = Objects.requireNonNull(organisations);
        this.journal = Objects.requireNonNull(journal);
        this.renderer = Objects.requireNonNull(renderer);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    public Policy policy() {
        return policy;
    }

    // ---------------------------------------------------------------- setup

    /** The buyer sets (or resets) how its tender is scored; {@code expectedVersion} 0 for a first setup. */
    public TenderScoring configure(Actor actor, String reference, long expectedVersion, SetupRequest request) {
        Tender tender = ownTender(actor, reference);
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
        List<ScoringCriterion> criteria = criteria(request.criteria() == null ? List.of() : request.criteria(), catalogue);
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
        record(tender.reference().value(), "scoring-setup", actor, request.method() + " " + weights.price().toPlainString()
                + "/" + weights.quality().toPlainString() + "/" + weights.socialValue().toPlainString());
        return new TenderScoring(setup.tender(), setup.weights(), setup.method(), setup.perPound(), setup.scale(),
                setup.criteria(), setup.catalogue(), setup.adjustments(), setup.benefitYears(), setup.evaluators(), stored);
    }

    private List<ScoringCriterion> criteria(List<CriterionRequest> requests, Optional<Catalogue> catalogue) {
        List<ScoringCriterion> criteria = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CriterionRequest r = requests.get(i);
            String path = "criteria[" + i + "]";
            Optional<ValueFramework> framework = r.framework() != null && ValueFrameworkId.isValid(r.framework())
                    ? frameworks.find(new ValueFrameworkId(r.framework())) : Optional.empty();
            if (framework.isEmpty()) {
                errors.add(new FieldError(path + ".framework", "no social value framework " + r.framework()));
                continue;
            }
            Optional<CriterionPlace> place = framework.get().definition().criterion(r.criterion());
            if (place.isEmpty()) {
                errors.add(new FieldError(path + ".criterion", framework.get().label() + " has no criterion '" + r.criterion()
                        + "'"));
                continue;
            }
            if (!seen.add(r.criterion())) {
                errors.add(new FieldError(path + ".criterion", "criterion " + r.criterion() + " is named twice"));
                continue;
            }
            List<String> measures = new ArrayList<>();
            if (r.measures() != null && !r.measures().isEmpty()) {
                for (String code : r.measures()) {
                    Optional<Measure> measure = catalogue.flatMap(c -> c.measure(code == null ? "" : code));
                    if (measure.isEmpty()) {
                        errors.add(new FieldError(path + ".measures", catalogue.isEmpty() ? "measures need a catalogue"
                                : catalogue.get().label() + " has no measure " + code));
                    } else {
                        measures.add(measure.get().code());
                    }
                }
            } else if (catalogue.isPresent()) {
                String key = framework.get().definition().key();
                catalogue.get().measures().stream().filter(m -> m.linksTo(key, r.criterion()))
                        .forEach(m -> measures.add(m.code()));
            }
            try {
                criteria.add(new ScoringCriterion(framework.get().id(), framework.get().definition().key(),
                        framework.get().label(), r.criterion(), place.get().criterion().title(), place.get().provisional(),
                        r.weight(), measures));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError(path + ".weight", e.getMessage() == null ? "is required" : e.getMessage()));
            }
        }
        if (criteria.size() + errors.size() > 100) {
            errors.add(new FieldError("criteria", "at most 100 criteria"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATED, "invalid-criteria", "The social value criteria "
                    + "cannot be used as given.", errors);
        }
        return criteria;
    }

    /** A tender's scoring setup; the evaluators named are shown to its buyer only. */
    public TenderScoring setup(Actor actor, String reference) {
        Tender tender = tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElseThrow(() -> DomainException.notFound(
                "scoring-not-configured", "Tender " + reference + " has no scoring setup yet."));
        if (actor.actsFor(tender.buyer().value())) {
            return setup;
        }
        return new TenderScoring(setup.tender(), setup.weights(), setup.method(), setup.perPound(), setup.scale(),
                setup.criteria(), setup.catalogue(), setup.adjustments(), setup.benefitYears(), Set.of(), setup.version());
    }

    // ---------------------------------------------------------------- bids

    /**
     * A supplier bids: price, and the SPOs it submitted to this tender (all of them when none are
     * named) or a reference to other social value evidence. The SPOs' commitments are valued now, as
     * of each SPO's date of commitment, and frozen in the bid.
     */
    public Bid submitBid(Actor actor, String reference, BidRequest request) {
        actor.require(Role.SUPPLIER);
        Organisation supplier = Membership.of(actor, organisations, OrganisationKind.SUPPLIER, null);
        Tender tender = tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElseThrow(() -> DomainException.conflict(
                "scoring-not-configured", "Tender " + reference + " takes bids once its buyer has set up scoring."));
        if (!tender.acceptsSubmissions(LocalDate.now(clock))) {
            throw DomainException.conflict("tender-not-open", "Tender " + reference + " accepts no bids now ("
                    + tender.status() + ", closing " + tender.closingDate() + ").");
        }
        if (scoring.bidOf(tender.reference(), supplier.id()).isPresent()) {
            throw DomainException.conflict("bid-exists", supplier.name() + " has already bid for " + reference + ".");
        }
        Validation validation = new Validation();
        Money price = validation.field("price", () -> new Money(Objects.requireNonNull(request.price(), "price is required"))
                .requireNotNegative("price"));
        String evidence = validation.field("evidence", () -> Validation.optionalText(request.evidence(), "evidence", 2000));
        List<String> named = request.spos() == null ? List.of() : request.spos();
        validation.require(named.size() <= 50, "spos", "at most 50 SPOs in a bid");
        validation.throwIfInvalid("invalid-bid", "The bid cannot be registered as given.");
        List<Spo> chosen = new ArrayList<>();
        if (named.isEmpty() && evidence.isEmpty()) {
            spos.ofTender(tender.reference()).stream()
                    .filter(s -> s.supplier().equals(supplier.id()) && s.stage() == SpoStage.SUBMITTED).forEach(chosen::add);
            if (chosen.isEmpty()) {
                throw DomainException.ruleViolated("bid-without-social-value", "A bid carries the SPOs submitted to "
                        + reference + " or a reference to other social value evidence; you have submitted no SPO to it.");
            }
        }
        for (String ref : new LinkedHashSet<>(named)) {
            SpoReference parsed;
            try {
                parsed = SpoReference.parse(ref);
            } catch (IllegalArgumentException e) {
                throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-spo-reference", e.getMessage(),
                        List.of(new FieldError("spos", e.getMessage())));
            }
            Spo spo = spos.find(parsed).orElse(null);
            if (spo == null || !spo.supplier().equals(supplier.id())) {
                throw DomainException.ruleViolated("spo-not-found", "You have no SPO " + ref + ".");
            }
            if (spo.stage() != SpoStage.SUBMITTED || !spo.tender().map(tender.reference()::equals).orElse(false)) {
                throw DomainException.ruleViolated("spo-not-submitted-to-tender", ref + " is " + spo.stage().describe()
                        + "; a bid carries SPOs submitted to " + reference + ".");
            }
            chosen.add(spo);
        }
        Optional<Catalogue> catalogue = setup.catalogue().flatMap(catalogues::find);
        List<ValuedCommitment> valued = new ArrayList<>();
        Set<ProvisionId> provisions = new LinkedHashSet<>();
        for (Spo spo : chosen) {
            SpoContent content = spo.content().orElseThrow();
            LocalDate committedOn = spo.submittedAt().orElse(spo.createdAt()).atZone(ZoneOffset.UTC).toLocalDate();
            valued.addAll(Valuation.value(spo.reference(), content.commitments(), committedOn, catalogue, setup.adjustments(),
                    setup.benefitYears(), tender.territory()));
            provisions.addAll(content.provisions());
        }
        Instant now = clock.instant();
        Bid bid = new Bid(BidId.random(), tender.reference(), supplier.id(), price, chosen.stream().map(Spo::reference).toList(),
                evidence, provisions, valued, now, actor.userId(), null, List.of(), List.of(), 0);
        scoring.addBid(bid);
        record(bid.id().value(), "bid", actor, tender.reference().value());
        return bid;
    }

    /** The bids of a tender: all for its buyer's users and evaluators, its own for a supplier. */
    public List<Bid> bids(Actor actor, String reference) {
        Tender tender = tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElse(null);
        if (isEvaluationTeam(actor, tender, setup)) {
            return scoring.bids(tender.reference());
        }
        if (actor.has(Role.SUPPLIER) && actor.organisationId().isPresent()) {
            return scoring.bids(tender.reference()).stream().filter(b -> actor.actsFor(b.supplier().value())).toList();
        }
        throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference
                + " and its evaluators see its bids.");
    }

    public Bid bid(Actor actor, String reference, String bidId) {
        Tender tender = tender(reference);
        TenderScoring setup = scoring.find(tender.reference()).orElse(null);
        Bid bid = findBid(tender, bidId);
        if (isEvaluationTeam(actor, tender, setup) || actor.has(Role.SUPPLIER) && actor.actsFor(bid.supplier().value())) {
            return bid;
        }
        throw bidNotFound(bidId);
    }

    // ---------------------------------------------------------------- evaluation inputs

    /** The buyer enters a bid's quality score (0–100). */
    public Bid setQuality(Actor actor, String reference, String bidId, long expectedVersion, BigDecimal quality) {
        Tender tender = ownTender(actor, reference);
        requireEvaluationOpen(tender);
        Bid bid = findBid(tender, bidId);
        requireVersion(bid, expectedVersion);
        Validation validation = new Validation();
        validation.field("quality", () -> {
            bid.setQuality(quality);
            return bid;
        });
        validation.throwIfInvalid("invalid-quality", "The quality score cannot be set as given.");
        scoring.updateBid(bid);
        return bid;
    }

    /** An evaluator marks one criterion of a bid on the tender's scale. */
    public Bid mark(Actor actor, String reference, String bidId, long expectedVersion, String criterionId, Integer mark,
            String note) {
        Tender tender = tender(reference);
        TenderScoring setup = setupOf(tender);
        if (!isEvaluator(actor, tender, setup)) {
            throw DomainException.notPermitted("not-an-evaluator", "Only the evaluators of " + reference + " mark its bids.");
        }
        requireEvaluationOpen(tender);
        Bid bid = findBid(tender, bidId);
        requireVersion(bid, expectedVersion);
        checkMark(setup, criterionId, mark);
        Validation validation = new Validation();
        Mark made = validation.field("note", () -> new Mark(criterionId, actor.userId(), mark, note, clock.instant()));
        validation.throwIfInvalid("invalid-mark", "The mark cannot be recorded as given.");
        bid.mark(made);
        scoring.updateBid(bid);
        return bid;
    }

    /** A moderator (a user of the tender's buyer) records the consensus mark of a criterion. */
    public Bid consensus(Actor actor, String reference, String bidId, long expectedVersion, String criterionId, Integer mark,
            String note) {
        Tender tender = ownTender(actor, reference);
        TenderScoring setup = setupOf(tender);
        requireEvaluationOpen(tender);
        Bid bid = findBid(tender, bidId);
        requireVersion(bid, expectedVersion);
        checkMark(setup, criterionId, mark);
        Validation validation = new Validation();
        Consensus agreed = validation.field("note", () -> new Consensus(criterionId, mark, actor.userId(), note,
                clock.instant()));
        validation.throwIfInvalid("invalid-mark", "The consensus cannot be recorded as given.");
        bid.consensus(agreed);
        scoring.updateBid(bid);
        record(bid.id().value(), "consensus", actor, criterionId + "=" + mark);
        return bid;
    }

    private static void checkMark(TenderScoring setup, String criterionId, Integer mark) {
        if (setup.criterion(criterionId).isEmpty()) {
            throw DomainException.notFound("criterion-not-found", "Tender " + setup.tender() + " has no social value "
                    + "criterion '" + criterionId + "'.");
        }
        if (mark == null) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-mark", "A mark is required.",
                    List.of(new FieldError("mark", "is required")));
        }
        if (!setup.scale().allows(mark)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "mark-not-on-scale", mark
                    + " is not a mark of the tender's scale (" + setup.scale().marks() + ").",
                    List.of(new FieldError("mark", "one of " + setup.scale().marks())));
        }
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * The evaluation: in full for the buyer's users and evaluators (at any time, complete or not);
     * for a supplier, its own bid only and only once the tender is awarded.
     */
    public Evaluation evaluation(Actor actor, String reference) {
        Tender tender = tender(reference);
        TenderScoring setup = setupOf(tender);
        if (isEvaluationTeam(actor, tender, setup)) {
            return Evaluator.evaluate(setup, scoring.bids(tender.reference()));
        }
        if (actor.has(Role.SUPPLIER) && actor.organisationId().isPresent()) {
            Bid own = scoring.bids(tender.reference()).stream().filter(b -> actor.actsFor(b.supplier().value())).findFirst()
                    .orElseThrow(() -> DomainException.notFound("bid-not-found", "You have no bid for " + reference + "."));
            if (tender.status() != TenderStatus.AWARDED) {
                throw DomainException.notPermitted("evaluation-not-available", "The evaluation of " + reference
                        + " is shown to bidders after award.");
            }
            return Evaluator.evaluate(setup, scoring.bids(tender.reference())).only(own.id());
        }
        throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference
                + ", its evaluators and, after award, each bidder for its own bid see the evaluation.");
    }

    /** The evaluation as a document (the renderer's media type). */
    public byte[] evaluationDocument(Actor actor, String reference) {
        Evaluation evaluation = evaluation(actor, reference);
        Tender tender = tender(reference);
        return renderer.render(evaluation, tender.title(), isEvaluationTeam(actor, tender, setupOf(tender)));
    }

    public String documentMediaType() {
        return renderer.mediaType();
    }

    // ---------------------------------------------------------------- helpers

    private boolean isEvaluationTeam(Actor actor, Tender tender, TenderScoring setup) {
        return actor.has(Role.BUYER) && (actor.actsFor(tender.buyer().value())
                || setup != null && setup.evaluators().contains(actor.userId()));
    }

    private boolean isEvaluator(Actor actor, Tender tender, TenderScoring setup) {
        if (!actor.has(Role.BUYER)) {
            return false;
        }
        if (setup.evaluators().isEmpty()) {
            return actor.actsFor(tender.buyer().value());
        }
        return setup.evaluators().contains(actor.userId());
    }

    private void requireEvaluationOpen(Tender tender) {
        if (tender.status() == TenderStatus.AWARDED) {
            throw DomainException.conflict("tender-awarded", "Tender " + tender.reference() + " is awarded; its evaluation "
                    + "is final.");
        }
        if (tender.acceptsSubmissions(LocalDate.now(clock))) {
            throw DomainException.conflict("evaluation-not-open", "Tender " + tender.reference() + " still accepts bids "
                    + "until " + tender.closingDate() + "; bids are evaluated once it is closed.");
        }
    }

    private static void requireVersion(Bid bid, long expectedVersion) {
        if (bid.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", bid.id() + " has changed since you read "
                    + "it (version " + bid.version() + ", you sent " + expectedVersion + ").");
        }
    }

    private TenderScoring setupOf(Tender tender) {
        return scoring.find(tender.reference()).orElseThrow(() -> DomainException.notFound("scoring-not-configured",
                "Tender " + tender.reference() + " has no scoring setup yet."));
    }

    private Bid findBid(Tender tender, String bidId) {
        if (!BidId.isValid(bidId)) {
            throw bidNotFound(bidId);
        }
        return scoring.findBid(new BidId(bidId)).filter(b -> b.tender().equals(tender.reference()))
                .orElseThrow(() -> bidNotFound(bidId));
    }

    private static DomainException bidNotFound(String bidId) {
        return DomainException.notFound("bid-not-found", "No bid " + bidId + " is visible to you on this tender.");
    }

    private Tender tender(String reference) {
        if (!TenderReference.isValid(reference)) {
            throw DomainException.notFound("tender-not-found", "No tender has the reference " + reference + ".");
        }
        return tenders.find(new TenderReference(reference)).orElseThrow(() -> DomainException.notFound("tender-not-found",
                "No tender has the reference " + reference + "."));
    }

    private Tender ownTender(Actor actor, String reference) {
        actor.require(Role.BUYER);
        Tender tender = tender(reference);
        if (!actor.actsFor(tender.buyer().value())) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer that opened " + reference + " acts on it.");
        }
        return tender;
    }

    private void record(String subject, String action, Actor actor, String detail) {
        journal.append(new JournalEntry(0, clock.instant(), subject, action, "", "RECORDED", actor.userId(),
                actor.organisationId(), "", detail.length() > 500 ? detail.substring(0, 500) : detail));
    }

}
