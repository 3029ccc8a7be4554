package org.dualimpact.kernel.spo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.SpoDrafting.CommitmentRequest;
import org.dualimpact.kernel.spo.SpoDrafting.ContentRequest;
import org.dualimpact.kernel.spo.SpoDrafting.ExistingContractRequest;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The content of an SPO as a client sent it, read into {@link SpoContent} against the registers
 * (registered providers and buyers, known territories), every field error collected under its path;
 * and the provision rule every draft, edit and submission must pass.
 */
final class ContentRules {

    private final ProvisionRepository provisions;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;

    ContentRules(ProvisionRepository provisions, OrganisationRepository organisations, TerritoryRepository territories) {
        this.provisions = Objects.requireNonNull(provisions);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
    }

    /** The content, or null with the reasons recorded in {@code validation}. */
    SpoContent content(ContentRequest request, Validation validation) {
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
        List<Commitment> commitments = commitments(request, territory, validation);
        if (!validation.ok()) {
            return null;
        }
        return validation.field("body", () -> new SpoContent(request.title(), request.summary(), providerIds,
                provisionIds, territory, commitments));
    }

    private List<Commitment> commitments(ContentRequest request, String territory, Validation validation) {
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
        return commitments;
    }

    /** The existing contract, or null with the reasons recorded in {@code validation}. */
    ExistingContract existingContract(ExistingContractRequest request, Validation validation) {
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
    void checkProvisions(SpoContent content) {
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
