package org.dualimpact.web.diagnostic;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.importing.JsonDiagnosticFrameworkReader;
import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.diagnostic.FrameworkService;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.diagnostic.DiagnosticViews.FrameworkSummary;
import org.dualimpact.web.diagnostic.DiagnosticViews.FrameworkView;
import org.dualimpact.web.security.CurrentActor;
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
 * Diagnostic frameworks: imported by admins from the documented JSON format (see
 * {@link JsonDiagnosticFrameworkReader}), read by any signed-in user. A framework
 * version is never altered; importing the same name and version again is 409.
 */
@Path("diagnostic/frameworks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostic")
@SecurityRequirement(name = RestApplication.JWT)
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "importDiagnosticFramework", summary = "Import a framework version (admin); every problem of the file is named by its place")
    @APIResponse(responseCode = "201", description = "Created: the framework version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    @RequestBody(required = true, description = "A diagnostic framework file (docs/diagnostic.md)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON framework file: free-form, checked on import")))
    public Response importFramework(@NotNull(message = "a JSON body is required") FrameworkUpload file) {
        Framework framework = frameworks.importFramework(actor.get(), JsonDiagnosticFrameworkReader.read(file.text()));
        return Response.created(URI.create("diagnostic/frameworks/" + framework.id().value()))
                .entity(FrameworkView.of(framework)).build();
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listDiagnosticFrameworks", summary = "Every framework version, by name and version")
    public List<FrameworkSummary> list() {
        return frameworks.all().stream().map(FrameworkSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getDiagnosticFramework", summary = "One framework version in full: levels, sections, value codes, level descriptors")
    public FrameworkView get(@PathParam("id") String id) {
        return FrameworkView.of(frameworks.get(FrameworkId.fromRequest(id)));
    }
}
