package org.dualimpact.kernel.spo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Stage 1, drafting: a supplier drafts an SPO (optionally an existing relationship under a named
 * contract) and edits it while it is a draft or endorsed. The reference is issued once, from the
 * territory and year; the territory is part of it and never changes. Every step is journalled.
 */
public final class SpoDrafting {

    private final SpoRepository spos;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final ContentRules rules;
    private final SpoSteps steps;
    private final Clock clock;

    /** One commitment line as a client sends it. */
    public record CommitmentRequest(ContributionType type, BigDecimal quantity, String unit, BigDecimal value,
            SkillLevel skillLevel, String measureCode, String territory, String postcodeDistrict, LocalDate start,
            LocalDate end, Frequency frequency) {
    }

    /** The existing supply contract of an existing relationship, as a client sends it. */
    public record ExistingContractRequest(String buyer, String contractReference, LocalDate start, LocalDate end,
            BigDecimal value) {
    }

    /** The content of a draft or an edit, as a client sends it. */
    public record ContentRequest(String title, String summary, List<String> providers, List<String> provisions,
            String territory, List<CommitmentRequest> commitments) {
    }

    public SpoDrafting(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, Clock clock) {
        this.spos = Objects.requireNonNull(spos);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.rules = new ContentRules(provisions, organisations, territories);
        this.steps = new SpoSteps(spos, journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A supplier drafts an SPO (optionally an existing relationship under a named contract). */
    public Spo draft(Actor actor, ContentRequest request, Optional<ExistingContractRequest> existingRequest) {
        actor.require(Role.SUPPLIER);
        Organisation supplier = Membership.of(actor, organisations, OrganisationKind.SUPPLIER, null);
        Validation validation = new Validation();
        SpoContent content = rules.content(request, validation);
        Optional<ExistingContract> existing = existingRequest.map(e -> rules.existingContract(e, validation));
        validation.throwIfInvalid("invalid-spo", "The SPO cannot be saved as given.");
        rules.checkProvisions(content);
        existing.ifPresent(e -> {
            if (!organisations.find(e.buyer()).map(b -> b.serves(content.territory())).orElse(false)) {
                throw DomainException.ruleViolated("buyer-outside-territory", "Buyer " + e.buyer()
                        + " does not serve territory " + content.territory() + " of this SPO.");
            }
        });
        Territory territory = territories.territory(content.territory()).orElseThrow();
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        long sequence = spos.nextSequence(territory.abbrev(), year);
        while (!SpoReference.issuable(territory.abbrev(), year, sequence)) {
            sequence = spos.nextSequence(territory.abbrev(), year); // about 1 in 37 has no check character
        }
        SpoReference reference = SpoReference.of(territory.abbrev(), year, sequence);
        Spo spo = Spo.draft(reference, supplier.id(), content, existing, actor, now);
        spos.add(spo);
        steps.record(spo.created(actor, now));
        return spo;
    }

    /** The supplier replaces the content of a draft or endorsed proposal; {@code expectedVersion} from If-Match. */
    public Spo edit(Actor actor, SpoReference reference, long expectedVersion, ContentRequest request) {
        Spo spo = steps.visible(actor, reference);
        SpoSteps.requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " edits it.");
        if (spo.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", spo.reference()
                    + " has changed since you read it (version " + spo.version() + ", you sent " + expectedVersion
                    + "). Read it again and reapply your edit.");
        }
        spo.requireAllowed(SpoAction.EDIT);
        Validation validation = new Validation();
        SpoContent content = rules.content(request, validation);
        validation.throwIfInvalid("invalid-spo", "The SPO cannot be saved as given.");
        if (!content.territory().equals(spo.content().orElseThrow().territory())) {
            throw DomainException.ruleViolated("territory-fixed", "The territory of an SPO is part of its reference ("
                    + spo.reference().territoryAbbrev() + ") and cannot change; draft a new SPO instead.");
        }
        rules.checkProvisions(content);
        return steps.apply(spo, spo.edit(content, actor, clock.instant()));
    }
}
