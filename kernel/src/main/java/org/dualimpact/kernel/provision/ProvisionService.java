package org.dualimpact.kernel.provision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Publishing, editing and auditing provisions, and Spotlight.
 *
 * <p>Visibility: an audited provision is visible to every signed-in user; a pending or suspended one
 * only to its provider, to buyers serving one of its territories, and to admins — to anyone else it
 * does not exist (404).
 */
public final class ProvisionService {

    private final ProvisionRepository provisions;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final Clock clock;

    public ProvisionService(ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, Clock clock) {
        this.provisions = Objects.requireNonNull(provisions);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.clock = Objects.requireNonNull(clock);
    }

    /** One need as a client sends it. */
    public record NeedRequest(NeedType type, String description, BigDecimal quantity, String unit, String skills) {
    }

    /** A provision as a provider publishes it. */
    public record PublishRequest(String title, String summary, Set<String> territories, Set<String> outcomes,
            List<NeedRequest> needs, Integer capacity) {
    }

    public Provision publish(Actor actor, PublishRequest request) {
        actor.require(Role.PROVIDER);
        Organisation provider = Membership.of(actor, organisations, OrganisationKind.PROVIDER, null);
        Checked checked = check(provider, request, "The provision cannot be published as given.");
        Provision provision = new Provision(ProvisionId.random(), provider.id(), request.title(), request.summary(),
                checked.territories(), checked.outcomes(), checked.needs(), request.capacity(), clock.instant(),
                AuditStatus.PENDING, null, null, null, 0);
        provisions.add(provision);
        return provision;
    }

