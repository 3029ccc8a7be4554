package org.dualimpact.console.spotlight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.provision.SpotlightQuery;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * Spotlight and a provision's page through the kernel's {@link ProvisionService}, with the same rules as
 * the API: the search needs one of the API's Spotlight roles and finds audited provisions only; a
 * provision is shown only to whom the kernel shows it (audited, or its provider, a buyer of its
 * territories, an admin), any other is "not found".
 */
@ApplicationScoped
@Transactional
public class SpotlightQueries {

    /** Results per page. */
    public static final int PAGE_SIZE = 10;

    @Inject
    ProvisionService provisions;

    @Inject
    TerritoryService territories;

    @Inject
    OrganisationService organisations;

    /** One page of audited provisions matching the filters (blank filters match everything). */
    public Page<Provision> search(Actor actor, Filters filters) {
        actor.require(Role.ADMIN, Role.BUYER, Role.SUPPLIER, Role.PROVIDER, Role.HUB, Role.AUDITOR, Role.OPERATOR);
        if (filters.need() != null && !filters.need().isBlank() && filters.needType() == null) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-search", "The search cannot be run as given.",
                    List.of(new FieldError("need", "Choose money, in kind or volunteering")));
        }
        return provisions.spotlight(filters.territory(), null, filters.needType(), filters.outcome(), filters.text(),
                SpotlightQuery.Sort.TITLE, filters.page(), PAGE_SIZE);
    }

    public Provision provision(Actor actor, ProvisionId id) {
        return provisions.get(actor, id);
    }

    /** The territories by name, for the filter and for naming a provision's territories. */
    public List<Territory> territories() {
        return territories.territories().stream().sorted(Comparator.comparing(Territory::name)).toList();
    }

    /** The territories' names by code: one read of them. */
    public Map<String, String> territoryNames() {
        return names(territories.territories());
    }

    /** The names by code of territories already read (Spotlight reads them once for the filter and the results). */
    public static Map<String, String> names(List<Territory> territories) {
        return territories.stream().collect(Collectors.toMap(Territory::code, Territory::name));
    }

    /** The organisation's public name (organisations are public). */
    public String organisationName(Provision provision) {
        return organisations.get(provision.provider()).name();
    }

    /** "Audited by Thames Valley Police", "Suspended by …" or "Pending": the audit, with the buyer by name. */
    public String audit(Provision provision) {
        String status = Formats.words(provision.status());
        return provision.auditedBy().map(buyer -> status + " by " + organisations.get(buyer).name()).orElse(status);
    }

    /** The search as the form gave it; every field optional, kept as typed so the form shows it again. */
    public record Filters(String territory, String need, String outcome, String text, int page) {

        /** The link to a page (counted from 1) of the same search. */
        public String link(int pageNumber) {
            return "/spotlight?territory=" + encode(territory) + "&need=" + encode(need) + "&outcome=" + encode(outcome)
                    + "&q=" + encode(text) + "&page=" + pageNumber;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
        }

        public NeedType needType() {
            if (need == null || need.isBlank()) {
                return null;
            }
            for (NeedType type : NeedType.values()) {
                if (type.name().equals(need)) {
                    return type;
                }
            }
            return null;
        }
    }
}
