package org.dualimpact.kernel.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.rollup.KpiRepository;
import org.dualimpact.kernel.rollup.KpiScope;
import org.dualimpact.kernel.rollup.SdgFigures;

/** Reads the figures of an {@link InMemoryRollupStore} as the SQL adapter reads its tables. */
public final class InMemoryKpiRepository implements KpiRepository {

    private final InMemoryRollupStore store;
    private final Map<String, String> regionOfTerritory;

    public InMemoryKpiRepository(InMemoryRollupStore store, Map<String, String> regionOfTerritory) {
        this.store = store;
        this.regionOfTerritory = regionOfTerritory;
    }

    static boolean inGroup(String providers, String provider) {
        return List.of(providers.split(" ")).contains(provider);
    }

    static Predicate<KpiFigures> matches(KpiFilter f) {
        return r -> f.territory().map(r.key().territory()::equals).orElse(true)
                && f.region().map(r.key().region()::equals).orElse(true)
                && f.buyer().map(r.key().buyer()::equals).orElse(true)
                && f.supplier().map(r.key().supplier()::equals).orElse(true)
                && f.provider().map(p -> inGroup(r.key().providers(), p)).orElse(true)
                && f.measure().map(r.key().measure()::equals).orElse(true)
                && f.from().map(m -> !r.key().month().isBefore(m)).orElse(true)
                && f.to().map(m -> !r.key().month().isAfter(m)).orElse(true);
    }

    static boolean visible(KpiScope scope, String territory, String buyer, String supplier, String providers) {
        return scope.grants().stream().anyMatch(g -> g instanceof KpiScope.Everything
                || g instanceof KpiScope.Territories t && t.codes().contains(territory)
                || g instanceof KpiScope.Buyer b && b.organisation().equals(buyer)
                || g instanceof KpiScope.Supplier s && s.organisation().equals(supplier)
                || g instanceof KpiScope.Provider p && inGroup(providers, p.organisation()));
    }

    private List<KpiFigures> all(KpiFilter filter, KpiScope scope) {
        return store.kpis().stream().filter(matches(filter)).filter(r -> visible(scope, r.key().territory(), r.key().buyer(),
                r.key().supplier(), r.key().providers())).toList();
    }

    @Override
    public List<KpiFigures> find(KpiFilter filter, KpiScope scope, int offset, int limit) {
        return all(filter, scope).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(KpiFilter filter, KpiScope scope) {
        return all(filter, scope).size();
    }

    @Override
    public List<SdgFigures> findSdg(KpiFilter filter, KpiScope scope) {
        return List.of(); // SDG rows are grouped by SQL (RollupStoreTest)
    }

    @Override
    public List<AgreementParties> agreements(KpiFilter filter) {
        return store.agreements().entrySet().stream()
                .filter(e -> filter.territory().map(e.getKey().territory()::equals).orElse(true)
                        && filter.region().map(r -> r.equals(regionOfTerritory.get(e.getKey().territory()))).orElse(true)
                        && filter.from().map(m -> !e.getKey().month().isBefore(m)).orElse(true)
                        && filter.to().map(m -> !e.getKey().month().isAfter(m)).orElse(true))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
