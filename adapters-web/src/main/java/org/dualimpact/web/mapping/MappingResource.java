package org.dualimpact.web.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.mapping.Mapping;
import org.dualimpact.kernel.mapping.MappingEntry;
import org.dualimpact.kernel.mapping.MappingId;
import org.dualimpact.kernel.mapping.MappingService;
import org.dualimpact.kernel.mapping.SocialValueSummary;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.problem.IfMatch;
import org.dualimpact.web.problem.Problems;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mapping tool: a buyer or supplier selects outcomes or criteria of a framework edition and a
 * catalogue; it reads the Social Value Summary, the mapping sheet and the regional view, records
 * commitments and delivery (If-Match), and prints the KPI list. A mapping is its organisation's own.
 */
@Path("mappings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social value")
@SecurityRequirement(name = RestApplication.JWT)
public class MappingResource {

    /** A new mapping. */
    public record CreateRequest(@NotNull(message = "name is required") @Size(max = 200) String name,
            @NotNull(message = "framework is required") @Size(max = 60) String framework,
            @NotNull(message = "catalogue is required") @Size(max = 60) String catalogue,
            @Size(max = 200) List<String> outcomes, @Size(max = 500) List<String> criteria) {
    }

    /** One line of the sheet. */
    public record EntryRequest(@NotNull(message = "measure is required") String measure,
            @NotNull(message = "territory is required") String territory, @NotNull(message = "period is required") String period,
            @NotNull(message = "committed is required") BigDecimal committed,
            @NotNull(message = "delivered is required") BigDecimal delivered) {
    }

    /** The whole sheet. */
    public record EntriesRequest(@NotNull(message = "entries are required") @Size(max = 2000) List<@Valid EntryRequest> entries) {
    }

    /** A mapping as listed. */
    public record MappingSummary(String id, String owner, String name, String framework, String catalogue,
            List<String> outcomes, List<String> criteria, int entryCount, Instant createdAt, long version) {
        static MappingSummary of(Mapping m) {
            return new MappingSummary(m.id().value(), m.owner().value(), m.name(), m.framework().value(), m.catalogue().value(),
                    m.outcomes(), m.criteria(), m.entries().size(), m.createdAt(), m.version());
        }
    }

    /** A mapping in full: summary of KPIs, the sheet, the regional view and the entries. */
    public record MappingView(MappingSummary mapping, String frameworkLabel, String frameworkAttribution,
            String catalogueLabel, boolean catalogueIllustrative, List<SocialValueSummary.Item> summary,
            List<SocialValueSummary.SheetRow> sheet, List<SocialValueSummary.RegionRow> regions, List<MappingEntry> entries) {
        static MappingView of(SocialValueSummary s) {
            return new MappingView(MappingSummary.of(s.mapping()), s.framework().label(),
                    s.framework().definition().attribution(), s.catalogue().label(), s.catalogue().illustrative(), s.items(),
                    s.sheet(), s.regions(), s.mapping().entries());
        }
    }

    @Inject
    MappingService mappings;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "createMapping", summary = "Create a mapping: outcomes and/or criteria of a framework edition, and a catalogue")
    @APIResponse(responseCode = "201", description = "Created: the mapping", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateRequest request) {
        Mapping mapping = mappings.create(actor.get(), new MappingService.CreateRequest(request.name(), request.framework(),
                request.catalogue(), request.outcomes(), request.criteria()));
        return Response.created(URI.create("mappings/" + mapping.id().value())).tag(tag(mapping))
                .entity(MappingView.of(mappings.summary(actor.get(), mapping.id()))).build();
    }

    @GET
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "listMappings", summary = "The caller's organisation's mappings, newest first")
    public List<MappingSummary> mine() {
        return mappings.mine(actor.get()).stream().map(MappingSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "getMapping", summary = "The Social Value Summary (KPIs per criterion), the mapping sheet and the regional delivery view")
    @APIResponse(responseCode = "200", description = "The mapping", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response get(@PathParam("id") String id) {
        SocialValueSummary summary = mappings.summary(actor.get(), MappingId.fromRequest(id));
        return Response.ok(MappingView.of(summary)).tag(tag(summary.mapping())).build();
    }

    @PUT
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "replaceMappingEntries", summary = "Replace the mapping sheet (commitments and delivery per KPI, territory and period); If-Match required")
    @APIResponse(responseCode = "200", description = "The changed mapping", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response entries(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EntriesRequest request) {
        long version = IfMatch.required(ifMatch, "mapping");
        List<MappingEntry> entries = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            EntryRequest e = request.entries().get(i);
            try {
                entries.add(new MappingEntry(e.measure(), e.territory(), e.period(), e.committed(), e.delivered()));
            } catch (IllegalArgumentException | NullPointerException ex) {
                errors.add(new FieldError("entries[" + i + "]", String.valueOf(ex.getMessage())));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-mapping-entries", "The mapping sheet "
                    + "cannot be saved as given.", errors);
        }
        MappingId mapping = MappingId.fromRequest(id);
        Mapping changed = mappings.setEntries(actor.get(), mapping, version, entries);
        return Response.ok(MappingView.of(mappings.summary(actor.get(), mapping))).tag(tag(changed)).build();
    }

    @GET
    @Path("{id}/kpis.pdf")
    @Produces({"application/pdf", Problems.MEDIA_TYPE})
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "getMappingKpiList", summary = "The printable KPI list of the mapping (PDF)")
    @APIResponse(responseCode = "200", description = "The KPI list as a PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response kpis(@PathParam("id") String id) {
        byte[] pdf = mappings.kpiList(actor.get(), MappingId.fromRequest(id));
        return Response.ok(pdf, mappings.kpiListMediaType())
                .header("Content-Disposition", "inline; filename=\"kpis-" + id.strip() + ".pdf\"").build();
    }

    private static EntityTag tag(Mapping mapping) {
        return new EntityTag(Long.toString(mapping.version()));
    }
}
