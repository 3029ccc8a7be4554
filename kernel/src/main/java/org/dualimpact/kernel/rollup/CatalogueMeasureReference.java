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
 * The roll-up's {@link MeasureReference} answered from the stored measures catalogues.
 *
 * <p><b>Which catalogue applies to a measure code</b> (codes compared ignoring case, as within a catalogue):
 * <ol>
 * <li>only <em>shared</em> catalogues count — a buyer's local catalogue (its own weights and proxy
 *     values) never values the roll-up, which adds up the figures of every buyer and must value the same
 *     measure the same way for all of them;</li>
 * <li>a catalogue that is not illustrative (e.g. a buyer organisation's licensed copy of the National
 *     TOMs, imported as a shared catalogue) comes before an illustrative one (the shipped
 *     "Dual Impact illustrative catalogue");</li>
 * <li>among those, the most recently imported comes first (then the identifier, so the order is total);</li>
 * <li>the first catalogue in that order that defines the code supplies everything about it — proxy
 *     values, adjustments, SDG targets, benefit period — so figures of one measure never mix two
 *     catalogues. Different codes may come from different catalogues.</li>
 * </ol>
 *
 * <p><b>What it answers</b> for that measure:
 * <ul>
 * <li>proxy on a date: the measure's proxy of the latest year not after the date's year, else its
 *     earliest ({@link Measure#proxyFor}, the rule tender valuation uses); none when the measure has no
 *     proxy value;</li>
 * <li>net share = (1 − deadweight)(1 − displacement)(1 − attribution), each adjustment the measure's
 *     where it sets it, else the catalogue's default, else 0;</li>
 * <li>monetary: the measure's unit is GBP ({@link Measure#isMonetary});</li>
 * <li>SDG targets: the measure's;</li>
 * <li>SROI terms: benefit period the measure's, else 1 year; drop-off the measure's, else the
 *     catalogue's default, else 0; the source names the catalogue.</li>
 * </ul>
 * A code no shared catalogue defines is unknown: no proxy, no SDG targets, no terms.
 *
 * <p><b>Cost</b>: the catalogues are read once, on the first question, and kept for the life of the
 * instance (the roll-up asks per contribution; an instance serves one job step partition, or one web
 * request). Catalogues imported afterwards are seen by the next instance. Safe for concurrent use.
 */
public final class CatalogueMeasureReference implements MeasureReference {

    /** The order of precedence among shared catalogues: non-illustrative first, then newest import first, then id. */
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
