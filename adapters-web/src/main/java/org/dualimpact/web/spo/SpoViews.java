package org.dualimpact.web.spo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.ReviewVerdict;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAction;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.spo.VerifiedAgreement;
import org.dualimpact.kernel.tender.TenderReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the SPO API: requests (validated at the boundary) and views. */
public final class SpoViews {

    private SpoViews() {
    }

    /** A commitment line. Amounts are exact decimals in GBP with at most two places, never floating point. */
    public record CommitmentJson(@Schema(ref = "ContributionType", required = true) @NotNull ContributionType type,
            @Digits(integer = 12, fraction = 3, message = "at most 3 decimal places") BigDecimal quantity,
            @Size(max = 40) String unit,
            @Digits(integer = 10, fraction = 2, message = "an amount in GBP has at most 2 decimal places") BigDecimal value,
            @Schema(ref = "SkillLevel") SkillLevel skillLevel, @NotBlank @Size(max = 40) String measureCode, String territory,
            @Size(max = 4) String postcodeDistrict, @NotNull LocalDate start, @NotNull LocalDate end,
            @Schema(ref = "Frequency", required = true) @NotNull Frequency frequency) {

        static CommitmentJson of(Commitment c) {
            return new CommitmentJson(c.type(), c.quantity(), c.unit(), c.value() == null ? null : c.value().amount(),
                    c.skillLevel(), c.measureCode(), c.territory(), c.postcodeDistrict(), c.start(), c.end(), c.frequency());
        }

        SpoDrafting.CommitmentRequest toRequest() {
            return new SpoDrafting.CommitmentRequest(type, quantity, unit, value, skillLevel, measureCode, territory,
                    postcodeDistrict, start, end, frequency);
        }
    }

    /** The supply contract an existing relationship is brought in under. */
    public record ExistingContractJson(@NotBlank String buyer, @NotBlank @Size(max = 100) String contractReference,
            @NotNull LocalDate start, @NotNull LocalDate end,
            @NotNull @Digits(integer = 10, fraction = 2, message = "an amount in GBP has at most 2 decimal places") BigDecimal value) {
    }

