package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * A Social Purchase Order: a supplier's formal, referenced commitment of social value to audited
 * provisions of one or more community providers — first a proposal, then a Dual Impact Agreement.
 *
 * <p>Rules (the state machine is {@link SpoStage}; every method here checks the stage allows it and
 * returns the {@link SpoEvent} to journal):
 * <ul>
 * <li>Only its supplier edits it, in stage 1 before submission; an edit clears every endorsement.</li>
 * <li>Each named provider endorses it; with all endorsements it is {@code ENDORSED}.</li>
 * <li>Submission freezes the content and fixes its SHA-256 {@linkplain CanonicalForm content hash};
 *     a proposal goes to one tender of one buyer, an existing relationship to its named buyer.</li>
 * <li>When the tender is awarded to the supplier it awaits the signatures of the supplier and of
 *     every provider, each over the frozen hash; with all of them it is {@code SIGNED}.</li>
 * <li>The buyer attaches it to the supply contract ({@code CONTRACTED}); an existing relationship
 *     must be attached to the contract it names. At or after the contract's end the buyer reviews it
 *     ({@code REVIEWED}); providers add their own validation.</li>
 * <li>A proposal not awarded can be withdrawn by its supplier or expired by the nightly job: the
 *     commercial content is purged, a tombstone (reference, parties, dates, last content hash) stays.</li>
 * </ul>
 * Party and role checks (who may act) are the use cases' ({@link SpoSubmission}, {@link SpoAgreement}, …); this class guards state.
 */
public final class Spo {

    private final SpoReference reference;
    private final OrganisationId supplier;
    private final Instant createdAt;
    private final String createdBy;
    private final Optional<ExistingContract> existingContract;
    private SpoContent content;
    private Set<OrganisationId> providers;
    private SpoStage stage;
    private final Set<OrganisationId> endorsements;
    private TenderReference tender;
    private OrganisationId buyer;
    private Instant submittedAt;
    private String contentHash;
    private final List<Signature> signatures;
    private ContractAttachment contract;
    private Review review;
    private final List<ProviderValidation> validations;
    private Instant closedAt;
    private long version;

    /** Rebuilds an SPO from storage (or creates one, through {@link #draft}). */
    public Spo(SpoReference reference, OrganisationId supplier, Instant createdAt, String createdBy,
            Optional<ExistingContract> existingContract, SpoContent content, Set<OrganisationId> providers, SpoStage stage,
            Set<OrganisationId> endorsements, TenderReference tender, OrganisationId buyer, Instant submittedAt,
            String contentHash, List<Signature> signatures, ContractAttachment contract, Review review,
            List<ProviderValidation> validations, Instant closedAt, long version) {
        this.reference = Objects.requireNonNull(reference);
        this.supplier = Objects.requireNonNull(supplier);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.existingContract = Objects.requireNonNull(existingContract);
        this.content = content;
        this.providers = Set.copyOf(providers);
        this.stage = Objects.requireNonNull(stage);
        this.endorsements = new TreeSet<>(Comparator.comparing(OrganisationId::value));
        this.endorsements.addAll(endorsements);
        this.tender = tender;
        this.buyer = buyer;
        this.submittedAt = submittedAt;
        this.contentHash = contentHash;
        this.signatures = new ArrayList<>(signatures);
        this.contract = contract;
        this.review = review;
        this.validations = new ArrayList<>(validations);
        this.closedAt = closedAt;
        this.version = version;
        if (content == null && !stage.isClosed()) {
            throw new IllegalArgumentException("only a withdrawn or expired SPO has no content");
        }
    }

    /** A new proposal in {@code DRAFT}; the named providers are asked to endorse it. */
    public static Spo draft(SpoReference reference, OrganisationId supplier, SpoContent content,
            Optional<ExistingContract> existing, Actor actor, Instant at) {
        return new Spo(reference, supplier, at, actor.userId(), existing, content, content.providers(), SpoStage.DRAFT,
                Set.of(), null, existing.map(ExistingContract::buyer).orElse(null), null, null, List.of(), null, null,
                List.of(), null, 0);
    }

    public SpoEvent created(Actor actor, Instant at) {
        return event(SpoAction.EDIT, null, SpoStage.DRAFT, actor, at, "created");
    }

    /** Replaces the content; clears endorsements. The providers named may change. */
    public SpoEvent edit(SpoContent newContent, Actor actor, Instant at) {
        require(SpoAction.EDIT);
        SpoStage from = stage;
        content = Objects.requireNonNull(newContent);
        providers = Set.copyOf(newContent.providers());
        endorsements.clear();
        stage = SpoStage.DRAFT;
        return event(SpoAction.EDIT, from, stage, actor, at, from == SpoStage.ENDORSED ? "endorsements cleared" : "");
    }