    /**
     * Its provider replaces what a provision says, as read at {@code expectedVersion} (If-Match); the
     * same rules as publishing apply, and the provision is {@code PENDING} again until a buyer audits it.
     */
    public Provision edit(Actor actor, ProvisionId id, long expectedVersion, PublishRequest request) {
        Provision provision = editable(actor, id);
        Organisation provider = Membership.of(actor, organisations, OrganisationKind.PROVIDER, null);
        if (provision.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "The provision has changed since you "
                    + "read it (version " + provision.version() + ", you sent " + expectedVersion
                    + "). Read it again and reapply your edit.");
        }
        Checked checked = check(provider, request, "The provision cannot be saved as given.");
        provision.revise(request.title(), request.summary(), checked.territories(), checked.outcomes(), checked.needs(),
                request.capacity());
        provisions.update(provision);
        return provision;
    }

    /**
     * A provision as its provider reads it to edit it: refused to anyone but its provider (another
     * provider of an audited one: 403; one the actor may not see: 404).
     */
    public Provision editable(Actor actor, ProvisionId id) {
        actor.require(Role.PROVIDER);
        Organisation provider = Membership.of(actor, organisations, OrganisationKind.PROVIDER, null);
        Provision provision = visible(actor, id);
        if (!provision.provider().equals(provider.id())) {
            throw DomainException.notPermitted("not-the-provider", "Only the provider of a provision edits it.");
        }
        return provision;
    }

    /** A request's territories, outcome codes and needs, once every rule of a provision holds for them. */
    private record Checked(Set<String> territories, Set<String> outcomes, List<Need> needs) {
    }

    private Checked check(Organisation provider, PublishRequest request, String refusal) {
        Validation validation = new Validation();
        Set<String> served = request.territories() == null ? Set.of() : request.territories();
        validation.require(!served.isEmpty(), "territories", "at least one territory code is required");
        for (String code : served) {
            if (code == null || territories.territory(code).isEmpty()) {
                validation.reject("territories", "unknown territory code " + code);
            } else if (!provider.serves(code)) {
                validation.reject("territories", provider.name() + " does not serve " + code);
            }
        }
        Set<String> outcomes = new LinkedHashSet<>();
        for (String outcome : request.outcomes() == null ? Set.<String>of() : request.outcomes()) {
            if (outcome == null || !outcome.strip().matches("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,39}")) {
                validation.reject("outcomes", "outcome codes are 1 to 40 letters, digits or . _ : / -: " + outcome);
            } else {
                outcomes.add(outcome.strip());
            }
        }
        List<Need> needs = new ArrayList<>();
        List<NeedRequest> needRequests = request.needs() == null ? List.of() : request.needs();
        validation.require(!needRequests.isEmpty(), "needs", "at least one need is required");
        for (int i = 0; i < needRequests.size(); i++) {
            NeedRequest n = needRequests.get(i);
            Need need = n == null ? null : validation.field("needs[" + i + "]", () -> new Need(n.type(), n.description(),
                    n.quantity(), n.unit(), n.skills()));
            if (need != null) {
                needs.add(need);
            }
        }
        validation.field("title", () -> Validation.requireText(request.title(), "title", 200));
        validation.field("summary", () -> Validation.optionalText(request.summary(), "summary", 4000));
        validation.require(request.capacity() == null || request.capacity() > 0, "capacity", "capacity must be more than 0");
        validation.throwIfInvalid("invalid-provision", refusal);
        return new Checked(served, outcomes, needs);
    }

    /** A buyer serving one of its territories audits (or suspends, with a reason) a provision as it stands now. */
    public Provision audit(Actor actor, ProvisionId id, AuditStatus decision, String reason) {
        return audit(actor, id, OptionalLong.empty(), decision, reason);
    }

    /**
     * The same, for the provision as the buyer read it at {@code readVersion}: an audit vouches for the
     * words read, so a provision its provider edited since is {@code STALE} (read it again, then decide).
     */
    public Provision audit(Actor actor, ProvisionId id, long readVersion, AuditStatus decision, String reason) {
        return audit(actor, id, OptionalLong.of(readVersion), decision, reason);
    }

    private Provision audit(Actor actor, ProvisionId id, OptionalLong readVersion, AuditStatus decision, String reason) {
        actor.require(Role.BUYER);
        Organisation buyer = Membership.of(actor, organisations, OrganisationKind.BUYER, null);
        Provision provision = visible(actor, id);
        if (provision.territories().stream().noneMatch(buyer::serves)) {
            throw DomainException.notPermitted("not-a-buyer-of-territory", buyer.name()
                    + " serves none of the territories of this provision.");
        }
        if (readVersion.isPresent() && readVersion.getAsLong() != provision.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "The provision has changed since you "
                    + "read it (version " + provision.version() + ", you sent " + readVersion.getAsLong()
                    + "). Read it again before you decide.");
        }
        if (decision == null || decision == AuditStatus.PENDING) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-audit",
                    "An audit decides AUDITED or SUSPENDED.",
                    List.of(new FieldError("decision", "must be AUDITED or SUSPENDED")));
        }
        if (decision == AuditStatus.SUSPENDED && (reason == null || reason.isBlank())) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-audit", "A suspension needs a reason.",
                    List.of(new FieldError("reason", "is required to suspend")));
        }
        provision.audit(decision, reason, buyer.id(), clock.instant());
        provisions.update(provision);
        return provision;
    }

    public Provision get(Actor actor, ProvisionId id) {
        return visible(actor, id);
    }

    /** Providers: their own; buyers: those in their territories; everyone: the audited ones they search for. */
    public List<Provision> listFor(Actor actor) {
        Optional<Organisation> org = organisationOf(actor);
        if (org.isPresent() && org.get().kind() == OrganisationKind.PROVIDER) {
            return provisions.ofProvider(org.get().id());
        }
        if (org.isPresent() && org.get().kind() == OrganisationKind.BUYER) {
            return provisions.inTerritories(org.get().territories());
        }
        return spotlight(null, null, null, null, null, SpotlightQuery.Sort.NEWEST, 0, SpotlightQuery.MAX_PAGE_SIZE).items();
    }

    /** A buyer's audit queue: the provisions pending audit in its territories, oldest first; none for others. */
    public List<Provision> auditQueue(Actor actor) {
        return actor.has(Role.BUYER) ? organisationOf(actor).filter(o -> o.kind() == OrganisationKind.BUYER)
                .map(o -> provisions.pendingIn(o.territories())).orElse(List.of()) : List.of();
    }

    private Optional<Organisation> organisationOf(Actor actor) {
        return actor.organisationId().filter(OrganisationId::isValid).flatMap(o -> organisations.find(new OrganisationId(o)));
    }

    /** Spotlight: audited provisions by territory or region, need type, outcome code and text. */
    public Page<Provision> spotlight(String territory, String region, NeedType need, String outcome, String text,
            SpotlightQuery.Sort sort, int page, int size) {
        Validation validation = new Validation();
        Set<String> codes = new LinkedHashSet<>();
        if (territory != null && !territory.isBlank()) {
            validation.require(territories.territory(territory).isPresent(), "territory", "unknown territory code " + territory);
            codes.add(territory);
        }
        if (region != null && !region.isBlank()) {
            validation.require(territories.region(region).isPresent(), "region", "unknown region code " + region);
            Set<String> inRegion = new LinkedHashSet<>();
            territories.territories().stream().filter(t -> t.regionCode().equals(region)).map(Territory::code)
                    .forEach(inRegion::add);
            if (codes.isEmpty()) {
                codes.addAll(inRegion);
            } else {
                codes.retainAll(inRegion);
                if (codes.isEmpty()) {
                    validation.reject("territory", territory + " is not in region " + region);
                }
            }
        }
        validation.require(page >= 0 && (long) page * size <= 100_000, "page",
                "page must be 0 or more, and page × size at most 100,000");
        validation.require(size >= 1 && size <= SpotlightQuery.MAX_PAGE_SIZE, "size",
                "size must be between 1 and " + SpotlightQuery.MAX_PAGE_SIZE);
        validation.require(text == null || text.length() <= 200, "q", "search text is at most 200 characters");
        validation.throwIfInvalid("invalid-search", "The search cannot be run as given.");
        return provisions.spotlight(new SpotlightQuery(codes, Optional.ofNullable(need),
                Optional.ofNullable(outcome).filter(s -> !s.isBlank()).map(String::strip),
                Optional.ofNullable(text).filter(s -> !s.isBlank()).map(String::strip),
                sort == null ? SpotlightQuery.Sort.TITLE : sort, page, size));
    }

    private Provision visible(Actor actor, ProvisionId id) {
        DomainException notFound = ProvisionId.notFound(id);
        Provision provision = provisions.find(id).orElseThrow(() -> notFound);
        if (provision.isAudited() || actor.has(Role.ADMIN) || actor.actsFor(provision.provider().value())) {
            return provision;
        }
        boolean buyerOfTerritory = actor.has(Role.BUYER) && actor.organisationId().filter(OrganisationId::isValid)
                .flatMap(o -> organisations.find(new OrganisationId(o)))
                .filter(o -> o.kind() == OrganisationKind.BUYER)
                .map(o -> provision.territories().stream().anyMatch(o::serves)).orElse(false);
        if (buyerOfTerritory) {
            return provision;
        }
        throw notFound;
    }

}
