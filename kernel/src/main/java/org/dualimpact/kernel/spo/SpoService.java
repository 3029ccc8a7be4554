package org.dualimpact.kernel.spo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The use cases of the SPO lifecycle. Every operation takes the {@link Actor}; it first checks the
 * actor may see the SPO (else "not found", exactly as for an unknown reference), then that the actor's
 * organisation is the party the step belongs to (else "not permitted"), then lets the {@link Spo}
 * guard its state (else "conflict", naming the current stage and the allowed actions). Every
 * transition is appended to the audit journal in the same transaction.
 */
public final class SpoService {

    private final SpoRepository spos;
    private final ProvisionRepository provisions;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final TenderRepository tenders;
    private final AuditJournal journal;
    private final DocumentRenderer renderer;
    private final Clock clock;

    public SpoService(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, TenderRepository tenders, AuditJournal journal, DocumentRenderer renderer,
            Clock clock) {
        this.spos = Objects.requireNonNull(spos);
        this.provisions = Objects.requireNonNull(provisions);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.tenders = Objects.requireNonNull(tenders);
        this.journal = Objects.requireNonNull(journal);
        this.renderer = Objects.requireNonNull(renderer);
        this.clock = Objects.requireNonNull(clock);
    }

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

    /** The contract a buyer attaches an agreement to. */
    public record ContractRequest(String contractReference, LocalDate start, LocalDate end, BigDecimal value) {
    }

    // ---------------------------------------------------------------- stage 1: proposal

    /** A supplier drafts an SPO (optionally an existing relationship under a named contract). */
    public Spo draft(Actor actor, ContentRequest request, Optional<ExistingContractRequest> existingRequest) {
        actor.require(Role.SUPPLIER);
        Organisation supplier = Membership.of(actor, organisations, OrganisationKind.SUPPLIER, null);
        Validation validation = new Validation();
        SpoContent content = content(request, validation);
        Optional<ExistingContract> existing = existingRequest.map(e -> existingContract(e, validation));
        validation.throwIfInvalid("invalid-spo", "The SPO cannot be saved as given.");
        checkProvisions(content);
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
        record(spo.created(actor, now));
        return spo;
    }