    /** Records the endorsement of one named provider; {@code ENDORSED} once all have endorsed. */
    public SpoEvent endorse(OrganisationId provider, Actor actor, Instant at) {
        require(SpoAction.ENDORSE);
        if (!providers.contains(provider)) {
            throw DomainException.notPermitted("not-a-named-provider", "Only a provider named in " + reference + " endorses it.");
        }
        if (!endorsements.add(provider)) {
            throw DomainException.conflict("already-endorsed", provider + " has already endorsed " + reference + ".");
        }
        SpoStage from = stage;
        if (endorsements.containsAll(providers)) {
            stage = SpoStage.ENDORSED;
        }
        return event(SpoAction.ENDORSE, from, stage, actor, at, provider.value());
    }

    /** Submits a proposal to a tender of a buyer: freezes the content and fixes its hash. */
    public SpoEvent submit(TenderReference tenderReference, OrganisationId tenderBuyer, Actor actor, Instant at) {
        require(SpoAction.SUBMIT);
        if (existingContract.isPresent()) {
            throw DomainException.conflict("existing-relationship",
                    reference + " is an existing relationship: submit it for signature without a tender.");
        }
        SpoStage from = stage;
        tender = Objects.requireNonNull(tenderReference);
        buyer = Objects.requireNonNull(tenderBuyer);
        freeze(at);
        stage = SpoStage.SUBMITTED;
        return event(SpoAction.SUBMIT, from, stage, actor, at, tenderReference.value());
    }

    /** An existing relationship goes straight to signatures, addressed to the buyer it names. */
    public SpoEvent submitForSignature(Actor actor, Instant at) {
        require(SpoAction.SUBMIT);
        if (existingContract.isEmpty()) {
            throw DomainException.invalid("tender-required", "A proposal is submitted to a tender: name one.");
        }
        SpoStage from = stage;
        freeze(at);
        stage = SpoStage.AWAITING_SIGNATURES;
        return event(SpoAction.SUBMIT, from, stage, actor, at, "existing contract " + existingContract.get().contractReference());
    }

    /** The tender it was submitted to was awarded to its supplier: it becomes an agreement. */
    public SpoEvent award(Actor actor, Instant at) {
        require(SpoAction.AWARD);
        SpoStage from = stage;
        stage = SpoStage.AWAITING_SIGNATURES;
        return event(SpoAction.AWARD, from, stage, actor, at, tender.value());
    }

    /** One party signs over the frozen content hash; {@code SIGNED} once supplier and every provider have. */
    public SpoEvent sign(OrganisationId party, Actor actor, Instant at) {
        require(SpoAction.SIGN);
        if (!party.equals(supplier) && !providers.contains(party)) {
            throw DomainException.notPermitted("not-a-party", "Only the supplier and the providers of " + reference + " sign it.");
        }
        if (signatures.stream().anyMatch(s -> s.party().equals(party))) {
            throw DomainException.conflict("already-signed", party + " has already signed " + reference + ".");
        }
        signatures.add(new Signature(party, actor.userId(), at, contentHash));
        SpoStage from = stage;
        if (signedParties().containsAll(allParties())) {
            stage = SpoStage.SIGNED;
        }
        return event(SpoAction.SIGN, from, stage, actor, at, party.value());
    }

