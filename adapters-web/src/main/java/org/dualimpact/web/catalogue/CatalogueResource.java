package org.dualimpact.web.catalogue;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.importing.CsvCatalogueReader;
import org.dualimpact.importing.JsonCatalogueReader;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.Params;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.catalogue.CatalogueViews.CatalogueSummary;
import org.dualimpact.web.catalogue.CatalogueViews.CatalogueView;
import org.dualimpact.web.catalogue.CatalogueViews.LocalRequest;
import org.dualimpact.web.catalogue.CatalogueViews.MeasureView;
import org.dualimpact.web.catalogue.CatalogueViews.ProxyRequest;
import org.dualimpact.web.catalogue.CatalogueViews.WeightRequest;
import org.dualimpact.web.problem.IfMatch;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.upload.TextUpload;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Measures catalogues. Admins import shared ones; a buyer imports (or derives) local ones and sets
 * local weights and proxy values per year (If-Match). Import is all or nothing: a file with any bad
 * row is refused whole (400 {@code invalid-catalogue}, each problem with its line). CSV is posted
 * as {@code text/csv} with {@code ?name=&edition=} (and optionally {@code illustrative},
 * {@code attribution}, {@code source}); JSON as {@code application/json}. {@code ?local=true} imports
 * a local catalogue of the caller's buyer organisation.
 */
@Path("catalogues")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social value")
@SecurityRequirement(name = RestApplication.JWT)
public class CatalogueResource {

    @Inject
    CatalogueService catalogues;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, "application/*+json"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER})
    @Operation(operationId = "importCatalogue", summary = "Import a catalogue from CSV or JSON (admin: shared; buyer with local=true: its own); all or nothing")
    @APIResponse(responseCode = "201", description = "Created: the catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueSummary.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    @RequestBody(required = true, description = "The catalogue file: CSV (a header row) or JSON (docs/social-value-and-scoring.md)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A JSON catalogue file: free-form, checked on import"))})
    public Response importCatalogue(@NotNull(message = "a body is required") TextUpload file, @QueryParam("name") String name,
            @QueryParam("edition") String edition, @QueryParam("illustrative") String illustrative,
            @QueryParam("attribution") String attribution, @QueryParam("source") String source,
            @QueryParam("local") String local) {
        boolean isLocal = flag("local", local);
        CatalogueDefinition definition = file.isCsv()
                ? CsvCatalogueReader.read(file.text(), new CsvCatalogueReader.Metadata(name, edition,
                        flag("illustrative", illustrative), attribution,
                        source == null || source.isBlank() ? List.of() : List.of(source.strip())))
                : JsonCatalogueReader.read(file.text());
        Catalogue catalogue = catalogues.importCatalogue(actor.get(), definition, isLocal);
        return Response.created(URI.create("catalogues/" + catalogue.id().value())).tag(tag(catalogue))
                .entity(CatalogueSummary.of(catalogue)).build();
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listCatalogues", summary = "The catalogues the caller may use: every shared one and its organisation's local ones")
    public List<CatalogueSummary> list() {
        return catalogues.visible(actor.get()).stream().map(CatalogueSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getCatalogue", summary = "One catalogue with its measures (a local one: its buyer's users only)")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response get(@PathParam("id") String id) {
        Catalogue catalogue = catalogues.get(actor.get(), CatalogueId.fromRequest(id));
        return Response.ok(CatalogueView.of(catalogue)).tag(tag(catalogue)).build();
    }

    @GET
    @Path("{id}/measures")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listCatalogueMeasures", summary = "The measures of a catalogue: units, proxies per year with sources, SDG targets, crosswalk")
    public List<MeasureView> measures(@PathParam("id") String id) {
        return catalogues.get(actor.get(), CatalogueId.fromRequest(id)).measures().stream()
                .map(MeasureView::of).toList();
    }

    @POST
    @Path("{id}/local")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "deriveLocalCatalogue", summary = "Derive a local catalogue of the caller's buyer organisation from a catalogue it can see")
    @APIResponse(responseCode = "201", description = "Created: the local catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response derive(@PathParam("id") String id, @Valid LocalRequest request) {
        Catalogue local = catalogues.deriveLocal(actor.get(), CatalogueId.fromRequest(id),
                request == null ? null : request.name(), request == null ? null : request.edition());
        return Response.created(URI.create("catalogues/" + local.id().value())).tag(tag(local))
                .entity(CatalogueSummary.of(local)).build();
    }

    @PUT
    @Path("{id}/measures/{code}/weight")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "setMeasureWeight", summary = "Set the local weight (0–10) of a measure of a local catalogue; If-Match required")
    @APIResponse(responseCode = "200", description = "The changed catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response weight(@PathParam("id") String id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid WeightRequest request) {
        long version = IfMatch.required(ifMatch, "catalogue");
        Catalogue changed = catalogues.setWeight(actor.get(), CatalogueId.fromRequest(id), version, code,
                request.weight());
        return Response.ok(CatalogueView.of(changed)).tag(tag(changed)).build();
    }

    @PUT
    @Path("{id}/measures/{code}/proxies/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "setMeasureProxy", summary = "Set the buyer's own proxy value of a measure for a year (local catalogue); If-Match required")
    @APIResponse(responseCode = "200", description = "The changed catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response proxy(@PathParam("id") String id, @PathParam("code") String code, @PathParam("year") String year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ProxyRequest request) {
        long version = IfMatch.required(ifMatch, "catalogue");
        int y = Params.integer("year", year, 0);
        Catalogue changed = catalogues.setProxy(actor.get(), CatalogueId.fromRequest(id), version, code, y,
                request.gbpPerUnit(), request.source());
        return Response.ok(CatalogueView.of(changed)).tag(tag(changed)).build();
    }

    private static EntityTag tag(Catalogue catalogue) {
        return new EntityTag(Long.toString(catalogue.version()));
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter", "The parameter '"
                    + name + "' is invalid: must be true or false.", List.of(new FieldError(name, "must be true or false")));
        };
    }
}
