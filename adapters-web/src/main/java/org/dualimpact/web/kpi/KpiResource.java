package org.dualimpact.web.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.documents.KpiCsv;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.rollup.KpiService;
import org.dualimpact.kernel.rollup.KpiSroiService;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.Params;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.scoring.ScoringViews.SroiView;
import org.dualimpact.web.scoring.SroiResource;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The KPI roll-up (figures as of the last {@code kpi-rollup} run), scoped to the caller: a supplier
 * reads its own figures, a buyer those of its agreements, a provider those of agreements it is party to,
 * hubs and admins of an organisation their territories, platform admins everything. JSON, or CSV with
 * {@code Accept: text/csv}; {@code X-Total-Count} gives the number of rows matching. {@code /sdg} gives
 * the figures per SDG target, {@code /sroi} the SROI of the rows matching (same filters, same scoping
 * and refusals, {@code rate} as for the other SROI resources).
 */
@Path("kpis")
@RequestScoped
@Transactional
@Tag(name = "KPIs", description = "Roll-up of commitments, contributions and social value")
@SecurityRequirement(name = RestApplication.JWT)
public class KpiResource {

    static final String CSV = "text/csv";
    static final String[] READERS = {Role.Names.ADMIN, Role.Names.HUB, Role.Names.BUYER, Role.Names.SUPPLIER,
        Role.Names.PROVIDER};

    /** One roll-up row; quantities in {@code unit}, values in GBP; social value null while unknown. */
    public record KpiView(String month, String territory, String region, String buyer, String supplier, List<String> providers,
            String measure, String unit, BigDecimal committedQuantity, BigDecimal committedValue, BigDecimal recordedQuantity,
            BigDecimal recordedValue, BigDecimal confirmedQuantity, BigDecimal confirmedValue, BigDecimal disputedQuantity,
            BigDecimal disputedValue, BigDecimal correctedQuantity, BigDecimal correctedValue, long contributions,
            BigDecimal grossSocialValue, BigDecimal netSocialValue, BigDecimal sroiInvestment, BigDecimal sroiRatio) {
        static KpiView of(KpiFigures f) {
            return new KpiView(f.key().month().toString(), f.key().territory(), f.key().region(), f.key().buyer(),
                    f.key().supplier(), List.of(f.key().providers().split(" ")), f.key().measure(), f.key().unit(),
                    f.committedQuantity(), f.committedValue(), f.recordedQuantity(), f.recordedValue(), f.confirmedQuantity(),
                    f.confirmedValue(), f.disputedQuantity(), f.disputedValue(), f.correctedQuantity(), f.correctedValue(),
                    f.contributions(), f.grossSocialValue(), f.netSocialValue(), f.investment(), f.sroiRatio().orElse(null));
        }
    }

    /** One SDG row: GBP figures of the measures linked to the target. */
    public record SdgView(String month, String territory, String region, String buyer, String supplier, List<String> providers,
            String sdgTarget, BigDecimal committedValue, BigDecimal recordedValue, BigDecimal confirmedValue,
            BigDecimal disputedValue, BigDecimal grossSocialValue, BigDecimal netSocialValue) {
        static SdgView of(SdgFigures f) {
            return new SdgView(f.key().month().toString(), f.key().territory(), f.key().region(), f.key().buyer(),
                    f.key().supplier(), List.of(f.key().providers().split(" ")), f.key().sdgTarget(), f.committedValue(),
                    f.recordedValue(), f.confirmedValue(), f.disputedValue(), f.grossSocialValue(), f.netSocialValue());
        }
    }

    @Inject
    KpiService kpis;

    @Inject
    KpiSroiService sroi;

