package org.dualimpact.web.kpi;

import java.math.BigDecimal;
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
import org.dualimpact.kernel.rollup.Quarter;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public impact summary of a territory or region, for residents and research hubs: readable without
 * a token ({@code @PermitAll}, which the role check filter lets through explicitly). Aggregates under
 * statistical disclosure control only ({@link PublicImpactService}: whole quarters that have ended, cells
 * with enough contributors and none dominating, rounded); suppliers and providers are named without
 * figures, agreements and contracts never.
 */
@Path("public")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public impact", description = "Aggregated social value per territory and region (no sign-in)")
public class PublicImpactResource {

    public record TotalsView(long contributions, BigDecimal committedValue, BigDecimal recordedValue,
            BigDecimal confirmedValue, BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {
        static TotalsView of(PublicImpactService.Totals t) {
            return new TotalsView(t.contributions(), t.committedValue(), t.recordedValue(), t.confirmedValue(),
                    t.disputedValue(), t.grossSocialValue(), t.netSocialValue());
        }
    }

    public record QuarterView(String quarter, TotalsView totals) {
    }

    public record MeasureView(String measure, String unit, BigDecimal committedQuantity, BigDecimal recordedQuantity,
            BigDecimal confirmedQuantity, TotalsView totals) {
    }

    /** The rules the figures were published under. */
    public record DisclosureView(int minimumContributors, int dominancePercent, BigDecimal roundingGbp,
            BigDecimal roundingQuantity) {
    }

    public record ImpactView(String code, String name, String kind, String from, String to, DisclosureView disclosure,
            TotalsView totals, List<QuarterView> quarters, List<MeasureView> measures, List<String> suppliers,
            List<String> providers) {
        static ImpactView of(PublicImpactService.PublicImpact i) {
            return new ImpactView(i.code(), i.name(), i.kind(), i.from().map(Quarter::toString).orElse(null),
                    i.to().toString(), new DisclosureView(i.rules().minimumContributors(), i.rules().dominancePercent(),
                            i.rules().roundingGbp(), i.rules().roundingQuantity()),
                    TotalsView.of(i.totals()),
                    i.quarters().stream().map(q -> new QuarterView(q.quarter().toString(), TotalsView.of(q.totals()))).toList(),
                    i.measures().stream().map(m -> new MeasureView(m.measure(), m.unit(), m.committedQuantity(),
                            m.recordedQuantity(), m.confirmedQuantity(), TotalsView.of(m.totals()))).toList(),
                    i.suppliers(), i.providers());
        }
    }

    @Inject
    PublicImpactService impact;

    @GET
    @Path("territories/{code}/impact")
    @PermitAll
    @Operation(operationId = "getTerritoryImpact", summary = "Public impact summary of a territory (no sign-in; "
            + "quarters that have ended, under disclosure control; from and to are quarters such as 2026-Q1)")
    public ImpactView territory(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return impact("territory", code, from, to);
    }

    @GET
    @Path("regions/{code}/impact")
    @PermitAll
    @Operation(operationId = "getRegionImpact", summary = "Public impact summary of a region (no sign-in; "
            + "quarters that have ended, under disclosure control; from and to are quarters such as 2026-Q1)")
    public ImpactView region(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return impact("region", code, from, to);
    }

    /** The summary of the area, if it is of the kind the path names ({@code /regions/} with a territory's code names none). */
    private ImpactView impact(String kind, String code, String from, String to) {
        String area = KpiResource.text("code", code).orElseThrow();
        PublicImpactService.PublicImpact summary = impact.publicImpact(area, quarter("from", from), quarter("to", to));
        if (!summary.kind().equals(kind)) {
            throw DomainException.notFound("area-not-found", "No " + kind + " has the code " + area + ".");
        }
        return ImpactView.of(summary);
    }

    /** A quarter parameter such as {@code 2026-Q1}; months are refused, since cells are whole quarters. */
    static Optional<Quarter> quarter(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quarter.parse(value));
        } catch (IllegalArgumentException e) {
            String message = "must be a quarter written YYYY-Qn, e.g. 2026-Q1";
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                    "The parameter '" + name + "' is invalid: " + message + ".", List.of(new FieldError(name, message)));
        }
    }
}
