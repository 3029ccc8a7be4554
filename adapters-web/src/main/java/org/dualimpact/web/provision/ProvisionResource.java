package org.dualimpact.web.provision;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.Page;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.provision.SpotlightQuery;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.Params;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.openapi.ApiModel;
import org.dualimpact.web.problem.IfMatch;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Provisions (providers publish and edit, buyers audit) and Spotlight (search of audited provisions).
 * Responses carry a provision's version as {@code ETag}; an edit (PUT) must send it back as
 * {@code If-Match}.
 */
@Path("/")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provisions and Spotlight")
@SecurityRequirement(name = RestApplication.JWT)
public class ProvisionResource {

    /** A need as the API shows and accepts it. */
    public record NeedView(@Schema(ref = "NeedType", required = true) @NotNull NeedType type, @NotBlank @Size(max = 500) String description,
            @Positive @Digits(integer = 17, fraction = 2) BigDecimal quantity, @Size(max = 40) String unit,
            @Size(max = 200) String skills) {
    }

    /** A provision as the API shows it. */
    public record ProvisionView(String id, String provider, String title, String summary, List<String> territories,
            List<String> outcomes, List<NeedView> needs, Integer capacity, Instant publishedAt, @Schema(ref = "AuditStatus") AuditStatus status,
            String statusReason, String auditedBy, Instant auditedAt) {
        static ProvisionView of(Provision p) {
            return new ProvisionView(p.id().value(), p.provider().value(), p.title(), p.summary(),
                    p.territories().stream().sorted().toList(), p.outcomes().stream().sorted().toList(),
                    p.needs().stream().map(n -> new NeedView(n.type(), n.description(), n.quantity(), n.unit(), n.skills()))
                            .toList(),
                    p.capacity().orElse(null), p.publishedAt(), p.status(), p.statusReason(),
                    p.auditedBy().map(OrganisationId::value).orElse(null), p.auditedAt().orElse(null));
        }
    }

    /** What a provider publishes. */
    @Schema(description = "A provider's local activity and its needs",
            example = "{\"title\": \"Boxing for focus\", \"summary\": \"Evening boxing sessions for young people.\", "
                    + "\"territories\": [\"E23000029\"], \"outcomes\": [\"NT1\"], "
                    + "\"needs\": [{\"type\": \"MONEY\", \"description\": \"Coach fees\", \"quantity\": 5000}], \"capacity\": 60}")
    public record PublishRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
            @NotEmpty Set<@NotBlank String> territories, Set<@NotBlank @Size(max = 40) String> outcomes,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid NeedView> needs, @Positive Integer capacity) {

        ProvisionService.PublishRequest toKernel() {
            return new ProvisionService.PublishRequest(title, summary, territories, outcomes, needs.stream()
                    .map(n -> new ProvisionService.NeedRequest(n.type(), n.description(), n.quantity(), n.unit(), n.skills()))
                    .toList(), capacity);
        }
    }

    /** A buyer's audit decision. */
    public record AuditRequest(@Schema(ref = "AuditStatus", required = true) @NotNull AuditStatus decision, @Size(max = 1000) String reason) {
    }

    /** One page of Spotlight results. */
    public record SpotlightPage(List<ProvisionView> items, int page, int size, long total) {
    }

    @Inject
    ProvisionService provisions;

    @Inject
    CurrentActor actor;

    @POST
    @Path("provisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "publishProvision", summary = "Publish a provision (provider); it starts PENDING until a buyer audits it")
    @APIResponse(responseCode = "201", description = "Created: the provision, PENDING", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response publish(@NotNull(message = "a JSON body is required") @Valid PublishRequest request) {
        Provision provision = provisions.publish(actor.get(), request.toKernel());
        return Response.created(URI.create("provisions/" + provision.id().value())).tag(tag(provision))
                .entity(ProvisionView.of(provision)).build();
    }

    @PUT
    @Path("provisions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "editProvision", summary = "Replace what a provision says (its provider; If-Match: its ETag); "
            + "it is PENDING again until a buyer audits it")
    @APIResponse(responseCode = "200", description = "The edited provision, PENDING", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid PublishRequest request) {
        long version = IfMatch.required(ifMatch, "provision");
        return view(provisions.edit(actor.get(), ProvisionId.fromRequest(id), version, request.toKernel()));
    }

    @GET
    @Path("provisions")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listProvisions", summary = "Provisions for the caller: a provider's own, a buyer's territories' (audit queue), else audited")
    public List<ProvisionView> list() {
        return provisions.listFor(actor.get()).stream().map(ProvisionView::of).toList();
    }

    @GET
    @Path("provisions/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getProvision", summary = "One provision (audited ones to all; pending or suspended to its provider and the buyers of its territories)")
    @APIResponse(responseCode = "200", description = "The provision", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response get(@PathParam("id") String id) {
        return view(provisions.get(actor.get(), ProvisionId.fromRequest(id)));
    }

    @POST
    @Path("provisions/{id}/audit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "auditProvision", summary = "Audit (AUDITED) or suspend (SUSPENDED, with a reason) a provision in a "
            + "territory the buyer serves; If-Match (its ETag as read) refuses the audit if the provider edited it since")
    @APIResponse(responseCode = "200", description = "The audited provision", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvisionView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response audit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AuditRequest request) {
        ProvisionId provision = ProvisionId.fromRequest(id);
        Optional<Long> read = IfMatch.optional(ifMatch, "provision");
        return view(read.isPresent()
                ? provisions.audit(actor.get(), provision, read.get(), request.decision(), request.reason())
                : provisions.audit(actor.get(), provision, request.decision(), request.reason()));
    }

    @GET
    @Path("spotlight")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "searchSpotlight", summary = "Search audited provisions by territory or region, need type, outcome code and text; paged and sorted")
    public SpotlightPage spotlight(@QueryParam("territory") String territory, @QueryParam("region") String region,
            @QueryParam("need") String need, @QueryParam("outcome") String outcome, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        Page<Provision> result = provisions.spotlight(territory, region, Params.optionalEnum(NeedType.class, "need", need),
                outcome, text, Params.optionalEnum(SpotlightQuery.Sort.class, "sort", sort),
                Params.integer("page", page, 0), Params.integer("size", size, 20));
        return new SpotlightPage(result.items().stream().map(ProvisionView::of).toList(), result.page(), result.size(),
                result.total());
    }

    private static Response view(Provision provision) {
        return Response.ok(ProvisionView.of(provision)).tag(tag(provision)).build();
    }

    private static EntityTag tag(Provision provision) {
        return new EntityTag(Long.toString(provision.version()));
    }
}
