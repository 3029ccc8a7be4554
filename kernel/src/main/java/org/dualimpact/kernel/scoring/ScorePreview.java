package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * A supplier's preview, before it bids, of how its own proposals would be valued under a tender's
 * published scoring: each commitment line valued as a bid made today would be ({@link Valuation}), the
 * criterion it would count towards and each criterion's net value (the rule of {@link Evaluator}), and
 * for marked criteria the scale the evaluators use. Rules: only the supplier's own proposals that are
 * not yet agreements and belong to no other tender; nothing is stored; no figure depends on another bid,
 * so there are no points — in the quantitative method they are relative to the best bid.
 */
public final class ScorePreview {

    private final ScoringRepository scoring;
    private final CatalogueRepository catalogues;
    private final SpoRepository spos;
    private final OrganisationRepository organisations;
    private final ScoringAccess access;
    private final Clock clock;

    /** A criterion with the lines that would count towards it and their net value × local weight. */
    public record CriterionValue(ScoringCriterion criterion, List<ValuedCommitment> lines, BigDecimal netValue) {
    }

    /** The preview: the setup as bidders see it, the date valued at, and the lines by criterion. */
    public record Preview(Tender tender, TenderScoring setup, LocalDate valuedOn, List<ValuedCommitment> lines,
            List<CriterionValue> criteria, List<ValuedCommitment> countingNowhere) {
    }

    public ScorePreview(TenderRepository tenders, ScoringRepository scoring, CatalogueRepository catalogues,
            SpoRepository spos, OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.spos = Objects.requireNonNull(spos);
        this.organisations = Objects.requireNonNull(organisations);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    public Preview preview(Actor actor, TenderReference reference, List<SpoReference> proposals) {
        actor.require(Role.SUPPLIER);
        Organisation supplier = Membership.of(actor, organisations, OrganisationKind.SUPPLIER, null);
        Tender tender = access.tender(reference);
        TenderScoring published = access.setupOf(tender);
        TenderScoring setup = new TenderScoring(published.tender(), published.weights(), published.method(),
                published.perPound(), published.scale(), published.criteria(), published.catalogue(),
                published.adjustments(), published.benefitYears(), Set.of(), published.version());
        if (proposals.isEmpty()) {
            throw DomainException.invalid("no-spo", "Name at least one of your proposals to preview.");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Catalogue> catalogue = setup.catalogue().flatMap(catalogues::find);
        List<ValuedCommitment> lines = new ArrayList<>();
        for (SpoReference ref : proposals) {
            Spo spo = spos.find(ref).filter(s -> s.supplier().equals(supplier.id()))
                    .orElseThrow(() -> DomainException.notFound("spo-not-found", "You have no SPO " + ref + "."));
            if (!spo.stage().isProposal() || spo.tender().filter(t -> !t.equals(tender.reference())).isPresent()) {
                throw DomainException.ruleViolated("spo-not-previewable", ref + " is " + spo.stage().describe()
                        + (spo.tender().isPresent() ? " for " + spo.tender().get() : "")
                        + "; a preview values your proposals not yet agreed and not submitted to another tender.");
            }
            lines.addAll(Valuation.value(spo.reference(), spo.content().orElseThrow().commitments(), today, catalogue,
                    setup.adjustments(), setup.benefitYears(), tender.territory()));
        }
        Map<String, Integer> criterionOf = setup.criterionOfMeasure();
        Map<Integer, List<ValuedCommitment>> byCriterion = new LinkedHashMap<>();
        List<ValuedCommitment> nowhere = new ArrayList<>();
        for (ValuedCommitment line : lines) {
            Integer c = criterionOf.get(line.measureCode().toLowerCase(Locale.ROOT));
            if (c == null || line.netValue() == null) {
                nowhere.add(line);
            } else {
                byCriterion.computeIfAbsent(c, k -> new ArrayList<>()).add(line);
            }
        }
        List<CriterionValue> criteria = new ArrayList<>();
        for (int c = 0; c < setup.criteria().size(); c++) {
            List<ValuedCommitment> counted = byCriterion.getOrDefault(c, List.of());
            BigDecimal net = counted.stream().map(ValuedCommitment::scoringValue).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_EVEN);
            criteria.add(new CriterionValue(setup.criteria().get(c), List.copyOf(counted), net));
        }
        return new Preview(tender, setup, today, List.copyOf(lines), List.copyOf(criteria), List.copyOf(nowhere));
    }
}
