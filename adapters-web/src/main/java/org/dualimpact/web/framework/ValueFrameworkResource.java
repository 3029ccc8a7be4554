package org.dualimpact.web.framework;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.importing.JsonValueFrameworkReader;
import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.framework.ValueFrameworkService;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.framework.FrameworkViews.FrameworkSummary;
import org.dualimpact.web.framework.FrameworkViews.FrameworkView;
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
 * Social value frameworks (the UK Social Value Model and any other imported edition): admins import
 * and correct them from the documented JSON format (see
 * {@link JsonValueFrameworkReader}); every signed-in user reads them. An
 * edition used by a tender is frozen (409 {@code framework-in-use} on replacement).
 */
@Path("frameworks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social value")
@SecurityRequirement(name = RestApplication.JWT)
public class ValueFrameworkResource {

    @Inject
    ValueFrameworkService frameworks;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "importValueFramework", summary = "Import a framework edition (admin); every problem of the file is named by its place and line")
    @APIResponse(responseCode = "201", description = "Created: the framework edition", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    @RequestBody(required = true, description = "A framework edition file (docs/social-value-and-scoring.md)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON framework file: free-form, checked on import")))
    public Response importFramework(@NotNull(message = "a JSON body is required") TextUpload file) {
        ValueFramework framework = frameworks.importFramework(actor.get(), JsonValueFrameworkReader.read(file.text()));
        return Response.created(URI.create("frameworks/" + framework.id().value()))
                .entity(FrameworkView.of(framework, false)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "replaceValueFramework", summary = "Replace an edition no tender uses yet with a corrected file (admin); 409 once a tender uses it")
    @RequestBody(required = true, description = "The corrected framework edition file", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON framework file: free-form, checked on import")))
    public FrameworkView replace(@PathParam("id") String id, @NotNull(message = "a JSON body is required") TextUpload file) {
        ValueFrameworkDefinition definition = JsonValueFrameworkReader.read(file.text());
        return FrameworkView.of(frameworks.replace(actor.get(), ValueFrameworkId.fromRequest(id), definition), false);
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listValueFrameworks", summary = "Every framework edition, by key and edition, with attribution and provisional counts")
    public List<FrameworkSummary> list() {
        return frameworks.all().stream().map(f -> FrameworkSummary.of(f, frameworks.frozen(f))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getValueFramework", summary = "One edition in full, named by its identifier (SVF-…) or its "
            + "framework's key (the latest edition): themes, outcomes, criteria, metrics, each with unverified and provisional flags")
    public FrameworkView get(@PathParam("id") String id) {
        ValueFramework framework = frameworks.named(id);
        return FrameworkView.of(framework, frameworks.frozen(framework));
    }
}
