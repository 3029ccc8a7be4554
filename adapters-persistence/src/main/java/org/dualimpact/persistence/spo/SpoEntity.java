package org.dualimpact.persistence.spo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContractAttachment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.ExistingContract;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.ProviderValidation;
import org.dualimpact.kernel.spo.Review;
import org.dualimpact.kernel.spo.ReviewVerdict;
import org.dualimpact.kernel.spo.Signature;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.spo.VerificationCode;
import org.dualimpact.kernel.tender.TenderReference;

/** The storage shape of an SPO: one row and child tables. Mapping to and from the aggregate lives here. */
@Entity
@Table(name = "SPO")
public class SpoEntity {

    @Id
    @Column(name = "REFERENCE", length = 30)
    String reference;

    @Column(name = "SUPPLIER_ID", nullable = false, length = 40)
    String supplier;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 200)
    String createdBy;

    @Column(name = "STAGE", nullable = false, length = 24)
    String stage;

    @Column(name = "TITLE", length = 200)
    String title;

    @Column(name = "SUMMARY", length = 4000)
    String summary;

    @Column(name = "TERRITORY_CODE", length = 16)
    String territory;

    @Column(name = "EXISTING_BUYER_ID", length = 40)
    String existingBuyer;
    @Column(name = "EXISTING_CONTRACT_REF", length = 100)
    String existingContractRef;
    @Column(name = "EXISTING_START")
    LocalDate existingStart;
    @Column(name = "EXISTING_END")
    LocalDate existingEnd;
    @Column(name = "EXISTING_VALUE", precision = 15, scale = 2)
    BigDecimal existingValue;

    @Column(name = "TENDER_REF", length = 30)
    String tender;
    @Column(name = "BUYER_ID", length = 40)
    String buyer;
    @Column(name = "SUBMITTED_AT")
    Instant submittedAt;
    @Column(name = "CONTENT_HASH", length = 64)
    String contentHash;

    @Column(name = "CONTRACT_REF", length = 100)
    String contractRef;
    @Column(name = "CONTRACT_START")
    LocalDate contractStart;
    @Column(name = "CONTRACT_END")
    LocalDate contractEnd;
    @Column(name = "CONTRACT_VALUE", precision = 15, scale = 2)
    BigDecimal contractValue;
    @Column(name = "CONTRACT_BUYER_ID", length = 40)
    String contractBuyer;
    @Column(name = "CONTRACT_ATTACHED_BY", length = 200)
    String contractAttachedBy;
    @Column(name = "CONTRACT_ATTACHED_AT")
    Instant contractAttachedAt;
    @Column(name = "CONTRACT_VERIFICATION_CODE", length = 16)
    String contractVerificationCode;

    @Column(name = "REVIEW_VERDICT", length = 24)
    String reviewVerdict;
    @Column(name = "REVIEW_NOTES", length = 4000)
    String reviewNotes;
    @Column(name = "REVIEW_BUYER_ID", length = 40)
    String reviewBuyer;
    @Column(name = "REVIEWER", length = 200)
    String reviewer;
    @Column(name = "REVIEWED_AT")
    Instant reviewedAt;

    @Column(name = "CLOSED_AT")
    Instant closedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_PROVIDER", joinColumns = @JoinColumn(name = "SPO_REF"))
    @Column(name = "PROVIDER_ID", length = 40)
    Set<String> providers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_PROVISION", joinColumns = @JoinColumn(name = "SPO_REF"))
    @Column(name = "PROVISION_ID", length = 40)
    Set<String> provisions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_ENDORSEMENT", joinColumns = @JoinColumn(name = "SPO_REF"))
    @Column(name = "PROVIDER_ID", length = 40)
    Set<String> endorsements = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_COMMITMENT", joinColumns = @JoinColumn(name = "SPO_REF"))
    @OrderColumn(name = "LINE_NO")
    List<CommitmentRow> commitments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_SIGNATURE", joinColumns = @JoinColumn(name = "SPO_REF"))
    Set<SignatureRow> signatures = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SPO_VALIDATION", joinColumns = @JoinColumn(name = "SPO_REF"))
    Set<ValidationRow> validations = new HashSet<>();

    /** One commitment line. */
    @Embeddable
    public static class CommitmentRow {
        @Column(name = "CONTRIBUTION_TYPE", nullable = false, length = 16)
        String type;
        @Column(name = "QUANTITY", nullable = false, precision = 19, scale = 3)
        BigDecimal quantity;
        @Column(name = "UNIT", nullable = false, length = 40)
        String unit;
        @Column(name = "AMOUNT", precision = 15, scale = 2)
        BigDecimal amount;
        @Column(name = "SKILL_LEVEL", length = 16)
        String skillLevel;
        @Column(name = "MEASURE_CODE", nullable = false, length = 40)
        String measureCode;
        @Column(name = "TERRITORY_CODE", nullable = false, length = 16)
        String territory;
        @Column(name = "POSTCODE_DISTRICT", length = 4)
        String postcodeDistrict;
        @Column(name = "START_DATE", nullable = false)
        LocalDate start;
        @Column(name = "END_DATE", nullable = false)
        LocalDate end;
        @Column(name = "FREQUENCY", nullable = false, length = 16)
        String frequency;

        protected CommitmentRow() {
        }

        CommitmentRow(Commitment c) {
            type = c.type().name();
            quantity = c.quantity();
            unit = c.unit();
            amount = c.value() == null ? null : c.value().amount();
            skillLevel = c.skillLevel() == null ? null : c.skillLevel().name();
            measureCode = c.measureCode();
            territory = c.territory();
            postcodeDistrict = c.postcodeDistrict();
            start = c.start();
            end = c.end();
            frequency = c.frequency().name();
        }

        Commitment toDomain() {
            return new Commitment(ContributionType.valueOf(type), quantity, unit, amount == null ? null : new Money(amount),
                    skillLevel == null ? null : SkillLevel.valueOf(skillLevel), measureCode, territory, postcodeDistrict,
                    start, end, Frequency.valueOf(frequency));
        }
    }

    /** One signature. */
    @Embeddable
    public static class SignatureRow {
        @Column(name = "PARTY_ID", nullable = false, length = 40)
        String party;
        @Column(name = "SIGNER", nullable = false, length = 200)
        String signer;
        @Column(name = "SIGNED_AT", nullable = false)
        Instant at;
        @Column(name = "CONTENT_HASH", nullable = false, length = 64)
        String contentHash;

        protected SignatureRow() {
        }

        SignatureRow(Signature s) {
            party = s.party().value();
            signer = s.signer();
            at = s.at();
            contentHash = s.contentHash();
        }

        Signature toDomain() {
            return new Signature(new OrganisationId(party), signer, at, contentHash);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignatureRow other && party.equals(other.party);
        }

        @Override
        public int hashCode() {
            return party.hashCode();
        }
    }

    /** One provider validation. */
    @Embeddable
    public static class ValidationRow {
        @Column(name = "PROVIDER_ID", nullable = false, length = 40)
        String provider;
        @Column(name = "VERDICT", nullable = false, length = 24)
        String verdict;
        @Column(name = "NOTES", nullable = false, length = 4000)
        String notes;
        @Column(name = "VALIDATOR", nullable = false, length = 200)
        String validator;
        @Column(name = "VALIDATED_AT", nullable = false)
        Instant at;

        protected ValidationRow() {
        }

        ValidationRow(ProviderValidation v) {
            provider = v.provider().value();
            verdict = v.verdict().name();
            notes = v.notes();
            validator = v.validator();
            at = v.at();
        }

        ProviderValidation toDomain() {
            return new ProviderValidation(new OrganisationId(provider), ReviewVerdict.valueOf(verdict), notes, validator, at);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ValidationRow other && provider.equals(other.provider);
        }

        @Override
        public int hashCode() {
            return provider.hashCode();
        }
    }

    protected SpoEntity() {
    }

    SpoEntity(Spo spo) {
        reference = spo.reference().value();
        supplier = spo.supplier().value();
        createdAt = spo.createdAt();
        createdBy = spo.createdBy();
        spo.existingContract().ifPresent(e -> {
            existingBuyer = e.buyer().value();
            existingContractRef = e.contractReference();
            existingStart = e.start();
            existingEnd = e.end();
            existingValue = e.value().amount();
        });
        copyState(spo);
    }

    /** Copies everything that can change; collections are replaced. */
    void copyState(Spo spo) {
        stage = spo.stage().name();
        Optional<SpoContent> content = spo.content();
        title = content.map(SpoContent::title).orElse(null);
        summary = content.map(SpoContent::summary).orElse(null);
        territory = content.map(SpoContent::territory).orElse(null);
        replace(provisions, content.map(c -> c.provisions().stream().map(ProvisionId::value).collect(Collectors.toSet()))
                .orElse(Set.of()));
        commitments.clear();
        content.ifPresent(c -> c.commitments().forEach(line -> commitments.add(new CommitmentRow(line))));
        replace(providers, spo.providers().stream().map(OrganisationId::value).collect(Collectors.toSet()));
        replace(endorsements, spo.endorsements().stream().map(OrganisationId::value).collect(Collectors.toSet()));
        tender = spo.tender().map(TenderReference::value).orElse(null);
        buyer = spo.buyer().map(OrganisationId::value).orElse(null);
        submittedAt = spo.submittedAt().orElse(null);
        contentHash = spo.contentHash().orElse(null);
        signatures.clear();
        spo.signatures().forEach(s -> signatures.add(new SignatureRow(s)));
        spo.contract().ifPresent(c -> {
            contractRef = c.contractReference();
            contractStart = c.start();
            contractEnd = c.end();
            contractValue = c.value().amount();
            contractBuyer = c.buyer().value();
            contractAttachedBy = c.attachedBy();
            contractAttachedAt = c.attachedAt();
            contractVerificationCode = c.verificationCode().value();
        });
        spo.review().ifPresent(r -> {
            reviewVerdict = r.verdict().name();
            reviewNotes = r.notes();
            reviewBuyer = r.buyer().value();
            reviewer = r.reviewer();
            reviewedAt = r.at();
        });
        validations.clear();
        spo.validations().forEach(v -> validations.add(new ValidationRow(v)));
        closedAt = spo.closedAt().orElse(null);
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    Spo toDomain() {
        Optional<ExistingContract> existing = existingContractRef == null ? Optional.empty()
                : Optional.of(new ExistingContract(new OrganisationId(existingBuyer), existingContractRef, existingStart,
                        existingEnd, new Money(existingValue)));
        Set<OrganisationId> providerIds = providers.stream().map(OrganisationId::new).collect(Collectors.toSet());
        SpoStage state = SpoStage.valueOf(stage);
        SpoContent content = title == null ? null : new SpoContent(title, summary, providerIds,
                provisions.stream().map(ProvisionId::new).collect(Collectors.toSet()), territory,
                commitments.stream().map(CommitmentRow::toDomain).toList());
        ContractAttachment contract = contractRef == null ? null : new ContractAttachment(contractRef, contractStart,
                contractEnd, new Money(contractValue), new OrganisationId(contractBuyer), contractAttachedBy,
                contractAttachedAt, new VerificationCode(contractVerificationCode));
        Review review = reviewVerdict == null ? null : new Review(ReviewVerdict.valueOf(reviewVerdict), reviewNotes,
                new OrganisationId(reviewBuyer), reviewer, reviewedAt);
        return new Spo(new SpoReference(reference), new OrganisationId(supplier), createdAt, createdBy, existing, content,
                providerIds, state, endorsements.stream().map(OrganisationId::new).collect(Collectors.toSet()),
                tender == null ? null : new TenderReference(tender), buyer == null ? null : new OrganisationId(buyer),
                submittedAt, contentHash, signatures.stream().map(SignatureRow::toDomain)
                        .sorted(Comparator.comparing(Signature::at)).toList(),
                contract, review, validations.stream().map(ValidationRow::toDomain)
                        .sorted(Comparator.comparing(ProviderValidation::at)).toList(),
                closedAt, version);
    }
}
