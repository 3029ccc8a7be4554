package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

/**
 * A supplier bids for a tender while it accepts submissions and once its buyer has set up scoring:
 * one bid per supplier, with a price and the SPOs it submitted to the tender or a reference to other
 * social value evidence. The SPOs' commitments are valued when the bid is made and frozen in it.
 */
public final class BidSubmission {

    private final ScoringRepository scoring;
    private final CatalogueRepository catalogues;
    private final SpoRepository spos;
    private final OrganisationRepository organisations;
    private final ScoringAccess access;
    private final Clock clock;

    /** A bid as its supplier sends it. */
    public record BidRequest(BigDecimal price, List<String> spos, String evidence) {
    }

    public BidSubmission(TenderRepository tenders, ScoringRepository scoring, CatalogueRepository catalogues,
            SpoRepository spos, OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        this.scoring = Objects.requireNonNull(scoring);
        this.catalogues = Objects.requireNonNull(catalogues);
        this.spos = Objects.requireNonNull(spos);
        this.organisations = Objects.requireNonNull(organisations);
        this.access = new ScoringAccess(tenders, scoring, journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A supplier bids: price, and the SPOs it submitted to this tender (all of them when none are
     * named) or a reference to other social value evidence. The SPOs' commitments are valued now, as
     * of each SPO's date of commitment, and frozen in the bid.
     */
    public Bid submitBid(Actor actor, TenderReference reference, BidRequest request) {
        actor.require(Role.SUPPLIER);
        Organisation supplier = Membership.of(actor, organisations, OrganisationKind.SUPPLIER, null);
        Tender tender = access.tender(reference);
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
        access.record(bid.id().value(), "bid", actor, tender.reference().value());
        return bid;
    }
}