    /** The supplier replaces the content of a draft or endorsed proposal; {@code expectedVersion} from If-Match. */
    public Spo edit(Actor actor, String reference, long expectedVersion, ContentRequest request) {
        Spo spo = visible(actor, reference);
        requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " edits it.");
        if (spo.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", spo.reference()
                    + " has changed since you read it (version " + spo.version() + ", you sent " + expectedVersion
                    + "). Read it again and reapply your edit.");
        }
        spo.requireAllowed(SpoAction.EDIT);
        Validation validation = new Validation();
        SpoContent content = content(request, validation);
        validation.throwIfInvalid("invalid-spo", "The SPO cannot be saved as given.");
        if (!content.territory().equals(spo.content().orElseThrow().territory())) {
            throw DomainException.ruleViolated("territory-fixed", "The territory of an SPO is part of its reference ("
                    + spo.reference().territoryAbbrev() + ") and cannot change; draft a new SPO instead.");
        }
        checkProvisions(content);
        return apply(spo, spo.edit(content, actor, clock.instant()));
    }

    /** A named provider endorses the proposal. */
    public Spo endorse(Actor actor, String reference) {
        Spo spo = visible(actor, reference);
        return apply(spo, spo.endorse(Membership.idOf(actor), actor, clock.instant()));
    }

    /**
     * The supplier submits an endorsed proposal to an open tender, or — an existing relationship —
     * for signature (no tender).
     */
    public Spo submit(Actor actor, String reference, Optional<String> tenderReference) {
        Spo spo = visible(actor, reference);
        requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " submits it.");
        spo.requireAllowed(SpoAction.SUBMIT);
        Instant now = clock.instant();
        if (spo.isExistingRelationship()) {
            if (tenderReference.isPresent()) {
                throw DomainException.invalid("tender-not-expected", spo.reference()
                        + " is an existing relationship under a named contract: submit it without a tender.");
            }
            checkProvisions(spo.content().orElseThrow());
            return apply(spo, spo.submitForSignature(actor, now));
        }
        String tenderText = tenderReference.orElseThrow(() -> DomainException.invalid("tender-required",
                "Name the tender to submit " + spo.reference() + " to."));
        if (!TenderReference.isValid(tenderText)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-tender-reference",
                    "'" + tenderText + "' is not a tender reference like TND-TVP-2026-0001.",
                    List.of(new org.dualimpact.kernel.shared.FieldError("tender", "not a tender reference")));
        }
        Tender tender = tenders.find(new TenderReference(tenderText)).orElseThrow(() -> DomainException.ruleViolated(
                "tender-not-found", "There is no tender " + tenderText + "."));
        if (!tender.acceptsSubmissions(LocalDate.now(clock))) {
            throw DomainException.conflict("tender-not-open", "Tender " + tenderText + " is " + tender.status()
                    + (tender.status() == org.dualimpact.kernel.tender.TenderStatus.OPEN ? " but closed on "
                            + tender.closingDate() : "") + "; it accepts no submissions.");
        }
        if (!tender.territory().equals(spo.content().map(SpoContent::territory).orElse(""))) {
            throw DomainException.ruleViolated("territory-mismatch", "Tender " + tenderText + " is in territory "
                    + tender.territory() + "; " + spo.reference() + " is for another territory.");
        }
        checkProvisions(spo.content().orElseThrow());
        return apply(spo, spo.submit(tender.reference(), tender.buyer(), actor, now));
    }

    /** The supplier withdraws a proposal that was not awarded; the content is purged. */
    public Spo withdraw(Actor actor, String reference) {
        Spo spo = visible(actor, reference);
        requireParty(actor, spo.supplier(), "Only the supplier of " + spo.reference() + " withdraws it.");
        return apply(spo, spo.withdraw(actor, clock.instant()));
    }

    /** The nightly job expires a stale proposal; the content is purged. */
    public Spo expire(Actor system, String reference) {
        system.require(Role.OPERATOR, Role.ADMIN);
        Spo spo = spos.find(parse(reference)).orElseThrow(() -> notFound(reference));
        return apply(spo, spo.expire(system, clock.instant()));
    }

    /**
     * The proposals the nightly expiry job deletes: a draft or endorsed proposal created more than
     * {@code draftDays} ago; a submitted one more than {@code submittedDays} after its tender was
     * awarded (to someone else) or, if not awarded, after its closing date.
     */
    public List<String> staleProposals(int draftDays, int submittedDays) {
        if (draftDays < 0 || submittedDays < 0) {
            throw DomainException.invalid("invalid-retention", "Retention periods are 0 days or more.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<String> stale = new ArrayList<>();
        for (SpoReference reference : spos.proposals()) {
            Spo spo = spos.find(reference).orElse(null);
            if (spo == null || !spo.stage().isProposal()) {
                continue;
            }
            boolean expired;
            if (spo.stage() == SpoStage.SUBMITTED) {
                Tender tender = spo.tender().flatMap(tenders::find).orElse(null);
                expired = tender != null && tender.awardedAt()
                        .map(at -> at.plus(java.time.Duration.ofDays(submittedDays)).isBefore(now))
                        .orElse(tender.closingDate().plusDays(submittedDays).isBefore(today));
            } else {
                expired = spo.createdAt().plus(java.time.Duration.ofDays(draftDays)).isBefore(now);
            }
            if (expired) {
                stale.add(reference.value());
            }
        }
        return stale;
    }

    // ---------------------------------------------------------------- stage 2–4: agreement

    /** Supplier or provider signs the agreement for its organisation. */
    public Spo sign(Actor actor, String reference) {
        Spo spo = visible(actor, reference);
        return apply(spo, spo.sign(Membership.idOf(actor), actor, clock.instant()));
    }

    /** The buyer attaches the signed agreement to its supply contract. */
    public Spo attachContract(Actor actor, String reference, ContractRequest request) {
        Spo spo = visible(actor, reference);
        requireBuyer(actor, spo);
        Validation validation = new Validation();
        ContractAttachment attachment = validation.field("contract", () -> new ContractAttachment(
                request.contractReference(), request.start(), request.end(),
                request.value() == null ? null : new Money(request.value()), Membership.idOf(actor), actor.userId(), clock.instant()));
        validation.throwIfInvalid("invalid-contract", "The contract cannot be attached as given.");
        return apply(spo, spo.attachContract(attachment, actor, clock.instant()));
    }

    /** The buyer records the post-contract review. */
    public Spo review(Actor actor, String reference, ReviewVerdict verdict, String notes) {
        Spo spo = visible(actor, reference);
        requireBuyer(actor, spo);
        Validation validation = new Validation();
        Review review = validation.field("verdict", () -> new Review(verdict, notes, Membership.idOf(actor), actor.userId(),
                clock.instant()));
        validation.throwIfInvalid("invalid-review", "The review cannot be recorded as given.");
        return apply(spo, spo.review(review, LocalDate.now(clock), actor, clock.instant()));
    }

    /** A provider adds its validation of delivery. */
    public Spo validate(Actor actor, String reference, ReviewVerdict verdict, String notes) {
        Spo spo = visible(actor, reference);
        Validation validation = new Validation();
        ProviderValidation providerValidation = validation.field("verdict", () -> new ProviderValidation(Membership.idOf(actor),
                verdict, notes, actor.userId(), clock.instant()));
        validation.throwIfInvalid("invalid-validation", "The validation cannot be recorded as given.");
        return apply(spo, spo.validate(providerValidation, actor, clock.instant()));
    }

    // ---------------------------------------------------------------- reads

    public Spo get(Actor actor, String reference) {
        return visible(actor, reference);
    }

    /** The SPOs the caller's organisation is a party to, or (buyers) that were submitted to it. */
    public List<Spo> mine(Actor actor) {
        Set<Spo> result = new LinkedHashSet<>();
        actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new).ifPresent(org -> {
            result.addAll(spos.ofParty(org));
            if (actor.has(Role.BUYER)) {
                spos.submittedTo(org).stream().filter(s -> s.stage().isSubmittedOrLater()).forEach(result::add);
            }
        });
        return result.stream().filter(s -> SpoVisibility.canSee(actor, s))
                .sorted(Comparator.comparing(Spo::createdAt).reversed()).toList();
    }

    public List<JournalEntry> history(Actor actor, String reference) {
        SpoReference parsed = parse(reference);
        Spo spo = spos.find(parsed).filter(s -> SpoVisibility.canReadHistory(actor, s)).orElseThrow(() -> notFound(reference));
        return journal.about(spo.reference().value());
    }

    /** The summary any buyer may see of a contracted agreement, by its reference. */
    public Spo verification(Actor actor, String reference) {
        SpoReference parsed = parse(reference);
        return spos.find(parsed).filter(s -> SpoVisibility.canVerify(actor, s)).orElseThrow(() -> notFound(reference));
    }

    /** The proposal or agreement document, with its content hash. */
    public byte[] document(Actor actor, String reference) {
        Spo spo = visible(actor, reference);
        SpoContent content = spo.content().orElseThrow(() -> DomainException.conflict("content-purged", spo.reference()
                + " was " + spo.stage().name().toLowerCase() + "; its content has been purged and no document exists."));
        Organisation supplier = organisations.find(spo.supplier()).orElseThrow();
        List<Organisation> providerOrgs = content.providers().stream().map(p -> organisations.find(p).orElseThrow())
                .sorted(Comparator.comparing(Organisation::name)).toList();
        List<Provision> provisionList = content.provisions().stream().map(p -> provisions.find(p).orElseThrow())
                .sorted(Comparator.comparing(Provision::title)).toList();
        Territory territory = territories.territory(content.territory()).orElseThrow();
        return renderer.render(new SpoDocument(spo, supplier, providerOrgs, provisionList, territory, spo.currentHash()));
    }

    public String documentMediaType() {
        return renderer.mediaType();
    }

    // ---------------------------------------------------------------- helpers

    private Spo visible(Actor actor, String reference) {
        SpoReference parsed = parse(reference);
        return spos.find(parsed).filter(s -> SpoVisibility.canSee(actor, s)).orElseThrow(() -> notFound(reference));
    }

    /** A malformed reference (including a wrong check character) is a bad request, not "not found". */
    public static SpoReference parse(String reference) {
        try {
            return SpoReference.parse(reference);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-spo-reference", e.getMessage() + ".");
        }
    }

    private static DomainException notFound(String reference) {
        return DomainException.notFound("spo-not-found", "No SPO " + reference + " is visible to you.");
    }

    private Spo apply(Spo spo, SpoEvent event) {
        spos.update(spo);
        record(event);
        return spo;
    }

    private void record(SpoEvent event) {
        journal.append(new JournalEntry(0, event.at(), event.reference().value(), event.action().label(),
                event.from() == null ? "" : event.from().name(), event.to().name(), event.actor(), event.organisation(),
                event.contentHash(), event.detail()));
    }

    private static void requireParty(Actor actor, OrganisationId party, String message) {
        if (!actor.actsFor(party.value())) {
            throw DomainException.notPermitted("not-the-party", message);
        }
    }

    private static void requireBuyer(Actor actor, Spo spo) {
        if (spo.buyer().isEmpty() || !actor.actsFor(spo.buyer().get().value())) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer " + spo.reference()
                    + " was submitted to acts on it.");
        }
    }

    private SpoContent content(ContentRequest request, Validation validation) {
        if (request == null) {
            validation.reject("body", "the SPO content is required");
            return null;
        }
        Set<OrganisationId> providerIds = new LinkedHashSet<>();
        List<String> providerList = request.providers() == null ? List.of() : request.providers();
        for (int i = 0; i < providerList.size(); i++) {
            int index = i;
            OrganisationId id = validation.field("providers[" + i + "]", () -> new OrganisationId(providerList.get(index)));
            if (id != null) {
                Optional<Organisation> provider = organisations.find(id);
                if (provider.isEmpty() || provider.get().kind() != OrganisationKind.PROVIDER) {
                    validation.reject("providers[" + i + "]", id + " is not a registered community provider");
                } else {
                    providerIds.add(id);
                }
            }
        }
        Set<ProvisionId> provisionIds = new LinkedHashSet<>();
        List<String> provisionList = request.provisions() == null ? List.of() : request.provisions();
        for (int i = 0; i < provisionList.size(); i++) {
            int index = i;
            ProvisionId id = validation.field("provisions[" + i + "]", () -> new ProvisionId(provisionList.get(index)));
            if (id != null) {
                provisionIds.add(id);
            }
        }
        String territory = request.territory();
        if (territory == null || territories.territory(territory).isEmpty()) {
            validation.reject("territory", "unknown territory code " + territory);
        }
        List<Commitment> commitments = new ArrayList<>();
        List<CommitmentRequest> lines = request.commitments() == null ? List.of() : request.commitments();
        for (int i = 0; i < lines.size(); i++) {
            CommitmentRequest line = lines.get(i);
            String field = "commitments[" + i + "]";
            if (line == null) {
                validation.reject(field, "a commitment line is required");
                continue;
            }
            String place = line.territory() == null ? territory : line.territory();
            if (place != null && territories.territory(place).isEmpty()) {
                validation.reject(field + ".territory", "unknown territory code " + place);
            }
            Money value = line.value() == null ? null : validation.field(field + ".value", () -> new Money(line.value()));
            if (line.value() != null && value == null) {
                continue;
            }
            Commitment commitment = validation.field(field, () -> new Commitment(line.type(), line.quantity(), line.unit(),
                    value, line.skillLevel(), line.measureCode(), place, line.postcodeDistrict(), line.start(), line.end(),
                    line.frequency()));
            if (commitment != null) {
                commitments.add(commitment);
            }
        }
        if (!validation.ok()) {
            return null;
        }
        return validation.field("body", () -> new SpoContent(request.title(), request.summary(), providerIds,
                provisionIds, territory, commitments));
    }

    private ExistingContract existingContract(ExistingContractRequest request, Validation validation) {
        OrganisationId buyer = validation.field("existingContract.buyer", () -> new OrganisationId(request.buyer()));
        if (buyer != null && organisations.find(buyer).map(o -> o.kind() != OrganisationKind.BUYER).orElse(true)) {
            validation.reject("existingContract.buyer", request.buyer() + " is not a registered buyer");
            return null;
        }
        Money value = request.value() == null ? null
                : validation.field("existingContract.value", () -> new Money(request.value()));
        return validation.field("existingContract", () -> new ExistingContract(buyer, request.contractReference(),
                request.start(), request.end(), value));
    }

    /** Provisions must exist, be audited, belong to a named provider, and every provider must offer one. */
    private void checkProvisions(SpoContent content) {
        Set<OrganisationId> offering = new HashSet<>();
        for (ProvisionId id : content.provisions()) {
            Provision provision = provisions.find(id).orElseThrow(() -> DomainException.ruleViolated("provision-not-found",
                    "There is no provision " + id + "."));
            if (!provision.isAudited()) {
                throw DomainException.ruleViolated("provision-not-audited", "Provision " + id + " is "
                        + provision.status() + "; only audited provisions can receive SPOs.");
            }
            if (!content.providers().contains(provision.provider())) {
                throw DomainException.ruleViolated("provision-of-another-provider", "Provision " + id
                        + " belongs to " + provision.provider() + ", who is not named in the SPO.");
            }
            if (!provision.serves(content.territory())) {
                throw DomainException.ruleViolated("provision-outside-territory", "Provision " + id
                        + " does not serve territory " + content.territory() + ".");
            }
            offering.add(provision.provider());
        }
        for (OrganisationId provider : content.providers()) {
            if (!offering.contains(provider)) {
                throw DomainException.ruleViolated("provider-without-provision", "Provider " + provider
                        + " is named but none of its provisions is supported.");
            }
        }
    }
}
