package org.dualimpact.kernel.sroi;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.ScoringRepository;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.scoring.Valuation;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoVisibility;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * SROI of an SPO (each commitment line and the agreement as a whole) and of a bid (its frozen
 * commitment values). An SPO that is part of a bid uses the values frozen in the bid (valued at its date
 * of commitment) unless a catalogue is named; otherwise proxies come from the catalogue named, else the
 * catalogue of the tender the SPO was submitted to; adjustments from the tender where it sets them,
 * else the catalogue. The proxy
 * year is the SPO's date of commitment (submission; creation for a draft). The investment of a line is
 * its declared GBP value (the amount of a financial line); a line without one adds nothing to it.
 */
public final class SroiService {

    private final SpoRepository spos;
    private final TenderRepository tenders;
    private final ScoringRepository scoring;
    private final TenderEvaluation evaluations;
    private final CatalogueService catalogues;
    private final BigDecimal defaultRate;

    public SroiService(SpoRepository spos, TenderRepository tenders, ScoringRepository scoring, TenderEvaluation evaluations,
            CatalogueService catalogues, BigDecimal defaultRate) {
        this.spos = Objects.requireNonNull(spos);
        this.tenders = Objects.requireNonNull(tenders);
        this.scoring = Objects.requireNonNull(scoring);
        this.evaluations = Objects.requireNonNull(evaluations);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.defaultRate = rate(defaultRate);
    }

    public BigDecimal defaultRate() {
        return defaultRate;
    }

    public SroiResult ofSpo(Actor actor, SpoReference reference, Optional<CatalogueId> catalogueId, Optional<BigDecimal> rate) {
        Spo spo = spos.find(reference).filter(s -> SpoVisibility.canSee(actor, s)).orElseThrow(() -> spoNotFound(reference));
        SpoContent content = spo.content().orElseThrow(() -> DomainException.conflict("content-purged", reference
                + " was " + spo.stage().name().toLowerCase() + "; its content has been purged."));
        Optional<TenderScoring> setup = spo.tender().flatMap(scoring::find);
        if (catalogueId.isEmpty()) {
            // in a bid, the commitment was valued at its date of commitment and frozen there: use those figures
            Optional<List<ValuedCommitment>> frozen = spo.tender().flatMap(t -> scoring.bidOf(t, spo.supplier()))
                    .filter(b -> b.spos().contains(spo.reference()))
                    .map(b -> b.commitments().stream().filter(c -> c.spo().equals(spo.reference())).toList());
            if (frozen.isPresent()) {
                return compute(frozen.get(), rate);
            }
        }
        Catalogue catalogue;
        if (catalogueId.isPresent()) {
            catalogue = catalogues.get(actor, catalogueId.get());
        } else {
            catalogue = setup.flatMap(TenderScoring::catalogue).flatMap(id -> catalogues.find(id.value())).orElseThrow(
                    () -> DomainException.ruleViolated("catalogue-required", reference + " was not submitted to a tender "
                            + "with a catalogue: name the catalogue whose proxies value it (?catalogue=CAT-…)."));
        }
        String territory = spo.tender().flatMap(tenders::find).map(t -> t.territory()).orElse(content.territory());
        List<ValuedCommitment> valued = Valuation.value(spo.reference(), content.commitments(),
                spo.submittedAt().orElse(spo.createdAt()).atZone(ZoneOffset.UTC).toLocalDate(), Optional.of(catalogue),
                setup.map(TenderScoring::adjustments).orElse(Adjustments.NONE), setup.map(TenderScoring::benefitYears)
                        .orElse(null), territory);
        return compute(valued, rate);
    }

    /** The refusal of an SPO reference that names no SPO the caller may see. */
    public static DomainException spoNotFound(Object reference) {
        return DomainException.notFound("spo-not-found", "No SPO has the reference " + reference + ".");
    }

    public SroiResult ofBid(Actor actor, TenderReference tender, BidId bidId, Optional<BigDecimal> rate) {
        Bid bid = evaluations.bid(actor, tender, bidId);
        return compute(bid.commitments(), rate);
    }

    /** SROI of any list of valued commitments (a roll-up). */
    public SroiResult compute(List<ValuedCommitment> valued, Optional<BigDecimal> rate) {
        List<SroiInput> inputs = new ArrayList<>();
        List<String> notValued = new ArrayList<>();
        for (ValuedCommitment line : valued) {
            String label = line.spo() + " line " + line.line() + " " + line.measureCode();
            if (line.proxyUsed().isEmpty()) {
                notValued.add(label + ": no proxy value for measure " + line.measureCode());
                continue;
            }
            BigDecimal investment = line.declaredValue() == null ? BigDecimal.ZERO : line.declaredValue().amount();
            inputs.add(new SroiInput(label, line.basis(), line.proxy().gbpPerUnit(), line.adjustments(), line.benefitYears(),
                    investment));
        }
        return Sroi.compute(inputs, rate.map(SroiService::rate).orElse(defaultRate), notValued);
    }

    /** The rate itself if it lies from 0 to 0.25; otherwise a 400 {@code invalid-discount-rate}. */
    public static BigDecimal rate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(Sroi.MAX_RATE) > 0) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-discount-rate", "The discount rate lies "
                    + "from 0 to 0.25 (0.035 is 3.5 %).", List.of(new FieldError("rate", "from 0 to 0.25")));
        }
        return rate;
    }
}