    /** The buyer attaches the signed agreement to its supply contract. */
    public SpoEvent attachContract(ContractAttachment attachment, Actor actor, Instant at) {
        require(SpoAction.ATTACH_CONTRACT);
        if (!attachment.buyer().equals(buyer)) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference + " attaches its contract.");
        }
        existingContract.ifPresent(named -> {
            if (!named.contractReference().equals(attachment.contractReference())) {
                throw DomainException.ruleViolated("contract-mismatch", reference + " was brought in under contract "
                        + named.contractReference() + "; attach it to that contract.");
            }
        });
        SpoStage from = stage;
        contract = attachment;
        stage = SpoStage.CONTRACTED;
        return event(SpoAction.ATTACH_CONTRACT, from, stage, actor, at, attachment.contractReference());
    }

    /** The buyer's post-contract review, on or after the contract's end date. */
    public SpoEvent review(Review buyerReview, LocalDate today, Actor actor, Instant at) {
        require(SpoAction.REVIEW);
        if (!buyerReview.buyer().equals(buyer)) {
            throw DomainException.notPermitted("not-the-buyer", "Only the buyer of " + reference + " reviews it.");
        }
        if (today.isBefore(contract.end())) {
            throw DomainException.ruleViolated("contract-not-ended", "The contract of " + reference + " ends on "
                    + contract.end() + "; the post-contract review comes at or after its end.");
        }
        SpoStage from = stage;
        review = buyerReview;
        stage = SpoStage.REVIEWED;
        return event(SpoAction.REVIEW, from, stage, actor, at, buyerReview.verdict().name());
    }

    /** A provider adds (or replaces) its own validation of delivery. */
    public SpoEvent validate(ProviderValidation validation, Actor actor, Instant at) {
        require(SpoAction.VALIDATE);
        if (!providers.contains(validation.provider())) {
            throw DomainException.notPermitted("not-a-named-provider", "Only a provider of " + reference + " validates it.");
        }
        validations.removeIf(v -> v.provider().equals(validation.provider()));
        validations.add(validation);
        return event(SpoAction.VALIDATE, stage, stage, actor, at, validation.provider().value() + " "
                + validation.verdict().name());
    }

    /** The supplier withdraws a proposal that was not awarded: content purged, tombstone kept. */
    public SpoEvent withdraw(Actor actor, Instant at) {
        require(SpoAction.WITHDRAW);
        return close(SpoAction.WITHDRAW, SpoStage.WITHDRAWN, actor, at);
    }

    /** The nightly job expires a proposal not moved to stage 2 in time: content purged, tombstone kept. */
    public SpoEvent expire(Actor actor, Instant at) {
        require(SpoAction.EXPIRE);
        return close(SpoAction.EXPIRE, SpoStage.EXPIRED, actor, at);
    }

    private SpoEvent close(SpoAction action, SpoStage to, Actor actor, Instant at) {
        SpoStage from = stage;
        if (contentHash == null) {
            contentHash = currentHash();
        }
        content = null;
        stage = to;
        closedAt = at;
        return event(action, from, to, actor, at, "content purged");
    }

    private void freeze(Instant at) {
        submittedAt = at;
        contentHash = currentHash();
    }

    /** The hash of the content as it stands (the frozen hash once submitted). */
    public String currentHash() {
        if (contentHash != null && (stage.isSubmittedOrLater() || stage.isClosed())) {
            return contentHash;
        }
        return CanonicalForm.hash(canonicalForm());
    }

    public String canonicalForm() {
        if (content == null) {
            throw DomainException.conflict("content-purged", reference + " was " + stage.name().toLowerCase()
                    + "; its content has been purged.");
        }
        return CanonicalForm.of(reference, supplier, content, existingContract);
    }

    /** Refuses with a conflict naming the current stage and the allowed actions unless the stage allows the action. */
    public void requireAllowed(SpoAction action) {
        require(action);
    }

    private void require(SpoAction action) {
        if (!stage.allows(action)) {
            throw DomainException.conflict("transition-not-allowed", reference + " is " + stage.describe() + "; "
                    + action.label() + " is not allowed now. Allowed now: " + allowedNow() + ".");
        }
    }

    private String allowedNow() {
        if (stage.allowedActions().isEmpty()) {
            return "nothing";
        }
        return stage.allowedActions().stream().map(SpoAction::label).sorted().collect(Collectors.joining(", "));
    }

    private SpoEvent event(SpoAction action, SpoStage from, SpoStage to, Actor actor, Instant at, String detail) {
        return new SpoEvent(reference, action, from, to, actor.userId(), actor.organisationId(), at,
                content == null ? contentHash : currentHash(), detail);
    }

    public Set<OrganisationId> allParties() {
        Set<OrganisationId> parties = new HashSet<>(providers);
        parties.add(supplier);
        return parties;
    }

    private Set<OrganisationId> signedParties() {
        return signatures.stream().map(Signature::party).collect(Collectors.toSet());
    }

    public boolean isExistingRelationship() {
        return existingContract.isPresent();
    }

    public SpoReference reference() {
        return reference;
    }

    public OrganisationId supplier() {
        return supplier;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<ExistingContract> existingContract() {
        return existingContract;
    }

    /** Empty once withdrawn or expired (purged). */
    public Optional<SpoContent> content() {
        return Optional.ofNullable(content);
    }

    public Set<OrganisationId> providers() {
        return providers;
    }

    public SpoStage stage() {
        return stage;
    }

    public Set<OrganisationId> endorsements() {
        return Set.copyOf(endorsements);
    }

    public Optional<TenderReference> tender() {
        return Optional.ofNullable(tender);
    }

    /** The buyer it was submitted to (the tender's, or the one an existing contract names). */
    public Optional<OrganisationId> buyer() {
        return Optional.ofNullable(buyer);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** The frozen content hash; empty until submission (or purge). */
    public Optional<String> contentHash() {
        return Optional.ofNullable(contentHash);
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public Optional<ContractAttachment> contract() {
        return Optional.ofNullable(contract);
    }

    public Optional<Review> review() {
        return Optional.ofNullable(review);
    }

    public List<ProviderValidation> validations() {
        return List.copyOf(validations);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** Optimistic-locking version: the store increments it on every save. */
    public long version() {
        return version;
    }

    /**
     * Called by the {@link SpoRepository} after it stored this state, with the version it now has
     * (the store, not the aggregate, owns version numbers).
     */
    public void markStored(long storedVersion) {
        if (storedVersion < version) {
            throw new IllegalArgumentException("a stored version never goes back: " + storedVersion + " < " + version);
        }
        this.version = storedVersion;
    }
}
