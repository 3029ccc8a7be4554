package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueRepository;
import org.dualimpact.kernel.catalogue.Measure;

/**
 * The roll-up's {@link MeasureReference} answered from the stored measures catalogues (docs/kpi-rollup.md,
 * "Valuation"). A measure code (ignoring case) is answered wholly by the first <em>shared</em> catalogue that
 * defines it, in the order {@link #PRECEDENCE}; a buyer's local catalogue never values the roll-up. Proxy at a
 * date: {@link Measure#proxyFor} of its year; net share: the measure's adjustments, else the catalogue's
 * defaults; terms: benefit period the measure's (else 1 year), drop-off as the adjustments. The catalogues are
 * read once, on the first question, and kept for the life of the instance. Safe for concurrent use.
 */
public final class CatalogueMeasureReference implements MeasureReference {

    /** Non-illustrative first, then the newest import, then the id. */
    public static final Comparator<Catalogue> PRECEDENCE = Comparator.comparing(Catalogue::illustrative)
            .thenComparing(Catalogue::importedAt, Comparator.reverseOrder())
            .thenComparing(c -> c.id().value());

    private final CatalogueRepository catalogues;
    private volatile Map<String, Known> byCode;

    public CatalogueMeasureReference(CatalogueRepository catalogues) {
        this.catalogues = Objects.requireNonNull(catalogues);
    }

    /** One measure as the applicable catalogue defines it, with its answers worked out once. */
    private static final class Known {
        final Catalogue catalogue;
        final Measure measure;
        final BigDecimal netShare;
        final Terms terms;
        final Set<String> sdgTargets;
        final Map<Integer, Optional<Proxy>> proxyByYear = new ConcurrentHashMap<>();

        Known(Catalogue catalogue, Measure measure) {
            this.catalogue = catalogue;
            this.measure = measure;
            Adjustments adjustments = measure.adjustments().orElse(catalogue.defaults());
            this.netShare = adjustments.netFactor();
            this.terms = new Terms(measure.benefitYears() == null ? 1 : measure.benefitYears(), adjustments.dropOff(),
                    catalogue.label());
            this.sdgTargets = Set.copyOf(new LinkedHashSet<>(measure.sdgTargets()));
        }

        Optional<Proxy> proxy(int year) {
            return proxyByYear.computeIfAbsent(year, y -> measure.proxyFor(y)
                    .map(p -> new Proxy(p.gbpPerUnit(), netShare, measure.isMonetary())));
        }
    }

    private Map<String, Known> known() {
        Map<String, Known> map = byCode;
        if (map == null) {
            synchronized (this) {
                map = byCode;
                if (map == null) {
                    map = load(catalogues.all());
                    byCode = map;
                }
            }
        }
        return map;
    }

    private static Map<String, Known> load(List<Catalogue> all) {
        Map<String, Known> map = new HashMap<>();
        all.stream().filter(c -> !c.isLocal()).sorted(PRECEDENCE).forEach(catalogue -> {
            for (Measure measure : catalogue.measures()) {
                map.putIfAbsent(key(measure.code()), new Known(catalogue, measure));
            }
        });
        return Map.copyOf(map);
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<Known> lookup(String measureCode) {
        return measureCode == null ? Optional.empty() : Optional.ofNullable(known().get(key(measureCode)));
    }

    @Override
    public Optional<Proxy> proxy(String measureCode, LocalDate at) {
        Objects.requireNonNull(at, "at");
        return lookup(measureCode).flatMap(k -> k.proxy(at.getYear()));
    }

    @Override
    public Set<String> sdgTargets(String measureCode) {
        return lookup(measureCode).map(k -> k.sdgTargets).orElse(Set.of());
    }

    @Override
    public Optional<Terms> terms(String measureCode) {
        return lookup(measureCode).map(k -> k.terms);
    }

    /** The catalogue that applies to a measure code (see the class comment), if any defines it. */
    public Optional<Catalogue> catalogueOf(String measureCode) {
        return lookup(measureCode).map(k -> k.catalogue);
    }
}