    /** The content of a draft (POST) or an edit (PUT). */
    @Schema(description = "The content of an SPO: the providers and audited provisions it names, and its commitment lines",
            example = "{\"title\": \"Boxing club support\", \"summary\": \"Funding and mentors for the boxing club.\", "
                    + "\"providers\": [\"GB-CHC-1190001\"], \"provisions\": [\"PRV-3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10\"], \"territory\": \"E23000029\", "
                    + "\"commitments\": [{\"type\": \"FINANCIAL\", \"value\": 1500.00, \"measureCode\": \"NT1\", "
                    + "\"start\": \"2027-01-01\", \"end\": \"2027-12-31\", \"frequency\": \"ONE_OFF\"}]}")
    public record SpoRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
            @NotEmpty @Size(max = 20) List<@NotBlank String> providers, @NotEmpty @Size(max = 50) List<@NotBlank String> provisions,
            @NotBlank String territory, @NotEmpty @Size(max = 100) List<@NotNull @Valid CommitmentJson> commitments,
            @Valid ExistingContractJson existingContract) {

        SpoDrafting.ContentRequest toContent() {
            return new SpoDrafting.ContentRequest(title, summary, providers, provisions, territory,
                    commitments.stream().map(CommitmentJson::toRequest).toList());
        }
    }

    /** Submission: the tender to submit to (omit for an existing relationship). */
    public record SubmissionRequest(@Size(max = 30) String tender) {
    }

    /** The contract a buyer attaches an agreement to. */
    public record ContractRequest(@NotBlank @Size(max = 100) String contractReference, @NotNull LocalDate start,
            @NotNull LocalDate end,
            @NotNull @Digits(integer = 10, fraction = 2, message = "an amount in GBP has at most 2 decimal places") BigDecimal value) {
    }

    /** A buyer's review or a provider's validation. */
    public record VerdictRequest(@Schema(ref = "ReviewVerdict", required = true) @NotNull ReviewVerdict verdict, @Size(max = 4000) String notes) {
    }

    public record SignatureJson(String party, String signer, Instant at, String contentHash) {
    }

    public record ContractJson(String contractReference, LocalDate start, LocalDate end, BigDecimal value, String buyer,
            Instant attachedAt) {
    }

    public record ReviewJson(@Schema(ref = "ReviewVerdict") ReviewVerdict verdict, String notes, String buyer, Instant at) {
    }

    public record ValidationJson(String provider, @Schema(ref = "ReviewVerdict") ReviewVerdict verdict, String notes, Instant at) {
    }

    /** An SPO as its parties see it. Content fields are absent once it was withdrawn or expired. */
    public record SpoView(String reference, @Schema(ref = "SpoStage") SpoStage stage, int stageNumber, List<String> allowedActions,
            boolean existingRelationship, String supplier, List<String> providers, List<String> endorsements,
            String territory, String title, String summary, List<String> provisions, List<CommitmentJson> commitments,
            ExistingContractJson existingContract, String tender, String buyer, Instant createdAt, Instant submittedAt,
            String contentHash, List<SignatureJson> signatures, ContractJson contract, ReviewJson review,
            List<ValidationJson> validations, Instant closedAt, long version) {

        static SpoView of(Spo spo) {
            SpoContent content = spo.content().orElse(null);
            return new SpoView(spo.reference().value(), spo.stage(), spo.stage().stage(),
                    spo.stage().allowedActions().stream().filter(a -> a != SpoAction.AWARD && a != SpoAction.EXPIRE)
                            .filter(a -> a != SpoAction.REVIEW || spo.contract().map(c -> !LocalDate.now(
                                    ZoneOffset.UTC).isBefore(c.end())).orElse(false))
                            .map(SpoAction::label).sorted().toList(),
                    spo.isExistingRelationship(), spo.supplier().value(), sorted(spo.providers()),
                    sorted(spo.endorsements()),
                    content == null ? null : content.territory(), content == null ? null : content.title(),
                    content == null ? null : content.summary(),
                    content == null ? null : content.provisions().stream().map(ProvisionId::value).sorted().toList(),
                    content == null ? null : content.commitments().stream().map(CommitmentJson::of).toList(),
                    spo.existingContract().map(e -> new ExistingContractJson(e.buyer().value(), e.contractReference(),
                            e.start(), e.end(), e.value().amount())).orElse(null),
                    spo.tender().map(TenderReference::value).orElse(null), spo.buyer().map(OrganisationId::value).orElse(null),
                    spo.createdAt(), spo.submittedAt().orElse(null), spo.contentHash().orElse(null),
                    spo.signatures().stream().map(s -> new SignatureJson(s.party().value(), s.signer(), s.at(),
                            s.contentHash())).toList(),
                    spo.contract().map(c -> new ContractJson(c.contractReference(), c.start(), c.end(), c.value().amount(),
                            c.buyer().value(), c.attachedAt())).orElse(null),
                    spo.review().map(r -> new ReviewJson(r.verdict(), r.notes(), r.buyer().value(), r.at())).orElse(null),
                    spo.validations().stream().map(v -> new ValidationJson(v.provider().value(), v.verdict(), v.notes(),
                            v.at())).toList(),
                    spo.closedAt().orElse(null), spo.version());
        }
    }

    /** An organisation an agreement names: its identifier and registered name. */
    public record OrganisationJson(String id, String name) {
        static OrganisationJson of(VerifiedAgreement agreement, OrganisationId id) {
            return new OrganisationJson(id.value(), agreement.name(id));
        }
    }

    /** A signature as verification shows it: the signing organisation, never the user. */
    public record SignedJson(OrganisationJson organisation, Instant at, String contentHash) {
    }

    /**
     * A contracted agreement's summary for verification: its parties and signatories as organisations,
     * the contract and the content hash; never its commitments, never users.
     */
    public record VerificationView(String reference, @Schema(ref = "SpoStage") SpoStage stage, OrganisationJson supplier,
            List<OrganisationJson> providers, OrganisationJson buyer, String territory, String contractReference,
            LocalDate contractStart, LocalDate contractEnd, String contentHash, List<SignedJson> signatures) {

        static VerificationView of(VerifiedAgreement agreement) {
            Spo spo = agreement.spo();
            return new VerificationView(spo.reference().value(), spo.stage(), OrganisationJson.of(agreement, spo.supplier()),
                    spo.providers().stream().sorted(Comparator.comparing(OrganisationId::value))
                            .map(p -> OrganisationJson.of(agreement, p)).toList(),
                    spo.buyer().map(b -> OrganisationJson.of(agreement, b)).orElse(null),
                    spo.content().map(SpoContent::territory).orElse(null),
                    spo.contract().map(c -> c.contractReference()).orElse(null),
                    spo.contract().map(c -> c.start()).orElse(null), spo.contract().map(c -> c.end()).orElse(null),
                    spo.contentHash().orElse(null), spo.signatures().stream().map(s -> new SignedJson(
                            OrganisationJson.of(agreement, s.party()), s.at(), s.contentHash())).toList());
        }
    }

    /** One journal entry. */
    public record HistoryEntry(long sequence, Instant at, String action, String from, String to, String actor,
            String organisation, String contentHash, String detail) {
        static HistoryEntry of(JournalEntry e) {
            return new HistoryEntry(e.sequence(), e.at(), e.action(), e.fromState().isEmpty() ? null : e.fromState(),
                    e.toState(), e.actor(), e.organisation().orElse(null), e.contentHash().isEmpty() ? null : e.contentHash(),
                    e.detail().isEmpty() ? null : e.detail());
        }
    }

    static List<String> sorted(Set<OrganisationId> ids) {
        return ids.stream().map(OrganisationId::value).sorted().toList();
    }
}
