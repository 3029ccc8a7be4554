package org.dualimpact.web.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.organisation.OrganisationId;

/** The JSON shapes of measures catalogues. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    /** A catalogue in a list. */
    public record CatalogueSummary(String id, String name, String edition, String owner, String basedOn, boolean local,
            boolean illustrative, String attribution, List<String> sources, int measureCount, Instant importedAt,
            long version) {
        static CatalogueSummary of(Catalogue c) {
            return new CatalogueSummary(c.id().value(), c.name(), c.edition(), c.owner().map(OrganisationId::value).orElse(null),
                    c.basedOn().map(CatalogueId::value).orElse(null), c.isLocal(), c.illustrative(), c.attribution(),
                    c.sources(), c.measures().size(), c.importedAt(), c.version());
        }
    }

    /** SROI adjustments (fractions 0–1; absent: not set). */
    public record AdjustmentsView(BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff) {
        static AdjustmentsView of(Adjustments a) {
            return a == null || a.isEmpty() ? null : new AdjustmentsView(a.deadweight(), a.displacement(), a.attribution(),
                    a.dropOff());
        }
    }

    /** A proxy value of one year. */
    public record ProxyView(int year, BigDecimal gbpPerUnit, String source) {
    }

    /** A crosswalk link. */
    public record LinkView(String framework, String criterion) {
    }

    /** A measure. */
    public record MeasureView(String code, String theme, String outcome, String title, String unit, List<ProxyView> proxies,
            List<String> sdgTargets, List<LinkView> criteria, AdjustmentsView adjustments, Integer benefitYears,
            BigDecimal localWeight) {
        static MeasureView of(Measure m) {
            return new MeasureView(m.code(), m.theme(), m.outcome(), m.title(), m.unit(),
                    m.proxies().stream().map(p -> new ProxyView(p.year(), p.gbpPerUnit(), p.source())).toList(),
                    m.sdgTargets(), m.criteria().stream().map(l -> new LinkView(l.framework(), l.criterion())).toList(),
                    AdjustmentsView.of(m.adjustments()), m.benefitYears(), m.localWeight());
        }
    }

    /** A catalogue with its measures. */
    public record CatalogueView(CatalogueSummary catalogue, AdjustmentsView defaults, List<MeasureView> measures) {
        static CatalogueView of(Catalogue c) {
            return new CatalogueView(CatalogueSummary.of(c), AdjustmentsView.of(c.defaults()),
                    c.measures().stream().map(MeasureView::of).toList());
        }
    }

    /** A buyer's request for a local copy of a catalogue. */
    public record LocalRequest(@Size(max = 200) String name, @Size(max = 100) String edition) {
    }

    /** A local weight. */
    public record WeightRequest(@NotNull(message = "weight is required") BigDecimal weight) {
    }

    /** A proxy value of one year. */
    public record ProxyRequest(@NotNull(message = "gbpPerUnit is required") BigDecimal gbpPerUnit,
            @NotNull(message = "source is required") @Size(max = 500) String source) {
    }
}
