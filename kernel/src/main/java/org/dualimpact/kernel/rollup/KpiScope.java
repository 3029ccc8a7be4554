package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which roll-up rows a reader may see: the rows matching <em>any</em> of its grants (a user may hold
 * several roles). A grant is one of: everything; the rows of some territories; the rows of one buyer,
 * one supplier or one provider (every group it belongs to).
 */
public record KpiScope(List<Grant> grants) {

    public KpiScope {
        grants = List.copyOf(grants);
    }

    public boolean everything() {
        return grants.stream().anyMatch(g -> g instanceof Everything);
    }

    /** One thing a reader may see. */
    public sealed interface Grant permits Everything, Territories, Buyer, Supplier, Provider {
    }

    public record Everything() implements Grant {
    }

    public record Territories(Set<String> codes) implements Grant {
        public Territories {
            codes = Set.copyOf(codes);
        }
    }

    public record Buyer(String organisation) implements Grant {
    }

    public record Supplier(String organisation) implements Grant {
    }

    public record Provider(String organisation) implements Grant {
    }

    /** True when the filter asks for nothing this grant could show (it names another party or territory). */
    static boolean contradicts(Grant grant, KpiFilter filter, Function<String, Optional<String>> regionOf) {
        if (grant instanceof Territories t) {
            if (filter.territory().isPresent() && !t.codes().contains(filter.territory().get())) {
                return true;
            }
            return filter.region().isPresent()
                    && t.codes().stream().noneMatch(c -> regionOf.apply(c).map(filter.region().get()::equals).orElse(false));
        }
        if (grant instanceof Buyer b) {
            return filter.buyer().isPresent() && !filter.buyer().get().equals(b.organisation());
        }
        if (grant instanceof Supplier s) {
            return filter.supplier().isPresent() && !filter.supplier().get().equals(s.organisation());
        }
        if (grant instanceof Provider p) {
            return filter.provider().isPresent() && !filter.provider().get().equals(p.organisation());
        }
        return false;
    }
}
