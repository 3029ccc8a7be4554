package org.dualimpact.kernel.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Who may read which roll-up rows: a supplier its own figures; a buyer those of its agreements; a
 * provider those of the agreements it is a party to; a research hub, and an admin acting for an
 * organisation, those of their organisation's territories; a platform admin (no organisation)
 * everything. A user with several roles sees the union. A filter that names a party or territory
 * outside everything the reader may see is refused (403), not answered with an empty list.
 */
public final class KpiAccess {

    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;

    public KpiAccess(OrganisationRepository organisations, TerritoryRepository territories) {
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
    }

    /** The reader's scope, once the filter's months are in order and the filter asks for nothing outside it. */
    public KpiScope permitted(Actor actor, KpiFilter filter) {
        if (filter.from().isPresent() && filter.to().isPresent() && filter.to().get().isBefore(filter.from().get())) {
            throw DomainException.invalid("invalid-range", "to (" + filter.to().get() + ") is before from ("
                    + filter.from().get() + ").");
        }
        KpiScope scope = scopeOf(actor);
        if (!scope.everything()) {
            boolean anyGrantFits = scope.grants().stream()
                    .anyMatch(g -> !KpiScope.contradicts(g, filter, code -> territories.territory(code).map(Territory::regionCode)));
            if (!anyGrantFits) {
                throw DomainException.notPermitted("kpis-out-of-scope", "These figures are not yours to see: "
                        + describe(scope) + ".");
            }
        }
        return scope;
    }

    /** What the actor may see of the roll-up. */
    public KpiScope scopeOf(Actor actor) {
        List<KpiScope.Grant> grants = new ArrayList<>();
        if (actor.has(Role.ADMIN)) {
            if (actor.organisationId().isEmpty()) {
                grants.add(new KpiScope.Everything());
            } else {
                grants.add(new KpiScope.Territories(organisation(actor).territories()));
            }
        }
        if (actor.has(Role.HUB)) {
            grants.add(new KpiScope.Territories(Membership.of(actor, organisations, OrganisationKind.HUB,
                    "research hubs read the figures of their territories").territories()));
        }
        if (actor.has(Role.BUYER)) {
            grants.add(new KpiScope.Buyer(Membership.idOf(actor).value()));
        }
        if (actor.has(Role.SUPPLIER)) {
            grants.add(new KpiScope.Supplier(Membership.idOf(actor).value()));
        }
        if (actor.has(Role.PROVIDER)) {
            grants.add(new KpiScope.Provider(Membership.idOf(actor).value()));
        }
        if (grants.isEmpty()) {
            throw DomainException.notPermitted("role-required",
                    "Reading KPIs needs the role admin, hub, buyer, supplier or provider.");
        }
        return new KpiScope(grants);
    }

    private Organisation organisation(Actor actor) {
        OrganisationId id = Membership.idOf(actor);
        return organisations.find(id).orElseThrow(() -> DomainException.notPermitted("unknown-organisation",
                "Your organisation " + id + " is not registered."));
    }

    private static String describe(KpiScope scope) {
        List<String> parts = new ArrayList<>();
        for (KpiScope.Grant g : scope.grants()) {
            if (g instanceof KpiScope.Territories t) {
                parts.add("you see the territories " + new TreeSet<>(t.codes()));
            } else if (g instanceof KpiScope.Buyer b) {
                parts.add("you see the agreements of buyer " + b.organisation());
            } else if (g instanceof KpiScope.Supplier s) {
                parts.add("you see the figures of supplier " + s.organisation());
            } else if (g instanceof KpiScope.Provider p) {
                parts.add("you see the agreements of provider " + p.organisation());
            }
        }
        return String.join("; ", parts);
    }
}
