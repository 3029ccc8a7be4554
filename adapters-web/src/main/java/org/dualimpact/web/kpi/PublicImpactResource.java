package org.dualimpact.web.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.rollup.PublicImpactService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public, non-confidential impact summary of a territory or region, for residents and research
 * hubs: readable without a token ({@code @PermitAll}, which the role check filter lets through
 * explicitly). Aggregates only; a supplier or provider is named only in a group of at least
 * {@code dualimpact.public.minimum-group} agreements (default 5); agreements and contracts never are.
 */
@Path("public")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public impact", description = "Aggregated social value per territory and region (no sign-in)")
public class PublicImpactResource {

    public record TotalsView(Long agreements, long contributions, BigDecimal committedValue, BigDecimal recordedValue,
            BigDecimal confirmedValue, BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {
        static TotalsView of(PublicImpactService.Totals t) {
            return t == null ? null : new TotalsView(t.agreements(), t.contributions(), t.committedValue(), t.recordedValue(),
                    t.confirmedValue(), t.disputedValue(), t.grossSocialValue(), t.netSocialValue());
        }
    }

    public record MonthView(String month, TotalsView totals) {
    }

    public record MeasureView(String measure, String unit, BigDecimal committedQuantity, BigDecimal recordedQuantity,
            BigDecimal confirmedQuantity, TotalsView totals) {
    }

    public record PartyView(String organisation, String name, TotalsView totals) {
    }

    public record ImpactView(String code, String name, String kind, String from, String to, int minimumGroup,
            TotalsView totals, List<MonthView> months, List<MeasureView> measures, List<PartyView> suppliers,
            TotalsView otherSuppliers, List<PartyView> providers, TotalsView otherProviders) {
        static ImpactView of(PublicImpactService.PublicImpact i) {
            return new ImpactView(i.code(), i.name(), i.kind(), i.from().map(YearMonth::toString).orElse(null),
                    i.to().map(YearMonth::toString).orElse(null), i.minimumGroup(), TotalsView.of(i.totals()),
                    i.months().stream().map(m -> new MonthView(m.month().toString(), TotalsView.of(m.totals()))).toList(),
                    i.measures().stream().map(m -> new MeasureView(m.measure(), m.unit(), m.committedQuantity(),
                            m.recordedQuantity(), m.confirmedQuantity(), TotalsView.of(m.totals()))).toList(),
                    i.suppliers().stream().map(p -> new PartyView(p.organisation(), p.name(), TotalsView.of(p.totals()))).toList(),
                    TotalsView.of(i.otherSuppliers()),
                    i.providers().stream().map(p -> new PartyView(p.organisation(), p.name(), TotalsView.of(p.totals()))).toList(),
                    TotalsView.of(i.otherProviders()));
        }
    }

    @Inject
    PublicImpactService impact;

    @Inject
    @ConfigProperty(name = "dualimpact.public.minimum-group", defaultValue = "5")
    int minimumGroup;

    @GET
    @Path("territories/{code}/impact")
    @PermitAll
    @Operation(operationId = "getTerritoryImpact", summary = "Public impact summary of a territory (no sign-in; aggregates only)")
    public ImpactView territory(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return impact(code, from, to);
    }

    @GET
    @Path("regions/{code}/impact")
    @PermitAll
    @Operation(operationId = "getRegionImpact", summary = "Public impact summary of a region (no sign-in; aggregates only)")
    public ImpactView region(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return impact(code, from, to);
    }

    private ImpactView impact(String code, String from, String to) {
        Optional<String> area = KpiResource.text("code", code);
        return ImpactView.of(impact.publicImpact(area.orElseThrow(), KpiResource.month("from", from),
                KpiResource.month("to", to), Math.max(1, minimumGroup)));
    }
}
