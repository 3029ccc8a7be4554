package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.provision.SpotlightQuery;
import org.dualimpact.kernel.shared.DomainException;

/**
 * In-memory fake of the provision port. Stores copies, as a database would, with their versions
 * (1 when added, one more on every update; an update from an older version is {@code STALE}). Spotlight returns only
 * {@code AUDITED} provisions, filtered by territory (any of the query's; none given means anywhere),
 * need type, outcome code and text (case-insensitive, in title or summary), in the query's order,
 * one page at a time.
 */
public final class InMemoryProvisionRepository implements ProvisionRepository {

    private static final Comparator<Provision> NEWEST_FIRST = Comparator.comparing(Provision::publishedAt)
            .thenComparing(p -> p.id().value()).reversed();
    private static final Comparator<Provision> BY_TITLE = Comparator.comparing(Provision::title,
            String.CASE_INSENSITIVE_ORDER).thenComparing(p -> p.id().value());

    private final Map<ProvisionId, Provision> provisions = new LinkedHashMap<>();
    public int writes;

    @Override
    public Optional<Provision> find(ProvisionId id) {
        return Optional.ofNullable(provisions.get(id)).map(InMemoryProvisionRepository::copy);
    }

    @Override
    public void add(Provision provision) {
        provision.markStored(1);
        if (provisions.putIfAbsent(provision.id(), copy(provision)) != null) {
            throw new IllegalStateException("duplicate " + provision.id());
        }
        writes++;
    }

    @Override
    public void update(Provision provision) {
        Provision stored = provisions.get(provision.id());
        if (stored == null) {
            throw new IllegalStateException("no stored provision " + provision.id());
        }
        if (stored.version() != provision.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "changed in the meantime");
        }
        provision.markStored(stored.version() + 1);
        provisions.put(provision.id(), copy(provision));
        writes++;
    }

    @Override
    public Page<Provision> spotlight(SpotlightQuery query) {
        Predicate<Provision> matches = Provision::isAudited;
        if (!query.territories().isEmpty()) {
            matches = matches.and(p -> p.territories().stream().anyMatch(query.territories()::contains));
        }
        if (query.need().isPresent()) {
            matches = matches.and(p -> p.needs().stream().anyMatch(n -> n.type() == query.need().get()));
        }
        if (query.outcome().isPresent()) {
            matches = matches.and(p -> p.outcomes().contains(query.outcome().get()));
        }
        if (query.text().isPresent()) {
            String text = query.text().get().toLowerCase(Locale.ROOT);
            matches = matches.and(p -> p.title().toLowerCase(Locale.ROOT).contains(text)
                    || p.summary().toLowerCase(Locale.ROOT).contains(text));
        }
        Comparator<Provision> order = query.sort() == SpotlightQuery.Sort.NEWEST ? NEWEST_FIRST : BY_TITLE;
        List<Provision> all = provisions.values().stream().filter(matches).sorted(order).toList();
        List<Provision> page = all.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(InMemoryProvisionRepository::copy).toList();
        return new Page<>(page, query.page(), query.size(), all.size());
    }

    @Override
    public List<Provision> ofProvider(OrganisationId provider) {
        return provisions.values().stream().filter(p -> p.provider().equals(provider)).sorted(NEWEST_FIRST)
                .map(InMemoryProvisionRepository::copy).toList();
    }

    @Override
    public List<Provision> inTerritories(Set<String> territories) {
        return provisions.values().stream().filter(p -> p.territories().stream().anyMatch(territories::contains))
                .sorted(NEWEST_FIRST).map(InMemoryProvisionRepository::copy).toList();
    }

    @Override
    public List<Provision> pendingIn(Set<String> territories) {
        return provisions.values().stream().filter(p -> p.status() == AuditStatus.PENDING)
                .filter(p -> p.territories().stream().anyMatch(territories::contains))
                .sorted(Comparator.comparing(Provision::publishedAt).thenComparing(p -> p.id().value()))
                .map(InMemoryProvisionRepository::copy).toList();
    }

    public int size() {
        return provisions.size();
    }

    private static Provision copy(Provision p) {
        return new Provision(p.id(), p.provider(), p.title(), p.summary(), p.territories(), p.outcomes(), p.needs(),
                p.capacity().orElse(null), p.publishedAt(), p.status(), p.statusReason(), p.auditedBy().orElse(null),
                p.auditedAt().orElse(null), p.version());
    }
}