    @Inject
    CurrentActor actor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HUB, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER})
    @Operation(operationId = "listKpis", summary = "KPI rows matching the filters that the caller may see (months YYYY-MM, from and to inclusive)")
    @APIResponse(responseCode = "200", description = "The rows, as JSON or (Accept: text/csv) as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = KpiView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))},
            headers = @Header(name = "X-Total-Count", description = "How many rows match, over all pages", schema = @Schema(type = SchemaType.INTEGER, format = "int64")))
    public Response kpis(@QueryParam("territory") String territory, @QueryParam("region") String region,
            @QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier, @QueryParam("provider") String provider,
            @QueryParam("measure") String measure, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        KpiService.Page page = page(territory, region, buyer, supplier, provider, measure, from, to, offset, limit);
        return Response.ok(page.rows().stream().map(KpiView::of).toList()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HUB, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER})
    @Operation(operationId = "listKpis", summary = "The same rows as CSV (RFC 4180, header row, UTF-8)")
    @APIResponse(responseCode = "200", description = "The rows, as JSON or (Accept: text/csv) as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = KpiView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))},
            headers = @Header(name = "X-Total-Count", description = "How many rows match, over all pages", schema = @Schema(type = SchemaType.INTEGER, format = "int64")))
    public Response kpisCsv(@QueryParam("territory") String territory, @QueryParam("region") String region,
            @QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier, @QueryParam("provider") String provider,
            @QueryParam("measure") String measure, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        KpiService.Page page = page(territory, region, buyer, supplier, provider, measure, from, to, offset, limit);
        return Response.ok(KpiCsv.of(page.rows()), CSV + "; charset=UTF-8").header("X-Total-Count", page.total())
                .header("Content-Disposition", "attachment; filename=\"kpis.csv\"").build();
    }

    @GET
    @Path("sdg")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HUB, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER})
    @Operation(operationId = "listSdgKpis", summary = "The same figures per SDG target (empty until a measures catalogue with SDG links is connected)")
    public List<SdgView> sdg(@QueryParam("territory") String territory, @QueryParam("region") String region,
            @QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        KpiFilter filter = filter(territory, region, buyer, supplier, null, null, from, to);
        return kpis.sdgs(actor.get(), filter).stream().map(SdgView::of).toList();
    }

    @GET
    @Path("sroi")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HUB, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER})
    @Operation(operationId = "getKpiSroi", summary = "SROI of the KPI rows matching the filters that the caller may see: one line per measure, "
            + "gross and net side by side, PV, NPV and ratio at the discount rate (default the configured one, 0.035)")
    public SroiView sroi(@QueryParam("territory") String territory, @QueryParam("region") String region,
            @QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier, @QueryParam("provider") String provider,
            @QueryParam("measure") String measure, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("rate") String rate) {
        KpiFilter filter = filter(territory, region, buyer, supplier, provider, measure, from, to);
        return SroiView.of(this.sroi.sroi(actor.get(), filter, SroiResource.rate(rate)));
    }

    private KpiService.Page page(String territory, String region, String buyer, String supplier, String provider,
            String measure, String from, String to, String offset, String limit) {
        KpiFilter filter = filter(territory, region, buyer, supplier, provider, measure, from, to);
        return kpis.kpis(actor.get(), filter, Params.integer("offset", offset, 0), Params.integer("limit", limit, 1000));
    }

    static KpiFilter filter(String territory, String region, String buyer, String supplier, String provider, String measure,
            String from, String to) {
        return new KpiFilter(text("territory", territory), text("region", region), text("buyer", buyer),
                text("supplier", supplier), text("provider", provider), text("measure", measure), month("from", from),
                month("to", to));
    }

    static Optional<String> text(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() > 60 || !v.matches("[A-Za-z0-9 ._:/-]+")) {
            throw invalid(name, "must be a code of at most 60 letters, digits or . _ : / -");
        }
        return Optional.of(v);
    }

    static Optional<YearMonth> month(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (!value.strip().matches("[0-9]{4}-[0-9]{2}")) {
                throw new DateTimeParseException("", value, 0);
            }
            return Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a month written YYYY-MM, e.g. 2026-03");
        }
    }

    private static DomainException invalid(String name, String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                "The parameter '" + name + "' is invalid: " + message + ".", List.of(new FieldError(name, message)));
    }
}
